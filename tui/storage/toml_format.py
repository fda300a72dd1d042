"""Session files: read and validate (``tomli``), write canonically (``tomli-w``).

The contract is ``docs/format.md``. Reading reports *every* problem of a file at once, each with
the file, the path of the key (``steps[2].needs[1].wht``, numbered from 1 like the tables in the
file), the line and column where they can be found, and a "did you mean" for a misspelt key.
Writing is deterministic and local: every table is written on its own, so an edit changes only
the lines of what was edited, and an array of tables is always ``[[...]]``, never inline.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

# tomli is the standard library's tomllib, published on its own with compiled wheels: the same
# parser and messages, three times as fast (a session of 2,000 action points: 32 ms, not 97 ms).
# Where no compiled wheel exists it is the same pure Python as tomllib.
import tomli

from tui.core.model import (
    FORMAT_VERSION,
    ID_KINDS,
    ID_PREFIXES,
    ITEM_FIELDS,
    ITEM_ID_PATTERN,
    ITEM_KINDS,
    SERIES_PATTERN,
    STATUSES,
    STEP_ID_PATTERN,
    Action,
    AgendaItem,
    Customer,
    Feedback,
    Item,
    Meeting,
    Participant,
    Session,
    Step,
)
from tui.core.script import AGENDA_IDS
from tui.core.text import clean_text
from tui.i18n import t

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from typing import Any

    from tui.storage.positions import KeyPositions

# difflib, the key locator (tui.storage.positions) and the atomic writer are imported where they
# are used: a valid file never needs the first two, and ``check`` never writes.

MAX_FILE_BYTES = 8 * 1024 * 1024
"""Larger files are refused: a real session is far below a megabyte."""

HEADER = (
    f"# Interne klanten: session file (format {FORMAT_VERSION}). "
    "Written by interne-klanten; safe to edit by hand.\n"
)


# --- problems ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a session file."""

    file: str
    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        return _visible(text)


_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(text: str) -> str:
    """A problem quotes the file: a key (``"\\u001b]0;x" = 1`` is a valid key, and keys are not
    cleaned like values) or a file name may hold characters that steer the terminal. They are
    shown as ``\\u001b``: visible, so the problem can be found, and harmless."""
    return _INVISIBLE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


class SessionFileError(Exception):
    """A session file that cannot be used; ``problems`` lists everything that is wrong."""

    def __init__(self, problems: list[Problem], *, newer_format: bool = False) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems
        self.newer_format = newer_format

    def __reduce__(self) -> tuple[Callable[..., SessionFileError], tuple[list[Problem], bool]]:
        """Pickled whole (it comes from the child process of :mod:`tui.storage.read_ahead`)."""
        return _file_error, (self.problems, self.newer_format)


def _file_error(problems: list[Problem], newer_format: bool) -> SessionFileError:
    return SessionFileError(problems, newer_format=newer_format)


# --- reading ----------------------------------------------------------------------------------


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read and validate a session file; raises :class:`SessionFileError` with all problems."""
    return parse_session(read_file_text(path), str(path))


def read_file_text(path: str | os.PathLike[str]) -> str:
    """The text of a session file, refusing what is not a sane UTF-8 file."""
    return decode_bytes(read_file_bytes(path), str(path))


def load_session_and_bytes(path: str | os.PathLike[str]) -> tuple[Session, bytes]:
    """The session and the exact bytes it was read from (to notice later outside changes)."""
    data = read_file_bytes(path)
    return parse_session_bytes(data, str(path)), data


def parse_session_bytes(data: bytes, name: str) -> Session:
    """Decode, parse and validate the bytes of a session file (``name``: for the messages)."""
    return parse_session(decode_bytes(data, name), name)


def read_file_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a session file; never more than the size limit, never from a device or a
    pipe (``/dev/zero`` would never end, a named pipe would wait for a writer for ever)."""
    name = str(path)
    try:
        if os.path.isdir(path):
            raise _single(name, t("file.is_directory"))
        info = os.stat(path)  # before opening: opening a named pipe waits for a writer
        if not stat.S_ISREG(info.st_mode):
            raise _single(name, t("file.not_regular"))
        if info.st_size > MAX_FILE_BYTES:
            raise _single(
                name,
                t(
                    "file.too_large",
                    size=round(info.st_size / 2**20, 1),
                    limit=MAX_FILE_BYTES // 2**20,
                ),
            )
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise _single(name, t("file.not_found")) from None
    except OSError as error:
        raise _single(name, t("file.unreadable", error=error.strerror or error)) from None


def decode_bytes(data: bytes, name: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise _single(
            name,
            t("file.too_large", size=round(len(data) / 2**20, 1), limit=MAX_FILE_BYTES // 2**20),
        )
    try:
        # Windows editors put a byte-order mark in front; the parser would call it a syntax error.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise _single(name, t("file.not_utf8", position=error.start), line, column) from None


_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


MAX_KEY_PARTS = 16
"""A session's deepest key has two parts (``steps.needs``). The parser takes time quadratic in
the parts of one dotted key: a single 40 kB key of 20,000 parts takes seconds, one of 4 million
(8 MB) would take days. Such a file is refused before parsing."""
_KEY = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')"""
_DEEP_KEY = re.compile(
    rf"^[ \t]*\[*[ \t]*(?:{_KEY}[ \t]*\.[ \t]*){{{MAX_KEY_PARTS},}}{_KEY}[ \t]*[=\]]", re.MULTILINE
)
"""A line that starts with a key of more than ``MAX_KEY_PARTS`` parts (a text line such as
``1.2.3.4`` inside a multi-line string only matches when an ``=`` or ``]`` follows)."""
_MANY_DOTS = re.compile(rf"\.(?:[^.\n]*\.){{{MAX_KEY_PARTS - 1}}}")
"""``MAX_KEY_PARTS`` dots on one line: what every such key has (its parts are joined by dots).
Searched first, it starts at a dot (a fast scan), where :data:`_DEEP_KEY` starts at every line
and tries each character (0.9 MB: 12.6 ms, against 1.1 ms this way, on a quiet machine)."""


def _deep_key(text: str) -> int | None:
    """Where the first line with a key of too many parts starts (as ``_DEEP_KEY.search``), or
    None. Only a line with that many dots can hold one: only those lines are searched."""
    position = 0
    while (dots := _MANY_DOTS.search(text, position)) is not None:
        start = text.rfind("\n", 0, dots.start()) + 1
        end = text.find("\n", dots.start())
        end = len(text) if end < 0 else end
        found = _DEEP_KEY.search(text, start, end)
        if found is not None:
            return found.start()
        position = end + 1
    return None


def parse_session(text: str, name: str = "<tekst>") -> Session:
    """Parse and validate the text of a session file."""
    if not text.strip():
        raise _single(name, t("file.empty"))
    deep = _deep_key(text)
    if deep is not None:
        raise _single(name, t("file.too_deep"), text.count("\n", 0, deep) + 1, 1)
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        message = str(error)
        line = column = None
        found = _AT_LINE.search(message)
        if found:
            line, column = int(found.group(1)), int(found.group(2))
            message = message[: found.start()]
        elif _AT_END.search(message):
            line = text.count("\n") + 1
            message = _AT_END.sub("", message)
        raise _single(name, t("file.syntax", error=message), line, column) from None
    except RecursionError:
        raise _single(name, t("file.too_deep")) from None
    except ValueError as error:  # a number beyond Python's 4,300-digit limit for int()
        raise _single(name, t("file.syntax", error=error)) from None
    return _Reader(name, text).session(data)


def _single(
    name: str, message: str, line: int | None = None, column: int | None = None
) -> SessionFileError:
    return SessionFileError([Problem(name, "", message, line, column)])


# The schema: per table, each key with its type and whether it must be there. "table" and
# "tables" (an array of tables) are read by their own code below.
STRING, DATE, BOOLEAN, INTEGER, STRINGS, TABLE, TABLES = (
    "string", "date", "boolean", "integer", "array_of_strings", "table", "array_of_tables",
)  # fmt: skip

TOP_KEYS = {
    "format": (INTEGER, True),
    "meeting": (TABLE, True),
    "customer": (TABLE, True),
    "participants": (TABLES, False),
    "steps": (TABLES, False),
    "actions": (TABLES, False),
    "feedback": (TABLES, False),
    "agenda": (TABLES, False),
    "ids": (TABLE, False),
}
MEETING_KEYS = {
    "organisation": (STRING, True),
    "date": (DATE, True),
    "title": (STRING, False),
    "location": (STRING, False),
    "facilitator": (STRING, False),
    "reason": (STRING, False),
    "goal": (STRING, False),
    "follow_up": (DATE, False),
    "previous": (STRING, False),
    "series": (STRING, False),
    "closed": (BOOLEAN, False),
}
CUSTOMER_KEYS = {"name": (STRING, True), "expectations": (STRINGS, False)}
PARTICIPANT_KEYS = {"name": (STRING, True), "role": (STRING, False), "present": (BOOLEAN, False)}
STEP_KEYS = {
    "id": (STRING, True),
    "name": (STRING, True),
    "people": (STRINGS, False),
    "customers": (STRINGS, False),
    "needs": (TABLES, False),
    "asks": (TABLES, False),
    "info": (TABLES, False),
}
ITEM_KEYS = {
    kind: {"id": (STRING, True), **{name: (STRING, name == "what") for name in names}}
    for kind, names in ITEM_FIELDS.items()
}
ACTION_KEYS = {
    "id": (STRING, True),
    "step": (STRING, False),
    "about": (STRING, False),
    "what": (STRING, True),
    "who": (STRING, True),
    "due": (DATE, False),
    "status": (STRING, False),
    "done": (DATE, False),
    "note": (STRING, False),
}
FEEDBACK_KEYS = {"who": (STRING, False), "what": (STRING, True)}
IDS_KEYS = dict.fromkeys(ID_KINDS, (INTEGER, False))
AGENDA_KEYS = {
    "id": (STRING, True),
    "done": (BOOLEAN, False),
    "spent": (INTEGER, False),
    "timebox": (INTEGER, False),
}

NOT_EMPTY = {"id", "name", "organisation", "what"}
"""Keys whose value must be more than blanks (where the table has them as required)."""


def _type_name(value: Any) -> str:
    # bool before int and datetime before date: they are subclasses.
    for kind, name in (
        (bool, "boolean"), (int, "integer"), (float, "float"), (str, "string"),
        (datetime, "datetime"), (date, "date"), (time, "time"), (dict, "table"), (list, "array"),
    ):  # fmt: skip
        if isinstance(value, kind):
            return t(f"type.{name}")
    return type(value).__name__


_CHECKS: dict[str, Callable[[Any], bool]] = {
    STRING: lambda v: isinstance(v, str),
    DATE: lambda v: isinstance(v, date) and not isinstance(v, datetime),
    BOOLEAN: lambda v: isinstance(v, bool),
    INTEGER: lambda v: isinstance(v, int) and not isinstance(v, bool),
    STRINGS: lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    TABLE: lambda v: isinstance(v, dict),
    TABLES: lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v),
}


class _Reader:
    """Validates the parsed TOML and builds the model, collecting every problem on the way."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self._positions: KeyPositions | None = None
        self.problems: list[Problem] = []
        self.seen_ids: dict[str, str] = {}
        self.item_ids: set[str] = set()
        """Every readable id of a need, ask or info table, also of one with a problem of its own
        (a misspelt ``what``): an action's ``about`` naming it is then no second problem."""

    def problem(self, path: str, message: str) -> None:
        if self._positions is None:  # located lazily: a valid file never pays for it
            from tui.storage.positions import KeyPositions

            self._positions = KeyPositions(self.text)
        line, column = self._positions.find(path)
        self.problems.append(Problem(self.name, path, message, line, column))

    def table(self, value: Any, keys: dict[str, tuple[str, bool]], path: str) -> dict[str, Any]:
        """The keys of ``value`` that have the right type (text cleaned); reports the rest."""
        result: dict[str, Any] = {}
        prefix = f"{path}." if path else ""
        for key, item in value.items():
            if key not in keys:
                message = t("file.unknown_key")
                import difflib

                close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.6)
                if close:
                    message += "; " + t("file.did_you_mean", suggestion=close[0])
                self.problem(prefix + key, message)
                continue
            kind, _required = keys[key]
            if not _CHECKS[kind](item):
                self.problem(
                    prefix + key,
                    t("file.wrong_type", expected=t(f"type.{kind}"), found=_type_name(item)),
                )
                continue
            if kind == STRING:
                item = clean_text(item)
                if key in NOT_EMPTY and keys[key][1] and not item.strip():
                    self.problem(prefix + key, t("file.empty_value"))
                    continue
            elif kind == STRINGS:
                item = [clean_text(x) for x in item]
            result[key] = item
        for key, (_kind, required) in keys.items():
            if required and key not in value:
                self.problem(prefix + key, t("file.missing_key"))
        return result

    def tables(
        self, data: dict[str, Any], key: str, keys: dict[str, tuple[str, bool]], path: str
    ) -> list[tuple[str, dict[str, Any]]]:
        """Each table of an array of tables, with its path (numbered from 1)."""
        return [
            (f"{path}[{number}]", self.table(value, keys, f"{path}[{number}]"))
            for number, value in enumerate(data.get(key, []), start=1)
        ]

    # --- the whole file --------------------------------------------------------------------

    def session(self, data: dict[str, Any]) -> Session:
        version = data.get("format")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            message = t("file.newer_format", found=version, known=FORMAT_VERSION)
            self.problem("format", message)
            raise SessionFileError(self.problems, newer_format=True)
        top = self.table(data, TOP_KEYS, "")
        if "format" in top and top["format"] != FORMAT_VERSION:
            self.problem("format", t("file.bad_format_version", value=top["format"]))

        meeting = self.meeting(top.get("meeting"))
        customer = self.customer(top.get("customer"))
        participants = [
            Participant(v["name"], v.get("role", ""), v.get("present", True))
            for _path, v in self.tables(top, "participants", PARTICIPANT_KEYS, "participants")
            if "name" in v
        ]
        steps = self.steps(top)
        actions = self.actions(top, steps)
        feedback = [
            Feedback(v["what"], v.get("who", ""))
            for _path, v in self.tables(top, "feedback", FEEDBACK_KEYS, "feedback")
            if "what" in v
        ]
        agenda = self.agenda(top)
        last_ids = self.last_ids(top.get("ids"))
        if self.problems or meeting is None or customer is None:
            raise SessionFileError(self.problems)
        session = Session(meeting, customer, participants, steps, actions, feedback, agenda)
        present = session.highest_present()
        session.last_ids = {kind: max(present[kind], last_ids.get(kind, 0)) for kind in ID_KINDS}
        return session

    def meeting(self, value: dict[str, Any] | None) -> Meeting | None:
        if value is None:
            return None
        v = self.table(value, MEETING_KEYS, "meeting")
        previous = v.get("previous", "")
        if "/" in previous or "\\" in previous:
            self.problem("meeting.previous", t("file.bad_previous"))
        if "series" in v and not SERIES_PATTERN.match(v["series"]):
            self.problem("meeting.series", t("file.bad_series", value=v.pop("series")))
        if "organisation" not in v or "date" not in v:
            return None
        return Meeting(**v)

    def customer(self, value: dict[str, Any] | None) -> Customer | None:
        if value is None:
            return None
        v = self.table(value, CUSTOMER_KEYS, "customer")
        return Customer(v["name"], v.get("expectations", [])) if "name" in v else None

    def unique_id(self, value: str, path: str) -> bool:
        if value in self.seen_ids:
            self.problem(path, t("file.duplicate_id", value=value, other=self.seen_ids[value]))
            return False
        self.seen_ids[value] = path
        return True

    def steps(self, top: dict[str, Any]) -> list[Step]:
        steps: list[Step] = []
        step_ids: dict[str, str] = {}
        for path, v in self.tables(top, "steps", STEP_KEYS, "steps"):
            step_id = v.get("id")
            if step_id is not None:
                if not STEP_ID_PATTERN.match(step_id):
                    self.problem(f"{path}.id", t("file.bad_id", value=step_id))
                elif step_id in step_ids:
                    self.problem(
                        f"{path}.id", t("file.duplicate_id", value=step_id, other=step_ids[step_id])
                    )
                else:
                    step_ids[step_id] = f"{path}.id"
            step = Step(
                id=step_id or "",
                name=v.get("name", ""),
                people=v.get("people", []),
                customers=v.get("customers", []),
            )
            for kind in ITEM_KINDS:
                for item_path, item in self.tables(v, kind, ITEM_KEYS[kind], f"{path}.{kind}"):
                    if "id" in item:
                        self.item_ids.add(item["id"])
                    if (
                        "id" in item
                        and self.item_id(item["id"], kind, f"{item_path}.id")
                        and "what" in item
                    ):
                        step.items(kind).append(Item(**item))
            steps.append(step)
        return steps

    def item_id(self, value: str, kind: str, path: str) -> bool:
        match = ITEM_ID_PATTERN.match(value)
        if not match or match.group(1) != ID_PREFIXES[kind]:
            self.problem(path, t("file.bad_item_id", value=value, prefix=ID_PREFIXES[kind]))
            return False
        return self.unique_id(value, path)

    def actions(self, top: dict[str, Any], steps: list[Step]) -> list[Action]:
        step_ids = [step.id for step in steps]
        actions = []
        for path, v in self.tables(top, "actions", ACTION_KEYS, "actions"):
            if "id" in v and not self.item_id(v["id"], "actions", f"{path}.id"):
                v.pop("id")
            if v.get("step") and v["step"] not in step_ids:
                choices = ", ".join(step_ids) or "-"
                self.problem(
                    f"{path}.step", t("file.unknown_step", value=v["step"], choices=choices)
                )
            if v.get("about") and v["about"] not in self.item_ids:
                self.problem(f"{path}.about", t("file.unknown_about", value=v["about"]))
            if "status" in v and v["status"] not in STATUSES:
                choices = ", ".join(STATUSES)
                self.problem(
                    f"{path}.status", t("file.bad_status", value=v["status"], choices=choices)
                )
            if all(key in v for key in ("id", "what", "who")):
                actions.append(Action(**v))
        return actions

    def agenda(self, top: dict[str, Any]) -> list[AgendaItem]:
        found: dict[str, AgendaItem] = {}
        for path, v in self.tables(top, "agenda", AGENDA_KEYS, "agenda"):
            item_id = v.get("id")
            if item_id is None:
                continue
            if item_id not in AGENDA_IDS:
                choices = ", ".join(AGENDA_IDS)
                self.problem(f"{path}.id", t("file.unknown_agenda", value=item_id, choices=choices))
                continue
            if item_id in found:
                self.problem(f"{path}.id", t("file.duplicate_id", value=item_id, other="agenda"))
                continue
            for key in ("spent", "timebox"):
                if v.get(key, 0) < 0:
                    self.problem(f"{path}.{key}", t("file.negative"))
                    v[key] = 0
            found[item_id] = AgendaItem(**v)
        # written in the script's order, whatever order a hand edit left
        return [found[i] for i in AGENDA_IDS if i in found and not found[i].is_blank()]

    def last_ids(self, value: dict[str, Any] | None) -> dict[str, int]:
        if value is None:
            return {}
        v = self.table(value, IDS_KEYS, "ids")
        for kind, number in list(v.items()):
            if number < 0:
                self.problem(f"ids.{kind}", t("file.negative"))
                del v[kind]
        return v


# --- writing ----------------------------------------------------------------------------------

_C1 = re.compile("[\x80-\x9f]")


def _escape_c1(text: str) -> str:
    """tomli-w escapes C0 and DEL but writes C1 controls (``\\x9b``, a terminal's CSI) raw.

    They can only be inside string values here (every key is fixed), where ``\\u009b`` means the
    same; so a control character is never written raw, even one that bypassed the cleaning."""
    return _C1.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


# tomli-w writes a string one character at a time in Python; a session is mostly strings, so the
# common values are written here, byte for byte as ``tomli_w.dumps(..., multiline_strings=True)``
# followed by ``_escape_c1`` writes them (about three times faster), and anything else by tomli-w.
_ESCAPES = {"\b": "\\b", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_TO_ESCAPE = re.compile('[\x00-\x08\x0a-\x1f"\\\\\x7f-\x9f]')
"""What tomli-w escapes in a basic string (C0 but tab, quote, backslash, DEL), and C1."""
_TO_ESCAPE_MULTILINE = re.compile('[\x00-\x08\x0b-\x1f"\\\\\x7f-\x9f]')
"""The same in a multi-line string, where a newline stays a newline."""


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def _toml_string(text: str) -> str:
    if "\n" in text:
        return '"""\n' + _TO_ESCAPE_MULTILINE.sub(_escape, text.replace("\r\n", "\n")) + '"""'
    return '"' + _TO_ESCAPE.sub(_escape, text) + '"'


def _toml_line(key: str, value: Any) -> str:
    """``key = value`` and a newline, as tomli-w writes it (and C1 controls escaped)."""
    kind = type(value)
    if kind is str:
        return f"{key} = {_toml_string(value)}\n"
    if kind is bool:
        return f"{key} = {'true' if value else 'false'}\n"
    if kind is int or kind is date:
        return f"{key} = {value}\n"
    if kind is list and value and all(type(x) is str for x in value):
        return f"{key} = [\n" + "".join(f"    {_toml_string(x)},\n" for x in value) + "]\n"
    import tomli_w  # anything else, and refusing what TOML cannot hold, as tomli-w does

    return _escape_c1(tomli_w.dumps({key: value}, multiline_strings=True))


def dumps_session(session: Session) -> str:
    """The canonical text of a session: same session, same bytes."""
    out: list[str] = [HEADER, f"format = {FORMAT_VERSION}\n"]

    def table(header: str, pairs: dict[str, Any], keep: tuple[str, ...] = ()) -> None:
        """One table: its header and its non-empty values (``keep``: required, even if empty)."""
        out.append(f"\n{header}\n")
        out.extend(
            _toml_line(k, v) for k, v in pairs.items() if k in keep or v not in (None, "", [])
        )

    m = session.meeting
    table(
        "[meeting]",
        {
            "organisation": m.organisation,
            "date": m.date,
            "title": m.title,
            "location": m.location,
            "facilitator": m.facilitator,
            "reason": m.reason,
            "goal": m.goal,
            "follow_up": m.follow_up,
            "previous": m.previous,
            "series": m.series,
            "closed": m.closed,
        },
    )
    table(
        "[customer]", {"name": session.customer.name, "expectations": session.customer.expectations}
    )
    for p in session.participants:
        table("[[participants]]", {"name": p.name, "role": p.role, "present": p.present})
    for step in session.steps:
        table(
            "[[steps]]",
            {"id": step.id, "name": step.name, "people": step.people, "customers": step.customers},
        )
        for kind in ITEM_KINDS:
            for item in step.items(kind):
                table(
                    f"[[steps.{kind}]]",
                    {"id": item.id, **{name: getattr(item, name) for name in ITEM_FIELDS[kind]}},
                )
    for a in session.actions:
        table(
            "[[actions]]",
            {
                "id": a.id,
                "step": a.step,
                "about": a.about,
                "what": a.what,
                "who": a.who,
                "due": a.due,
                "status": a.status,
                "done": a.done,
                "note": a.note,
            },
            keep=("who",),
        )
    for f in session.feedback:
        table("[[feedback]]", {"who": f.who, "what": f.what})
    for agenda_item in session.agenda:
        table(
            "[[agenda]]",
            {
                "id": agenda_item.id,
                "done": agenda_item.done or None,
                "spent": agenda_item.spent or None,
                "timebox": agenda_item.timebox or None,
            },
        )
    present = session.highest_present()
    remembered = {
        kind: number for kind, number in session.last_ids.items() if number > present.get(kind, 0)
    }
    if remembered:
        table("[ids]", {kind: remembered[kind] for kind in ID_KINDS if kind in remembered})
    return "".join(out)


def save_session(session: Session, path: str | os.PathLike[str]) -> str:
    """Write the session atomically; returns the text written."""
    from tui.storage.atomic import atomic_write

    text = dumps_session(session)
    atomic_write(path, text.encode("utf-8"))
    return text
