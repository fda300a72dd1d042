"""Key descriptions in the chosen language.

Textual merges a class's ``BINDINGS`` once, when the class is created, and every widget copies
that merge when it is made. Our bindings therefore carry a message key as their description
(``Binding("n", "new_item", "key.new", id="item.new")``); :func:`localize_bindings`, called by
the app before it builds anything, redoes the merge for the project's classes with the texts of
the current language. Textual's own bindings keep their descriptions. Every screen module is
imported by ``tui/app/app.py`` up front, so that all classes exist when this runs.
"""

from __future__ import annotations

from dataclasses import replace

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


def localize_bindings() -> None:
    for cls in _subclasses(DOMNode):
        if not cls.__module__.startswith("tui."):
            continue
        merged = merged_bindings(cls)
        replace_merged_bindings(
            cls,
            BindingsMap.from_keys(
                {
                    key: [
                        replace(b, description=i18n.t(b.description))
                        if i18n.has(b.description)
                        else b
                        for b in bindings
                    ]
                    for key, bindings in merged.key_to_bindings.items()
                }
            ),
        )
