"""Finding a word in a session: case and accents do not matter, every word must occur."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.search import fold, search
from tui.storage.toml_format import load_session

EXAMPLE = (
    Path(__file__).resolve().parents[2]
    / "sessions"
    / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
)


@pytest.fixture(scope="module")
def session():
    return load_session(EXAMPLE)


def found(session, query: str) -> list[tuple[str, str]]:
    return [(hit.kind, hit.key) for hit in search(session, query)]


def test_fold_drops_case_and_accents():
    assert fold("Één") == "een"
    assert fold("níet GÉÉN vóór") == "niet geen voor"
    assert fold("ﬁle") == "file"  # a ligature decomposes too (NFKD)
    assert fold("Straße") == "strasse"


@pytest.mark.parametrize("query", ["niet wil", "NÍET WIL", "Niet Wíl", "níet wil"])
def test_accents_and_case_in_the_query_or_the_text_do_not_matter(session, query):
    assert ("needs", "n2") in found(session, query)  # "ook wat de klant níet wil"


def test_een_finds_een_with_accents_everywhere(session):
    hits = found(session, "in een keer")
    assert ("asks", "r1") in hits  # "in één keer"
    assert ("actions", "a3") in hits


def test_every_kind_of_item_is_searched(session):
    assert found(session, "leidingloop") == [("needs", "n10")]
    assert ("info", "c13") in found(session, "warmtepomp belt")  # words in any order
    assert found(session, "tevredenheid werk naar") == [("expectations", "0")]
    assert found(session, "weekplanning vrijdag monteurs bellen") == [("feedback", "1")]
    assert ("feedback", "2") in found(session, "bas kuipers")  # the remark's who
    assert ("actions", "a2") in found(session, "asbestverdenking erik")  # the action's who


def test_hits_carry_their_step_and_text(session):
    hit = search(session, "leidingloop")[0]
    assert (hit.step, hit.text) == ("planning", "Tekening of schets van de leidingloop")
    assert search(session, "privételefoon")[0].step == "facturatie"


def test_an_empty_query_or_a_missing_word_finds_nothing(session):
    assert search(session, "") == [] and search(session, "   ") == []
    assert search(session, "leidingloop xyzzy") == []
