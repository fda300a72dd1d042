"""The date a date field will store, shown while it is typed, before ``enter`` stores it.

``over 2 weken``, ``vr`` or ``15-12`` each mean a date that depends on today; the line under the
field says which one (``= di 15-12-2026``). It reads the field with
:func:`tui.core.dates.parse_date`, as the screen does when it stores the value, so what it shows
is what is stored. Text that is no date (yet) gets a short line with examples (one line at 80
columns); ``enter`` then gives the full message on the field, so the two never say the same
thing twice. The line shows while the field has the focus and holds text: a screen of stored
dates is not doubled by lines that repeat them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual.content import Content
from textual.widgets import Input, Static

from tui.core.dates import DateError, format_day, parse_date
from tui.i18n import t


def describe(text: str, today: date, label: str = "") -> tuple[str, bool]:
    """The preview of ``text`` (``"= di 15-12-2026"``, ``label`` before it) and whether it is a
    date; ``("", True)`` when nothing is typed."""
    try:
        found = parse_date(text, today)
    except DateError:
        return (f"{label}: " if label else "") + t("date.not_yet"), False
    if found is None:
        return "", True
    means = t("date.means", day=format_day(found))
    return (f"{label} {means}" if label else means), True


class DatePreview(Static):
    """One line that follows the value and focus of ``field``; class ``-error`` while it is no
    date."""

    def __init__(
        self, field: Input, today: Callable[[], date], *, label: str = "", **kwargs
    ) -> None:
        super().__init__("", markup=False, **kwargs)
        self.field = field
        self.today = today
        self.label = label
        self._shown = ""

    def on_mount(self) -> None:
        self.watch(self.field, "value", self._show)
        self.watch(self.screen, "focused", self._show)

    def _show(self, _changed: object = None) -> None:
        field = self.field
        text, readable = describe(field.value, self.today(), self.label)
        self.set_class(not readable, "-error")
        if text != self._shown:  # the same text again would still lay the screen out anew
            self._shown = text
            self.update(Content(text))
        self.display = bool(text) and self.screen.focused is field
