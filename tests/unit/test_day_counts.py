"""Every output of a session counts days to the same day, the meeting's date (as ``compare``
counts to the new meeting's date), whenever it is printed: an overdue action is "te laat, 57
dagen" in the terminal summary and on the page, "57 dagen te laat" in the comparison, marked
"te laat" in the memo; the follow-up is "over 91 dagen" in the summary and on the page.

The outputs are made as people make them, through the command line, on a day long after the
meeting (``date.today()`` of the commands is moved to :data:`PRINTED`), and read back: the
terminal text, the HTML page parsed, the memo's lines, the comparison in the terminal and as
Markdown.
"""

from __future__ import annotations

import io
import re
import sys
from datetime import date
from html.parser import HTMLParser

import pytest

from tui import cli, commands
from tui.commands import compare, summary, worksheet  # noqa: F401 (imported to move their day)
from tui.storage.toml_format import load_session

from .conftest import REPO

FIRST = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
FOLLOW_UP = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
PRINTED = date(2027, 3, 15)
"""The day the outputs are made: after the follow-up's own follow-up date, so a count to it
differs from a count to the meeting in every figure."""


class PrintedLater(date):
    @classmethod
    def today(cls) -> date:
        return PRINTED


@pytest.fixture(autouse=True)
def printed_later(monkeypatch):
    """``date.today()`` is :data:`PRINTED` for the commands (where the day of a command comes
    from), and the terminal is 100 columns wide, without colour."""
    for name, module in list(sys.modules.items()):
        if name.startswith(commands.__name__) and getattr(module, "date", None) is date:
            monkeypatch.setattr(module, "date", PrintedLater)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")


def run(capsys, *argv: str) -> str:
    assert cli.main([*argv]) == 0
    return capsys.readouterr().out


# --- reading the outputs -----------------------------------------------------------------------

DAYS = r"(\d+) (?:dag|dagen)"


def terminal_summary(capsys, path) -> tuple[dict[str, int], int | None]:
    """The overdue actions of ``summary FILE`` with their days late, and the days to the
    follow-up."""
    text = run(capsys, "summary", str(path))
    late = _blocks(text, r"^  (?:\d\d-\d\d-\d{4}|\S+ \S+)\s+(a\d+)\s", rf"te laat, {DAYS}")
    follow_up = re.search(rf"Vervolgbijeenkomst: .*\(over {DAYS}\)", text)
    return late, int(follow_up.group(1)) if follow_up else None


def compare_terminal(capsys) -> dict[str, int]:
    text = run(capsys, "compare", str(FIRST), str(FOLLOW_UP))
    return _blocks(text, r"^\s+(a\d+)\s", rf"{DAYS} te laat(?! gedaan)")  # still open


def _blocks(text: str, start: str, count: str) -> dict[str, int]:
    """``{id: n}`` for each block of lines that begins with ``start`` (its group is the id) and
    holds ``count`` (its group is n)."""
    found: dict[str, int] = {}
    ident = None
    for line in text.splitlines():
        begins = re.match(start, line)
        if begins:
            ident = begins.group(1)
        days = re.search(count, line)
        if days and ident:
            found[ident] = int(days.group(1))
    return found


class Page(HTMLParser):
    """The rows of the page's action tables, and the follow-up line of the meeting data."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.meta: list[str] = []
        self._in: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "table" and ("class", "actions") in attrs:
            self._in = "table"
        elif tag == "tr" and self._in == "table":
            self.rows.append([])
        elif tag == "td" and self._in == "table":
            self.rows[-1].append("")
        elif tag == "dd":
            self.meta.append("")

    def handle_endtag(self, tag):
        if tag == "table":
            self._in = None

    def handle_data(self, data):
        if self._in == "table" and self.rows and self.rows[-1]:
            self.rows[-1][-1] += data
        elif self.meta and self.getpos():
            self.meta[-1] += data


def page(capsys, tmp_path, path) -> tuple[dict[str, int], int | None]:
    target = tmp_path / "pagina.html"
    run(capsys, "summary", str(path), "--format", "html", "--output", str(target))
    parsed = Page(target.read_text(encoding="utf-8"))
    late = {}
    for row in parsed.rows:
        days = re.search(rf"te laat, {DAYS}", row[-1]) if row else None
        if days:
            late[row[1]] = int(days.group(1))
    follow_up = [re.search(rf"\(over {DAYS}\)", dd) for dd in parsed.meta]
    counts = [int(found.group(1)) for found in follow_up if found]
    return late, counts[0] if counts else None


def memo_overdue(capsys, path) -> set[str]:
    """The actions the memo marks "te laat", by their text (the memo has no ids)."""
    session = load_session(path)
    memo = run(capsys, "summary", str(path), "--format", "markdown")
    marked = [line for line in memo.splitlines() if "(**te laat**)" in line]
    return {a.id for a in session.actions if any(a.what in line for line in marked)}


def compare_markdown_overdue(capsys) -> set[str]:
    memo = run(capsys, "compare", str(FIRST), str(FOLLOW_UP), "--format", "markdown")
    table = memo.split("### Te laat, nog open", 1)[1].split("###", 1)[0]
    return set(re.findall(r"^\| (a\d+) \|", table, flags=re.M))


# --- the same count everywhere -------------------------------------------------------------------


def expected(path) -> tuple[dict[str, int], int | None]:
    """Counted to the meeting's date."""
    session = load_session(path)
    on = session.meeting.date
    late = {a.id: (on - a.due).days for a in session.actions if a.is_overdue(on) and a.due}
    follow_up = session.meeting.follow_up
    return late, (follow_up - on).days if follow_up else None


def test_the_follow_up_counts_the_same_days_in_every_output(capsys, tmp_path):
    late, to_follow_up = expected(FOLLOW_UP)
    assert late == {"a2": 57, "a6": 42, "a11": 11} and to_follow_up == 91
    assert terminal_summary(capsys, FOLLOW_UP) == (late, to_follow_up)
    assert page(capsys, tmp_path, FOLLOW_UP) == (late, to_follow_up)
    assert compare_terminal(capsys) == late
    assert compare_markdown_overdue(capsys) == set(late)
    assert memo_overdue(capsys, FOLLOW_UP) == set(late)


def test_the_first_meeting_counts_to_its_own_date(capsys, tmp_path):
    """At the first meeting nothing is late yet, and the follow-up is 91 days away, also when
    the summary is printed months later."""
    assert expected(FIRST) == ({}, 91)
    assert terminal_summary(capsys, FIRST) == ({}, 91)
    assert page(capsys, tmp_path, FIRST) == ({}, 91)
    assert memo_overdue(capsys, FIRST) == set()


def test_a_report_without_a_day_counts_to_the_meeting():
    """The reports need no day from their caller: without one they count to the meeting."""
    from tui.reports.memo import memo_markdown
    from tui.reports.page import summary_html
    from tui.reports.summary import make_console, print_summary

    def terminal(**day) -> str:
        console = make_console(io.StringIO(), width=100, plain=True)
        print_summary(session, console, **day)
        return console.file.getvalue()

    session = load_session(FOLLOW_UP)
    on = session.meeting.date
    assert memo_markdown(session) == memo_markdown(session, today=on)
    assert summary_html(session) == summary_html(session, today=on)
    assert terminal() == terminal(today=on)
    assert "te laat, 57 dagen" in summary_html(session) and "te laat, 57 dagen" in terminal()
