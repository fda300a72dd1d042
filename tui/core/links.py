"""The links between action points and the need, ask or info item they are about.

An action's ``about`` is an item id (``n3``). The tables show it as the id and the first words
of the item's text; a form takes it typed as the id, as the id followed by the item's text (the
completion), or as the item's text itself; empty means: about nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.core.model import Action, ModelError, Session
from tui.i18n import t

LABEL_WORDS = 32
"""The most characters of an item's text a label shows (cut after a whole word)."""

_TYPED_ID = re.compile(r"\(?([nrcNRC][1-9][0-9]{0,8})\)?(?:[\s:]|\Z)")
_TRAILING_ID = re.compile(r"\(([nrcNRC][1-9][0-9]{0,8})\)\Z")


def start_of(text: str, limit: int = LABEL_WORDS) -> str:
    """The first words of ``text`` (its first line), at most ``limit`` characters, cut after a
    whole word (a single longer word is kept whole: the table wraps it)."""
    line = text.strip().split("\n", 1)[0]
    if len(line) <= limit:
        return line
    head = line[: limit + 1]
    if " " not in head:
        return line.split(" ", 1)[0]
    return head.rsplit(" ", 1)[0].rstrip(" ,;:.-") or head.split(" ", 1)[0]


def about_label(session: Session, item_id: str) -> str:
    """``n1 Volledige opname: maten,``: the id and the start of the item's text ("" for none)."""
    if not item_id:
        return ""
    try:
        _step, _kind, item = session.find_item(item_id)
    except ModelError:
        return item_id
    return f"{item_id} {start_of(item.what)}"


def about_choices(session: Session) -> list[tuple[str, str]]:
    """(id, text) of every need, ask and info item, in file order: what ``about`` can name."""
    return [(item.id, item.what) for _step, _kind, item in session.iter_items()]


def parse_about(typed: str, choices: Iterable[tuple[str, str]]) -> str:
    """The item id that ``typed`` names: ``n3``, ``n3 Volledige opname`` or ``Volledige opname
    (n3)`` (as completed), or exactly an item's text; "" for an empty field. Anything else is
    refused with a message that says what to type."""
    text = " ".join(typed.split())
    if not text:
        return ""
    known = dict(choices)
    match = _TYPED_ID.match(text)
    if match and match.group(1).lower() in known:
        return match.group(1).lower()
    match = _TRAILING_ID.search(text)  # "Volledige opname (n1)", as completed from the text
    if match and match.group(1).lower() in known:
        return match.group(1).lower()
    folded = text.casefold()
    same = [i for i, what in known.items() if " ".join(what.split()).casefold() == folded]
    if len(same) == 1:
        return same[0]
    raise ModelError(t("tools.about.unknown", text=text))


def actions_about(session: Session, item_id: str) -> list[Action]:
    """The action points about ``item_id``, in file order."""
    return [action for action in session.actions if action.about == item_id]
