"""The terminal summary (``interne-klanten summary FILE``): content, layout at 80 columns, safety.

Golden files live in ``tests/unit/golden/``. After an intended change of the summary or the memo,
regenerate them and read the diff before committing::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/unit/test_summary.py tests/unit/test_exports.py

The reports get a fixed ``today`` here, the meeting's date, which is also what the CLI passes
(every report counts days to the meeting: test_day_counts.py), so the goldens do not change with
the calendar.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from tui import cli
from tui.core.model import Action, Customer, Meeting, Session, Step
from tui.reports.summary import make_console, print_summary
from tui.storage.toml_format import load_session, parse_session

from .conftest import REPO, build_session

GOLDEN = Path(__file__).parent / "golden"
SESSIONS = REPO / "sessions"
FIRST = SESSIONS / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
FOLLOW_UP = SESSIONS / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
EXAMPLES = (FIRST, FOLLOW_UP)
FOLLOW_UP_DAY = date(2026, 11, 26)
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# A session full of text that would do something if it were interpreted: Rich markup, emoji
# codes, HTML, spreadsheet formulas, Markdown, and terminal escapes written as TOML escapes (the
# reader removes the control characters; what is left must still show literally).
HOSTILE_TOML = r"""
format = 1

[meeting]
organisation = "[bold]Firma[/] <script>alert(1)</script> & Zn."
date = 2026-09-01
title = "[red]Titel[/red] \u001b[2J\u001b]0;pwned\u0007 :warning:"
location = "=HYPERLINK(\"http://evil.example\",\"klik\")"
facilitator = "@SUM(A1:A9)"
reason = "[link=file:///etc/passwd]x[/link] en een backslash \\"
goal = "*vet* _schuin_ `code` # kop | pipe ~strike~ &amp; &#60;"
follow_up = 2026-12-01

[customer]
name = "+31 6 12345678"
expectations = [
    "-2+3",
    "[/]",
]

[[participants]]
name = "[bold]Piet[/]"

[[steps]]
id = "stap"
name = "[/] Stap <b>vet</b>"
people = [
    "[bold]Piet[/]",
    "\u001b[31mRood\u001b[0m",
]

[[steps.needs]]
id = "n1"
what = "=HYPERLINK(\"http://evil.example\",\"klik\")"
when = "\tmet tab"
why = "<script>alert('x')</script>\nregel twee [/]"

[[steps.asks]]
id = "r1"
what = ":warning: [blink]knipper[/blink]"

[[steps.info]]
id = "c1"
what = "\u009b31m C1 en \u202e omgekeerd"

[[actions]]
id = "a1"
step = "stap"
what = "=cmd|' /C calc'!A0"
who = "[bold]Piet[/]"
due = 2026-09-15
status = "open"
note = "\u001b]8;;http://x\u0007link\u001b]8;;\u0007"

[[actions]]
id = "a2"
what = "-1+1"
who = "@piet"
due = 2026-10-01
status = "open"

[[actions]]
id = "a3"
what = "+klaar"
who = "[/]"
due = 2026-09-10
status = "done"
done = 2026-09-05

[[feedback]]
who = ":warning:"
what = "[bold]top[/] \\[escaped]"
"""

MARKERS = (
    "[bold]Firma[/]",
    "<script>alert(1)</script>",
    "[red]Titel[/red]",
    "[2J]0;pwned",
    ":warning:",
    '=HYPERLINK("http://evil.example","klik")',
    "[link=file:///etc/passwd]x[/link]",
    "[/] Stap <b>vet</b>",
    "[bold]Piet[/]",
    "[blink]knipper[/blink]",
    "*vet* _schuin_ `code`",
    "&amp; &#60;",
    "\\[escaped]",
)
"""Text of the hostile session that every human-readable format must show exactly like this."""

HOSTILE_DAY = date(2026, 9, 20)


def load_hostile() -> Session:
    return parse_session(HOSTILE_TOML, "hostile.toml")


def check_golden(name: str, actual: str) -> None:
    """Compare with ``golden/<name>``; ``UPDATE_GOLDEN=1`` writes it instead."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.is_file(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8"), (
        f"differs from {path} (UPDATE_GOLDEN=1 rewrites)"
    )


def plain(session: Session, *, today: date, previous: Session | None = None, **kwargs) -> str:
    """The summary as the golden files hold it: 80 columns, no colour, no escape codes."""
    console = Console(
        width=80, no_color=True, color_system=None, file=io.StringIO(), legacy_windows=False
    )
    print_summary(session, console, today=today, previous=previous, **kwargs)
    return console.file.getvalue()


def coloured(session: Session, *, today: date) -> str:
    console = Console(
        width=80,
        color_system="truecolor",
        force_terminal=True,
        file=io.StringIO(),
        legacy_windows=False,
    )
    print_summary(session, console, today=today)
    return console.file.getvalue()


# --- golden files -------------------------------------------------------------------------------


def test_follow_up_summary_at_80_columns_matches_the_golden_file():
    previous = load_session(FIRST)
    text = plain(
        load_session(FOLLOW_UP), today=FOLLOW_UP_DAY, previous=previous, previous_name=FIRST.name
    )
    check_golden("summary-2026-11-26.txt", text)


def test_first_meeting_summary_matches_the_golden_file():
    check_golden("summary-2026-08-27.txt", plain(load_session(FIRST), today=date(2026, 8, 27)))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name[:10])
def test_every_line_fits_in_80_columns_without_trailing_blanks(example):
    text = plain(load_session(example), today=FOLLOW_UP_DAY)
    for line in text.splitlines():
        assert len(line) <= 80, line
        assert line == line.rstrip(), repr(line)


# --- content ------------------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name[:10])
def test_the_summary_holds_the_whole_session(example):
    session = load_session(example)
    text = plain(session, today=FOLLOW_UP_DAY)
    flat = " ".join(text.split())  # wrapped lines joined: every value must be there in one piece
    m = session.meeting
    for value in (m.title, m.organisation, m.location, m.facilitator, m.reason, m.goal):
        assert " ".join(value.split()) in flat
    assert "25-02-2027" in text or "26-11-2026" in text  # the follow-up date, Dutch format
    for step in session.steps:
        assert step.name in flat
        for person in step.people:
            assert person in flat
        for kind in ("needs", "asks", "info"):
            for item in step.items(kind):
                assert item.id in text
                assert " ".join(item.what.split()) in flat
    for expectation in session.customer.expectations:
        assert expectation in flat
    for action in session.actions:
        assert f" {action.id} " in text
        assert " ".join(action.what.split()) in flat
        assert action.who in flat
    for feedback in session.feedback:
        assert " ".join(feedback.what.split()) in flat


def test_actions_are_listed_by_due_date_open_first_and_overdue_is_a_word():
    text = plain(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY)
    actions = text[text.index("Actiepunten: 8 open, waarvan 3 te laat") :]
    order = re.findall(r"^  \S+ +(a\d+) ", actions, flags=re.MULTILINE)
    assert order[:8] == ["a2", "a6", "a11", "a17", "a12", "a16", "a9", "a15"]
    assert set(order[8:]) == {"a1", "a3", "a4", "a5", "a7", "a8", "a10", "a13", "a14"}
    assert "Erik Smit · Aanvraag/opname · te laat, 57 dagen" in actions
    assert "Henk van Dijk · algemeen · open" in actions  # an action of no step


def test_overdue_depends_on_today():
    session = load_session(FOLLOW_UP)
    early = plain(session, today=date(2026, 9, 1))
    assert "te laat" not in early
    assert "Actiepunten: 8 open ─" in early
    assert "Actiepunten: 8 open, waarvan 3 te laat ─" in plain(session, today=FOLLOW_UP_DAY)


def test_internal_customer_says_where_it_comes_from():
    text = plain(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY)
    assert "Interne klant: Ruud Verhoef, Henk van Dijk (de mensen van stap 2)" in text
    assert "Interne klant: Opdrachtgever (de externe klant)" in text
    assert "Interne klant: Marieke van Dijk, Kees Mulder, Erik Smit\n" in text  # set on the step


def test_english(english):
    text = plain(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY)
    assert "Step 1: Aanvraag/opname" in text
    assert "Follow-up:" in text and "2027-02-25 (in 91 days)" in text
    assert "Action points: 8 open, 3 of them overdue" in text
    assert "overdue, 57 days" in text


def test_an_empty_session_still_makes_a_summary():
    session = Session(
        Meeting("Leeg", date(2026, 1, 5)), Customer("Opdrachtgever"), steps=[Step("a", "A")]
    )
    text = plain(session, today=date(2026, 1, 5))
    assert "Nog niets afgesproken voor deze stap." in text
    assert "Geen actiepunten." in text
    assert "Geen reacties vastgelegd." in text
    assert "nog niemand ingevuld" in text


# --- since last time ----------------------------------------------------------------------------


def test_since_last_time_has_the_kept_agreements_figure():
    previous = load_session(FIRST)
    text = plain(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY, previous=previous)
    block = text[text.index("Sinds de vorige keer (27-08-2026)") : text.index("De keten")]
    flat = " ".join(block.split())
    assert (
        "Afspraken nagekomen: 7 van de 10 actiepunten die klaar moesten zijn, zijn gedaan (70%), "
        "4 daarvan op tijd." in flat
    )
    assert "Uitgesteld: a9 (31-10-2026 → 15-01-2027)" in flat
    assert "Andere eigenaar: a12 (Kees Mulder → Marieke van Dijk)" in flat
    assert "was: Opleverpunten en restpunten op een lijst, met foto" in flat
    assert "c10 Foto's van de opgeleverde installatie in de projectmap (Uitvoering)" in flat
    assert "Nieuw in een stap: Daan Verbeek (Uitvoering)" in flat


def test_since_block_names_moved_items_chain_changes_and_people():
    old = build_session()
    new = build_session()
    moved = new.steps[1].needs.pop(0)  # n2 goes from "uitvoering" to "facturatie"
    new.steps[2].needs.append(moved)
    new.steps[0].asks[0].when = "Elke ochtend"
    new.steps[1].name = "Montage"
    new.steps[1].people = ["Ali Demir"]
    new.steps.append(Step("nazorg", "Nazorg"))
    text = plain(new, today=date(2026, 12, 3), previous=old)
    flat = " ".join(text.split())
    assert "Naar een andere stap: n2 Werkbon met uren (Montage → Facturatie)" in flat
    assert (
        "r1 Tekorten vóór 14:00 doorgeven (Offerte en voorbereiding) wanneer nu: Elke ochtend"
        in flat
    )
    assert "De keten: Nazorg (nieuwe stap), Montage (was: Uitvoering)" in flat
    assert "Nieuw in een stap: Ali Demir (Montage)" in flat
    assert "Niet meer in een stap: Mo Bakker (Montage)" in flat


def test_no_since_block_without_a_previous_session():
    assert "Sinds de vorige keer" not in plain(load_session(FOLLOW_UP), today=FOLLOW_UP_DAY)


def test_since_block_when_nothing_was_due():
    session = build_session()
    text = plain(session, today=date(2026, 9, 3), previous=build_session())
    assert "Er waren nog geen afspraken die klaar moesten zijn." in text


def test_cli_finds_the_previous_file_next_to_the_session(capsys):
    status = cli.main(["summary", str(FOLLOW_UP)])
    out, err = capsys.readouterr()
    assert status == 0 and err == ""
    assert "7 van de 10 actiepunten" in " ".join(out.split())


def test_cli_says_when_the_previous_file_is_missing_or_broken(tmp_path, capsys):
    copy = tmp_path / FOLLOW_UP.name
    shutil.copy(FOLLOW_UP, copy)
    assert cli.main(["summary", str(copy)]) == 0
    out, _err = capsys.readouterr()
    expected = (
        "De vorige sessie (2026-08-27-installatiebedrijf-van-dijk-zn.toml) "
        "staat niet naast dit bestand"
    )
    assert expected in " ".join(out.split())
    (tmp_path / FIRST.name).write_text("format = 1\n[meeting\n", encoding="utf-8")
    assert cli.main(["summary", str(copy)]) == 0
    out, _err = capsys.readouterr()
    assert "kan niet worden gelezen; zonder vergelijking" in " ".join(out.split())


# --- text is data -------------------------------------------------------------------------------


def test_hostile_text_shows_literally_in_the_plain_summary():
    text = plain(load_hostile(), today=HOSTILE_DAY)
    for marker in MARKERS:
        assert marker in text, marker
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text and "\u202e" not in text
    assert "⚠" not in text  # :warning: is not an emoji
    assert "\tmet tab" not in text  # a tab becomes blanks (it would jump columns)


def test_hostile_text_in_colour_has_only_colour_codes():
    text = coloured(load_hostile(), today=HOSTILE_DAY)
    assert "\x1b[" in text  # the test can see codes
    without_colour = ANSI.sub("", text)
    assert "\x1b" not in without_colour  # no cursor moves, titles, links or screen clears
    for marker in MARKERS:
        assert marker in without_colour, marker
    assert "⚠" not in text


def test_nothing_is_read_as_markup_even_where_rich_would_fail():
    session = build_session()
    session.meeting.organisation = "Unit [/]"
    session.steps[0].needs[0].what = "[/"
    session.actions[0].who = "trailing \\"
    text = plain(session, today=date(2026, 9, 3))
    assert "Unit [/]" in text and "[/" in text and "trailing \\" in text


def test_control_characters_in_a_session_built_in_code_are_removed_on_output():
    """The model cleans text from files and typing; the summary does not rely on it alone."""
    session = build_session()
    session.meeting.title = "Titel\x1b]0;gekaapt\x07\x1b[2J"
    session.actions.append(Action("a9", "Wis\x1b[2Jscherm", "Piet\x9b31m", due=date(2026, 10, 1)))
    text = plain(session, today=date(2026, 9, 3))
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert "Titel]0;gekaapt[2J" in text and "Wis[2Jscherm" in text


# --- plain output: pipes, NO_COLOR, TERM=dumb ---------------------------------------------------


def test_piped_summary_has_no_escape_codes(capsys):
    assert cli.main(["summary", str(FOLLOW_UP)]) == 0
    out, _err = capsys.readouterr()
    assert "\x1b" not in out
    assert out.startswith("Interne klanten: voortgangsoverleg na drie maanden\n")


@pytest.mark.parametrize("variable", [("NO_COLOR", "1"), ("TERM", "dumb")])
def test_no_color_and_dumb_terminal_give_plain_text_even_on_a_terminal(
    monkeypatch, capsys, variable
):
    monkeypatch.setenv("FORCE_COLOR", "1")  # as if stdout were a colour terminal
    monkeypatch.setenv(*variable)
    assert cli.main(["summary", str(FOLLOW_UP)]) == 0
    out, _err = capsys.readouterr()
    assert "\x1b" not in out
    assert "Stap 1: Aanvraag/opname" in out


def test_the_forced_terminal_does_colour_without_no_color(monkeypatch, capsys):
    """The two tests above can fail: with FORCE_COLOR alone there are escape codes."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert cli.main(["summary", str(FOLLOW_UP)]) == 0
    assert "\x1b[" in capsys.readouterr().out


def test_installed_command_through_a_pipe_is_plain():
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "INTERNE_KLANTEN_LANG")}
    env["COLUMNS"] = "80"
    result = subprocess.run(
        [sys.executable, "-m", "tui", "summary", str(FOLLOW_UP)],
        cwd=REPO, capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_wide_terminals_get_at_most_100_columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert make_console(io.StringIO(), plain=True).width == 100
    monkeypatch.setenv("COLUMNS", "60")
    assert make_console(io.StringIO(), plain=True).width == 60


# --- bad input ----------------------------------------------------------------------------------


def test_a_broken_file_prints_every_problem_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'format = 1\n[meeting]\norganisaton = "X"\ndate = 2026-01-01\n', encoding="utf-8"
    )
    assert cli.main(["summary", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    assert "organisaton" in err and "customer" in err
    assert f"{bad} kan niet worden gelezen" in err


def test_a_missing_file_exits_1_without_traceback(tmp_path, capsys):
    assert cli.main(["summary", str(tmp_path / "nergens.toml")]) == 1
    _out, err = capsys.readouterr()
    assert "Traceback" not in err and "nergens.toml" in err


def test_a_long_step_name_is_shown_whole():
    session = build_session()
    session.steps[0].name = "Offerte, werkvoorbereiding en inkoop van materiaal voor kleine klussen"
    text = plain(session, today=date(2026, 9, 3))
    assert f"Stap 1: {session.steps[0].name}" in " ".join(text.split())  # wrapped, not cut
    assert "…" not in text
