"""One word per concept in every text of the app, the command line and the exports (issue 14):
an action past its date is "te laat", the next meeting is the "vervolgbijeenkomst", and a count
has its plural rather than "(s)"."""

from __future__ import annotations

import re

import pytest

from tui import i18n

RETIRED = {
    "nl": {
        r"\bover tijd\b": "te laat",
        r"\bover de datum\b": "te laat",
        r"\bovertijd\b": "te laat",
        r"\bvervolgafspraak": "vervolgbijeenkomst",
        r"\bvervolgoverleg": "vervolgbijeenkomst",
        r"\bhet vervolgbijeenkomst": "de vervolgbijeenkomst",
        r"\w\(s\)": "{n:…|…}",
        r"\w\(en\)": "{n:…|…}",
    },
    "en": {r"\w\(s\)": "{n:…|…}"},
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_text_uses_a_retired_word(language):
    found = []
    for key in sorted(i18n.keys()):
        text = i18n.text_of(key, language)
        for pattern, instead in RETIRED[language].items():
            if re.search(pattern, text, flags=re.IGNORECASE):
                found.append(f"{key}: {text!r} (say {instead!r})")
    assert not found, "\n".join(found)
