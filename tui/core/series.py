"""A series: every meeting of one lineage, side by side, and what the series says as a whole.

A *series* is the chain of session files linked by ``meeting.previous`` (the file name of the
meeting before, looked up beside the file). :func:`find_chain` walks it from any of its meetings,
back along ``previous`` and forward along the files that name the one before as theirs;
:func:`series_figures` then says per meeting how many agreements were kept (the figure of
:mod:`tui.core.compare`, for each meeting against the one before it), how the action register
stood, how many needs, asks and info agreements each step had, what came back, and per step and
per person how many of their actions were done on time. :func:`find_all_series` finds every
series in a folder, for the overview of all organisations.

The files come through a :class:`Folder` (see :mod:`tui.storage.folder`), so this module reads
nothing itself; it asks for the file entries it needs and no others, which keeps ``series FILE``
in a folder of hundreds of sessions as fast as reading its own meetings.

Bad input is reported, never fatal, and the rest is still shown (:class:`SeriesProblem`):

- ``missing``: ``previous`` names a file that is not there; the series starts after it;
- ``loop``: following ``previous`` comes back to a file already seen; the walk stops there;
- ``fork``: two or more files name the same file as their previous. The series follows the branch
  of the file asked for, or else the longest branch (ties: the earliest file name); the other
  files are named in the problem, and every file of the side branch in ``off_chain``;
- ``unreadable``: a file of the series that does not validate. It keeps its place (its
  ``previous`` is read from its text where that line can be read, see the storage layer), its
  problems are listed, and the next meeting is compared with nothing: what it kept and which
  of its actions are new cannot be told across an unreadable meeting (``after_unreadable``; the
  reports say so instead of comparing with an older meeting);
- ``order``: a meeting dated before the meeting it follows up.

Decisions, because every output follows them:

- **Kept** for a meeting is ``compare_sessions(before, meeting).kept``, with ``before`` the
  meeting right before it: the same figure ``compare`` and the summary print. When that meeting
  is unreadable, kept and new are not determinable (None, with the file in ``after_unreadable``).
- **Register per meeting**: the action points in that meeting's file by status; *overdue* is open
  and due before that meeting's date (as compare counts); *new* is not in the meeting before
  (every action of the first meeting is new).
- **What came back** (:class:`Recurring`): ``returned``, an item (need, ask or info agreement) that
  was removed at one meeting and is back at a later one, by its id (put back) or as an item of the
  same kind with much the same words (:func:`similar`: the same theme, typed anew); and
  ``unresolved``, an item that stands unchanged in three or more meetings in a row with an action
  point about it still open at each of them.
- **On time per step and per person** (:class:`OnTime`): every action point of the series once, as
  it stood in the last meeting that has it, counted when it was due by that meeting and not
  dropped; *on time* is compare's ``done_on_time`` group at that meeting.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from tui.core.compare import Comparison, Kept, compare_sessions
from tui.core.model import ITEM_FIELDS, Item, Session
from tui.i18n import t

PROBLEM_KINDS = ("missing", "loop", "fork", "off_chain", "unreadable", "order")
"""The kinds of :class:`SeriesProblem`, in the order they are reported."""

UNRESOLVED_MEETINGS = 3
"""An item is *unresolved* when it stands unchanged, with an open action, in this many meetings."""


@dataclass(frozen=True)
class SeriesFile:
    """A session file as the series sees it: read (``session``) or not (``problems``)."""

    name: str
    """The file name, no folder: what ``previous`` says."""
    label: str = ""
    """How problems name the file (its path as given); the name when empty."""
    session: Session | None = None
    problems: tuple[str, ...] = ()
    """Every problem of a file that does not validate, as ``check`` prints them."""
    previous: str = ""
    """The file before it: the session's ``previous``, or read from the text of a broken file."""
    day: date | None = None
    """The meeting's date, or for a broken file the date its name starts with."""

    @property
    def shown(self) -> str:
        return self.label or self.name


class Folder(Protocol):
    """The files a series is found among (see :class:`tui.storage.folder.SessionFolder`)."""

    def names(self) -> list[str]:
        """Every session file in the folder, by name."""
        ...

    def entry(self, name: str) -> SeriesFile | None:
        """The file called ``name`` (read on first use), or None when there is no such file."""
        ...

    def claimants(self, name: str) -> list[str]:
        """The files that may name ``name`` as their previous (a quick look; checked here)."""
        ...


@dataclass(frozen=True)
class SeriesProblem:
    kind: str
    """One of :data:`PROBLEM_KINDS`."""
    file: str
    """The file it is about (its label)."""
    others: tuple[str, ...] = ()
    """missing: the name it names; loop: the files in the loop; fork and off_chain: the files."""
    details: tuple[str, ...] = ()
    """unreadable: the file's problems as ``check`` prints them."""

    def message(self) -> str:
        """The problem in one line, in the current language."""
        others = ", ".join(self.others)
        if self.kind == "missing":
            return t("series.problem.missing", file=self.file, previous=others)
        if self.kind == "loop":
            return t("series.problem.loop", file=self.file, files=others)
        if self.kind == "fork":
            return t("series.problem.fork", file=self.file, files=others)
        if self.kind == "off_chain":
            return t("series.problem.off_chain", files=others)
        if self.kind == "order":
            return t("series.problem.order", file=self.file, previous=others)
        return t("series.problem.unreadable", file=self.file, count=len(self.details))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file": self.file,
            "others": list(self.others),
            "details": list(self.details),
            "message": self.message(),
        }


@dataclass
class Chain:
    """The files of one series, oldest first, and what is wrong with the links between them."""

    files: list[SeriesFile]
    problems: list[SeriesProblem] = field(default_factory=list)

    @property
    def readable(self) -> list[SeriesFile]:
        return [f for f in self.files if f.session is not None]


# --- finding the chain ---------------------------------------------------------------------------


def _successors(folder: Folder, name: str) -> list[SeriesFile]:
    found = []
    for candidate in folder.claimants(name):
        entry = folder.entry(candidate)
        if entry is not None and entry.previous == name and entry.name != name:
            found.append(entry)
    return sorted(found, key=lambda e: e.name)


def _branch_length(folder: Folder, entry: SeriesFile, seen: set[str]) -> int:
    """How many files follow ``entry`` along its longest branch (loops cut)."""
    longest = 0
    stack: list[tuple[SeriesFile, int, frozenset[str]]] = [(entry, 0, frozenset(seen))]
    while stack:
        current, depth, visited = stack.pop()
        longest = max(longest, depth)
        for nxt in _successors(folder, current.name):
            if nxt.name not in visited:
                stack.append((nxt, depth + 1, visited | {nxt.name}))
    return longest


def find_chain(folder: Folder, start: str) -> Chain:
    """The series that ``start`` (a file name in ``folder``) is a meeting of."""
    first = folder.entry(start)
    if first is None:
        raise KeyError(start)
    problems: list[SeriesProblem] = []
    back = [first]
    seen = {first.name}
    current = first
    while current.previous:
        name = current.previous
        if name in seen:
            loop = [f.shown for f in back[[f.name for f in back].index(name) :]]
            problems.append(SeriesProblem("loop", current.shown, tuple(loop)))
            break
        found = folder.entry(name)
        if found is None:
            problems.append(SeriesProblem("missing", current.shown, (name,)))
            break
        back.append(found)
        seen.add(name)
        current = found
    files = list(reversed(back))
    # forks among the meetings before ``start``: the chain goes on through the file it came from
    for index, entry in enumerate(files[:-1]):
        successors = _successors(folder, entry.name)
        if len(successors) > 1:
            problems.append(_fork(entry, successors))
            problems += _off_chain(folder, successors, files[index + 1].name, seen)
    current = first
    while True:
        successors = [s for s in _successors(folder, current.name) if s.name not in seen]
        if not successors:
            break
        if len(successors) > 1:
            problems.append(_fork(current, successors))
            chosen = max(
                successors, key=lambda s: (_branch_length(folder, s, seen), _negated(s.name))
            )
            problems += _off_chain(folder, successors, chosen.name, seen)
        else:
            chosen = successors[0]
        files.append(chosen)
        seen.add(chosen.name)
        current = chosen
    if any(p.kind == "loop" for p in problems):  # a loop has no first meeting: by date
        files.sort(key=lambda f: (f.day or date.min, f.name))
    for before, after in itertools.pairwise(files):
        if before.day is not None and after.day is not None and after.day < before.day:
            problems.append(SeriesProblem("order", after.shown, (before.shown,)))
    for entry in files:
        if entry.problems:
            problems.append(SeriesProblem("unreadable", entry.shown, details=entry.problems))
    problems.sort(key=lambda p: PROBLEM_KINDS.index(p.kind))
    return Chain(files, problems)


def _negated(name: str) -> tuple[int, ...]:
    """A key that makes ``max`` prefer the earliest name on a tie."""
    return tuple(-ord(c) for c in name)


def _fork(entry: SeriesFile, successors: list[SeriesFile]) -> SeriesProblem:
    return SeriesProblem("fork", entry.shown, tuple(s.shown for s in successors))


def _off_chain(
    folder: Folder, successors: list[SeriesFile], chosen: str, seen: set[str]
) -> list[SeriesProblem]:
    """Every file on the branches not followed (they are not shown: say which)."""
    names: list[str] = []
    stack = [s for s in successors if s.name != chosen]
    visited = set(seen) | {chosen}
    while stack:
        entry = stack.pop()
        if entry.name in visited:
            continue
        visited.add(entry.name)
        names.append(entry.shown)
        stack += _successors(folder, entry.name)
    return [SeriesProblem("off_chain", names[0], tuple(sorted(names)))] if names else []


def find_all_series(folder: Folder) -> list[Chain]:
    """Every series in ``folder``: one chain per group of files linked by ``previous``, each
    followed from its latest meeting (readable ones first). Every file is in one group, so a
    file with problems is in the overview with them, never left out."""
    names = folder.names()
    parent = {name: name for name in names}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    entries = {name: folder.entry(name) for name in names}
    for name, entry in entries.items():
        if entry is not None and entry.previous in parent:
            parent[root(name)] = root(entry.previous)
    groups: dict[str, list[SeriesFile]] = {}
    for name, entry in entries.items():
        if entry is not None:
            groups.setdefault(root(name), []).append(entry)
    chains = []
    for members in groups.values():
        claimed = {m.previous for m in members}
        tips = [m for m in members if m.name not in claimed] or members
        tip = max(tips, key=lambda m: (m.session is not None, m.day or date.min, m.name))
        chain = find_chain(folder, tip.name)
        shown = {f.name for f in chain.files}
        mentioned = {o for p in chain.problems for o in p.others}
        rest = sorted(m.shown for m in members if m.name not in shown and m.shown not in mentioned)
        if rest:
            chain.problems.append(SeriesProblem("off_chain", rest[0], tuple(rest)))
        chains.append(chain)
    return chains


# --- the figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """The action points of one meeting's file by status (see the module docstring)."""

    open: int = 0
    overdue: int = 0
    done: int = 0
    dropped: int = 0
    new: int | None = 0
    """None when the meeting before is unreadable (which actions are new cannot be told)."""


@dataclass
class MeetingFigures:
    """One meeting of the series."""

    file: SeriesFile
    compared_with: str = ""
    """The file it was compared with (the meeting before it), or ``""``."""
    kept: Kept | None = None
    after_unreadable: str = ""
    """The unreadable file right before it: kept and new are then not determinable."""
    register: Register = field(default_factory=Register)
    items: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """Step id -> (needs, asks, info) in this meeting."""

    @property
    def day(self) -> date | None:
        return self.file.day

    @property
    def readable(self) -> bool:
        return self.file.session is not None


@dataclass(frozen=True)
class Recurring:
    """Something that came back (see the module docstring)."""

    kind: str
    """``returned`` or ``unresolved``."""
    item_kind: str
    """``needs``, ``asks`` or ``info``."""
    step: str
    """The step it is in (at its latest meeting)."""
    id: str
    """Its id at its latest meeting."""
    text: str
    """What it says (at its latest meeting)."""
    meetings: tuple[date, ...]
    """The meetings it is in (returned) or unresolved in (unresolved)."""
    gone: date | None = None
    """returned: the meeting it was not in."""
    earlier_id: str = ""
    """returned as a new item: the id it had before."""
    actions: tuple[str, ...] = ()
    """unresolved: the open action points about it at its latest meeting."""


@dataclass(frozen=True)
class OnTime:
    """How many of a step's or a person's action points were done on time."""

    key: str
    """The step id, or the person's name."""
    label: str
    due: int
    done: int
    on_time: int
    overdue: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.on_time / self.due) if self.due else None


@dataclass
class Series:
    """Everything :func:`series_figures` finds."""

    chain: Chain
    organisation: str
    meetings: list[MeetingFigures]
    steps: list[tuple[str, str]]
    """(id, name) of every step in the series: the latest meeting's order, then older steps."""
    recurring: list[Recurring]
    by_step: list[OnTime]
    by_person: list[OnTime]

    @property
    def problems(self) -> list[SeriesProblem]:
        return self.chain.problems

    def step_name(self, step_id: str) -> str:
        if not step_id:
            return t("summary.no_step")
        return dict(self.steps).get(step_id, step_id)

    def to_dict(self) -> dict[str, Any]:
        """The series as JSON-ready data (dates as ISO text), for ``series --format json``."""
        return {
            "organisation": self.organisation,
            "meetings": [_meeting_dict(m) for m in self.meetings],
            "steps": [{"id": i, "name": n} for i, n in self.steps],
            "recurring": [_recurring_dict(r) for r in self.recurring],
            "on_time": {
                "steps": [_on_time_dict(o) for o in self.by_step],
                "people": [_on_time_dict(o) for o in self.by_person],
            },
            "problems": [p.to_dict() for p in self.problems],
        }


def series_json(series: Series) -> str:
    """The series as JSON text (``series --format json``): :meth:`Series.to_dict`, indented."""
    return json.dumps(series.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def kept_dict(kept: Kept | None) -> dict[str, Any] | None:
    if kept is None:
        return None
    return {"done": kept.done, "due": kept.due, "on_time": kept.on_time, "percent": kept.percent}


def not_determinable(unreadable: str) -> str:
    """Why kept (and new) are not given for a meeting after the unreadable file ``unreadable``."""
    return t("series.kept_unknown_reason", file=unreadable)


def _meeting_dict(m: MeetingFigures) -> dict[str, Any]:
    r = m.register
    return {
        "file": m.file.name,
        "date": _iso(m.day),
        "readable": m.readable,
        "compared_with": m.compared_with or None,
        "kept": kept_dict(m.kept),
        "kept_not_determinable": not_determinable(m.after_unreadable)
        if m.after_unreadable
        else None,
        "actions": {
            "open": r.open, "overdue": r.overdue, "done": r.done, "dropped": r.dropped,
            "new": r.new,
        },
        "items": {
            step: {"needs": n, "asks": a, "info": i} for step, (n, a, i) in m.items.items()
        },
    }  # fmt: skip


def _recurring_dict(r: Recurring) -> dict[str, Any]:
    return {
        "kind": r.kind,
        "item_kind": r.item_kind,
        "step": r.step,
        "id": r.id,
        "text": r.text,
        "meetings": [d.isoformat() for d in r.meetings],
        "gone": _iso(r.gone),
        "earlier_id": r.earlier_id or None,
        "actions": list(r.actions),
    }


def _on_time_dict(o: OnTime) -> dict[str, Any]:
    return {
        "key": o.key,
        "label": o.label,
        "due": o.due,
        "done": o.done,
        "on_time": o.on_time,
        "overdue": o.overdue,
        "percent": o.percent,
    }


def series_figures(chain: Chain) -> Series:
    """The figures of the series (see the module docstring)."""
    readable = [(f, f.session) for f in chain.files if f.session is not None]
    comparisons: dict[str, Comparison] = {}
    meetings = []
    before: tuple[SeriesFile, Session] | None = None
    for index, entry in enumerate(chain.files):
        session = entry.session
        if session is None:
            meetings.append(MeetingFigures(entry))
            continue
        figures = MeetingFigures(entry, items=_items(session))
        previous = chain.files[index - 1] if index else None
        if previous is not None and previous.session is None:
            # across an unreadable meeting nothing can be compared: an older meeting's actions
            # would count as kept or new that the meeting in between may have changed
            figures.after_unreadable = previous.name
            figures.register = replace(_register(session, None), new=None)
            meetings.append(figures)
            before = (entry, session)
            continue
        if before is not None:
            comparison = compare_sessions(
                before[1], session, old_name=before[0].name, new_name=entry.name
            )
            comparisons[entry.name] = comparison
            figures.compared_with = before[0].name
            figures.kept = comparison.kept
        figures.register = _register(session, before[1] if before else None)
        meetings.append(figures)
        before = (entry, session)
    latest = readable[-1][1] if readable else None
    series = Series(
        chain=chain,
        organisation=latest.meeting.organisation if latest else "",
        meetings=meetings,
        steps=_steps([s for _f, s in readable]),
        recurring=_recurring(readable),
        by_step=[],
        by_person=[],
    )
    series.by_step, series.by_person = _on_time(series, readable, comparisons)
    return series


def _items(session: Session) -> dict[str, tuple[int, int, int]]:
    return {s.id: (len(s.needs), len(s.asks), len(s.info)) for s in session.steps}


def _register(session: Session, before: Session | None) -> Register:
    day = session.meeting.date
    earlier = {a.id for a in before.actions} if before is not None else set()
    counts = dict.fromkeys(("open", "overdue", "done", "dropped", "new"), 0)
    for action in session.actions:
        if action.status in counts:
            counts[action.status] += 1
        counts["overdue"] += action.is_overdue(day)
        counts["new"] += action.id not in earlier
    return Register(**counts)


def _steps(sessions: Sequence[Session]) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for session in reversed(sessions):
        for step in session.steps:
            found.setdefault(step.id, step.name)
    return list(found.items())


# --- what came back ------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
STOP_WORDS = frozenset(
    (
        *("de", "het", "een", "en", "van", "voor", "met", "niet", "naar", "dat", "die", "dit"),
        *("zijn", "ook", "aan", "bij", "als", "wat", "wordt", "worden", "moet", "moeten", "kan"),
        *("kunnen", "per", "nog", "wel", "geen", "door", "over", "the", "and", "for", "with"),
        *("not", "that", "this", "are", "from", "into"),
    )
)
"""Words that say nothing about a theme, left out when texts are compared (:func:`similar`)."""


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in STOP_WORDS}


def similar(a: str, b: str) -> bool:
    """Whether two texts are about the same thing: at least two telling words in common, and
    those are at least 60% of the shorter text's telling words (word order and small words
    aside). "Materiaal klaarzetten per project" and "Materiaal per project klaarzetten in het
    magazijn" are; "Werkbon dezelfde dag" and "Factuur binnen twee weken" are not."""
    words_a, words_b = _words(a), _words(b)
    if not words_a or not words_b:
        return a.strip().lower() == b.strip().lower() and bool(a.strip())
    common = len(words_a & words_b)
    return common >= min(2, len(words_a), len(words_b)) and common >= 0.6 * min(
        len(words_a), len(words_b)
    )


_Found = tuple[str, str, Item]  # (step id, kind, item)


def _by_id(session: Session) -> dict[str, _Found]:
    return {item.id: (step.id, kind, item) for step, kind, item in session.iter_items()}


def _texts(kind: str, item: Item) -> tuple[str, ...]:
    return tuple(getattr(item, name) for name in ITEM_FIELDS[kind])


def _recurring(readable: list[tuple[SeriesFile, Session]]) -> list[Recurring]:
    sessions = [s for _f, s in readable]
    days = [s.meeting.date for s in sessions]
    items = [_by_id(s) for s in sessions]
    found: list[Recurring] = []
    reported: set[str] = set()
    for index in range(1, len(sessions)):
        for item_id, (_step, kind, item) in items[index - 1].items():
            if item_id in items[index] or item_id in reported:
                continue
            back = _return_of(item_id, kind, item.what, items, index + 1)
            if back is None:
                continue
            later, new_id = back
            new_step, _kind, new_item = items[later][new_id]
            present = tuple(
                days[i] for i in range(len(sessions)) if _has(items[i], item_id, new_id)
            )
            found.append(
                Recurring(
                    "returned", kind, new_step, new_id, new_item.what, present,
                    gone=days[index], earlier_id=item_id if new_id != item_id else "",
                )
            )  # fmt: skip
            reported.update((item_id, new_id))
    found += _unresolved(sessions, items, days)
    return found


def _has(items: dict[str, _Found], *ids: str) -> bool:
    return any(i in items for i in ids)


def _return_of(
    item_id: str, kind: str, what: str, items: list[dict[str, _Found]], start: int
) -> tuple[int, str] | None:
    """The first meeting from ``start`` on where the removed item is back: by its id, or as an
    item of the same kind added there with much the same words."""
    for index in range(start, len(items)):
        if item_id in items[index]:
            return index, item_id
        for other_id, (_step, other_kind, other) in items[index].items():
            if (
                other_kind == kind
                and other_id not in items[index - 1]
                and similar(what, other.what)
            ):
                return index, other_id
    return None


def _unresolved(
    sessions: list[Session], items: list[dict[str, _Found]], days: list[date]
) -> list[Recurring]:
    open_about = [
        _open_actions_about(s) for s in sessions
    ]  # per meeting: item id -> open action ids
    found = []
    ids = {item_id: None for meeting in items for item_id in meeting}
    for item_id in ids:
        run: list[int] = []
        best: list[int] = []
        for index, meeting in enumerate(items):
            entry = meeting.get(item_id)
            unresolved = entry is not None and item_id in open_about[index]
            same = (
                bool(run)
                and entry is not None
                and _texts(entry[1], entry[2])
                == _texts(items[run[-1]][item_id][1], items[run[-1]][item_id][2])
                and run[-1] == index - 1
            )
            if unresolved and (same or not run):
                run.append(index)
            elif unresolved:
                run = [index]
            else:
                run = []
            if len(run) >= len(best):
                best = list(run)
        if len(best) >= UNRESOLVED_MEETINGS:
            last = best[-1]
            step_id, kind, item = items[last][item_id]
            found.append(
                Recurring(
                    "unresolved", kind, step_id, item_id, item.what,
                    tuple(days[i] for i in best), actions=tuple(open_about[last][item_id]),
                )
            )  # fmt: skip
    return found


def _open_actions_about(session: Session) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for action in session.actions:
        if action.status == "open" and action.about:
            found.setdefault(action.about, []).append(action.id)
    return found


# --- on time per step and per person -------------------------------------------------------------


def _on_time(
    series: Series,
    readable: list[tuple[SeriesFile, Session]],
    comparisons: dict[str, Comparison],
) -> tuple[list[OnTime], list[OnTime]]:
    last_seen: dict[str, int] = {}
    for index, (_f, session) in enumerate(readable):
        for action in session.actions:
            last_seen[action.id] = index
    steps: dict[str, list[int]] = {}
    people: dict[str, list[int]] = {}
    own: dict[int, Comparison] = {}
    groups: dict[int, dict[str, str]] = {}
    for action_id, index in last_seen.items():
        entry, session = readable[index]
        action = session.action(action_id)
        day = session.meeting.date
        if action.status == "dropped" or action.due is None or action.due > day:
            continue
        comparison = comparisons.get(entry.name)
        if comparison is None or action_id not in comparison.actions.before:
            # new at its last meeting (or the first one): judged at that meeting on its own
            if index not in own:
                own[index] = compare_sessions(session, session)
            comparison = own[index]
        group = _group_of(comparison, action_id, groups)
        counts = [1, action.status == "done", group == "done_on_time", group == "overdue"]
        for key, table in ((action.step, steps), (action.who, people)):
            totals = table.setdefault(key, [0, 0, 0, 0])
            for i, value in enumerate(counts):
                totals[i] += int(value)
    order = [step_id for step_id, _name in series.steps]
    by_step = [
        OnTime(key, series.step_name(key), *totals)
        for key, totals in sorted(
            steps.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)
        )
    ]
    by_person = [
        OnTime(key, key or t("summary.nobody"), *totals)
        for key, totals in sorted(people.items(), key=lambda kv: kv[0].casefold())
    ]
    return by_step, by_person


def _group_of(comparison: Comparison, action_id: str, cache: dict[int, dict[str, str]]) -> str:
    """The group compare put the action in (``cache``: per comparison, action id -> group)."""
    key = id(comparison)  # the comparisons live as long as the cache
    if key not in cache:
        cache[key] = {
            found: group
            for group in ("done_on_time", "done_late", "overdue", "open")
            for found in comparison.actions.group(group)
        }
    return cache[key].get(action_id, "open")


def kept_at(chain: Chain, entry: SeriesFile) -> tuple[Kept | None, str]:
    """The figure of ``entry`` (a readable meeting of ``chain``) against the meeting right before
    it, as :func:`series_figures` gives it: ``(kept, "")``; ``(None, "")`` for the first meeting;
    ``(None, name)`` when the meeting before, ``name``, is unreadable (not determinable)."""
    names = [f.name for f in chain.files]
    index = names.index(entry.name) if entry.name in names else 0
    if index == 0 or entry.session is None:
        return None, ""
    before = chain.files[index - 1]
    if before.session is None:
        return None, before.name
    return compare_sessions(before.session, entry.session).kept, ""


def kept_at_last(chain: Chain) -> tuple[Kept | None, SeriesFile | None, str]:
    """:func:`kept_at` for the latest readable meeting, and that meeting (for the overview):
    ``(kept, latest, unreadable file before it or "")``; ``(None, None, "")`` when none is read."""
    readable = chain.readable
    if not readable:
        return None, None, ""
    kept, unreadable = kept_at(chain, readable[-1])
    return kept, readable[-1], unreadable
