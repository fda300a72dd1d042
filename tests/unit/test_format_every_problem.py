"""Reading reports *every* problem of a file at once: all bad keys of one table, all bad fields of
one action, every table of an array; each with its key path, line and column. And the ways a
file is read: ``load_session_and_bytes`` (what the app and the CLI open with) and its refusals.
"""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.model import FORMAT_VERSION, AgendaItem
from tui.i18n import t
from tui.storage import toml_format
from tui.storage.toml_format import (
    Problem,
    SessionFileError,
    dumps_session,
    load_session,
    load_session_and_bytes,
    parse_session,
)

from .conftest import build_session

HEAD = """format = 1

[meeting]
organisation = "Jansen"
date = 2026-09-03

[customer]
name = "Uitvoering"
"""


def problems_of(text: str, name: str = "s.toml") -> list[Problem]:
    with pytest.raises(SessionFileError) as caught:
        parse_session(text, name)
    assert not caught.value.newer_format
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return caught.value.problems


def where(problems: list[Problem]) -> list[tuple[str, int | None, int | None]]:
    return [(p.path, p.line, p.column) for p in problems]


# --- every key of a table ----------------------------------------------------------------------


def test_every_bad_key_of_one_table_is_reported():
    text = """format = 1

[meeting]
orgnisation = "Jansen"
date = "gisteren"
colour = "blue"
title = 3
closed = "nee"
location = "Utrecht"
goal = "   "

[customer]
name = ""
expectations = ["a", 2]
"""
    problems = problems_of(text)
    assert where(problems) == [
        ("meeting.orgnisation", 4, 1),
        ("meeting.date", 5, 1),
        ("meeting.colour", 6, 1),
        ("meeting.title", 7, 1),
        ("meeting.closed", 8, 1),
        ("meeting.organisation", 3, 1),  # missing: at the table's header
        ("customer.name", 13, 1),
        ("customer.expectations", 14, 1),
    ]
    messages = [p.message for p in problems]
    assert messages[0] == t("file.unknown_key") + "; " + t(
        "file.did_you_mean", suggestion="organisation"
    )
    assert messages[1] == t("file.wrong_type", expected=t("type.date"), found=t("type.string"))
    assert messages[2] == t("file.unknown_key")  # nothing close enough to suggest
    assert messages[3] == t("file.wrong_type", expected=t("type.string"), found=t("type.integer"))
    assert messages[4] == t("file.wrong_type", expected=t("type.boolean"), found=t("type.string"))
    assert messages[5] == t("file.missing_key")
    assert messages[6] == t("file.empty_value")
    assert messages[7] == t(
        "file.wrong_type", expected=t("type.array_of_strings"), found=t("type.array")
    )


def test_an_optional_text_may_be_blank_a_required_one_not():
    """``goal = "   "`` above was no problem: only required keys must be more than blanks."""
    text = HEAD.replace('name = "Uitvoering"', 'name = "Uitvoering"\nexpectations = []')
    text += '\n[[participants]]\nname = "Mo"\nrole = "  "\n'
    session = parse_session(text)
    assert session.participants[0].role == "  "


def test_every_table_of_an_array_is_checked():
    text = (
        HEAD
        + """
[[participants]]
nam = "Mo"

[[participants]]
name = "Petra"
present = "ja"

[[feedback]]
who = "Mo"

[[feedback]]
what = "Goed"
mood = 3
"""
    )
    problems = problems_of(text)
    assert where(problems) == [
        ("participants[1].nam", 11, 1),
        ("participants[1].name", 10, 1),
        ("participants[2].present", 15, 1),
        ("feedback[1].what", 17, 1),
        ("feedback[2].mood", 22, 1),
    ]


def test_every_problem_of_one_action_is_reported():
    text = (
        HEAD
        + """
[[steps]]
id = "stap"
name = "Stap"

[[steps.needs]]
id = "n1"
what = "Iets"

[[actions]]
id = "x1"
step = "elders"
about = "n9"
what = "Bellen"
who = "Mo"
status = "klaar"
due = "morgen"

[[actions]]
id = "a2"
step = "stap"
about = "n1"
what = "Mailen"
who = "Mo"
"""
    )
    problems = problems_of(text)
    assert where(problems) == [
        ("actions[1].due", 25, 1),
        ("actions[1].id", 19, 1),
        ("actions[1].step", 20, 1),
        ("actions[1].about", 21, 1),
        ("actions[1].status", 24, 1),
    ]
    messages = [p.message for p in problems]
    assert messages[2] == t("file.unknown_step", value="elders", choices="stap")
    assert messages[3] == t("file.unknown_about", value="n9")
    assert messages[4] == t("file.bad_status", value="klaar", choices="open, done, dropped")


def test_an_unknown_step_without_steps_offers_none():
    text = HEAD + '\n[[actions]]\nid = "a1"\nstep = "elders"\nwhat = "x"\nwho = ""\n'
    (problem,) = problems_of(text)
    assert problem.message == t("file.unknown_step", value="elders", choices="-")


def test_every_problem_of_the_steps_and_their_items():
    text = (
        HEAD
        + """
[[steps]]
id = "Stap 1"
name = "Een"

[[steps]]
id = "twee"
name = "Twee"

[[steps]]
id = "twee"
name = "Nog eens twee"

[[steps.needs]]
id = "r1"
what = "Verkeerd soort id"

[[steps.asks]]
id = "r2"
what = "Goed"

[[steps.asks]]
id = "r2"
what = "Dubbel"

[[steps.info]]
id = "c1"
"""
    )
    problems = problems_of(text)
    assert where(problems) == [
        ("steps[1].id", 11, 1),
        ("steps[3].id", 19, 1),
        ("steps[3].needs[1].id", 23, 1),
        ("steps[3].asks[2].id", 31, 1),
        ("steps[3].info[1].what", 34, 1),
    ]
    assert problems[1].message == t("file.duplicate_id", value="twee", other="steps[2].id")
    assert problems[3].message == t("file.duplicate_id", value="r2", other="steps[3].asks[1].id")


# --- the script and the ids --------------------------------------------------------------------


def test_a_negative_timebox_or_time_spent_in_the_file_is_a_problem():
    text = (
        HEAD
        + """
[[agenda]]
id = "3a"
timebox = -5

[[agenda]]
id = "3b"
spent = -1
done = true
"""
    )
    problems = problems_of(text)
    assert where(problems) == [("agenda[1].timebox", 12, 1), ("agenda[2].spent", 16, 1)]
    assert {p.message for p in problems} == {t("file.negative")}


def test_the_script_is_read_in_its_own_order_and_blank_items_dropped():
    text = (
        HEAD
        + """
[[agenda]]
id = "3e"
spent = 120
timebox = 0

[[agenda]]
id = "3a"
done = true
timebox = 10

[[agenda]]
id = "3c"
done = false
"""
    )
    session = parse_session(text)
    assert session.agenda == [
        AgendaItem("3a", done=True, timebox=10),
        AgendaItem("3e", spent=120),
    ]


def test_every_bad_script_item_is_reported():
    text = (
        HEAD
        + """
[[agenda]]
id = "9z"

[[agenda]]
done = true

[[agenda]]
id = "3a"

[[agenda]]
id = "3a"
spent = 60
"""
    )
    problems = problems_of(text)
    paths = [p.path for p in problems]
    # the types and required keys of every table first, then what the values mean
    assert paths == ["agenda[2].id", "agenda[1].id", "agenda[4].id"]
    assert problems[0].message == t("file.missing_key")
    assert problems[1].message == t(
        "file.unknown_agenda", value="9z", choices=", ".join(f"3{c}" for c in "abcdefghijk")
    )
    assert problems[2].message == t("file.duplicate_id", value="3a", other="agenda")


def test_negative_and_too_small_remembered_ids():
    text = (
        HEAD
        + """
[[steps]]
id = "stap"
name = "Stap"

[[steps.needs]]
id = "n4"
what = "Iets"

[ids]
needs = 2
asks = -3
actions = 7
"""
    )
    problems = problems_of(text)
    assert where(problems) == [("ids.asks", 20, 1)]
    good = parse_session(text.replace("asks = -3", "asks = 0"))
    # the highest id present counts when the remembered one is lower
    assert good.last_ids["needs"] == 4
    assert good.last_ids["actions"] == 7
    assert good.last_ids["asks"] == 0


def test_format_numbers():
    newer = HEAD.replace("format = 1", f"format = {FORMAT_VERSION + 1}") + "\n[oops]\n"
    with pytest.raises(SessionFileError) as caught:
        parse_session(newer, "s.toml")
    assert caught.value.newer_format
    # only that problem: the rest of a newer file may well be valid in its own format
    assert [p.path for p in caught.value.problems] == ["format"]
    assert caught.value.problems[0].message == t(
        "file.newer_format", found=FORMAT_VERSION + 1, known=FORMAT_VERSION
    )
    (problem,) = problems_of(HEAD.replace("format = 1", "format = true"))
    assert problem.path == "format"
    assert problem.message == t(
        "file.wrong_type", expected=t("type.integer"), found=t("type.boolean")
    )
    (problem,) = problems_of(HEAD.replace("format = 1\n", ""))
    assert (problem.path, problem.message) == ("format", t("file.missing_key"))


def test_missing_tables():
    problems = problems_of("format = 1\n")
    assert [(p.path, p.message) for p in problems] == [
        ("meeting", t("file.missing_key")),
        ("customer", t("file.missing_key")),
    ]
    problems = problems_of('format = 1\n[meeting]\ndate = 2026-01-01\n[customer]\nname = "x"\n')
    assert [p.path for p in problems] == ["meeting.organisation"]


def test_a_problem_says_where_it_is():
    assert (
        str(Problem("s.toml", "meeting.date", "kapot", 3, 7)) == "s.toml:3:7: meeting.date: kapot"
    )
    assert str(Problem("s.toml", "meeting.date", "kapot", 3)) == "s.toml:3: meeting.date: kapot"
    assert str(Problem("s.toml", "meeting.date", "kapot")) == "s.toml: meeting.date: kapot"
    assert str(Problem("s.toml", "", "kapot", 3, 7)) == "s.toml:3:7: kapot"
    assert str(Problem("s\x1b.toml", "a\u202eb", "c")) == "s\\u001b.toml: a\\u202eb: c"


# --- load_session_and_bytes: what the app and the CLI open with --------------------------------


def test_load_session_and_bytes_gives_the_exact_bytes(tmp_path):
    session = build_session()
    data = ("\ufeff" + dumps_session(session)).encode("utf-8")  # a byte-order mark too
    path = tmp_path / "s.toml"
    path.write_bytes(data)
    loaded, raw = load_session_and_bytes(path)
    assert raw == data
    assert loaded == session
    assert loaded == load_session(path)
    assert dumps_session(loaded) == dumps_session(session)


def test_load_session_and_bytes_reports_every_problem_with_the_file(tmp_path):
    path = tmp_path / "kapot.toml"
    path.write_text(HEAD.replace("2026-09-03", '"x"') + "\n[extra]\n", encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session_and_bytes(path)
    assert [(p.file, p.path) for p in caught.value.problems] == [
        (str(path), "extra"),
        (str(path), "meeting.date"),
    ]


def test_load_session_and_bytes_refuses_what_is_not_a_session_file(tmp_path):
    cases = {
        tmp_path / "missing.toml": t("file.not_found"),
        tmp_path: t("file.is_directory"),
    }
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"format = 1\n# caf\xe9\n")
    empty = tmp_path / "empty.toml"
    empty.write_bytes(b"  \n\t\n")
    for path, message in cases.items():
        with pytest.raises(SessionFileError) as caught:
            load_session_and_bytes(path)
        assert [(p.file, p.message) for p in caught.value.problems] == [(str(path), message)]
    with pytest.raises(SessionFileError) as caught:
        load_session_and_bytes(bad)
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (2, 6)
    assert problem.message == t("file.not_utf8", position=16)
    with pytest.raises(SessionFileError) as caught:
        load_session_and_bytes(empty)
    assert caught.value.problems[0].message == t("file.empty")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    with pytest.raises(SessionFileError) as caught:
        load_session_and_bytes(pipe)
    assert caught.value.problems[0].message == t("file.not_regular")


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "groot.toml"
    path.write_bytes(b"#" * 3 * 2**20)
    monkeypatch.setattr(toml_format, "MAX_FILE_BYTES", 2 * 2**20)
    with pytest.raises(SessionFileError) as caught:
        load_session_and_bytes(path)
    assert caught.value.problems[0].message == t("file.too_large", size=3.0, limit=2)
    # exactly at the limit is allowed (and then it is just a comment: no session)
    path.write_bytes(b"#" * 2 * 2**20)
    with pytest.raises(SessionFileError) as caught:
        load_session_and_bytes(path)
    assert caught.value.problems[0].message != t("file.too_large", size=2.0, limit=2)


def test_bytes_over_the_limit_are_refused(monkeypatch):
    monkeypatch.setattr(toml_format, "MAX_FILE_BYTES", 10)
    with pytest.raises(SessionFileError) as caught:
        toml_format.decode_bytes(b"x" * 2**20, "s.toml")
    assert caught.value.problems[0].message == t("file.too_large", size=1.0, limit=0)
    assert toml_format.decode_bytes(b"x" * 10, "s.toml") == "x" * 10


def test_an_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "s.toml"
    path.write_text("format = 1\n")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(toml_format.Path, "read_bytes", refuse)
    with pytest.raises(SessionFileError) as caught:
        load_session_and_bytes(path)
    assert caught.value.problems[0].message == t("file.unreadable", error="Permission denied")


def test_syntax_errors_say_where():
    (problem,) = problems_of("format = 1\n[meeting]\ndate = 2026-13-45\n")
    assert (problem.line, problem.column) == (3, 12)
    assert problem.message.startswith(t("file.syntax", error=""))
    assert "(at line" not in problem.message
    (problem,) = problems_of('format = 1\nname = "open\n')
    assert problem.line == 2
    (problem,) = problems_of("format = 1\nx = [1,\n")
    assert problem.line == 3  # at the end of the document: its last line
    assert "end of document" not in problem.message


def test_a_date_is_read_as_a_date():
    text = HEAD.replace("date = 2026-09-03", "date = 2026-09-03\nfollow_up = 2026-10-01")
    assert parse_session(text).meeting.follow_up == date(2026, 10, 1)
    (problem,) = problems_of(text.replace("2026-10-01", "2026-10-01T10:00:00"))
    assert problem.message == t(
        "file.wrong_type", expected=t("type.date"), found=t("type.datetime")
    )


# --- every refusal names the file --------------------------------------------------------------


def test_every_refusal_names_the_file(tmp_path, monkeypatch):
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b"\n\xe9")  # a newline first: line 2, column 1
    for read in (load_session, load_session_and_bytes, toml_format.read_file_text):
        with pytest.raises(SessionFileError) as caught:
            read(bad)
        (problem,) = caught.value.problems
        assert (problem.file, problem.line, problem.column) == (str(bad), 2, 1)
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.toml"
        os.mkfifo(pipe)
        with pytest.raises(SessionFileError) as caught:
            load_session(pipe)
        assert caught.value.problems[0].file == str(pipe)
    big = tmp_path / "groot.toml"
    big.write_bytes(b"#" * int(3.123 * 2**20))
    monkeypatch.setattr(toml_format, "MAX_FILE_BYTES", 2 * 2**20)
    with pytest.raises(SessionFileError) as caught:
        load_session(big)
    (problem,) = caught.value.problems
    assert problem.file == str(big)
    assert problem.message == t("file.too_large", size=3.1, limit=2)
    with pytest.raises(SessionFileError) as caught:
        toml_format.decode_bytes(b"#" * int(3.123 * 2**20), "bytes.toml")
    (problem,) = caught.value.problems
    assert problem.file == "bytes.toml"
    assert problem.message == t("file.too_large", size=3.1, limit=2)


def test_every_kind_of_value_is_named_in_a_wrong_type():
    found = {
        "1.5": "type.float",
        "2026-01-01": "type.date",
        "10:00:00": "type.time",
        "2026-01-01T10:00:00": "type.datetime",
        "{ a = 1 }": "type.table",
        "[1]": "type.array",
        "true": "type.boolean",
        "3": "type.integer",
    }
    for value, key in found.items():
        (problem,) = problems_of(HEAD.replace('name = "Uitvoering"', f"name = {value}"))
        assert problem.message == t("file.wrong_type", expected=t("type.string"), found=t(key))
    (problem,) = problems_of(HEAD.replace("date = 2026-09-03", 'date = "x"'))
    assert problem.message == t("file.wrong_type", expected=t("type.date"), found=t("type.string"))


@pytest.mark.parametrize("previous", ["oud/2026.toml", "oud\\\\2026.toml"])
def test_previous_is_a_file_name_without_a_folder(previous):
    text = HEAD.replace("date = 2026-09-03", f'date = 2026-09-03\nprevious = "{previous}"')
    (problem,) = problems_of(text)
    assert (problem.path, problem.message) == ("meeting.previous", t("file.bad_previous"))
    assert parse_session(text.replace(previous, "2026.toml")).meeting.previous == "2026.toml"


def test_the_fallback_writes_multi_line_strings():
    assert toml_format._toml_line("k", ["a\nb", 3]) == 'k = [\n    """\na\nb""",\n    3,\n]\n'


# --- what never reaches the parser, and what the parser says -----------------------------------


def test_a_key_of_too_many_parts_is_refused_before_parsing(monkeypatch):
    def never(*_args, **_kwargs):
        raise AssertionError("the parser was given the deep key")

    monkeypatch.setattr(toml_format.tomli, "loads", never)
    deep = "x" + ".x" * toml_format.MAX_KEY_PARTS  # one part more than allowed
    for line in (f"{deep} = 1", f"[{deep}]", f"  [[ {deep} ]]", f'"a b".{deep} = 1'):
        with pytest.raises(SessionFileError) as caught:
            parse_session(f"format = 1\n# comment\n{line}\n", "deep.toml")
        (problem,) = caught.value.problems
        assert (problem.file, problem.line, problem.column) == ("deep.toml", 3, 1)
        assert problem.message == t("file.too_deep")


_DOTTED = st.lists(
    st.sampled_from(["x", "a-b", '"q.r"', "'s'", ".", ". ", " ", "\t", "[", "]", "=", "\n", "é"]),
    max_size=60,
)


@given(pieces=st.lists(_DOTTED, max_size=4), dots=st.integers(0, 40))
def test_the_deep_key_search_finds_what_the_whole_text_search_finds(pieces, dots):
    """``_deep_key`` looks only at lines with enough dots; it finds the line the plain search
    of the whole text finds, or none where that finds none."""
    lines = ["".join(piece) for piece in pieces]
    lines.append(".".join(["k"] * dots) + " = 1")
    text = "\n".join(lines)
    found = toml_format._DEEP_KEY.search(text)
    assert toml_format._deep_key(text) == (found.start() if found else None)


def test_a_key_of_the_most_parts_allowed_goes_to_the_parser():
    allowed = ".".join(["x"] * toml_format.MAX_KEY_PARTS)
    problems = problems_of(HEAD.replace("format = 1\n", f"format = 1\n{allowed} = 1\n"))
    assert [p.path for p in problems] == ["x"]
    assert problems[0].message == t("file.unknown_key")
    # a dotted number inside a multi-line string is text, not a key
    text = HEAD.replace('name = "Uitvoering"', 'name = """\n' + "1." * 40 + '1\n"""')
    assert parse_session(text).customer.name.startswith("1.1.")


def test_an_empty_text_and_the_default_name():
    for text in ("", " \n\t\n"):
        with pytest.raises(SessionFileError) as caught:
            parse_session(text, "leeg.toml")
        (problem,) = caught.value.problems
        assert (problem.file, problem.message, problem.line) == ("leeg.toml", t("file.empty"), None)
    with pytest.raises(SessionFileError) as caught:
        parse_session("format = 1\n")
    assert {p.file for p in caught.value.problems} == {"<tekst>"}


def test_the_parser_errors_keep_the_file_name():
    with pytest.raises(SessionFileError) as caught:
        parse_session("format = 1\nx = \n", "s.toml")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column) == ("s.toml", 2, 5)
    assert str(problem).startswith("s.toml:2:5: TOML")
    with pytest.raises(SessionFileError) as caught:
        parse_session("format = 1\nx = [", "s.toml")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column) == ("s.toml", 2, None)
    assert "(at end of document)" not in problem.message


def test_a_number_too_long_for_python_is_a_syntax_problem():
    with pytest.raises(SessionFileError) as caught:
        parse_session("format = 1\nx = " + "9" * 5000 + "\n", "s.toml")
    (problem,) = caught.value.problems
    assert problem.file == "s.toml"
    assert problem.message.startswith(t("file.syntax", error=""))


def test_nesting_too_deep_for_the_parser(monkeypatch):
    def recurse(*_args, **_kwargs):
        raise RecursionError

    monkeypatch.setattr(toml_format.tomli, "loads", recurse)
    with pytest.raises(SessionFileError) as caught:
        parse_session("format = 1\n", "s.toml")
    assert [(p.file, p.message) for p in caught.value.problems] == [("s.toml", t("file.too_deep"))]


def test_a_top_level_problem_has_a_plain_path():
    (problem,) = problems_of(HEAD.replace("format = 1\n", "format = 1\nextra = 1\n"))
    assert problem.path == "extra"
    (problem,) = problems_of(HEAD + "\n[ids]\nitems = 1\n")
    assert problem.path == "ids.items"


def test_a_negative_timebox_is_read_as_none_after_the_first_bad_item():
    text = (
        HEAD
        + '\n[[agenda]]\nid = "3a"\nspent = -5\n\n[[agenda]]\nid = "3b"\ntimebox = -1\n'
        + '\n[[agenda]]\nid = "9z"\n\n[[agenda]]\nid = "3c"\nspent = -2\n'
    )
    problems = problems_of(text)
    assert [p.path for p in problems] == [
        "agenda[1].spent",
        "agenda[2].timebox",
        "agenda[3].id",
        "agenda[4].spent",
    ]


def test_the_parser_s_own_words_are_kept():
    import tomli

    for text in ("format = 1\nx = [", "format = 1\nx = " + "9" * 5000 + "\n"):
        try:
            tomli.loads(text)
        except ValueError as error:  # TOMLDecodeError is one
            words = str(error).replace(" (at end of document)", "")
        (problem,) = problems_of(text)
        assert problem.message == t("file.syntax", error=words)


def test_a_deep_key_after_a_first_empty_line():
    deep = "x" + ".x" * toml_format.MAX_KEY_PARTS
    with pytest.raises(SessionFileError) as caught:
        parse_session(f"\nformat = 1\n{deep} = 1\n", "s.toml")
    assert caught.value.problems[0].line == 3


def test_a_duplicate_script_item_does_not_stop_the_check():
    text = (
        HEAD
        + '\n[[agenda]]\nid = "3a"\n\n[[agenda]]\nid = "3a"\n\n[[agenda]]\nid = "3b"\nspent = -1\n'
    )
    assert [p.path for p in problems_of(text)] == ["agenda[2].id", "agenda[3].spent"]
