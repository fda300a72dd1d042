"""``interne-klanten compare``: the three output forms, text safety, colour, bad files, and git.

Everything goes through ``tui.cli.main`` (as the installed command does), except the git recipe,
which runs real ``git`` in a temporary repository.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from datetime import date
from io import StringIO
from pathlib import Path

import pytest

from tui import cli
from tui.core import edits
from tui.core.compare import compare_sessions
from tui.core.followup import follow_up
from tui.reports.compare_report import make_console, markdown_report, print_report
from tui.reports.markdown_text import escape_lines
from tui.storage.toml_format import dumps_session, load_session

from .conftest import REPO, build_session

OLD = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
NEW = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch):
    """A known terminal: 80 columns, no colour forced, NO_COLOR unset."""
    for name in (
        "NO_COLOR",
        "FORCE_COLOR",
        "GIT_PAGER_IN_USE",
        "TTY_COMPATIBLE",
        "TTY_INTERACTIVE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("TERM", "xterm-256color")


# --- the example pair, in three forms -------------------------------------------------------------


def test_json_of_the_example_pair(capsys):
    status, out, err = run(capsys, "compare", str(OLD), str(NEW), "--format", "json")
    assert status == 0 and err == ""
    data = json.loads(out)
    assert data["old"] == OLD.name and data["new"] == NEW.name
    assert data["differences"] is True
    actions = data["actions"]
    assert {k: actions[k] for k in (
        "done_on_time", "done_late", "dropped", "overdue", "open", "new", "postponed", "reassigned"
    )} == {
        "done_on_time": ["a1", "a5", "a8", "a13"],
        "done_late": ["a3", "a7", "a10"],
        "dropped": ["a4", "a14"],
        "overdue": ["a2", "a6", "a11"],
        "open": ["a9", "a12"],
        "new": ["a15", "a16", "a17"],
        "postponed": ["a9"],
        "reassigned": ["a12"],
    }  # fmt: skip
    assert actions["removed"] == []
    assert data["kept"] == {"done": 7, "due": 10, "on_time": 4, "percent": 70}
    assert (
        data["steps"]["added"] == []
        and data["steps"]["removed"] == []
        and data["steps"]["renamed"] == []
    )
    assert data["steps"]["people"] == [
        {"id": "uitvoering", "added": ["Daan Verbeek"], "removed": []}
    ]
    assert data["items"]["added"] == ["n18", "c13"]
    assert data["items"]["removed"] == ["c10"]
    assert data["items"]["changed"] == [
        {
            "id": "n14", "kind": "needs", "step": "uitvoering", "field": "what",
            "old": "Opleverpunten en restpunten op een lijst, met foto",
            "new": "Restpuntenlijst met foto's in de werkbon-app, "
                   "ook foto's van de opgeleverde installatie",
        }
    ]  # fmt: skip
    assert data["participants"]["joined"] == ["Daan Verbeek"]
    assert data["participants"]["left"] == ["Thijs Hendriks"]
    assert actions["details"]["a9"]["due"] == "2027-01-15"
    assert {
        "id": "a12",
        "field": "who",
        "old": "Kees Mulder",
        "new": "Marieke van Dijk",
    } in actions["changed"]


def test_rich_output_of_the_example_pair_reads_well_at_80_columns(capsys):
    status, out, err = run(capsys, "compare", str(OLD), str(NEW))
    assert status == 0 and err == ""
    assert not ANSI.search(out)  # captured output is no terminal: plain
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert not [line for line in lines if line != line.rstrip()]
    assert lines[0] == "Vergelijking van twee bijeenkomsten"
    assert "Afspraken nagekomen: 7 van de 10 (70%), waarvan 4 op tijd" in out
    headings = (
        "Op tijd gedaan (4)", "Te laat gedaan (3)", "Vervallen (2)", "Te laat, nog open (3)",
        "Open, nog niet verlopen (2)", "Nieuw (3)", "Uitgesteld (1)", "Andere eigenaar (1)",
    )  # fmt: skip
    for heading in headings:
        assert f"  {heading}\n" in out
    assert "    a9  klaar op: 31-10-2026 → 15-01-2027\n" in out
    assert "    a12 wie: Kees Mulder → Marieke van Dijk\n" in out
    assert "    ~ Uitvoering · mensen: + Daan Verbeek\n" in out
    assert "    - c10 afspraak: Foto's van de opgeleverde installatie in de projectmap\n" in out
    assert "    + Daan Verbeek (buitendienst – monteur (sinds oktober))\n" in out
    assert "12 dagen te" in out  # a3: done 12-10-2026, due 30-09-2026


def test_rich_output_in_english(capsys):
    status, out, _err = run(capsys, "--lang", "en", "compare", str(OLD), str(NEW))
    assert status == 0
    assert out.startswith("Comparison of two meetings\n")
    assert "Agreements kept: 7 of 10 (70%), 4 of them on time" in out
    assert "due 2026-09-15 · done 2026-09-14" in out  # dates as English speakers write them


def test_markdown_of_the_example_pair(capsys):
    status, out, err = run(capsys, "compare", str(OLD), str(NEW), "--format", "markdown")
    assert status == 0 and err == ""
    assert out.startswith(
        "# Vergelijking van twee bijeenkomsten: Installatiebedrijf Van Dijk & Zn.\n"
    )
    assert "**Afspraken nagekomen: 7 van de 10 (70%), waarvan 4 op tijd**" in out
    assert (
        "### Op tijd gedaan (4)\n\n"
        "| id | wat | wie | klaar op | gedaan | stap |\n|---|---|---|---|---|---|\n" in out
    )
    row = (
        "| a5 | Weekplanning elke vrijdag uiterlijk 12:00 naar alle monteurs sturen | Jeroen de Wit"
        " | 11-09-2026 | 11-09-2026 | Planning/voorbereiding |"
    )
    assert row in out
    assert "- **a9**: 31-10-2026 → 15-01-2027" in out
    assert "- **- c10** afspraak: Foto's van de opgeleverde installatie in de projectmap" in out


def test_identical_files(capsys):
    status, out, _err = run(capsys, "compare", str(NEW), str(NEW))
    assert status == 0 and "Geen verschillen in de inhoud." in out
    status, out, _err = run(capsys, "compare", str(NEW), str(NEW), "--format", "json")
    data = json.loads(out)
    assert (
        data["differences"] is False
        and data["items"]["changed"] == []
        and data["actions"]["changed"] == []
    )


def test_follow_up_file_compared_with_its_previous(tmp_path, capsys):
    assert (
        run(capsys, "follow-up", str(NEW), "--date", "2027-02-25", "--folder", str(tmp_path))[0]
        == 0
    )
    [created] = tmp_path.iterdir()
    status, out, _err = run(capsys, "compare", str(NEW), str(created), "--format", "json")
    data = json.loads(out)
    assert status == 0
    fields = [c["field"] for c in data["meeting"]["changed"]]
    assert fields == ["date", "title", "follow_up", "previous"]  # the old title is not carried
    assert data["items"]["added"] == data["items"]["removed"] == data["items"]["changed"] == []
    assert data["actions"]["new"] == data["actions"]["changed"] == data["actions"]["removed"] == []
    # the same people; who was absent last time is not known to be absent again
    absent = [p.name for p in load_session(NEW).participants if not p.present]
    assert data["participants"] == {
        "joined": [],
        "left": [],
        "changed": [
            {"name": name, "field": "present", "old": False, "new": True} for name in absent
        ],
    }


# --- colour ---------------------------------------------------------------------------------------


def test_colour_on_a_terminal_and_none_with_no_color(capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # as if stdout were a terminal
    _status, out, _err = run(capsys, "compare", str(OLD), str(NEW))
    assert ANSI.search(out), "the check below could not fail"
    monkeypatch.setenv("NO_COLOR", "1")
    _status, out, _err = run(capsys, "compare", str(OLD), str(NEW))
    assert "\x1b" not in out


def test_no_escape_codes_when_piped():
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    result = subprocess.run(
        [sys.executable, "-m", "tui", "compare", str(OLD), str(NEW)],
        cwd=REPO, capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Vergelijking van twee bijeenkomsten" in result.stdout and "\x1b" not in result.stdout


# --- bad files and bad calls ----------------------------------------------------------------------


def test_bad_files_are_reported_like_check(tmp_path, capsys):
    bad = tmp_path / "kapot.toml"
    bad.write_text(
        NEW.read_text(encoding="utf-8").replace('status = "done"', 'status = "klaar"', 1),
        encoding="utf-8",
    )
    missing = tmp_path / "weg.toml"
    _status, check_out, _err = run(capsys, "check", str(bad), str(missing))
    problems = [line for line in check_out.splitlines() if line]
    status, out, err = run(capsys, "compare", str(bad), str(missing))
    assert status == 1 and out == ""
    for problem in problems:
        assert problem in err.splitlines()
    assert f"{bad} kan niet worden vergeleken" in err
    status, out, err = run(capsys, "compare", str(OLD), str(bad), "--format", "json")
    assert status == 1 and out == "" and "status: onbekende status 'klaar'" in err


@pytest.mark.parametrize("files", [[str(OLD)], [str(OLD), str(NEW), str(NEW)]])
def test_compare_needs_exactly_two_files(files, capsys):
    status, out, err = run(capsys, "compare", *files)
    assert status == 2 and out == "" and "geef precies twee sessiebestanden" in err


def test_git_mode_edge_calls(capsys):
    assert run(capsys, "compare", "--git-external-diff", "sessions/x.toml") == (
        0,
        "",
        "",
    )  # unmerged
    status, out, _err = run(
        capsys,
        "compare",
        "--git-external-diff",
        "s.toml",
        os.devnull,
        ".",
        ".",
        str(NEW),
        "0" * 40,
        "100644",
    )
    assert status == 0 and out == "s.toml: nieuw bestand, niets om mee te vergelijken\n"
    status, _out, err = run(capsys, "compare", "--git-external-diff", "a", "b", "c")
    assert status == 2 and "verwacht de 7 argumenten" in err


# --- every section ------------------------------------------------------------------------------


def test_every_kind_of_change_is_shown_in_rich_and_markdown():
    old = build_session()
    new = follow_up(old, "old.toml", date(2026, 12, 3))
    edits.rename_step(new, "voorbereiding", "Werkvoorbereiding")
    edits.move_item(new, "n3", "facturatie")
    edits.remove_step(new, "uitvoering", move_to="facturatie")
    edits.add_step(new, "Nazorg")
    edits.move_step(new, "facturatie", 0)
    edits.set_customer(new, name="De klant")
    edits.update_action(new, "a1", what="Lijst maken en ophangen")
    edits.update_action(new, "a2", due=date(2026, 10, 1))  # earlier: a change, no postponement
    edits.remove_action(new, "a4")
    c = compare_sessions(old, new, old_name="oud.toml", new_name="nieuw.toml")
    console = make_console(file=StringIO(), width=80, plain=True)
    print_report(c, console)
    out = console.file.getvalue()
    for line in (
        "    + Nazorg (nazorg) · stap toegevoegd",
        "    - Uitvoering (uitvoering) · stap verwijderd",
        "    ~ voorbereiding · nieuwe naam: Offerte en voorbereiding → Werkvoorbereiding",
        "    ~ naam: Opdrachtgever → De klant",
        "    → n3 behoefte: verplaatst van Uitvoering naar Facturatie",
        "    ~ a1 wat: Lijst maken → Lijst maken en ophangen",
        "    ~ a2 klaar op: 15-10-2026 → 01-10-2026",
        "  Verwijderd uit het register (1)",
        "      was: Werkvoorbereiding → Uitvoering → Facturatie",
    ):
        assert line + "\n" in out, line
    assert "    ~ volgorde van de keten\n" in out
    assert "  Uitvoering\n" not in out  # its items moved: shown once, under Facturatie
    md = markdown_report(c)
    for line in (
        "- **+ Nazorg** (nazorg): stap toegevoegd",
        "- **- Uitvoering** (uitvoering): stap verwijderd",
        "- **~** voorbereiding, nieuwe naam: Offerte en voorbereiding → Werkvoorbereiding",
        "- **→ n3** behoefte: verplaatst van Uitvoering naar Facturatie",
        "- **a1** wat: Lijst maken → Lijst maken en ophangen",
        "### Verwijderd uit het register (1)",
        "## Externe klant",
    ):
        assert line + "\n" in md, line


# --- text from people is data, in every form ------------------------------------------------------

NASTY = {
    "step": "[bold]x[/]",
    "need": "Let op [/ :warning: <script>alert(1)</script> a | b",
    "why": "# kop\n- lijst\n1. eerste",
    "action": "[link=file:///etc]klik[/link] **vet** _schuin_",
    "who": "[red]Mo[/red]",
    "participant": "Piet [/]",
    "expectation": "> citaat & &amp; `code`",
}


def nasty_pair() -> tuple:
    old = build_session()
    new = follow_up(old, "old.toml", date(2026, 12, 3))
    edits.rename_step(new, "facturatie", NASTY["step"])
    edits.add_item(new, "facturatie", "needs", NASTY["need"], why=NASTY["why"])
    edits.add_action(
        new, NASTY["action"], who=NASTY["who"], due=date(2027, 1, 1), step="facturatie"
    )
    edits.add_participant(new, NASTY["participant"])
    edits.set_customer(new, expectations=[*new.customer.expectations, NASTY["expectation"]])
    return old, new


def write_pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = nasty_pair()
    paths = tmp_path / "oud.toml", tmp_path / "nieuw.toml"
    for path, session in zip(paths, (old, new), strict=True):
        path.write_text(dumps_session(session), encoding="utf-8")
    return paths


def test_rich_output_shows_markup_and_emoji_codes_literally(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    old, new = write_pair(tmp_path)
    status, out, err = run(capsys, "compare", str(old), str(new))
    assert status == 0 and err == ""
    flat = " ".join(out.split())  # the report wraps; compare the words
    for text in (NASTY["step"], NASTY["need"], NASTY["who"], NASTY["action"], NASTY["participant"]):
        assert text in flat, text
    assert "# kop" in flat and "> citaat & &amp; `code`" in flat
    assert "⚠" not in out


def test_escape_sequences_never_reach_the_terminal():
    """A session built in code is not cleaned by the reader; the report cleans on the way out."""
    old, new = nasty_pair()
    edits.add_action(new, "x", who="Mo")
    new.actions[-1].what = "wis\x1b[2Jhet scherm\x1b]0;titel\x07 \x9b31m"
    new.step("facturatie").name = "Stap\x1b[31m rood"
    c = compare_sessions(old, new)
    console = make_console(file=StringIO(), width=100, force_terminal=True)
    print_report(c, console)
    out = ANSI.sub("", console.file.getvalue())  # the report's own colours are fine
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "wis[2Jhet scherm]0;titel 31m" in out
    for text in (markdown_report(c), json.dumps(c.to_dict())):
        assert "\x1b" not in text and "\x9b" not in text


def test_markdown_escapes_what_markdown_or_html_would_interpret(tmp_path, capsys):
    markdown_it = pytest.importorskip("markdown_it")
    old, new = write_pair(tmp_path)
    status, out, _err = run(capsys, "compare", str(old), str(new), "--format", "markdown")
    assert status == 0
    assert "\\<script>alert(1)\\</script>" in out  # the commonmark preset renders raw HTML
    assert "a | b" in out  # in a list item a pipe is text; only table cells escape it
    html = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough").render(out)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<blockquote>" not in html and "<code>" not in html
    assert "<strong>vet</strong>" not in html and "<em>schuin</em>" not in html
    assert "<a href" not in html
    # Only the report's own headings; "# kop" in a text stays text.
    assert [h for h in re.findall(r"<h\d>(.*?)</h\d>", html) if "kop" in h] == []
    assert "# kop" in html and "- lijst" in html and "1. eerste" in html
    assert "[bold]x[/]" in html and ":warning:" in html and "&amp;amp;" in html
    # Every table row has as many cells as its header: "a | b" did not add a column.
    for table in re.findall(r"<table>.*?</table>", html, flags=re.S):
        header = len(re.findall(r"<th>", table))
        for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)[1:]:
            assert len(re.findall(r"<td>", row)) == header


@pytest.mark.parametrize(
    ("text", "table", "escaped"),
    [
        ("# kop", False, "# kop"),
        ("- lijst", False, "- lijst"),
        ("a | b", False, "a | b"),
        ("a | b", True, "a \\| b"),
        ("<b>", False, "\\<b>"),
        ("Van Dijk & Zn.", True, "Van Dijk & Zn."),
        ("&amp;", False, "\\&amp;"),
        ("[x](http://y)", False, "[x\\](http://y)"),
        ("regel 1\n# regel 2\n\n- regel 3", True, "regel 1<br># regel 2<br>- regel 3"),
    ],
)
def test_a_value_in_the_markdown_report(text, table, escaped):
    """Values sit in the middle of a line or in a table cell: only what would be misread there
    is escaped, and line breaks become ``<br>``."""
    assert escape_lines(text, table=table) == escaped


def test_json_is_the_data(tmp_path, capsys):
    old, new = write_pair(tmp_path)
    status, out, _err = run(capsys, "compare", str(old), str(new), "--format", "json")
    assert status == 0
    expected = compare_sessions(
        load_session(old), load_session(new), old_name="oud.toml", new_name="nieuw.toml"
    )
    assert json.loads(out) == json.loads(json.dumps(expected.to_dict()))
    assert NASTY["need"] in json.loads(out)["items"]["added_items"][0]["what"]


# --- git ------------------------------------------------------------------------------------------


def command_line() -> str:
    """How git should start this program: the installed command, else ``python -m tui``."""
    script = Path(sys.executable).with_name("interne-klanten")
    if script.exists():
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m tui"


@pytest.fixture
def repository(tmp_path):
    """A git repository with two commits of one session file: a meeting, then its follow-up."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_PAGER": "cat",
        "LANG": "C.UTF-8",
    }
    env.pop("GIT_DIR", None)
    repo = tmp_path / "repo"
    (repo / "sessions").mkdir(parents=True)

    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
            cwd=repo, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    session = repo / "sessions" / "van-dijk.toml"
    git("init", "-q")
    session.write_bytes(OLD.read_bytes())
    git("add", "-A")
    git("commit", "-q", "-m", "eerste bijeenkomst")
    session.write_bytes(NEW.read_bytes())
    git("commit", "-q", "-a", "-m", "vervolg")
    return repo, git


def test_git_difftool_recipe(repository):
    _repo, git = repository
    out = git("difftool", "-y", "-x", f"{command_line()} --lang en compare", "HEAD~1", "HEAD")
    assert "Comparison of two meetings" in out
    assert "Agreements kept: 7 of 10 (70%), 4 of them on time" in out
    assert "  Done on time (4)" in out


def test_git_diff_with_the_external_diff_driver(repository):
    repo, git = repository
    (repo / "sessions" / ".gitattributes").write_text(
        "*.toml diff=interne-klanten\n", encoding="utf-8"
    )
    git(
        "config",
        "diff.interne-klanten.command",
        f"{command_line()} --lang en compare --git-external-diff",
    )
    old_blob = git("rev-parse", "--short=7", "HEAD~1:sessions/van-dijk.toml").strip()
    new_blob = git("rev-parse", "--short=7", "HEAD:sessions/van-dijk.toml").strip()
    out = git("diff", "HEAD~1", "HEAD")
    assert "Comparison of two meetings" in out
    assert f"old: sessions/van-dijk.toml ({old_blob})" in out
    assert f"new: sessions/van-dijk.toml ({new_blob})" in out
    assert "  Done late (3)" in out and "  Postponed (1)" in out
    assert "\x1b" not in out
    # The same in git log, and for a change not yet committed (the working tree).
    assert "Done on time (4)" in git("log", "-p", "--ext-diff", "-1")
    session = repo / "sessions" / "van-dijk.toml"
    session.write_text(
        session.read_text(encoding="utf-8").replace("Daan Verbeek", "Daan Verbeke"),
        encoding="utf-8",
    )
    out = git("diff")
    assert "new: sessions/van-dijk.toml (working tree)" in out
    assert "+ Daan Verbeke" in out and "- Daan Verbeek" in out
    # The plain text diff is still there when asked for.
    assert '+name = "Daan Verbeke"' in git("diff", "--no-ext-diff")
