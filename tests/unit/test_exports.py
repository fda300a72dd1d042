"""The exports of ``summary --format``: memo (Markdown), page and worksheet (HTML), CSV, iCalendar.

Each is parsed back with a real parser (markdown-it, ``html.parser``, ``csv``, ``icalendar``)
rather than searched as text, so that "it opens" and "nothing is interpreted" are what is tested.
Golden files: see the docstring of ``test_summary.py`` (``UPDATE_GOLDEN=1`` regenerates them).
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import icalendar
import pytest
from markdown_it import MarkdownIt

from tui import cli
from tui.core.model import Session
from tui.reports.actions_csv import BOM, action_rows, actions_csv, actions_csv_bytes, neutralise
from tui.reports.calendar import action_uid, calendar_ics, follow_up_uid
from tui.reports.memo import md, memo_markdown
from tui.reports.page import summary_html, worksheet_html
from tui.storage.toml_format import load_session

from .conftest import REPO, build_session
from .test_summary import (
    EXAMPLES,
    FIRST,
    FOLLOW_UP,
    FOLLOW_UP_DAY,
    HOSTILE_DAY,
    MARKERS,
    check_golden,
    load_hostile,
)

NOW = datetime(2026, 11, 26, 16, 30, tzinfo=UTC)


def examples() -> list[Session]:
    return [load_session(path) for path in EXAMPLES]


# --- reading the outputs back --------------------------------------------------------------------

VOID = {"meta", "br", "col", "link", "img", "hr", "input", "wbr"}


class Page(HTMLParser):
    """Collects the text, the elements and their attributes; checks that elements nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += attrs
        self.in_style = tag == "style"
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        self.in_style = False
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if not self.in_style:
            self.text.append(data)

    @property
    def flat(self) -> str:
        return " ".join("".join(self.text).split())


def parse_html(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    assert page.errors == [] and page.stack == [], (page.errors, page.stack)
    return page


def parse_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(BOM.encode("utf-8"))
    text = data.decode("utf-8")[1:]
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def flat(text: str) -> str:
    return " ".join(text.split())


# --- memo (Markdown) -----------------------------------------------------------------------------


def test_memo_of_the_follow_up_matches_the_golden_file():
    memo = memo_markdown(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY, previous=load_session(FIRST))
    check_golden("memo-2026-11-26.md", memo)


def test_memo_starts_with_the_main_changes_then_the_actions_then_the_steps():
    memo = memo_markdown(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY, previous=load_session(FIRST))
    headings = [line for line in memo.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Het belangrijkste",
        "## Wie doet wat, en wanneer",
        "## Afspraken per stap",
        "## Volgende bijeenkomst",
    ]
    assert "Afspraken nagekomen: 7 van de 10" in memo
    assert "- **Gewijzigd:** Restpuntenlijst met foto's in de werkbon-app" in memo
    assert "- **Erik Smit**, vóór 30-09-2026 (**te laat**): Vraag naar bouwjaar" in memo


def test_memo_of_a_first_meeting_has_no_since_block():
    memo = memo_markdown(load_session(FIRST), today=date(2026, 8, 27))
    assert "Het belangrijkste" not in memo
    assert memo.index("## Wie doet wat") < memo.index("## Afspraken per stap")
    assert "Op 26-11-2026 komen we weer bij elkaar" in memo


@pytest.mark.parametrize("session", examples(), ids=["first", "follow-up"])
def test_memo_renders_as_commonmark_with_every_agreement(session):
    rendered = MarkdownIt("commonmark").render(memo_markdown(session, today=FOLLOW_UP_DAY))
    page = parse_html(rendered)
    for _step, _kind, item in session.iter_items():
        assert flat(item.what) in page.flat
    for action in session.actions:
        if action.status == "open":
            assert flat(action.what) in page.flat


def test_memo_shows_hostile_text_literally_when_rendered():
    session = load_hostile()
    memo = memo_markdown(session, today=HOSTILE_DAY)
    assert "\x1b" not in memo and "\x07" not in memo
    page = parse_html(MarkdownIt("commonmark", {"html": True}).render(memo))
    assert "script" not in page.tags and "b" not in page.tags and "a" not in page.tags
    for marker in MARKERS:
        if marker == "\\[escaped]":
            continue  # the closing round is not in the memo
        assert marker in page.flat, marker
    assert "[red]Titel[/red] [2J]0;pwned :warning:" in page.flat
    assert "en een backslash \\ " in page.flat + " "  # a trailing backslash stays one backslash


def test_md_escapes_what_markdown_would_interpret():
    """Only what would be misread in the middle of a memo line (the line starts are in
    test_markdown_escape.py): emphasis, code, a link, HTML, an entity, a closing tilde."""
    assert (
        md("*vet* _x_ `c` [a](b) <i> #1 | ~s~ \\")
        == "\\*vet\\* \\_x\\_ \\`c\\` [a\\](b) \\<i> #1 | ~s\\~ \\\\"
    )
    assert md("Van Dijk & Zn.") == "Van Dijk & Zn."  # a plain ampersand stays readable
    assert md("&amp; &#60;") == "\\&amp; \\&#60;"
    assert md("twee\nregels") == "twee regels"


def test_memo_in_english(english):
    memo = memo_markdown(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY, previous=load_session(FIRST))
    assert "To all employees," in memo
    assert "- **Erik Smit**, by 2026-09-30 (**overdue**):" in memo


# --- page and worksheet (HTML) -------------------------------------------------------------------


@pytest.mark.parametrize("session", examples(), ids=["first", "follow-up"])
def test_page_parses_and_holds_every_action(session):
    page = parse_html(summary_html(session, today=FOLLOW_UP_DAY))
    for action in session.actions:
        assert flat(action.what) in page.flat
        assert action.id in page.flat
    for step in session.steps:
        assert step.name in page.flat
    assert page.tags[:2] == ["html", "head"]


def test_page_is_standalone_and_printable():
    text = summary_html(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY, previous=load_session(FIRST))
    page = parse_html(text)
    assert text.startswith("<!DOCTYPE html>")
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert not [name for name, _ in page.attributes if name in ("src", "href")]
    assert "@import" not in text and "url(" not in text
    assert "@page { size: A4" in text and "break-before: page" in text
    assert page.flat.count("te laat") >= 3  # overdue is a word, readable in black and white
    assert "Afspraken nagekomen: 7 van de 10" in page.flat


def test_page_shows_hostile_text_literally():
    text = summary_html(load_hostile(), today=HOSTILE_DAY)
    page = parse_html(text)
    assert set(page.tags) <= {
        "html", "head", "meta", "title", "style", "body", "section", "p", "h1", "h2", "h3", "h4",
        "dl", "dt", "dd", "ol", "ul", "li", "span", "strong", "article", "table", "colgroup", "col",
        "thead", "tbody", "tr", "th", "td", "br",
    }  # fmt: skip
    for marker in MARKERS:
        assert marker in page.flat, marker
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text


def test_worksheet_has_the_chain_with_names_and_room_to_write():
    session = load_session(FIRST)
    page = parse_html(worksheet_html(session))
    for step in session.steps:
        assert step.name in page.flat
        for person in step.people:
            assert person in page.flat
    assert "Wat heeft de interne klant nodig?" in page.flat
    assert (
        page.tags.count("section") == len(session.steps) + 2
    )  # the model, each step, the customer
    empty_rows = worksheet_html(session).count("<tr><td></td><td></td><td></td></tr>")
    assert empty_rows >= 8


def test_worksheet_of_a_new_session_leaves_names_to_fill_in():
    from tui.core.chain import new_session

    text = worksheet_html(new_session("Bouwbedrijf Test", date(2026, 12, 3)))
    parse_html(text)
    assert (
        text.count('class="fillin"') >= 5 + 4
    )  # people of each step, customers of all but the last


def test_worksheet_shows_hostile_text_literally():
    page = parse_html(worksheet_html(load_hostile()))
    for marker in (
        "[bold]Firma[/]",
        "<script>alert(1)</script>",
        "[/] Stap <b>vet</b>",
        "[bold]Piet[/]",
    ):
        assert marker in page.flat
    assert "script" not in page.tags


# --- action points (CSV) -------------------------------------------------------------------------


@pytest.mark.parametrize("session", examples(), ids=["first", "follow-up"])
def test_csv_parses_back_into_the_same_rows(session):
    data = actions_csv_bytes(session)
    assert parse_csv(data) == action_rows(session)
    assert len(parse_csv(data)) == len(session.actions) + 1
    assert data.count(b"\r\n") >= len(session.actions) + 1 and b"\n" not in data.replace(
        b"\r\n", b""
    )


def test_csv_columns_and_values():
    rows = parse_csv(actions_csv_bytes(load_session(FOLLOW_UP)))
    assert rows[0] == ["id", "stap", "wat", "wie", "klaar op", "status", "gedaan op", "notitie"]
    a1 = next(row for row in rows if row[0] == "a1")
    assert a1 == [
        "a1", "Aanvraag/opname",
        "Opnameformulier aanpassen: verplichte velden voor maten en foto's van meterkast en "
        "ketelruimte",
        "Sandra Bos", "2026-09-15", "gedaan", "2026-09-14", "",
    ]  # fmt: skip
    a13 = next(row for row in rows if row[0] == "a13")
    assert a13[1] == "algemeen"  # no step: the word the summary and the page use


def test_csv_in_english(english):
    rows = parse_csv(actions_csv_bytes(load_session(FOLLOW_UP)))
    assert rows[0] == ["id", "step", "what", "who", "due", "status", "done on", "note"]
    assert {row[5] for row in rows[1:]} == {"open", "done", "dropped"}


def test_csv_neutralises_formulas_and_keeps_the_text():
    rows = {row[0]: row for row in parse_csv(actions_csv_bytes(load_hostile()))[1:]}
    assert rows["a1"][2] == "'=cmd|' /C calc'!A0"
    assert rows["a1"][3] == "[bold]Piet[/]"
    assert rows["a1"][7] == "]8;;http://xlink]8;;"  # control characters gone, the rest kept
    assert rows["a2"][2] == "'-1+1" and rows["a2"][3] == "'@piet"
    assert rows["a3"][2] == "'+klaar"
    for value in ("=x", "+x", "-x", "@x", "\tx", "\rx"):
        assert neutralise(value) == "'" + value
    assert neutralise("x=1") == "x=1"


def test_csv_keeps_a_note_with_a_line_break_in_one_cell():
    session = build_session()
    session.actions[0].note = 'regel een\nregel twee; met puntkomma en "aanhalingstekens"'
    rows = parse_csv(actions_csv_bytes(session))
    assert rows[1][7] == session.actions[0].note
    assert actions_csv(session).startswith("\ufeffid;stap;wat;")


# --- calendar (iCalendar) ------------------------------------------------------------------------


def test_calendar_has_the_follow_up_and_one_event_per_open_action():
    session = load_session(FOLLOW_UP)
    found = events(calendar_ics(session, now=NOW))
    # done and dropped actions with a due date are cancelled events (test_calendar_series.py)
    cancelled = [str(e["uid"]) for e in found if e["status"] == "CANCELLED"]
    assert sorted(cancelled) == sorted(
        action_uid(session, a) for a in session.actions if a.status != "open" and a.due
    )
    by_uid = {str(e["uid"]): e for e in found if e["status"] == "CONFIRMED"}
    assert len(by_uid) + len(cancelled) == len(found)
    follow_up = by_uid.pop(follow_up_uid(session))
    assert follow_up.decoded("dtstart") == date(2027, 2, 25)
    assert follow_up.decoded("dtend") == date(2027, 2, 26)
    assert "Vervolgbijeenkomst interne klanten" in str(follow_up["summary"])
    assert str(follow_up["location"]) == "Kantine, werkplaats Zwolle"
    open_actions = [a for a in session.actions if a.status == "open" and a.due]
    assert sorted(by_uid) == sorted(action_uid(session, a) for a in open_actions)
    for action in open_actions:
        event = by_uid[action_uid(session, action)]
        assert event.decoded("dtstart") == action.due  # all day: a date, not a time
        assert action.what in str(event["description"])
        assert str(event["transp"]) == "TRANSPARENT"
    assert (
        action_uid(session, open_actions[0]) == "installatiebedrijf-van-dijk-zn-a2@interne-klanten"
    )
    assert (
        follow_up_uid(session)
        == "installatiebedrijf-van-dijk-zn-follow-up-2026-11-26@interne-klanten"
    )


def test_calendar_uids_are_stable_and_the_stamp_is_the_given_time():
    session = load_session(FOLLOW_UP)
    first = events(calendar_ics(session, now=NOW))
    later = events(calendar_ics(session, now=datetime(2026, 12, 1, 9, 0, tzinfo=UTC)))
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in later]
    assert {e.decoded("dtstamp") for e in first} == {NOW}
    assert all(int(b["sequence"]) > int(a["sequence"]) for a, b in zip(first, later, strict=True))
    assert calendar_ics(session, now=NOW) == calendar_ics(session, now=NOW)


def test_the_same_action_keeps_its_uid_in_the_follow_up_session():
    """Importing the follow-up's calendar moves a postponed action instead of adding a copy."""
    old, new = load_session(FIRST), load_session(FOLLOW_UP)
    old_events = {str(e["uid"]): e for e in events(calendar_ics(old, now=NOW))}
    new_events = {str(e["uid"]): e for e in events(calendar_ics(new, now=NOW))}
    a9 = action_uid(new, new.action("a9"))
    assert old_events[a9].decoded("dtstart") == date(2026, 10, 31)
    assert new_events[a9].decoded("dtstart") == date(2027, 1, 15)


def test_calendar_without_follow_up_or_due_dates():
    session = build_session()
    session.meeting.follow_up = None
    found = events(calendar_ics(session, now=NOW))
    assert [str(e["uid"]) for e in found] == ["loodgietersbedrijf-jansen-a2@interne-klanten"]


def test_calendar_text_is_escaped_by_the_library_and_read_back_literally():
    session = load_hostile()
    data = calendar_ics(session, now=NOW)
    assert b"\x1b" not in data and b"\x07" not in data
    found = {str(e["uid"]): e for e in events(data)}
    a1 = found[action_uid(session, session.action("a1"))]
    assert str(a1["uid"]) == "bold-firma-script-alert-1-script-zn-a1@interne-klanten"
    assert str(a1["summary"]) == "Actiepunt a1: =cmd|' /C calc'!A0 ([bold]Piet[/])"
    assert "Notitie: ]8;;http://xlink]8;;" in str(a1["description"])
    assert all(line.endswith(b"\r") or not line for line in data.split(b"\n"))


def test_naive_now_is_taken_as_utc():
    session = build_session()
    naive = calendar_ics(session, now=datetime(2026, 11, 26, 16, 30))
    assert naive == calendar_ics(session, now=NOW)


# --- the command line ----------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


@pytest.mark.parametrize("form", ["html", "csv", "ics"])
def test_binary_formats_refuse_a_terminal_without_output(monkeypatch, capsys, form):
    monkeypatch.setattr("tui.commands.output.stdout_is_terminal", lambda: True)
    status, out, err = run(capsys, "summary", str(FOLLOW_UP), "--format", form)
    assert status == 2 and out == ""
    assert "--output" in err


def test_binary_formats_go_to_a_pipe(capsysbinary):
    assert cli.main(["summary", str(FOLLOW_UP), "--format", "csv"]) == 0
    out = capsysbinary.readouterr().out
    assert parse_csv(out) == action_rows(load_session(FOLLOW_UP))


def test_markdown_goes_to_stdout(capsys):
    status, out, _err = run(capsys, "summary", str(FOLLOW_UP), "--format", "markdown")
    assert status == 0 and out.startswith("# Interne klanten: voortgangsoverleg na drie maanden\n")
    assert "## Het belangrijkste" in out  # the previous file next to it was found


@pytest.mark.parametrize("form", ["terminal", "markdown", "html", "csv", "ics"])
def test_output_file_is_written_once_and_kept_without_force(tmp_path, capsys, form):
    target = tmp_path / f"uit.{form}"
    status, out, _err = run(
        capsys, "summary", str(FOLLOW_UP), "--format", form, "--output", str(target)
    )
    assert status == 0 and out == f"Geschreven: {target}\n"
    written = target.read_bytes()
    assert written
    target.write_bytes(b"mijn eigen aantekeningen")
    status, _out, err = run(
        capsys, "summary", str(FOLLOW_UP), "--format", form, "--output", str(target)
    )
    assert status == 1 and "bestaat al" in err and "--force" in err
    assert target.read_bytes() == b"mijn eigen aantekeningen"
    status, _out, _err = run(
        capsys, "summary", str(FOLLOW_UP), "--format", form, "--output", str(target), "--force"
    )
    assert status == 0
    if form not in ("ics",):  # ics carries the export time
        assert target.read_bytes() == written


def test_terminal_summary_into_a_file_is_plain_80_columns(tmp_path, capsys):
    target = tmp_path / "samenvatting.txt"
    run(capsys, "summary", str(FOLLOW_UP), "--output", str(target))
    text = target.read_text(encoding="utf-8")
    assert "\x1b" not in text and max(len(line) for line in text.splitlines()) <= 80
    assert "Sinds de vorige keer (27-08-2026)" in text


def test_the_session_file_itself_is_never_an_output(tmp_path, capsys):
    copy = tmp_path / "sessie.toml"
    copy.write_bytes(FOLLOW_UP.read_bytes())
    status, _out, err = run(
        capsys, "summary", str(copy), "--format", "html", "--output", str(copy), "--force"
    )
    assert status == 1 and "het sessiebestand zelf" in err
    assert copy.read_bytes() == FOLLOW_UP.read_bytes()


def test_output_in_a_missing_folder_is_a_message(tmp_path, capsys):
    status, _out, err = run(
        capsys,
        "summary",
        str(FOLLOW_UP),
        "--format",
        "csv",
        "--output",
        str(tmp_path / "nee" / "x.csv"),
    )
    assert status == 1 and "kan niet worden geschreven" in err


def test_worksheet_command_and_option(tmp_path, capsys):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    assert run(capsys, "worksheet", str(FIRST), "--output", str(first))[0] == 0
    assert run(capsys, "summary", str(FIRST), "--worksheet", "--output", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert (
        "Werkblad: wie is de interne klant?" in parse_html(first.read_text(encoding="utf-8")).flat
    )
    status, _out, err = run(capsys, "summary", str(FIRST), "--worksheet", "--format", "csv")
    assert status == 2 and "--worksheet" in err


def test_exports_in_english(tmp_path, capsys):
    target = tmp_path / "memo.md"
    status, out, _err = run(
        capsys, "--lang", "en", "summary", str(FOLLOW_UP), "--format", "markdown", "-o", str(target)
    )
    assert status == 0 and out == f"Written: {target}\n"
    assert "## The main points" in target.read_text(encoding="utf-8")


def test_a_broken_file_is_reported_for_every_format(tmp_path, capsys):
    bad = tmp_path / "kapot.toml"
    bad.write_text("format = 1\n[meeting\n", encoding="utf-8")
    for form in ("markdown", "html", "csv", "ics"):
        status, out, err = run(capsys, "summary", str(bad), "--format", form)
        assert status == 1 and out == "" and "kapot.toml:2" in err
    assert not list(tmp_path.glob("*.html"))


def test_help_lists_the_new_commands(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "summary" in out and "worksheet" in out


def test_exports_load_neither_textual_nor_rich_unless_they_draw(tmp_path):
    """The memo, CSV, calendar and page are text: no Rich (and no Textual) for them; the terminal
    summary needs Rich but never Textual (checked in a fresh interpreter)."""
    probe = (
        "import sys, json; from tui import cli\n"
        "status = [cli.main(['summary', sys.argv[1], '--format', f, '--output', sys.argv[2] + f])"
        " for f in ('markdown', 'csv', 'ics', 'html')]\n"
        "light = sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'textual'))\n"
        "status.append(cli.main(['summary', sys.argv[1], '--output', sys.argv[2] + 'txt']))\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'textual'})\n"
        "print(json.dumps([status, light, heavy]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(FOLLOW_UP), str(tmp_path / "out.")],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    status, light, heavy = json.loads(result.stdout.strip().splitlines()[-1])
    assert status == [0, 0, 0, 0, 0]
    assert light == []
    assert heavy == ["rich"]
