"""All user-facing text, in Dutch (the default) and English.

One small mechanism for every layer (CLI, file errors, the app and the reports): a message has a
key and a text per language; ``t("key", name=value)`` picks the current language and fills the
``{name}`` fields with ``str.format``. Values are only substituted, never interpreted, so text
typed by people stays data here too (markup safety is the renderer's job).

**Plurals.** A field may name its singular and plural form after a colon:
``"{count} {count:actie|acties}"`` gives ``1 actie`` and ``3 acties``. Every count the product
shows goes through this, in both languages.

**The catalogue** is the package :mod:`tui.catalogue`, one module per layer, each a plain
``MESSAGES`` dict of ``key: (dutch, english)``. They are listed in :data:`CATALOGUE` and loaded
here, all of them, on first use, so that a translator finds every text in those files and no text
depends on which module happened to be imported first. ``tests/unit/test_messages.py`` finds
every key the code can ask for and checks that both languages have it.
"""

from __future__ import annotations

import importlib
import os
import string

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_INDEX = {language: index for index, language in enumerate(LANGUAGES)}
"""Where a language's text is in a catalogue entry ``(dutch, english)``."""

# The modules of the catalogue, in the order a translator reads them.
CATALOGUE = (
    "tui.catalogue.general",
    "tui.catalogue.compare",
    "tui.catalogue.summary",
    "tui.catalogue.tools",
    "tui.catalogue.series",
)

_language = DEFAULT_LANGUAGE

# key -> (Dutch, English), the catalogue's own tuples; filled by _catalogue() on first use.
_MESSAGES: dict[str, tuple[str, str]] = {}


def _catalogue() -> dict[str, tuple[str, str]]:
    if not _MESSAGES:
        for name in CATALOGUE:
            messages = importlib.import_module(name).MESSAGES
            twice = messages.keys() & _MESSAGES.keys()
            if twice:
                raise ValueError(f"message {min(twice)!r} is defined twice (again in {name})")
            short = [key for key, texts in messages.items() if len(texts) != len(LANGUAGES)]
            if short:
                raise ValueError(f"message {short[0]!r} in {name} needs one text per language")
            _MESSAGES.update(messages)
    return _MESSAGES


class _Formatter(string.Formatter):
    """``str.format`` plus the plural spec ``{n:one|many}``."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:
            one, _, many = format_spec.partition("|")
            return one if value == 1 else many
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()

_PLAIN: dict[str, bool] = {}
"""Per text: True if it has no plural spec, so that ``str.format`` (written in C) fills it the
same as :data:`_FORMATTER` (in Python, ten times slower: a report of 4,000 action points asks
for some 10,000 texts)."""


def fill(text: str, /, **fields: object) -> str:
    """``text`` with ``fields`` filled in, plurals included (see the module)."""
    plain = _PLAIN.get(text)
    if plain is None:
        specs = (spec for _literal, name, spec, _conversion in _FORMATTER.parse(text) if name)
        plain = _PLAIN[text] = not any("|" in spec for spec in specs if spec)
    return text.format(**fields) if plain else _FORMATTER.format(text, **fields)


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    _language = language


def get_language() -> str:
    return _language


def language_from_environment() -> str:
    """The language asked for by ``INTERNE_KLANTEN_LANG``, else Dutch."""
    value = os.environ.get("INTERNE_KLANTEN_LANG", "").strip().lower()
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, /, **fields: object) -> str:
    """The message ``key`` in the current language, with ``fields`` filled in.

    A key missing from the catalogue is a bug that the message test catches; should one slip
    through anyway, the key itself is shown rather than stopping a meeting in the middle.
    """
    texts = _catalogue().get(key)
    if texts is None:
        if os.environ.get("INTERNE_KLANTEN_STRICT_TEXTS"):
            raise KeyError(key)
        return key
    text = texts[_INDEX[_language]] or texts[0]
    return fill(text, **fields) if fields else text


def has(key: str) -> bool:
    return key in _catalogue()


def keys() -> frozenset[str]:
    """Every key of the catalogue (for the tests and for ``check`` of a translation)."""
    return frozenset(_catalogue())


def text_of(key: str, language: str) -> str:
    """The raw text of ``key`` in ``language``, fields not filled in."""
    return _catalogue()[key][_INDEX[language]]
