"""Finding a word anywhere in a session: needs, asks, info, actions, expectations, the closing
round. Pure matching, no UI: the app's find dialog lists the hits and jumps to the one chosen.

Matching ignores case and accents (``geen`` finds ``géén``, ``ETEN`` finds ``eten``): both sides
are decomposed (NFKD), stripped of their combining marks and case-folded. Every word of the
query must occur in the item's texts (in any of its fields, in any order), so ``maten foto``
finds the need with both words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from tui.core.model import ITEM_FIELDS, Session

KINDS = ("needs", "asks", "info", "actions", "expectations", "feedback")
"""What a hit can be, in the order of the session."""


def fold(text: str) -> str:
    """``text`` without case and accents: ``Één`` -> ``een``."""
    if text.isascii():  # most of a session: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Hit:
    """One item that matched: where it is and what it says."""

    kind: str
    key: str
    """The item's or action's id; for expectations and the closing round, its place (0, 1, ...)."""
    text: str
    """Its main text (``what``)."""
    step: str = ""
    """The id of its step ("" for the customer, the closing round, an action of no step)."""
    index: int = 0


def index(session: Session) -> list[tuple[Hit, str]]:
    """Every item that can be found, with its texts folded once (per dialog, not per key), in
    the order of the session
    (steps in chain order with their items, then the actions, the customer's expectations and
    the closing round)."""
    entries: list[tuple[Hit, str]] = []

    def add(hit: Hit, *texts: str) -> None:
        entries.append((hit, fold("\n".join(texts))))

    for step in session.steps:
        for kind, fields in ITEM_FIELDS.items():
            for item in step.items(kind):
                add(
                    Hit(kind, item.id, item.what, step.id),
                    item.id,
                    *(getattr(item, f) for f in fields),
                )
    for action in session.actions:
        add(
            Hit("actions", action.id, action.what, action.step),
            action.id,
            action.what,
            action.who,
            action.note,
        )
    for number, text in enumerate(session.customer.expectations):
        add(Hit("expectations", str(number), text, index=number), text)
    for number, remark in enumerate(session.feedback):
        add(Hit("feedback", str(number), remark.what, index=number), remark.what, remark.who)
    return entries


def find(entries: list[tuple[Hit, str]], query: str) -> list[Hit]:
    """The entries of :func:`index` whose texts contain every word of ``query``."""
    words = fold(query).split()
    if not words:
        return []
    return [hit for hit, text in entries if all(word in text for word in words)]


def search(session: Session, query: str) -> list[Hit]:
    """Every item of ``session`` whose texts contain every word of ``query``, in the order of
    the session. An empty query finds nothing."""
    return find(index(session), query)
