"""A theme for a projector: black and white with one strong accent, nothing pale.

Beamers wash out dark greys and pastel colours; text must stay readable from the back of a
canteen. The ordinary Textual themes remain selectable (command palette, "Change theme").
"""

from textual.theme import Theme

PROJECTOR = Theme(
    name="projector",
    primary="#1E90FF",
    secondary="#FFFFFF",
    accent="#FFD400",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    boost="#262626",
    warning="#FFB000",
    error="#FF3B3B",
    success="#3BDD3B",
    dark=True,
    text_alpha=1.0,
    luminosity_spread=0.1,
)
