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


def _matches(words: list[str], texts: tuple[str, ...]) -> bool:
    haystack = fold("\n".join(texts))
    return all(word in haystack for word in words)


def search(session: Session, query: str) -> list[Hit]:
    """Every item of ``session`` whose texts contain every word of ``query``; in the order of
    the session (steps in chain order with their items, then the actions, the customer's
    expectations and the closing round). An empty query finds nothing."""
    words = fold(query).split()
    if not words:
        return []
    hits: list[Hit] = []
    for step in session.steps:
        for kind, fields in ITEM_FIELDS.items():
            for item in step.items(kind):
                if _matches(words, (item.id, *(getattr(item, name) for name in fields))):
                    hits.append(Hit(kind, item.id, item.what, step.id))
    for action in session.actions:
        if _matches(words, (action.id, action.what, action.who, action.note)):
            hits.append(Hit("actions", action.id, action.what, action.step))
    for index, text in enumerate(session.customer.expectations):
        if _matches(words, (text,)):
            hits.append(Hit("expectations", str(index), text, index=index))
    for index, remark in enumerate(session.feedback):
        if _matches(words, (remark.what, remark.who)):
            hits.append(Hit("feedback", str(index), remark.what, index=index))
    return hits
