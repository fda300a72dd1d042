"""What a follow-up session starts with that belonged to the old meeting: who was there, and its
title. The people are carried, their presence is not; the old title is not (issue 15)."""

from __future__ import annotations

import tomllib
from datetime import date

from tui import cli
from tui.core.followup import follow_up
from tui.reports.phrases import meeting_title
from tui.storage.toml_format import load_session

from .conftest import REPO, build_session

FIRST = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"


def test_the_follow_up_keeps_the_people_and_forgets_who_was_absent():
    old = build_session()
    assert [p.present for p in old.participants] == [True, False]  # Mo Bakker was absent
    new = follow_up(old, "old.toml", date(2026, 12, 3))
    assert [(p.name, p.role) for p in new.participants] == [
        ("Petra Jansen", "directie"),
        ("Mo Bakker", "monteur"),
    ]
    assert all(p.present for p in new.participants)  # nobody marked absent yet
    assert old.participants[1].present is False  # the old meeting keeps its record


def test_the_follow_up_starts_without_the_old_title():
    old = build_session()
    assert old.meeting.title == "Interne klanten, eerste bijeenkomst"
    new = follow_up(old, "old.toml", date(2026, 12, 3))
    assert new.meeting.title == ""
    assert meeting_title(new) == "Interne klanten"  # the default title shows
    assert old.meeting.title == "Interne klanten, eerste bijeenkomst"


def test_the_written_follow_up_has_no_absence_and_no_old_title(tmp_path, capsys):
    assert any(not p.present for p in load_session(FIRST).participants)
    assert (
        cli.main(["follow-up", str(FIRST), "--date", "2026-11-26", "--folder", str(tmp_path)]) == 0
    )
    target = tmp_path / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
    raw = tomllib.loads(target.read_text(encoding="utf-8"))
    assert "title" not in raw["meeting"]
    assert [p["name"] for p in raw["participants"]] == [
        p.name for p in load_session(FIRST).participants
    ]
    assert all(p["present"] is True for p in raw["participants"])
    capsys.readouterr()
    # ... and the new meeting's summary names no one as absent, under the default title.
    assert cli.main(["summary", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Afwezig" not in out
    assert "Interne klanten: kantoor en buitendienst" not in out
    assert out.lstrip().startswith("Interne klanten")
