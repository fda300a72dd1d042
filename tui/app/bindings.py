"""Key descriptions in the chosen language.

Textual merges a class's ``BINDINGS`` once, when the class is created, and every widget copies
that merge when it is made. Our bindings therefore carry a message key as their description
(``Binding("n", "new_item", "key.new", id="item.new")``); :func:`localize_bindings`, called by
the app before it builds anything, redoes the merge for the project's classes with the texts of
the current language. A screen that the first screen does not need is imported only when it is
first opened, after that: from the first call on, every class of the project is localized the
moment it is created too (Textual's ``DOMNode.__init_subclass__`` makes the merge; ours runs
right after it), before any widget of it exists.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.binding import BindingsMap
from textual.dom import DOMNode

from tui import i18n
from tui.app.textual_internals import merged_bindings, replace_merged_bindings


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    subclasses: list[type] = cls.__subclasses__()
    for sub in subclasses:
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def _localize(cls: type[DOMNode]) -> None:
    merged = merged_bindings(cls)
    replace_merged_bindings(
        cls,
        BindingsMap.from_keys(
            {
                key: [
                    replace(b, description=i18n.t(b.description)) if i18n.has(b.description) else b
                    for b in bindings
                ]
                for key, bindings in merged.key_to_bindings.items()
            }
        ),
    )


def _ours(cls: type) -> bool:
    return cls.__module__.startswith("tui.")


_textual_init_subclass = DOMNode.__dict__["__init_subclass__"].__func__
"""Textual's own ``DOMNode.__init_subclass__`` (a classmethod), which merges ``BINDINGS``."""


def _init_subclass(cls: type[DOMNode], /, **options: Any) -> None:
    _textual_init_subclass(cls, **options)
    if _ours(cls):
        _localize(cls)


def localize_bindings() -> None:
    """The key descriptions of every class of the project in the current language: of those that
    exist now, and from now on of every class as it is created (a screen imported late)."""
    for cls in _subclasses(DOMNode):
        if _ours(cls):
            _localize(cls)
    if DOMNode.__dict__["__init_subclass__"].__func__ is not _init_subclass:
        # Textual has no hook for a class being made but Python's own: ours wraps Textual's.
        hook: Any = classmethod(_init_subclass)
        type.__setattr__(DOMNode, "__init_subclass__", hook)
