"""The series (tui/core/series.py, tui/storage/folder.py) on generated series with known answers
(tests/series_factory.py), the bad inputs, the reports (golden Markdown and JSON) and the CLI."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from tests.series_factory import day, make_series
from tests.unit.test_summary import check_golden
from tui import cli
from tui.core.compare import Kept, compare_sessions
from tui.core.dates import format_date
from tui.core.series import find_chain, series_figures, similar
from tui.i18n import set_language
from tui.reports import series_report
from tui.storage.folder import SessionFolder, previous_in_text
from tui.storage.toml_format import dumps_session, load_session

REPO = Path(__file__).resolve().parents[2]


def figures(folder: Path, start: str):
    return series_figures(find_chain(SessionFolder(folder), start))


@pytest.mark.parametrize("n", range(3, 9))
def test_a_generated_series_has_the_known_figures(tmp_path, n):
    paths = make_series(tmp_path, n)
    for start in (paths[0], paths[n // 2], paths[-1]):  # any meeting of it gives the series
        series = figures(tmp_path, start.name)
        assert [m.file.name for m in series.meetings] == [p.name for p in paths]
        assert series.problems == []
        assert series.meetings[0].kept is None
        for k, m in enumerate(series.meetings[1:], start=1):
            assert m.kept == Kept(done=2 * k, due=2 * k + 1, on_time=k)
            assert (m.register.open, m.register.overdue, m.register.done) == (3, 1, 2 * k)
            assert (m.register.dropped, m.register.new) == (0, 2)
        first = series.meetings[0].register
        assert (first.open, first.overdue, first.new) == (3, 0, 3)
        by_step = {o.key: (o.due, o.done, o.on_time, o.overdue) for o in series.by_step}
        assert by_step == {
            "voorbereiding": (n, n - 1, n - 1, 1),
            "uitvoering": (n - 1, n - 1, 0, 0),
        }
        by_person = {o.key: (o.due, o.on_time) for o in series.by_person}
        assert by_person == {"Petra": (n, n - 1), "Mo": (n - 1, 0)}
        recurring = {(r.kind, r.id, r.earlier_id) for r in series.recurring}
        assert recurring == {
            ("unresolved", "n1", ""),
            ("returned", "n4", "n3"),  # a new need much like the removed one
            ("returned", "c1", ""),  # put back under its own id
        }
        unresolved = next(r for r in series.recurring if r.kind == "unresolved")
        assert unresolved.meetings == tuple(day(k) for k in range(n))
        assert unresolved.actions == ("a3",)
        returned = next(r for r in series.recurring if r.id == "n4")
        assert returned.gone == day(1)


def test_the_kept_figure_is_compares_own(tmp_path):
    paths = make_series(tmp_path, 4)
    series = figures(tmp_path, paths[0].name)
    sessions = [load_session(p) for p in paths]
    for k in range(1, 4):
        assert series.meetings[k].kept == compare_sessions(sessions[k - 1], sessions[k]).kept


def test_unresolved_needs_three_meetings_with_the_action_open(tmp_path):
    two = make_series(tmp_path / "two", 2)
    assert [
        r for r in figures(two[0].parent, two[0].name).recurring if r.kind == "unresolved"
    ] == []
    # a changed text starts a new run
    paths = make_series(tmp_path / "changed", 4)
    text = paths[2].read_text(encoding="utf-8")
    paths[2].write_text(
        text.replace("Materiaallijst per klus", "Materiaallijst per klus, compleet")
    )
    series = figures(paths[0].parent, paths[0].name)
    assert [r for r in series.recurring if r.kind == "unresolved"] == []


def test_similar_texts():
    assert similar(
        "Foto's van de meterkast bij de aanvraag", "Bij elke aanvraag foto's van de meterkast"
    )
    assert similar(
        "Materiaal klaarzetten per project", "Materiaal per project klaarzetten in het magazijn"
    )
    assert not similar("Werkbon dezelfde dag", "Factuur binnen twee weken")
    assert not similar("Werkbon met uren", "Werkbon met foto's van de meterkast en de ketel")


# --- bad input -------------------------------------------------------------------------------


def fmt(value) -> str:
    return format_date(value)


def render(parts, width: int) -> str:
    console = series_report.make_console(io.StringIO(), width=width, plain=True)
    for part in parts:
        console.print(part)
    return console.file.getvalue()


def kinds(series) -> list[str]:
    return [p.kind for p in series.problems]


def test_a_broken_link_is_reported_and_the_rest_shown(tmp_path):
    paths = make_series(tmp_path, 4)
    paths[0].unlink()
    series = figures(tmp_path, paths[-1].name)
    assert kinds(series) == ["missing"]
    assert series.problems[0].others == (paths[0].name,)
    assert [m.file.name for m in series.meetings] == [p.name for p in paths[1:]]
    assert series.meetings[0].kept is None
    assert series.meetings[1].kept == Kept(done=4, due=5, on_time=2)
    assert paths[0].name in series.problems[0].message()


def test_a_loop_is_reported_and_the_walk_stops(tmp_path):
    paths = make_series(tmp_path, 4)
    session = load_session(paths[0])
    session.meeting.previous = paths[-1].name
    paths[0].write_text(dumps_session(session), encoding="utf-8")
    for start in paths:
        series = figures(tmp_path, start.name)
        assert kinds(series) == ["loop"]
        assert sorted(m.file.name for m in series.meetings) == sorted(p.name for p in paths)


def test_two_files_claiming_the_same_predecessor(tmp_path):
    paths = make_series(tmp_path, 4)
    copy = tmp_path / f"{paths[1].stem}-kopie-1432.toml"
    shutil.copy(paths[1], copy)
    series = figures(tmp_path, paths[0].name)
    assert kinds(series) == ["fork", "off_chain"]
    fork = series.problems[0]
    assert fork.file.endswith(paths[0].name)
    assert sorted(Path(f).name for f in fork.others) == sorted([paths[1].name, copy.name])
    # the longer branch is followed; the copy is named, not shown
    assert [m.file.name for m in series.meetings] == [p.name for p in paths]
    assert [Path(f).name for f in series.problems[1].others] == [copy.name]
    # asked for the copy: its own branch, and the fork still said
    series = figures(tmp_path, copy.name)
    assert [m.file.name for m in series.meetings] == [paths[0].name, copy.name]
    assert kinds(series) == ["fork", "off_chain"]


def test_a_file_that_does_not_validate_keeps_its_place(tmp_path):
    paths = make_series(tmp_path, 4)
    text = paths[1].read_text(encoding="utf-8")
    paths[1].write_text(text.replace("organisation = ", "organisatie = "))
    series = figures(tmp_path, paths[-1].name)
    assert kinds(series) == ["unreadable"]
    assert any("organisatie" in line for line in series.problems[0].details)
    assert [m.file.name for m in series.meetings] == [p.name for p in paths]
    broken = series.meetings[1]
    assert not broken.readable and broken.kept is None
    assert series.meetings[1].day == day(1)  # from the file name
    # the meeting after it is not compared with the one before the broken file (its actions
    # would count as kept or new that the broken meeting may have changed): not determinable
    after = series.meetings[2]
    assert after.compared_with == "" and after.kept is None
    assert after.after_unreadable == paths[1].name and after.register.new is None
    assert series.meetings[3].kept == Kept(done=6, due=7, on_time=3)  # meeting 3 as ever
    # the reports say it and still show the rest
    text = series_report.markdown_report(series)
    assert "onleesbaar" in text and "organisatie" in text and "## Wat terugkomt" in text
    row = next(line for line in text.splitlines() if line.startswith(f"| {fmt(day(2))}"))
    assert row.split(" | ")[1:3] == ["niet te bepalen", ""] and row.endswith("| ? |")
    note = f"{fmt(day(2))}: nagekomen en nieuw zijn niet te bepalen, want de bijeenkomst ervoor"
    assert f"- {note} ({paths[1].name}) is onleesbaar" in text
    assert note in series_report.html_report(series)
    rich = render(series_report.rich_renderables(series), 100)
    assert note in " ".join(rich.split()) and "niet te bepalen" in rich
    data = json.loads(series_report.json_report(series))["meetings"][2]
    assert data["kept"] is None and data["actions"]["new"] is None
    assert paths[1].name in data["kept_not_determinable"]
    set_language("en")  # (reset after each test)
    english = series_report.markdown_report(series)
    assert "kept and new cannot be determined, because the meeting before" in english


def test_a_file_that_cannot_be_decoded_ends_the_walk_back_there(tmp_path):
    paths = make_series(tmp_path, 4)
    paths[1].write_bytes(b"\xff\xfe" + paths[1].read_bytes())
    series = figures(tmp_path, paths[-1].name)
    assert kinds(series) == ["unreadable"]
    assert [m.file.name for m in series.meetings] == [p.name for p in paths[1:]]
    # from the first meeting on, the files after the broken one are not found by their link
    assert [m.file.name for m in figures(tmp_path, paths[0].name).meetings] == [paths[0].name]


def test_a_meeting_dated_before_its_predecessor(tmp_path):
    paths = make_series(tmp_path, 3)
    text = paths[2].read_text(encoding="utf-8")
    paths[2].write_text(text.replace(f"date = {day(2).isoformat()}", "date = 2026-01-01"))
    assert kinds(figures(tmp_path, paths[0].name)) == ["order"]


def test_previous_read_from_the_text():
    assert previous_in_text('[meeting]\nprevious = "a.toml"\n') == "a.toml"
    assert previous_in_text("[meeting]\nprevious = 'b.toml'\n") == "b.toml"
    assert previous_in_text('why = """\nprevious is not a key"""\n') == ""


def test_only_the_files_of_the_series_are_validated(tmp_path, monkeypatch):
    paths = make_series(tmp_path, 3)
    others = make_series(tmp_path, 3, organisation="Dakdekker De Vries")
    parsed: list[str] = []
    from tui.storage import folder as folder_module

    real = folder_module.parse_session

    def counting(text, name):
        parsed.append(Path(name).name)
        return real(text, name)

    monkeypatch.setattr(folder_module, "parse_session", counting)
    series = figures(tmp_path, paths[1].name)
    assert [m.file.name for m in series.meetings] == [p.name for p in paths]
    assert not set(parsed) & {p.name for p in others}


# --- the reports -----------------------------------------------------------------------------


def test_markdown_and_json_golden(tmp_path):
    paths = make_series(tmp_path, 4)
    series = figures(tmp_path, paths[0].name)
    check_golden("series-generated.md", series_report.markdown_report(series))
    check_golden("series-generated.json", series_report.json_report(series))


def test_markdown_and_json_golden_of_the_shipped_series():
    series = figures(REPO / "sessions", "2027-02-25-installatiebedrijf-van-dijk-zn.toml")
    assert len(series.meetings) == 3 and series.problems == []
    check_golden("series-van-dijk.md", series_report.markdown_report(series))
    data = json.loads(series_report.json_report(series))
    assert [m["kept"]["percent"] if m["kept"] else None for m in data["meetings"]] == [None, 70, 86]
    check_golden("series-van-dijk.json", series_report.json_report(series))


def test_typed_text_stays_text_in_every_form(tmp_path):
    paths = make_series(tmp_path, 3, organisation="[bold]Jansen[/] <b>&amp; :warning:")
    series = figures(tmp_path, paths[0].name)
    page = series_report.html_report(series)
    assert "<b>&amp;" not in page and "&lt;b&gt;&amp;amp;" in page
    from io import StringIO

    from tui.reports.compare_report import make_console

    out = StringIO()
    series_report.print_report(series, make_console(out, width=80, plain=True))
    assert "[bold]Jansen[/] <b>&amp; :warning:" in out.getvalue()


def test_the_page_is_standalone_with_inline_svg(tmp_path):
    paths = make_series(tmp_path, 5)
    page = series_report.html_report(figures(tmp_path, paths[0].name))
    assert (
        page.count("<svg ") == 2
        and "<script" not in page
        and "http" not in page.replace("http://www.w3.org/2000/svg", "")
    )
    assert "<title>Reeks: Loodgietersbedrijf Jansen</title>" in page


def test_bars_and_sparklines():
    assert series_report.bar(7, 10) == "███████░░░"
    assert series_report.bar(0, 0) == "░" * 10
    # counts from 0 to the largest: 3 next to 2 is not 3 next to nothing
    assert series_report.sparkline([0, 5, 10]) == "▁▅█"
    assert series_report.sparkline([2, 3]) == "▆█"
    assert series_report.sparkline([None, 3, 3]) == " ██"
    assert series_report.sparkline([0, 0]) == "▁▁"
    # percentages on 0..100: 70% next to 86% is not nothing next to everything
    assert series_report.sparkline([70, 86], 100) == "▆▇"
    assert series_report.sparkline([None, 0, 100], 100) == " ▁█"


# --- the command -----------------------------------------------------------------------------


def test_series_command_every_format(tmp_path, capsys):
    paths = make_series(tmp_path, 3)
    assert cli.main(["series", str(paths[1])]) == 0
    out = capsys.readouterr().out
    assert "Reeks: Loodgietersbedrijf Jansen" in out and "3 bijeenkomsten" in out
    assert cli.main(["series", "--format", "json", str(paths[1])]) == 0
    assert len(json.loads(capsys.readouterr().out)["meetings"]) == 3
    assert cli.main(["series", "--format", "markdown", str(paths[1])]) == 0
    assert capsys.readouterr().out.startswith("# Reeks: Loodgietersbedrijf Jansen")
    page = tmp_path / "reeks.html"
    assert cli.main(["series", "--format", "html", "--output", str(page), str(paths[1])]) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert cli.main(["series", "--format", "html", "--output", str(page), str(paths[1])]) == 1
    assert str(page) in capsys.readouterr().err


def test_series_command_with_problems_exits_1_and_shows_the_rest(tmp_path, capsys):
    paths = make_series(tmp_path, 3)
    paths[0].unlink()
    assert cli.main(["series", str(paths[2])]) == 1
    out = capsys.readouterr().out
    assert "is er niet" in out and "Per bijeenkomst" in out


def test_series_command_without_the_file(tmp_path, capsys):
    assert cli.main(["series", str(tmp_path / "nope.toml")]) == 2
    assert "niet gevonden" in capsys.readouterr().err


def test_series_in_english(tmp_path, capsys):
    paths = make_series(tmp_path, 3)
    assert cli.main(["--lang", "en", "series", str(paths[0])]) == 0
    out = capsys.readouterr().out
    assert "Series: Loodgietersbedrijf Jansen" in out and "What comes back" in out


LONG_STEP = "Aanvraag/opname, calculatie en voorbereiding van de offerte bij de klant"


def test_at_80_columns_nothing_typed_is_cut_and_every_step_is_whole(tmp_path):
    """The series and the overview in a terminal of 80 columns: no "…" anywhere, every step's
    name drawn whole (its words in order), and when the table of items per step shows only the
    last meetings, it says so."""
    paths = make_series(tmp_path, 8)
    for path in paths:
        path.write_text(path.read_text(encoding="utf-8").replace("Offerte en voorbereiding",
                                                                  LONG_STEP))  # fmt: skip
    (tmp_path / "2026-12-01-kapot.toml").write_text("format = 1\n[meeting\n", encoding="utf-8")
    series = figures(tmp_path, paths[-1].name)
    out = render(series_report.rich_renderables(series), 80)
    assert "…" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    flat = " ".join(out.split())
    assert LONG_STEP in flat  # in the items per step, and in the on-time table
    assert flat.count(LONG_STEP) >= 2
    assert "de laatste 6 van 8 bijeenkomsten; alle in --format markdown, html of json" in flat
    from tui.commands.overview import overview_rows
    from tui.reports import overview_report

    rows = overview_rows([str(tmp_path)], day(8))
    parts = overview_report.rich_renderables(rows, day(8), [str(tmp_path)])
    out = render(parts, 80)
    assert "…" not in out
    # the broken file's name whole on a line of its own (not folded in a narrow column)
    assert any(line.endswith(": 2026-12-01-kapot.toml") for line in out.splitlines())
    assert "Loodgietersbedrijf" in out and "Jansen" in out


def test_the_wording_the_facilitator_reads():
    """'te laat' as the app says it, and no file key ('previous') in a problem."""
    from tui.core.series import OnTime, SeriesProblem

    rest = series_report.on_time_rest(OnTime("s", "Stap", due=3, done=2, on_time=1, overdue=1))
    assert rest == "2 gedaan, 1 nog open, te laat"
    missing = SeriesProblem("missing", "b.toml", ("a.toml",)).message()
    loop = SeriesProblem("loop", "b.toml", ("a.toml", "b.toml")).message()
    assert "vorige bijeenkomst" in missing and "a.toml" in missing
    assert "vorige bijeenkomsten" in loop and "a.toml, b.toml" in loop
    assert "previous" not in missing + loop
