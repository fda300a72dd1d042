"""Completion of an action's ``about``: the id and text of a need, ask or info item."""

from __future__ import annotations

from textual.suggester import Suggester


class AboutSuggester(Suggester):
    """Typed ``n1`` completes to ``n1 Volledige opname: …`` (the whole text, so the person sees
    what the number is); typed words complete to the item whose text starts with them, with its
    id after it: ``Volledige opname: … (n1)``. :func:`tui.core.links.parse_about` reads both."""

    def __init__(self, choices: list[tuple[str, str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.choices = [(item_id, " ".join(what.split())) for item_id, what in choices]

    async def get_suggestion(self, value: str) -> str | None:
        typed = value.lstrip()
        if not typed:
            return None
        folded = typed.casefold()
        for item_id, what in self.choices:
            full = f"{item_id} {what}"
            if full.casefold().startswith(folded) and (folded == item_id or " " in folded):
                return value + full[len(typed) :]
        for item_id, what in self.choices:
            full = f"{item_id} {what}"
            if full.casefold().startswith(folded):
                return value + full[len(typed) :]
        for item_id, what in self.choices:
            if len(folded) > 1 and what.casefold().startswith(folded):
                return value + what[len(typed) :] + f" ({item_id})"
        return None
