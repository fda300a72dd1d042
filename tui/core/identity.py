"""Which element of a list without ids a form was opened for.

Needs, asks, info items, action points and steps have ids. The external customer's expectations,
the participants and the closing round do not: in the file (FORMAT.md) they are plain lists, and
their place in the list is all a table row knows. A place goes stale: undo, redo, a reload from
disk or an edit by someone else can move or remove the element while a form about it is open.

So an element is named by what it was when the form opened: its value (for a participant, the
name) and its place then. :func:`locate` finds it again when the form is saved: the equal element
at that place, else the nearest equal one. When no element equals it any more, it is gone:
:class:`GoneError` says so, and the form keeps its text instead of writing over another element.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from tui.core.model import ModelError
from tui.i18n import t

T = TypeVar("T")


class GoneError(ModelError):
    """The element a form was opened for is no longer there (undone, removed, reloaded)."""


def locate(
    items: Sequence[T], was: T, hint: int, *, same: Callable[[T, T], bool] | None = None
) -> int:
    """The index of the element that was ``was`` at index ``hint``: the one at ``hint`` if it is
    still the same, else the nearest one that is (the earlier of two at the same distance).
    ``same`` says when two elements are the same one (default: equal). Raises GoneError."""
    is_same = same or (lambda a, b: a == b)
    order = sorted(range(len(items)), key=lambda index: (abs(index - hint), index))
    for index in order:
        if is_same(items[index], was):
            return index
    raise GoneError(t("model.gone"))
