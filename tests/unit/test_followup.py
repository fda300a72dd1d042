"""follow-up: the next meeting's session, in the model and as a command."""

from __future__ import annotations

import os
from datetime import date

import pytest

from tui import cli
from tui.core import edits
from tui.core.compare import compare_sessions
from tui.core.followup import follow_up
from tui.core.model import AgendaItem, ModelError
from tui.storage.toml_format import dumps_session, load_session, parse_session

from .conftest import REPO, build_session

EXAMPLE = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


# --- the model --------------------------------------------------------------------------------


def test_follow_up_carries_the_agreements_and_drops_what_belonged_to_the_old_meeting():
    old = build_session()
    old.meeting.closed = True
    old.agenda = [AgendaItem("3a", done=True, spent=300)]
    new = follow_up(old, "2026-09-03-loodgietersbedrijf-jansen.toml", date(2026, 12, 3))
    m = new.meeting
    assert (m.date, m.previous, m.closed, m.follow_up) == (
        date(2026, 12, 3), "2026-09-03-loodgietersbedrijf-jansen.toml", False, None,
    )  # fmt: skip
    assert (m.organisation, m.facilitator, m.reason) == (
        old.meeting.organisation, old.meeting.facilitator, old.meeting.reason,
    )  # fmt: skip
    assert m.title == ""  # "...eerste bijeenkomst" named the old meeting (test_followup_carry.py)
    assert new.feedback == [] and new.agenda == []
    assert new.steps == old.steps and new.customer == old.customer
    # the same people, presence not yet known (test_followup_carry.py)
    assert [(p.name, p.role) for p in new.participants] == [
        (p.name, p.role) for p in old.participants
    ]
    # Every action, with its id, status, dates and note: done and dropped ones too.
    assert new.actions == old.actions
    assert [a.status for a in new.actions] == ["open", "open", "done", "dropped"]


def test_follow_up_is_a_deep_copy():
    old = build_session()
    new = follow_up(old, "old.toml", date(2026, 12, 3))
    edits.update_item(new, "n1", what="Anders")
    edits.complete_action(new, "a1", date(2026, 12, 3))
    edits.set_people(new, "uitvoering", ["Iemand"])
    assert old.find_item("n1")[2].what == "Materiaallijst per klus"
    assert old.action("a1").status == "open"
    assert old.step("uitvoering").people == ["Mo Bakker"]
    assert old.feedback  # untouched


def test_follow_up_never_reissues_an_id_of_the_lineage():
    old = build_session()
    edits.remove_item(old, "n3")  # the highest need
    edits.remove_action(old, "a4")  # the highest action
    new = follow_up(old, "old.toml", date(2026, 12, 3))
    assert new.last_ids == old.highest_issued()
    assert edits.add_item(new, "uitvoering", "needs", "Nieuw").id == "n4"
    assert edits.add_action(new, "Nieuw", who="X").id == "a5"
    # ... also after a round trip through the file.
    again = parse_session(dumps_session(follow_up(old, "old.toml", date(2026, 12, 3))))
    assert edits.add_item(again, "uitvoering", "needs", "Nieuw").id == "n4"


def test_follow_up_refuses_a_path_as_previous():
    with pytest.raises(ModelError):
        follow_up(build_session(), "sessions/old.toml", date(2026, 12, 3))


def test_follow_up_then_compare_shows_only_the_expected_differences():
    old = load_session(EXAMPLE)
    old.meeting.closed = True  # as the app leaves a held meeting
    new = follow_up(old, EXAMPLE.name, date(2027, 2, 25))
    assert old.feedback and new.feedback == []
    c = compare_sessions(old, new)
    assert [(ch.field, ch.old, ch.new) for ch in c.meeting] == [
        ("date", date(2026, 11, 26), date(2027, 2, 25)),
        ("title", "Interne klanten: voortgangsoverleg na drie maanden", ""),
        ("follow_up", date(2027, 2, 25), None),
        ("previous", "2026-08-27-installatiebedrijf-van-dijk-zn.toml", EXAMPLE.name),
        ("closed", True, False),
    ]
    assert not (
        c.steps or c.items or c.customer_name or c.expectations_added or c.expectations_removed
    )
    assert not (c.joined or c.left)
    absent = [p.name for p in old.participants if not p.present]
    assert absent and [ch.name for ch in c.participants_changed] == absent  # presence reset
    assert not c.actions  # no action added, removed or changed
    assert not (
        c.actions.postponed or c.actions.reassigned or c.actions.done_since or c.actions.new
    )


# --- the command ------------------------------------------------------------------------------


def test_follow_up_command_writes_the_next_session(tmp_path, capsys):
    status, out, err = run(
        capsys, "follow-up", str(EXAMPLE), "--date", "2027-02-25", "--folder", str(tmp_path)
    )
    target = tmp_path / "2027-02-25-installatiebedrijf-van-dijk-zn.toml"
    assert status == 0 and err == ""
    assert out.splitlines()[0] == f"Aangemaakt: {target}"
    assert "17 actiepunten meegenomen" in out
    assert f"interne-klanten compare {EXAMPLE} {target}" in out
    session = load_session(target)
    assert session.meeting.previous == EXAMPLE.name
    assert session.meeting.date == date(2027, 2, 25)
    assert session.feedback == [] and session.meeting.follow_up is None
    assert [a.id for a in session.actions] == [f"a{n}" for n in range(1, 18)]
    # Canonical: the file is exactly what the writer produces, and fmt --check agrees.
    assert target.read_bytes() == dumps_session(session).encode("utf-8")
    assert run(capsys, "fmt", "--check", str(target))[0] == 0


def test_follow_up_command_defaults_to_the_old_files_folder(tmp_path, capsys):
    old = tmp_path / "archief" / EXAMPLE.name
    old.parent.mkdir()
    old.write_bytes(EXAMPLE.read_bytes())
    status, out, _err = run(capsys, "--lang", "en", "follow-up", str(old), "--date", "2027-02-25")
    assert status == 0
    assert out.startswith(
        f"Created: {old.parent / '2027-02-25-installatiebedrijf-van-dijk-zn.toml'}\n"
    )
    assert "17 action points carried over" in out


def test_follow_up_command_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "2027-02-25-installatiebedrijf-van-dijk-zn.toml"
    target.write_bytes(b"mijn eigen werk\n")
    status, out, err = run(
        capsys, "follow-up", str(EXAMPLE), "--date", "2027-02-25", "--folder", str(tmp_path)
    )
    assert status == 1 and out == ""
    assert f"{target} bestaat al" in err
    assert target.read_bytes() == b"mijn eigen werk\n"
    assert os.listdir(tmp_path) == [target.name]


@pytest.mark.parametrize(
    ("day", "message"),
    [
        ("25-02-2027", "ongeldige datum '25-02-2027'"),
        ("2026-01-01", "kan niet vóór de vorige bijeenkomst"),
    ],
)
def test_follow_up_command_refuses_a_bad_date(day, message, tmp_path, capsys):
    status, _out, err = run(
        capsys, "follow-up", str(EXAMPLE), "--date", day, "--folder", str(tmp_path)
    )
    assert status == 2 and message in err
    assert os.listdir(tmp_path) == []


def test_follow_up_command_reports_a_bad_old_file(tmp_path, capsys):
    bad = tmp_path / "kapot.toml"
    bad.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace('status = "done"', 'status = "klaar"', 1),
        encoding="utf-8",
    )
    status, out, err = run(capsys, "follow-up", str(bad), "--folder", str(tmp_path / "nieuw"))
    assert status == 1 and out == ""
    assert "status: onbekende status 'klaar'" in err
    assert f"{bad} kan niet worden gelezen" in err
    assert not (tmp_path / "nieuw").exists()
    status, _out, err = run(capsys, "follow-up", str(tmp_path / "weg.toml"))
    assert status == 1 and "bestand bestaat niet" in err
