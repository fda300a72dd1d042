"""Completion of names: one name, or the last name of a comma-separated list."""

from __future__ import annotations

from textual.suggester import Suggester


class NameSuggester(Suggester):
    """Suggests a known name for what is being typed; in a list, for the part after the last
    comma."""

    def __init__(self, names: list[str], *, many: bool = False) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names
        self.many = many

    async def get_suggestion(self, value: str) -> str | None:
        head, comma, tail = value.rpartition(",") if self.many else ("", "", value)
        typed = tail.lstrip()
        if not typed:
            return None
        folded = typed.casefold()
        for name in self.names:
            if name.casefold().startswith(folded) and name != typed:
                spacing = tail[: len(tail) - len(typed)]
                return f"{head}{comma}{spacing}{name}"
        return None
