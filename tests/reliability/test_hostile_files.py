"""Loading hostile files never crashes and never hangs: whatever the bytes, ``load_session``
returns a session or raises ``SessionFileError`` with a message, quickly.

The fuzz tests (hypothesis) feed it random and mutated text, random and mutated bytes, and
random TOML documents built from the format's own keys (to get past the parser into the
validator). Their example counts are printed with ``-s``.
"""

from __future__ import annotations

import os
import pathlib
import string
import threading
from datetime import date

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.app.helpers import FOLLOW_UP
from tests.support import PATIENCE
from tui.storage import toml_format
from tui.storage.toml_format import SessionFileError, load_session

VALID = FOLLOW_UP.read_text(encoding="utf-8")
HEAD = 'format = 1\n[meeting]\norganisation = "X"\ndate = 2026-01-01\n[customer]\nname = "K"\n'
EXAMPLES = 300
COUNTS: dict[str, int] = {}


def load_within(path, seconds: float = PATIENCE):
    """``load_session(path)``, failing the test (instead of hanging it) after ``seconds``: a
    guard against a hang (a fifo, a device, a parser stuck for days), never a claim about speed."""
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["session"] = load_session(path)
        except BaseException as error:
            result["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"load_session({path}) still runs after {seconds} s"
    return result


def assert_refused(path) -> SessionFileError:
    result = load_within(path)
    error = result.get("error")
    assert isinstance(error, SessionFileError), f"expected SessionFileError, got {error!r}"
    assert error.problems and all(str(problem).strip() for problem in error.problems)
    return error


def only_clean_errors(path) -> None:
    result = load_within(path)
    error = result.get("error")
    if error is not None:
        assert isinstance(error, SessionFileError), f"{type(error).__name__} escaped: {error!r}"
        assert str(error).strip() and error.problems


HOSTILE = {
    "deep_arrays": "x = " + "[" * 5000 + "]" * 5000,
    "deep_tables": "x = " + "{a = " * 3000 + "1" + "}" * 3000,
    "deep_dotted_keys": "x" + ".x" * 20000 + " = 1\n",
    "lone_surrogate_escape": HEAD.replace('"X"', '"\\ud800"'),
    "nul_byte": HEAD.replace('"X"', '"a\x00b"'),
    "nul_in_comment": "# \x00\n" + HEAD,
    "duplicate_table": HEAD + "[meeting]\n",
    "duplicate_key": HEAD.replace('name = "K"', 'name = "K"\nname = "L"'),
    "huge_integer": "format = " + "9" * 5000 + "\n",
    "impossible_date": HEAD.replace("2026-01-01", "2026-02-30"),
    "format_is_a_table": "[format]\nx = 1\n",
    "steps_is_a_string": HEAD + 'steps = "x"\n',
    "actions_of_strings": HEAD.replace("format = 1\n", 'format = 1\nactions = ["a"]\n'),
    "datetime_for_date": HEAD.replace("2026-01-01", "2026-01-01T10:00:00"),
    "newer_format": HEAD.replace("format = 1", "format = 99"),
    "empty": "",
    "only_blanks": " \n\t\n",
    "half_a_file": VALID[: len(VALID) // 2],
    "byte_order_mark_twice": "\ufeff\ufeff" + HEAD,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_is_refused_with_a_message(name, tmp_path):
    path = tmp_path / f"{name}.toml"
    path.write_text(HOSTILE[name], encoding="utf-8", errors="surrogatepass")
    error = assert_refused(path)
    if name == "lone_surrogate_escape":  # tomllib itself refuses it: no U+FFFD needed
        assert "Unicode scalar value" in str(error)


def test_invalid_utf8_and_binary_files_are_refused(tmp_path):
    for number, data in enumerate(
        [b"\xff\xfe\x00\x00", HEAD.encode()[:-5] + b"\xc3(", os.urandom(4096)]
    ):
        path = tmp_path / f"b{number}.toml"
        path.write_bytes(data)
        assert_refused(path)


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.toml"
    with open(path, "wb") as handle:  # sparse: no 50 MB of real writing
        handle.truncate(50 * 2**20)

    def never(self):
        raise AssertionError("a file over the limit was read")

    monkeypatch.setattr(pathlib.Path, "read_bytes", never)
    error = assert_refused(path)
    assert "50.0" in str(error) and "MB" in str(error)


def test_a_key_of_millions_of_parts_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    """tomllib needs time quadratic in the parts of a dotted key: days for this one. So it never
    gets it: the key is recognised first, and the file refused on the line where it starts."""
    parts = toml_format.MAX_FILE_BYTES // 2 - 100
    path = tmp_path / "deep.toml"
    path.write_text("format = 1\n# a comment\n" + "x" + ".x" * parts + " = 1\n")

    def never(text, *args, **kwargs):
        raise AssertionError(f"the parser was given a key of {parts:,} parts")

    monkeypatch.setattr(toml_format.tomli, "loads", never)
    error = assert_refused(path)
    assert "diep" in str(error)
    (problem,) = error.problems
    assert problem.line == 3


def test_a_key_of_the_deepest_allowed_parts_still_goes_to_the_parser(tmp_path):
    """The guard above refuses only keys longer than any session has (``MAX_KEY_PARTS``)."""
    path = tmp_path / "deep.toml"
    path.write_text(VALID + "\n" + ".".join(["x"] * toml_format.MAX_KEY_PARTS) + " = 1\n")
    error = assert_refused(path)
    assert "diep" not in str(error) and "onbekende sleutel" in str(error)


def test_a_huge_string_within_the_limit_loads(tmp_path):
    size = toml_format.MAX_FILE_BYTES - 200
    path = tmp_path / "long.toml"
    path.write_text(HEAD.replace('"X"', '"' + "x" * size + '"'))
    result = load_within(path)
    assert result["session"].meeting.organisation == "x" * size


def test_thousands_of_items_load_and_thousands_of_problems_are_reported(tmp_path):
    many = VALID + "".join(
        f'\n[[actions]]\nid = "a{1000 + n}"\nwhat = "x"\nwho = "y"\n' for n in range(20000)
    )
    path = tmp_path / "many.toml"
    path.write_text(many)
    result = load_within(path)
    assert len(result["session"].actions) == len(load_session(FOLLOW_UP).actions) + 20000
    bad = VALID + "".join(f'\n[[actions]]\nid = "a{1000 + n}"\nwht = "x"\n' for n in range(5000))
    path.write_text(bad)
    error = assert_refused(path)
    assert len(error.problems) >= 5000


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_what_is_not_a_file_is_refused_without_waiting(kind, tmp_path):
    if kind == "fifo":
        path = tmp_path / "pipe.toml"
        os.mkfifo(path)  # opening it would wait for a writer for ever
    elif kind == "device":
        path = pathlib.Path("/dev/zero")  # reading it would never end
        if not path.exists():
            pytest.skip("no /dev/zero")
    else:
        path = tmp_path
    assert_refused(path)


# --- fuzzing ---------------------------------------------------------------------------------

TOML_CHARS = (
    string.ascii_letters + string.digits + "[]{}=\"'\\.,#-_:+ \t\n\r\x00\x1b\x7f\x9b\u202e\ud800é"
)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,  # the same examples on every machine and run
    derandomize=True,
)


def mutate(base: str, edits: list[tuple[int, int, str]]) -> str:
    text = base
    for position, delete, insert in edits:
        position %= len(text) + 1
        text = text[:position] + insert + text[position + delete :]
    return text


edits = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 20), st.text(TOML_CHARS, max_size=12)),
    max_size=8,
)


@FUZZ
@given(
    st.one_of(
        st.text(TOML_CHARS, max_size=400),
        edits.map(lambda e: mutate(VALID, e)),
        edits.map(lambda e: mutate(HEAD, e)),
    )
)
def test_fuzz_text(tmp_path_factory, text):
    COUNTS["text"] = COUNTS.get("text", 0) + 1
    path = tmp_path_factory.getbasetemp() / "fuzz-text.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    only_clean_errors(path)


byte_edits = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 20), st.binary(max_size=12)), max_size=8
)


def mutate_bytes(base: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    data = base
    for position, delete, insert in edits:
        position %= len(data) + 1
        data = data[:position] + insert + data[position + delete :]
    return data


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=600),
        byte_edits.map(lambda e: mutate_bytes(VALID.encode(), e)),
        byte_edits.map(lambda e: mutate_bytes(b"\xef\xbb\xbf" + HEAD.encode(), e)),
    )
)
def test_fuzz_bytes(tmp_path_factory, data):
    COUNTS["bytes"] = COUNTS.get("bytes", 0) + 1
    path = tmp_path_factory.getbasetemp() / "fuzz-bytes.toml"
    path.write_bytes(data)
    only_clean_errors(path)


KEYS = [
    "format", "meeting", "customer", "participants", "steps", "actions", "feedback", "agenda",
    "ids", "organisation", "date", "title", "follow_up", "previous", "closed", "name",
    "expectations", "role", "present", "id", "people", "customers", "needs", "asks", "info",
    "what", "when", "why", "who", "due", "status", "done", "note", "step", "about", "spent",
    "timebox", "x",
]  # fmt: skip
scalars = st.one_of(
    st.integers(-(2**63), 2**63 - 1),
    st.booleans(),
    st.text(max_size=20),
    st.sampled_from(["open", "done", "dropped", "n1", "a1", "aanvraag", "1", "", "opname"]),
    st.dates(min_value=date(1, 1, 1)),
    st.floats(allow_nan=False),
)
documents = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS), children, max_size=6)
    ),
    max_leaves=40,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(KEYS), documents, max_size=8), st.booleans())
def test_fuzz_documents(tmp_path_factory, document, with_format):
    """Valid TOML with the format's own keys and wrong shapes: the validator's turn."""
    COUNTS["documents"] = COUNTS.get("documents", 0) + 1
    if with_format:
        document["format"] = 1
    try:
        text = tomli_w.dumps(document)
    except (TypeError, ValueError):
        return  # not expressible in TOML (a list of mixed tables and values, for example)
    path = tmp_path_factory.getbasetemp() / "fuzz-document.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    only_clean_errors(path)


def test_fuzz_counts_are_reported():
    """Runs after the fuzz tests in this file (pytest keeps the order): the figures, with -s."""
    print(f"\nfuzz examples run: {COUNTS}")
    assert all(count >= EXAMPLES * 0.9 for count in COUNTS.values()) or not COUNTS
