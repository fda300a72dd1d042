"""Round trip: any valid session saves, loads back equal, and saves again to the same bytes."""

from __future__ import annotations

import re
import tomllib

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tui.core.model import (
    ID_KINDS,
    ID_PREFIXES,
    ITEM_FIELDS,
    ITEM_KINDS,
    STATUSES,
    Action,
    AgendaItem,
    Customer,
    Feedback,
    Item,
    Meeting,
    Participant,
    Session,
    Step,
    new_series_id,
)
from tui.core.script import AGENDA_IDS
from tui.core.text import clean_text
from tui.storage.toml_format import (
    HEADER,
    decode_bytes,
    dumps_session,
    load_session,
    parse_session,
    save_session,
)

from .conftest import build_session

# --- a strategy for valid sessions --------------------------------------------------------------

NASTY = [
    "[bold]x[/]",
    "[link=file:///etc]x",
    "[@click=app.quit]quit[/]",
    ":warning:",
    "Unit [/]",
    "[$var]",
    '"',
    '""',
    '"""',
    '""""',
    "'''",
    "\\",
    "\\n",
    "\\u001b",
    "trailing backslash \\",
    "a\nb",
    "\n",
    "\n\n",
    "line\n",
    "\tindented\n\ttext",
    "é € – 日本 🙂 \u00a0 \u200b \ufeff",
    "# not a comment",
    'key = "value"',
    "[[actions]]",
    "\ufffd",
]

clean = st.text().map(clean_text)
text = st.one_of(
    clean,
    st.sampled_from(NASTY),
    st.lists(st.one_of(clean, st.sampled_from(NASTY)), max_size=5).map("".join),
)
visible = st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")).filter(
    lambda c: clean_text(c).strip() == c
)
required = st.builds(lambda a, c, b: a + c + b, text, visible, text)
"""Text that is more than blanks: what a required key needs."""
file_name = text.map(lambda s: s.replace("/", "").replace("\\", ""))
dates = st.dates()
step_id = st.builds(lambda a, b: a + b, st.sampled_from("az09"), st.text("abz09-", max_size=8))
id_number = st.one_of(st.integers(1, 30), st.integers(1, 999_999_999))
lists = st.lists(text, max_size=3)
series = st.one_of(
    st.just(""),
    st.from_regex(r"[a-z0-9][a-z0-9-]{0,79}", fullmatch=True),
    st.builds(new_series_id, dates),
)
"""``meeting.series``: none (a file from before the key), any valid id, or one the program makes."""


@st.composite
def sessions(draw) -> Session:
    meeting = Meeting(
        organisation=draw(required),
        date=draw(dates),
        title=draw(text),
        location=draw(text),
        facilitator=draw(text),
        reason=draw(text),
        goal=draw(text),
        follow_up=draw(st.none() | dates),
        previous=draw(file_name),
        closed=draw(st.booleans()),
        series=draw(series),
    )
    customer = Customer(draw(required), draw(lists))
    participants = draw(st.lists(st.builds(Participant, required, text, st.booleans()), max_size=3))
    steps = []
    for sid in draw(st.lists(step_id, unique=True, max_size=4)):
        step = Step(sid, draw(required), draw(lists), draw(lists))
        for kind in ITEM_KINDS:
            for _ in range(draw(st.integers(0, 2))):
                values = {
                    name: draw(required if name == "what" else text) for name in ITEM_FIELDS[kind]
                }
                step.items(kind).append(Item(id="", **values))
        steps.append(step)
    for kind in ITEM_KINDS:
        items = [item for step in steps for item in step.items(kind)]
        numbers = draw(st.lists(id_number, min_size=len(items), max_size=len(items), unique=True))
        for item, number in zip(items, numbers, strict=True):
            item.id = f"{ID_PREFIXES[kind]}{number}"
    step_ids = [step.id for step in steps]
    item_ids = [item.id for step in steps for kind in ITEM_KINDS for item in step.items(kind)]
    count = draw(st.integers(0, 4))
    numbers = draw(st.lists(id_number, min_size=count, max_size=count, unique=True))
    actions = [
        Action(
            id=f"a{number}",
            what=draw(required),
            who=draw(text),
            step=draw(st.sampled_from(["", *step_ids])),
            about=draw(st.sampled_from(["", *item_ids])),
            due=draw(st.none() | dates),
            status=draw(st.sampled_from(STATUSES)),
            done=draw(st.none() | dates),
            note=draw(text),
        )
        for number in numbers
    ]
    feedback = draw(st.lists(st.builds(Feedback, required, text), max_size=3))
    agenda_ids = draw(st.lists(st.sampled_from(AGENDA_IDS), unique=True, max_size=4))
    agenda = [
        AgendaItem(i, draw(st.booleans()), draw(st.integers(0, 10**6)), draw(st.integers(1, 600)))
        for i in AGENDA_IDS
        if i in agenda_ids
    ]
    session = Session(meeting, customer, participants, steps, actions, feedback, agenda)
    session.last_ids = draw(
        st.fixed_dictionaries({}, optional={kind: st.integers(0, 999_999_999) for kind in ID_KINDS})
    )
    return session


STRINGS = re.compile(r'"""(?:[^"\\]|\\.)*"""|"(?:[^"\\\n]|\\.)*"', re.S)
"""A written string value (tomli-w escapes every quote inside one, so none ends early)."""


# --- the round trip -----------------------------------------------------------------------------


@given(sessions())
@example(build_session())
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_round_trip(session):
    text = dumps_session(session)
    data = text.encode("utf-8")  # always encodable: no lone surrogates reach the file
    loaded = parse_session(decode_bytes(data, "s.toml"), "s.toml")
    assert loaded == session
    assert loaded.highest_issued() == session.highest_issued()
    assert dumps_session(loaded) == text
    # Text stays text: no raw control character other than newline (and tab inside strings).
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    assert text.startswith(HEADER + "format = 1\n\n[meeting]\n")
    assert text.endswith("\n") and not text.endswith("\n\n")
    # Every array of tables is written as [[...]] headers, one per table, never inline. Text may
    # hold "[[actions]]" or "{", so look at the file with every string value blanked out.
    outside = STRINGS.sub('""', text)
    assert "{" not in outside
    raw = tomllib.loads(text)
    for key in ("participants", "steps", "actions", "feedback"):
        assert len(raw.get(key, [])) == len(re.findall(rf"^\[\[{key}\]\]$", outside, re.M))
    for kind in ITEM_KINDS:
        written = sum(len(step.get(kind, [])) for step in raw.get("steps", []))
        assert written == len(re.findall(rf"^\[\[steps\.{kind}\]\]$", outside, re.M))


def test_round_trip_through_a_file(session, tmp_path):
    session.steps[0].needs[0].why = 'Twee regels\nmet "quotes", \\ en """ en [bold]x[/] :warning:\n'
    session.last_ids = {"needs": 12, "actions": 2}
    path = tmp_path / "s.toml"
    written = save_session(session, path)
    assert path.read_bytes() == written.encode("utf-8")
    loaded = load_session(path)
    assert loaded == session
    assert loaded.highest_issued() == {"needs": 12, "asks": 1, "info": 1, "actions": 4}
    save_session(loaded, path)
    assert path.read_bytes() == written.encode("utf-8")


def test_same_content_same_bytes(session):
    assert dumps_session(session) == dumps_session(build_session())


def test_multiline_text_is_a_multiline_string(session):
    session.meeting.reason = "Eerste regel.\nTweede regel.\nDerde regel."
    text = dumps_session(session)
    assert 'reason = """\nEerste regel.\nTweede regel.\nDerde regel."""\n' in text


def test_control_characters_in_the_model_are_escaped_never_raw(session):
    """The model is cleaned on every way in; should one slip through, the file still holds none."""
    session.meeting.title = "a\x1b[2Jb\x00\x7f\x9b"
    text = dumps_session(session)
    assert 'title = "a\\u001b[2Jb\\u0000\\u007f\\u009b"' in text
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    assert parse_session(text).meeting.title == "a[2Jb"  # and reading cleans it


def test_fixed_key_and_table_order(session):
    session.meeting.location = "Kantoor"
    session.meeting.goal = "Doel"
    session.meeting.previous = "2026-06-01-jansen.toml"
    session.steps[0].customers = ["Piet"]
    session.actions[1].about = "n2"
    session.actions[1].done = session.actions[1].due
    session.actions[1].note = "Notitie"
    session.last_ids = {"info": 9, "needs": 8}
    text = dumps_session(session)
    order = {
        "[meeting]": (
            "organisation date title location facilitator reason goal follow_up previous closed"
        ),
        "[customer]": "name expectations",
        "[[participants]]": "name role present",
        "[[steps]]": "id name people customers",
        "[[steps.needs]]": "id what when why",
        "[[steps.asks]]": "id what when",
        "[[steps.info]]": "id what",
        "[[actions]]": "id step about what who due status done note",
        "[[feedback]]": "who what",
        "[ids]": "needs asks info actions",
    }
    headers = []
    for block in text.split("\n\n")[1:]:
        header, *lines = block.strip("\n").split("\n")
        headers.append(header)
        keys = [
            line.split(" = ")[0] for line in lines if " = " in line and not line.startswith(" ")
        ]
        expected = [key for key in order[header].split() if key in keys]
        assert keys == expected, header
    assert headers == [
        "[meeting]", "[customer]", "[[participants]]", "[[participants]]",
        "[[steps]]", "[[steps.needs]]", "[[steps.asks]]", "[[steps.info]]",
        "[[steps]]", "[[steps.needs]]", "[[steps.needs]]", "[[steps]]",
        "[[actions]]", "[[actions]]", "[[actions]]", "[[actions]]", "[[feedback]]", "[ids]",
    ]  # fmt: skip


def test_blank_lines_and_lists(session):
    text = dumps_session(session)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.startswith("["):
            assert lines[number - 1] == "" and lines[number - 2] != "", number
        elif line == "" and number + 1 < len(lines) - 1:
            assert lines[number + 1].startswith("["), number
    assert 'expectations = [\n    "Werk naar tevredenheid",\n    "Volgens afspraak",\n]\n' in text


def test_empty_optional_values_are_left_out(session):
    text = dumps_session(session)
    assert "location" not in text and "goal" not in text and "previous" not in text
    assert "customers" not in text and 'about = ""' not in text
    # who is required: written even when empty
    session.actions[0].who = ""
    assert 'who = ""' in dumps_session(session)
    assert parse_session(dumps_session(session)) == session
