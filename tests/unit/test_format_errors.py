"""Reading rules: every bad file gets a clear message with file, key path and line; never a crash.

Each case writes a bad file into tmp_path, then checks both ``load_session`` (the problems, their
paths, lines and messages, in Dutch and in English) and ``interne-klanten check`` (exit status 1,
every problem printed, no traceback).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tui import cli, i18n
from tui.storage import toml_format
from tui.storage.toml_format import (
    SessionFileError,
    dumps_session,
    load_session,
    parse_session,
)

from .conftest import build_session


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The line number (from 1) of the ``nth`` line that contains ``needle``."""
    found = [n for n, line in enumerate(text.split("\n"), start=1) if needle in line]
    assert len(found) >= nth, needle
    return found[nth - 1]


def replace_once(text: str, old: str, new: str, nth: int = 1) -> str:
    parts = text.split(old)
    assert len(parts) > nth, old
    return old.join(parts[:nth]) + new + old.join(parts[nth:])


def run_check(capsys, path, lang: str = "nl") -> tuple[int, str]:
    argv = ["check", str(path)] if lang == "nl" else ["check", "--lang", lang, str(path)]
    status = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out + err


def load_problems(path) -> list:
    with pytest.raises(SessionFileError) as caught:
        load_session(path)
    assert caught.value.problems
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return caught.value.problems


@dataclass
class Case:
    name: str
    old: str
    new: str
    path: str
    nl: str
    en: str
    line_needle: str  # the problem is reported on the line containing this (in the bad file)
    nth: int = 1


CASES = [
    Case(
        "unknown key",
        'what = "Werkbon met uren"', 'wht = "Werkbon met uren"',
        "steps[2].needs[1].wht",
        "onbekende sleutel; bedoelt u 'what'?", "unknown key; did you mean 'what'?",
        "wht = ",
    ),
    Case(
        "unknown key at the top",
        "[customer]", "[cutsomer]",
        "cutsomer",
        "onbekende sleutel; bedoelt u 'customer'?", "unknown key; did you mean 'customer'?",
        "[cutsomer]",
    ),
    Case(
        "unknown key without a suggestion",
        'title = "Interne klanten, eerste bijeenkomst"', 'colour = "rood"',
        "meeting.colour",
        "onbekende sleutel", "unknown key",
        "colour = ",
    ),
    Case(
        "wrong type: a date as a string",
        "due = 2026-10-15", 'due = "2026-10-15"',
        "actions[2].due",
        "verwacht een datum (JJJJ-MM-DD), gevonden tekst",
        "expected a date (YYYY-MM-DD), found a string",
        "due = ",
    ),
    Case(
        "wrong type: a boolean as a string",
        "closed = false", 'closed = "ja"',
        "meeting.closed",
        "verwacht true of false, gevonden tekst", "expected true or false, found a string",
        "closed = ",
    ),
    Case(
        "wrong type: a date with a time",
        "date = 2026-09-03", "date = 2026-09-03T09:00:00",
        "meeting.date",
        "verwacht een datum (JJJJ-MM-DD), gevonden een datum met tijd",
        "expected a date (YYYY-MM-DD), found a date with a time",
        "date = ",
    ),
    Case(
        "wrong type: a number for text",
        'role = "directie"', "role = 3",
        "participants[1].role",
        "verwacht tekst, gevonden een geheel getal", "expected a string, found an integer",
        "role = 3",
    ),
    Case(
        "wrong type: a list of numbers",
        '    "Mo Bakker",\n]', "    3,\n]",
        "steps[2].people",
        "verwacht een lijst van teksten, gevonden een lijst",
        "expected an array of strings, found an array",
        "people = [", 2,
    ),
    Case(
        "missing key",
        'organisation = "Loodgietersbedrijf Jansen"\n', "",
        "meeting.organisation",
        "verplichte sleutel ontbreekt", "required key is missing",
        "[meeting]",
    ),
    Case(
        "missing key in an item",
        'id = "r1"\nwhat = "Tekorten vóór 14:00 doorgeven"\n', 'id = "r1"\n',
        "steps[1].asks[1].what",
        "verplichte sleutel ontbreekt", "required key is missing",
        "[[steps.asks]]",
    ),
    Case(
        "empty required text",
        'what = "Kort en nuttig."', 'what = "  "',
        "feedback[1].what",
        "mag niet leeg zijn", "must not be empty",
        'what = "  "',
    ),
    Case(
        "duplicate id",
        'id = "n3"', 'id = "n2"',
        "steps[2].needs[2].id",
        "id 'n2' komt al voor bij steps[2].needs[1].id",
        "id 'n2' is already used at steps[2].needs[1].id",
        'id = "n2"', 2,
    ),
    Case(
        "duplicate step id",
        'id = "facturatie"', 'id = "uitvoering"',
        "steps[3].id",
        "id 'uitvoering' komt al voor bij steps[2].id",
        "id 'uitvoering' is already used at steps[2].id",
        'id = "uitvoering"', 2,
    ),
    Case(
        "unknown step in an action",
        'step = "uitvoering"', 'step = "calcualtie"',
        "actions[2].step",
        "stap 'calcualtie' bestaat niet (stappen: voorbereiding, uitvoering, facturatie)",
        "step 'calcualtie' does not exist (steps: voorbereiding, uitvoering, facturatie)",
        "calcualtie",
    ),
    Case(
        "unknown about",
        'about = "n1"', 'about = "n99"',
        "actions[1].about",
        "'n99' is geen id van een behoefte, verwachting of afspraak in dit bestand",
        "'n99' is not the id of a need, ask or info item in this file",
        "n99",
    ),
    Case(
        "bad status",
        'status = "dropped"', 'status = "klaar"',
        "actions[4].status",
        "onbekende status 'klaar' (kies uit open, done, dropped)",
        "unknown status 'klaar' (choose from open, done, dropped)",
        "klaar",
    ),
    Case(
        "bad step id",
        'id = "voorbereiding"', 'id = "Voorbereiding"',
        "steps[1].id",
        "ongeldig id 'Voorbereiding'", "invalid id 'Voorbereiding'",
        'id = "Voorbereiding"',
    ),
    Case(
        "bad item id",
        'id = "c1"', 'id = "c01"',
        "steps[1].info[1].id",
        "ongeldig id 'c01': verwacht 'c' gevolgd door een getal",
        "invalid id 'c01': expected 'c' followed by",
        'id = "c01"',
    ),
    Case(
        "item id of the wrong kind",
        'id = "a3"', 'id = "n7"',
        "actions[3].id",
        "ongeldig id 'n7'", "invalid id 'n7'",
        'id = "n7"',
    ),
    Case(
        "previous with a folder",
        "closed = false", 'previous = "../oud/2026-01-01-x.toml"\nclosed = false',
        "meeting.previous",
        "'previous' is een bestandsnaam zonder map", "'previous' is a file name without a folder",
        "previous = ",
    ),
    Case(
        "older format number",
        "format = 1", "format = 0",
        "format",
        "onbekende format-versie 0 (verwacht 1)", "unknown format version 0 (expected 1)",
        "format = 0",
    ),
    Case(
        "negative ids",
        'what = "Kort en nuttig."', 'what = "Kort en nuttig."\n\n[ids]\nneeds = -1',
        "ids.needs",
        "moet 0 of groter zijn", "must be 0 or more",
        "needs = -1",
    ),
    Case(
        "an array of tables that is not one",
        'name = "Facturatie"', 'name = "Facturatie"\nneeds = "geen"',
        "steps[3].needs",
        "verwacht een lijst van tabellen ([[...]]), gevonden tekst",
        "expected an array of tables ([[...]]), found a string",
        'needs = "geen"',
    ),
]  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_file(case, lang, valid_text, tmp_path, capsys):
    i18n.set_language(lang)
    text = replace_once(valid_text, case.old, case.new)
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    problems = load_problems(path)
    matching = [p for p in problems if p.path == case.path]
    assert matching, [str(p) for p in problems]
    problem = matching[0]
    assert getattr(case, lang) in problem.message
    assert problem.file == str(path)
    assert problem.line == line_of(text, case.line_needle, case.nth)
    assert problem.column is not None
    assert str(problem) == f"{path}:{problem.line}:{problem.column}: {case.path}: {problem.message}"

    status, output = run_check(capsys, path, lang)
    assert status == 1
    for found in problems:
        assert str(found) in output
    assert (
        "1 van 1 bestand met problemen" if lang == "nl" else "1 of 1 file with problems"
    ) in output
    assert path.read_text(encoding="utf-8") == text  # check never writes


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_syntax_error_has_file_line_and_column(lang, valid_text, tmp_path, capsys):
    i18n.set_language(lang)
    text = replace_once(valid_text, 'what = "Werkbon met uren"', 'what = "Werkbon met uren')
    path = tmp_path / "s.toml"
    path.write_bytes(text.encode("utf-8"))
    [problem] = load_problems(path)
    line = line_of(text, 'what = "Werkbon met uren')
    assert (problem.line, problem.column) == (line, len('what = "Werkbon met uren') + 1)
    assert problem.path == ""
    prefix = "TOML-fout: " if lang == "nl" else "TOML error: "
    assert str(problem) == f"{path}:{line}:{problem.column}: {prefix}Illegal character '\\n'"
    status, output = run_check(capsys, path, lang)
    assert status == 1 and str(problem) in output
    # Neither check nor fmt writes a file it could not read.
    assert cli.main(["fmt", str(path)]) == 1
    assert path.read_bytes() == text.encode("utf-8")


def test_syntax_error_at_the_end(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('format = 1\nx = """open', encoding="utf-8")
    [problem] = load_problems(path)
    assert problem.line == 2 and "TOML-fout" in problem.message and "(at" not in problem.message


def test_not_toml_at_all(tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_bytes(b"\x00\x01\x02 binary \xff".replace(b"\xff", b"x"))
    [problem] = load_problems(path)
    assert problem.line == 1 and problem.column == 1
    assert run_check(capsys, path)[0] == 1


def test_all_problems_at_once_each_with_path_and_line(valid_text, tmp_path, capsys):
    text = replace_once(valid_text, 'what = "Werkbon met uren"', 'wht = "Werkbon met uren"')
    text = replace_once(text, "due = 2026-10-15", 'due = "2026-10-15"')
    text = replace_once(text, 'status = "dropped"', 'status = "klaar"')
    text = replace_once(text, 'step = "uitvoering"', 'step = "calcualtie"')
    text = replace_once(text, 'id = "n3"', 'id = "n1"')
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    problems = load_problems(path)
    found = {p.path: p for p in problems}
    expected = {
        "steps[2].needs[1].wht": line_of(text, "wht = "),
        "steps[2].needs[1].what": line_of(text, "[[steps.needs]]", 2),
        "steps[2].needs[2].id": line_of(text, 'id = "n1"', 2),
        "actions[2].due": line_of(text, "due = "),
        "actions[2].step": line_of(text, "calcualtie"),
        "actions[4].status": line_of(text, "klaar"),
    }
    for key, line in expected.items():
        assert key in found, [str(p) for p in problems]
        assert found[key].line == line, key
    assert len(problems) == len(expected)
    status, output = run_check(capsys, path)
    assert status == 1
    assert len([line for line in output.splitlines() if line.startswith(f"{path}:")]) == len(
        expected
    )


def test_missing_tables_and_format(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("# alleen commentaar\n[[participants]]\nrole = 3\n", encoding="utf-8")
    found = {p.path: p for p in load_problems(path)}
    assert {"format", "meeting", "customer", "participants[1].name", "participants[1].role"} <= set(
        found
    )
    assert found["participants[1].role"].line == 3
    assert found["participants[1].name"].line == 2


# --- newer format -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_newer_format_is_refused(lang, valid_text, tmp_path, capsys):
    i18n.set_language(lang)
    text = replace_once(valid_text, "format = 1", "format = 2") + "\n[toekomst]\nx = 1\n"
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session(path)
    assert caught.value.newer_format is True
    [problem] = caught.value.problems
    assert problem.path == "format" and problem.line == 2
    if lang == "nl":
        assert "dit bestand heeft format 2; dit programma kent format 1" in problem.message
    else:
        assert "this file has format 2; this program knows format 1" in problem.message
    status, output = run_check(capsys, path, lang)
    assert status == 1 and str(problem) in output
    assert cli.main(["fmt", str(path)]) == 1  # never rewritten in the older format
    assert path.read_text(encoding="utf-8") == text


def test_other_errors_are_not_newer_format(valid_text):
    with pytest.raises(SessionFileError) as caught:
        parse_session(replace_once(valid_text, "format = 1", 'format = "2"'))
    assert caught.value.newer_format is False
    assert caught.value.problems[0].path == "format"


# --- encoding, size, emptiness ------------------------------------------------------------------


def test_byte_order_mark_is_accepted(valid_text, tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_bytes(b"\xef\xbb\xbf" + valid_text.encode("utf-8"))
    assert load_session(path) == build_session()
    status, output = run_check(capsys, path)
    assert status == 0 and f"{path}: in orde" in output


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_invalid_utf8(lang, tmp_path, capsys):
    i18n.set_language(lang)
    path = tmp_path / "s.toml"
    path.write_bytes(b'format = 1\n\n[meeting]\norganisation = "Caf\xe9 Jansen"\n')
    [problem] = load_problems(path)
    assert (problem.line, problem.column) == (4, len('organisation = "Caf') + 1)
    assert problem.path == ""
    if lang == "nl":
        assert "geen geldige UTF-8-tekst (byte 41); sla het bestand op als UTF-8" in problem.message
    else:
        assert "not valid UTF-8 text (byte 41); save the file as UTF-8" in problem.message
    status, output = run_check(capsys, path, lang)
    assert status == 1 and str(problem) in output


@pytest.mark.parametrize("data", [b"", b"\n \n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])
def test_empty_file(data, tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_bytes(data)
    [problem] = load_problems(path)
    assert problem.message == "het bestand is leeg (verwacht een sessie met 'format = 1')"
    assert run_check(capsys, path)[0] == 1


def test_empty_file_in_english(english, tmp_path):
    path = tmp_path / "s.toml"
    path.write_bytes(b"")
    [problem] = load_problems(path)
    assert problem.message == "the file is empty (expected a session with 'format = 1')"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_oversized_file(lang, valid_text, tmp_path, capsys, monkeypatch):
    i18n.set_language(lang)
    monkeypatch.setattr(toml_format, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "s.toml"
    path.write_text(valid_text, encoding="utf-8")
    assert len(valid_text.encode("utf-8")) > 1000
    [problem] = load_problems(path)
    assert (
        "het bestand is te groot" if lang == "nl" else "the file is too large"
    ) in problem.message
    status, output = run_check(capsys, path, lang)
    assert status == 1 and str(problem) in output
    with pytest.raises(SessionFileError):
        toml_format.decode_bytes(valid_text.encode("utf-8"), "x")
    small = tmp_path / "small.toml"
    small.write_text(valid_text[:900], encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session(small)
    assert "te groot" not in str(caught.value) and "too large" not in str(caught.value)


def test_real_limit_is_sane():
    assert toml_format.MAX_FILE_BYTES == 8 * 1024 * 1024


def test_missing_file_and_folder(tmp_path, capsys):
    [problem] = load_problems(tmp_path / "nope.toml")
    assert problem.message == "bestand bestaat niet"
    [problem] = load_problems(tmp_path)
    assert problem.message == "dit is een map, geen bestand"
    status, output = run_check(capsys, tmp_path / "nope.toml")
    assert status == 1 and "bestand bestaat niet" in output
    status, output = run_check(capsys, tmp_path)
    assert status == 1 and "dit is een map, geen bestand" in output


def test_too_deeply_nested(tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    [problem] = load_problems(path)
    assert problem.message == "het bestand is te diep genest om te lezen"
    assert run_check(capsys, path)[0] == 1


# --- text cleaning on reading -------------------------------------------------------------------


def test_control_characters_are_removed_when_loaded(valid_text, tmp_path, capsys):
    text = replace_once(
        valid_text,
        'organisation = "Loodgietersbedrijf Jansen"',
        'organisation = "Loodgieters\\u001b[2J\\u001b]0;titel\\u0007bedrijf'
        '\\u0001\\u0008\\u000b\\u000c\\u001f\\u007f\\u0080\\u009b\\u009f\\u202e Jansen\\u0000"',
    )
    text = replace_once(
        text, 'what = "Werkbon met uren"', 'what = """Werkbon\\r\nmet\\ruren\\u0085"""'
    )
    text = replace_once(text, 'who = "Mo"', 'who = "Mo\\tB\u009b"')  # a raw C1 and an escaped tab
    path = tmp_path / "s.toml"
    path.write_bytes(text.encode("utf-8"))
    session = load_session(path)
    assert session.meeting.organisation == "Loodgieters[2J]0;titelbedrijf Jansen"
    assert session.find_item("n2")[2].what == "Werkbon\nmet\nuren\n"
    assert session.action("a2").who == "Mo\tB"
    assert cli.main(["fmt", str(path)]) == 0
    capsys.readouterr()
    fixed = path.read_text(encoding="utf-8")
    assert 'organisation = "Loodgieters[2J]0;titelbedrijf Jansen"' in fixed
    assert "\\u" not in fixed and "\x9b" not in fixed
    assert load_session(path) == session


def test_crlf_file_becomes_lf(valid_text, tmp_path):
    text = replace_once(valid_text, 'why = "Geen ritjes"', 'why = """\nGeen\nritjes\n"""')
    path = tmp_path / "s.toml"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    session = load_session(path)
    assert session.find_item("n1")[2].why == "Geen\nritjes\n"
    expected = build_session()
    expected.steps[0].needs[0].why = "Geen\nritjes\n"
    assert session == expected
    assert "\r" not in dumps_session(session)


MARKUP = [
    "[bold]Piet[/]",
    "[link=file:///etc]x",
    ":warning:",
    "[@click=app.quit]x[/]",
    "Unit [/",
    "[$var] \\",
]


def test_markup_like_text_loads_unchanged(valid_text, tmp_path, capsys):
    text = valid_text
    for number, value in enumerate(MARKUP, start=1):
        escaped = value.replace("\\", "\\\\")
        text += f'\n[[participants]]\nname = "{escaped}"\nrole = "{escaped} {number}"\n'
    text = replace_once(text, 'name = "Opdrachtgever"', 'name = "[bold]Piet[/]"')
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    session = load_session(path)
    assert session.customer.name == "[bold]Piet[/]"
    assert [p.name for p in session.participants[2:]] == MARKUP
    assert [p.role for p in session.participants[2:]] == [
        f"{v} {n}" for n, v in enumerate(MARKUP, 1)
    ]
    status, _output = run_check(capsys, path)
    assert status == 0
    assert parse_session(dumps_session(session)) == session
