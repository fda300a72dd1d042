"""The overview of every organisation (tui/core/overview.py, reports/overview_report.py,
commands/overview.py) on generated series with known answers (tests/series_factory.py)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import icalendar

from tests.series_factory import day, make_series
from tui import cli
from tui.commands.overview import overview_rows
from tui.core.compare import Kept
from tui.reports import overview_report, series_report

TODAY = date(2027, 6, 1)


def folder_with_three(tmp_path: Path) -> Path:
    """Jansen: 4 meetings (the last 03-06-2027, after TODAY); Bakker: 2 (the last 03-12-2026,
    its follow-up 04-03-2027 passed); a broken file of its own; a copy that forks Bakker."""
    folder = tmp_path / "sessions"
    make_series(folder, 4)
    bakker = make_series(folder, 2, organisation="Aannemer Bakker")
    (folder / "2026-10-01-kapot.toml").write_text("format = 1\n[meeting\n", encoding="utf-8")
    (folder / "2026-12-03-aannemer-bakker-kopie-1432.toml").write_bytes(bakker[1].read_bytes())
    return folder


def test_one_row_per_series_with_the_known_figures(tmp_path):
    rows = overview_rows([str(folder_with_three(tmp_path))], TODAY)
    assert [(r.organisation, r.meetings) for r in rows] == [
        ("Aannemer Bakker", 2),
        ("Loodgietersbedrijf Jansen", 4),
        ("", 1),
    ]
    bakker, jansen, broken = rows
    assert jansen.last is not None and jansen.last.day == day(3)
    assert jansen.follow_up == day(4) and not jansen.follow_up_overdue
    assert jansen.kept == Kept(done=6, due=7, on_time=3)
    # counted to TODAY: C is overdue; X3 and Y3 are due 03-07-2027, not yet
    assert (jansen.open, jansen.overdue) == (3, 1)
    assert bakker.follow_up == day(2) and bakker.follow_up_overdue
    assert (bakker.open, bakker.overdue) == (3, 3) and bakker.kept == Kept(2, 3, 1)
    assert [p.kind for p in bakker.problems] == ["fork", "off_chain"]
    assert broken.last is None and [p.kind for p in broken.problems] == ["unreadable"]
    assert jansen.problems == []


def test_csv_for_a_spreadsheet(tmp_path):
    rows = overview_rows([str(folder_with_three(tmp_path))], TODAY)
    data = overview_report.csv_report(rows)
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert table[0][:4] == ["organisatie", "bijeenkomsten", "laatste bijeenkomst", "bestand"]
    assert table[1][:12] == [
        "Aannemer Bakker", "2", "2026-12-03", "2026-12-03-aannemer-bakker.toml", "2027-03-04",
        "ja", "3", "3", "2", "3", "1", "67",
    ]  # fmt: skip
    assert "meer dan één bestand" in table[1][12]
    assert table[3][3] == "2026-10-01-kapot.toml" and "geen geldige sessie" in table[3][12]


def test_a_formula_in_an_organisation_stays_text(tmp_path):
    make_series(tmp_path, 2, organisation="=HYPERLINK(1)")
    rows = overview_rows([str(tmp_path)], TODAY)
    assert overview_report.csv_rows(rows)[1][0] == "'=HYPERLINK(1)"


def test_one_calendar_with_every_organisation(tmp_path):
    rows = overview_rows([str(folder_with_three(tmp_path))], TODAY)
    from datetime import UTC, datetime

    calendar = icalendar.Calendar.from_ical(
        overview_report.ics_report(rows, now=datetime(2027, 6, 1, 9, tzinfo=UTC))
    )
    events = list(calendar.walk("VEVENT"))
    confirmed = sorted(str(e["summary"]) for e in events if e["status"] == "CONFIRMED")
    assert sum("Vervolgbijeenkomst" in s or "vervolg" in s.lower() for s in confirmed) == 2
    # each series' latest meeting: three open actions with a date, and its follow-up
    assert len(confirmed) == 8
    uids = {str(e["uid"]) for e in events}
    assert any(u.startswith("loodgietersbedrijf-jansen-") for u in uids)
    assert any(u.startswith("aannemer-bakker-") for u in uids)
    # the same events as each session's own export
    from tui.reports.calendar import calendar_ics
    from tui.storage.toml_format import load_session

    last = rows[1].last
    assert last is not None and last.session is not None
    own = icalendar.Calendar.from_ical(
        calendar_ics(
            last.session,
            now=datetime(2027, 6, 1, 9, tzinfo=UTC),
            previous=load_session(Path(rows[1].chain.files[-2].label)),
        )
    )
    own_uids = {str(e["uid"]) for e in own.walk("VEVENT")}
    assert own_uids <= uids


def test_json_lists_the_problems(tmp_path):
    folder = folder_with_three(tmp_path)
    rows = overview_rows([str(folder)], TODAY)
    data = json.loads(overview_report.json_report(rows, TODAY, [str(folder)]))
    assert data["today"] == "2027-06-01"
    assert [s["organisation"] for s in data["series"]] == [
        "Aannemer Bakker", "Loodgietersbedrijf Jansen", ""
    ]  # fmt: skip
    assert data["series"][1]["kept"] == {"done": 6, "due": 7, "on_time": 3, "percent": 86}
    assert data["series"][2]["problems"][0]["kind"] == "unreadable"


def test_overview_command(tmp_path, capsys, monkeypatch):
    folder = folder_with_three(tmp_path)
    assert cli.main(["overview", "--date", "2027-06-01", str(folder)]) == 1  # it has problems
    out = capsys.readouterr().out
    assert "Loodgietersbedrijf" in out and "Aannemer Bakker" in out
    assert "kapot.toml" in out and "te laat" in out
    clean = tmp_path / "clean"
    make_series(clean, 3)
    assert cli.main(["overview", "--format", "json", "--date", "2027-06-01", str(clean)]) == 0
    assert json.loads(capsys.readouterr().out)["series"][0]["meetings"] == 3
    target = tmp_path / "all.ics"
    assert cli.main(["overview", "--format", "ics", "--output", str(target), str(clean)]) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    target = tmp_path / "all.csv"
    assert cli.main(["overview", "--format", "csv", "--output", str(target), str(clean)]) == 0
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sessions").mkdir(exist_ok=True)
    assert cli.main(["overview", "--format", "json"]) == 1  # default folder: sessions/


def test_overview_command_bad_calls(tmp_path, capsys):
    assert cli.main(["overview", str(tmp_path / "nope")]) == 2
    assert "geen map" in capsys.readouterr().err
    assert cli.main(["overview", "--date", "volgende week", str(tmp_path)]) == 2
    assert cli.main(["overview", "--no-reminders", str(tmp_path)]) == 2


def test_an_empty_folder(tmp_path, capsys):
    assert cli.main(["overview", str(tmp_path)]) == 0
    assert "Geen sessiebestanden" in capsys.readouterr().out


def test_kept_after_an_unreadable_meeting_is_not_determinable(tmp_path):
    """The last meeting is not compared with the one before a broken file (a wrong figure that
    looks right): the overview says it cannot be determined, and why, in every format."""
    folder = tmp_path / "sessions"
    paths = make_series(folder, 3)
    paths[1].write_text(paths[1].read_text(encoding="utf-8") + "this is = = bad\n")
    (row,) = overview_rows([str(folder)], TODAY)
    assert row.last is not None and row.last.name == paths[2].name
    assert row.kept is None and row.kept_after_unreadable == paths[1].name
    assert overview_report.kept_text(row) == "niet te bepalen"
    console = series_report.make_console(io.StringIO(), width=80, plain=True)
    overview_report.print_report([row], TODAY, [str(folder)], console)
    out = " ".join(console.file.getvalue().split())
    assert "niet te bepalen" in out and "2/3" not in out
    assert f"de bijeenkomst ervoor ({paths[1].name}) is onleesbaar" in out
    data = json.loads(overview_report.json_report([row], TODAY, [str(folder)]))["series"][0]
    assert data["kept"] is None and paths[1].name in data["kept_not_determinable"]
    (_, values) = list(csv.reader(io.StringIO(overview_report.csv_report([row]).decode()[1:]),
                                  delimiter=overview_report.DELIMITER))  # fmt: skip
    assert values[8] == "" and paths[1].name in values[-1]
