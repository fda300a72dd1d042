"""The chains a new session starts from: the built-in ones by name (``new --chain``), and another
session's chain, people and customer without its content (``new --like``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui import cli, i18n
from tui.core.chain import CHAINS, DEFAULT_STEP_IDS, chain_steps, new_session, session_like
from tui.core.model import STEP_ID_PATTERN, ModelError
from tui.storage.toml_format import dumps_session, load_session

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_default_chain_is_the_instruments_five_steps():
    assert [s.id for s in new_session("X", date(2026, 1, 1)).steps] == list(DEFAULT_STEP_IDS)


@pytest.mark.parametrize("name", list(CHAINS))
def test_every_built_in_chain_gives_a_valid_session(name, tmp_path):
    session = new_session("Firma", date(2026, 12, 1), chain=name)
    ids = [step.id for step in session.steps]
    assert len(ids) == len(set(ids)) >= 4
    assert all(STEP_ID_PATTERN.match(step_id) for step_id in ids)
    assert all(step.name and not step.name.startswith("chains.") for step in session.steps)
    path = tmp_path / "s.toml"
    path.write_text(dumps_session(session), encoding="utf-8")
    assert load_session(path) == session  # the file takes it as it is


def test_chain_names_are_the_same_in_both_languages_and_ids_too():
    dutch = [s.id for s in chain_steps("bakkerij")]
    i18n.set_language("en")
    try:
        english = chain_steps("bakkerij")
    finally:
        i18n.set_language("nl")
    assert [s.id for s in english] == dutch
    assert english[0].name == "Order"
    with pytest.raises(ModelError, match="bakkerij"):
        chain_steps("bakker")


def test_like_takes_chain_people_and_customer_without_content():
    other = load_session(EXAMPLE)
    other.customer.name = "De klant"
    session = session_like(other, "Ander Bedrijf", date(2027, 3, 1), title="Start")
    assert [s.id for s in session.steps] == [s.id for s in other.steps]
    assert [s.name for s in session.steps] == [s.name for s in other.steps]
    assert [s.people for s in session.steps] == [s.people for s in other.steps]
    assert [s.customers for s in session.steps] == [s.customers for s in other.steps]
    assert all(step.item_count() == 0 for step in session.steps)
    assert session.actions == [] and session.feedback == [] and session.agenda == []
    assert [p.name for p in session.participants] == [p.name for p in other.participants]
    assert all(p.present for p in session.participants)  # nobody absent yet
    assert session.customer.name == "De klant"
    assert session.customer.expectations != other.customer.expectations
    assert session.meeting.facilitator == other.meeting.facilitator
    assert session.meeting.organisation == "Ander Bedrijf" and session.meeting.title == "Start"
    assert session.meeting.previous == "" and session.meeting.series != other.meeting.series
    assert session.new_id("needs") == "n1"  # a series of its own: ids start over


def test_new_with_a_chain(capsys, tmp_path):
    status, out, _err = run(
        capsys, "new", "--organisation", "Bakkerij Korst", "--chain", "bakkerij",
        "--date", "2026-12-10", "--folder", str(tmp_path),
    )  # fmt: skip
    assert status == 0 and "2026-12-10-bakkerij-korst.toml" in out
    saved = load_session(tmp_path / "2026-12-10-bakkerij-korst.toml")
    assert [s.id for s in saved.steps] == [step_id for step_id, _ in CHAINS["bakkerij"].steps]


def test_new_like_another_session(capsys, tmp_path):
    status, _out, _err = run(
        capsys, "new", "--organisation", "Van Dijk Noord", "--like", str(EXAMPLE),
        "--date", "2027-01-10", "--folder", str(tmp_path),
    )  # fmt: skip
    assert status == 0
    saved = load_session(tmp_path / "2027-01-10-van-dijk-noord.toml")
    other = load_session(EXAMPLE)
    assert saved.meeting.organisation == "Van Dijk Noord"
    assert [s.people for s in saved.steps] == [s.people for s in other.steps]
    assert not any(step.item_count() for step in saved.steps) and not saved.actions


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--chain", "bakkerij", "--like", str(EXAMPLE)], "--chain en --like"),
        (["--like", "bestaat-niet.toml"], "bestaat-niet.toml"),
    ],
)
def test_new_refuses_what_it_cannot_do(capsys, tmp_path, argv, message):
    status, _out, err = run(capsys, "new", "--organisation", "X", "--folder", str(tmp_path), *argv)
    assert status in (1, 2) and message in err
    assert not list(tmp_path.iterdir())


def test_new_help_lists_the_built_in_chains(capsys):
    with pytest.raises(SystemExit):
        cli.main(["new", "--help"])
    out = capsys.readouterr().out
    for name in CHAINS:
        assert name in out
    assert "Bestelling" in out and "--like" in out
