"""The burst typist: every capture path typed as one burst of keys, in a real terminal.

The installed command runs in tmux (a server of its own, 80x24) on a copy of an example session.
Each burst is **one** ``tmux send-keys`` call: the keys reach the app as fast as a terminal can
deliver them, the way a fast typist or a paste of keys does. Bursts follow each other without a
pause. Then the session file is read back (polled until it holds what was typed; the app saves
within about a second) and compared **as a whole** with the original plus what the bursts should
have added: the typed texts in the right fields of the right items, and nothing else anywhere.

The key gate (``tui/app/key_gate.py``) is what makes this hold: input is handled one event at a
time, each after the screen has settled, so a burst lands exactly where the same keys typed
slowly would. The test runs twice: on an idle machine, and while two busy loops keep both cores
of the machine busy (with half as many bursts on each path, see ``BUSY_SHARE``).

Per path the test counts the bursts sent, the ones *lost* (their text is nowhere in the file)
and the *misrouted* ones (the text is there, but in another field or item, or the file holds
something extra), prints a table (``pytest -s``) and asserts that nothing was lost or misrouted.

The random bursts leave screens with the function keys. ``Escape`` gets tests of its own (the
last ones): a terminal sends the escape key as the one byte that also starts every escape
sequence, and Textual's parser read an escape with keys right behind it in one burst as one
unknown sequence, handed on with the escape turned into a "^" (``EscapeFirstParser`` in
``tui/app/textual_internals.py`` reads them as the keys typed).
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import os
import random
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tui.core.model import Action, AgendaItem, Feedback, Item, Participant, Session, Step
from tui.core.script import AGENDA_IDS
from tui.core.text import slugify
from tui.storage.toml_format import dumps_session, load_session

ROOT = Path(__file__).resolve().parents[2]
SESSIONS = ROOT / "sessions"
FOLLOW_UP = SESSIONS / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
FIRST = SESSIONS / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
WIDTH, HEIGHT = 80, 24
BUSY_SHARE = 2
"""The busy run types 1/BUSY_SHARE of the idle run's bursts, on every path the same kinds: on a
loaded machine each takes twice as long, and the busy loops slow every other test as well."""
PATIENCE = 30.0
"""Seconds before a wait gives up: reached only when what is waited for never happens."""
SEED = 20261126

PATHS = {
    "1": "needs in a row (workshop)",
    "2": "action about a need (a)",
    "3": "enter on + row / edit a row",
    "4": "tab / shift+tab in a form",
    "5": "meeting screen (F2)",
    "6": "chain editor (F3)",
    "7": "closing round (F5)",
    "8": "script time box (F4, t)",
    "9": "action review (F8)",
    "10": "first keys after start",
    "11": "switch screen, type at once",
}


# --- finding what the test needs ---------------------------------------------------------------


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require(condition: object, reason: str) -> None:
    """Skip without ``condition``, but fail in CI: there a missing tool must not hide the test."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI is set: this test must run there)", pytrace=False)
    pytest.skip(reason)


def installed_command() -> Path | None:
    """The installed ``interne-klanten``: of the running interpreter, or the venv of the repo."""
    for candidate in (
        Path(sys.prefix) / "bin" / "interne-klanten",
        Path(sys.executable).parent / "interne-klanten",
        ROOT / ".venv" / "bin" / "interne-klanten",
    ):
        if candidate.exists():
            return candidate
    return None


# --- the terminal ------------------------------------------------------------------------------


class Terminal:
    """A private tmux server (its own socket, killed at the end) running the app."""

    def __init__(self, tmp_path: Path, command: Path) -> None:
        self.socket = f"ik-burst-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.command = command
        home = tmp_path / "home"
        home.mkdir(exist_ok=True)
        self.app_env = {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "INTERNE_KLANTEN_CONFIG": str(tmp_path / "config" / "missing.toml"),
            "INTERNE_KLANTEN_STATE": str(tmp_path / "state"),
            "TERM": "xterm-256color",
        }
        self.env = {k: v for k, v in os.environ.items() if k != "INTERNE_KLANTEN_LANG"}
        self.env.update(self.app_env)
        self.env.setdefault("LANG", "C.UTF-8")

    def tmux(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
        )
        if check and done.returncode:
            raise AssertionError(f"tmux {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def launch_line(self, session_file: Path) -> str:
        settings = " ".join(f"{k}={shlex.quote(v)}" for k, v in self.app_env.items())
        return (
            f"cd {shlex.quote(str(session_file.parent))} && exec env -u INTERNE_KLANTEN_LANG "
            f"{settings} {shlex.quote(str(self.command))} {shlex.quote(session_file.name)}"
        )

    def start(self, name: str, session_file: Path, *then: str) -> None:
        """A tmux session running the app; ``then``: more tmux commands in the same call
        (``"send-keys", ...``), so that they reach the app right after it was started."""
        self.tmux(
            "new-session", "-d", "-s", name, "-x", str(WIDTH), "-y", str(HEIGHT),
            self.launch_line(session_file), *then,
        )  # fmt: skip

    def keys(self, name: str, keys: list[str]) -> None:
        """One burst: every key in one ``send-keys`` call."""
        self.tmux("send-keys", "-t", name, *keys)

    def screen(self, name: str) -> str:
        return self.tmux("capture-pane", "-p", "-t", name, check=False)

    def show(self, name: str, fmt: str) -> str:
        return self.tmux("display-message", "-p", "-t", name, fmt, check=False).strip()

    def wait_for_text(self, name: str, text: str) -> None:
        deadline = time.monotonic() + PATIENCE
        while text not in self.screen(name):
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared:\n{self.screen(name)}")
            time.sleep(0.05)

    def stop(self, name: str) -> None:
        """End the app (SIGHUP: it saves first) and wait until its process is gone."""
        pid = self.show(name, "#{pane_pid}")
        self.tmux("kill-session", "-t", name, check=False)
        if not pid.isdigit():
            return
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    def close(self) -> None:
        self.tmux("kill-server", check=False)


def cpu_hogs(mode: str) -> list[subprocess.Popen]:
    if mode != "busy":
        return []
    loop = "while True: pass"
    return [subprocess.Popen([sys.executable, "-c", loop]) for _ in range(2)]


def stop_hogs(hogs: list[subprocess.Popen]) -> None:
    for hog in hogs:
        hog.kill()
    for hog in hogs:
        hog.wait()


# --- what is typed -----------------------------------------------------------------------------

WORDS = (
    "na", "aan", "dan", "plan", "nota", "bon", "klant", "map", "app", "week", "ketel", "pomp",
    "maand", "kaart", "lijst", "avond", "haan", "tand", "nazorg", "bank", "zand", "pand",
)  # fmt: skip
FIRST_NAMES = (
    "Noor", "Bram", "Lotte", "Anouk", "Niels", "Sanne", "Joan", "Hanna", "Milan", "Nadia",
    "Stijn", "Tara", "Wouter", "Yara", "Gijs", "Lana", "Ravi", "Ineke",
)  # fmt: skip
LAST_NAMES = (
    "Jansen", "Bakker", "Visser", "Meijer", "de Haan", "Mulders", "Dekker", "Brouns", "Peters",
    "Hendrikx", "van Leeuwen", "Kramer", "Vos", "Post", "Gerritsen",
)  # fmt: skip
DUE_TEXTS = ("+1w", "+3d", "morgen", "15-12-2026", "2027-01-20", "")


class Typist:
    """Texts that show a misrouted key: with ``n``, ``a`` (keys with a meaning on a table),
    digits (jump to a step) and spaces; each with a number of its own, so it can be found."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counter = 100

    def text(self) -> str:
        self.counter += 1
        words = self.rng.sample(WORDS, 1 if self.rng.random() < 0.7 else 2)
        words.insert(self.rng.randint(0, len(words)), str(self.counter))
        return " ".join(words)

    def suffix(self) -> str:
        return " " + self.text()

    def due(self) -> str:
        return self.rng.choice(DUE_TEXTS)

    def new_name(self, known: list[str]) -> str:
        """A name no known name starts with (else tab would complete it to that one)."""
        while True:
            name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
            name += f" {chr(ord('a') + self.rng.randrange(26))}{self.rng.randrange(10)}"
            folded = name.casefold()
            if not any(other.casefold().startswith(folded) for other in known):
                return name

    def completion(self, known: list[str]) -> tuple[str, str] | None:
        """(typed, completed): a start of one known name that no other name starts with."""
        names = list(known)
        self.rng.shuffle(names)
        for name in names:
            for length in (4, 5, 6, 3):
                typed = name[:length]
                if typed.strip() != typed or len(typed) >= len(name):
                    continue
                matches = [n for n in known if n.casefold().startswith(typed.casefold())]
                if matches == [name]:
                    return typed, name
        return None

    def who(self, known: list[str]) -> tuple[str, str]:
        """What to type for a person, and what the app should store (completion on tab)."""
        if self.rng.random() < 0.5 and (found := self.completion(known)):
            return found
        name = self.new_name(known)
        return name, name


def due_date(text: str, today: date) -> date | None:
    return {
        "+1w": today + timedelta(weeks=1),
        "+3d": today + timedelta(days=3),
        "morgen": today + timedelta(days=1),
        "15-12-2026": date(2026, 12, 15),
        "2027-01-20": date(2027, 1, 20),
        "": None,
    }[text]


# --- bursts and what they should have done -----------------------------------------------------

Check = tuple[str, Callable[[Session], bool]]


@dataclasses.dataclass
class Burst:
    path: str
    keys: list[str]
    texts: list[str]
    """What was typed (to tell a lost text from a misrouted one)."""
    checks: list[Check]
    """Where each typed thing must be, as questions to the session read back."""


def holds(question: Callable[[Session], bool]) -> Callable[[Session], bool]:
    def ask(session: Session) -> bool:
        try:
            return bool(question(session))
        except Exception:
            return False

    return ask


def item_check(step_id: str, kind: str, item: Item) -> Check:
    expected = copy.deepcopy(item)
    return (
        f"{step_id}.{kind} {item.id} = {dataclasses.astuple(item)}",
        holds(lambda s: expected in s.step(step_id).items(kind)),
    )


def action_check(action: Action) -> Check:
    expected = copy.deepcopy(action)
    return (f"action {action.id} = {action}", holds(lambda s: s.action(expected.id) == expected))


class Plan:
    """The expected session, changed as the bursts are planned, and what the screen shows."""

    def __init__(self, session: Session, typist: Typist, previous: Session) -> None:
        self.expected = session
        self.typist = typist
        self.rng = typist.rng
        self.today = date.today()
        self.screen = "workshop"  # workshop | meeting | chain | closing | review
        self.current = 0  # the workshop's step
        self.before = {a.id for a in previous.actions}

    # the workshop -----------------------------------------------------------------------------

    def to_step(self, index: int) -> list[str]:
        """Keys that show step ``index`` freshly: focus in its needs table, cursor on row 0.
        (A jump to the step already shown does nothing, so first jump to another one.)"""
        keys = ["F4", "F4"] if self.screen != "workshop" else []
        count = min(9, len(self.expected.steps))
        other = next(n for n in range(count) if n != index)
        keys += [str(other + 1), str(index + 1)]
        self.screen, self.current = "workshop", index
        return keys

    def some_step(self, with_needs: bool = False) -> int:
        count = min(9, len(self.expected.steps))
        choices = [n for n in range(count) if not with_needs or self.expected.steps[n].needs]
        return self.rng.choice(choices)

    def new_need(self, step: Step, keys: list[str], texts: list[str], checks: list[Check]):
        what, when = self.typist.text(), self.typist.text()
        why = self.typist.text() if self.rng.random() < 0.7 else ""
        keys += ["n", what, "Tab", when]
        keys += ["Tab", why, "Enter"] if why else ["Enter"]
        item = Item(self.expected.new_id("needs"), what, when, why)
        step.needs.append(item)
        texts += [t for t in (what, when, why) if t]
        checks.append(item_check(step.id, "needs", item))

    def needs_in_a_row(self) -> Burst:
        index = self.some_step()
        keys, texts, checks = self.to_step(index), [], []
        step = self.expected.steps[index]
        for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
            self.new_need(step, keys, texts, checks)
        return Burst("1", keys, texts, checks)

    def action_about_a_need(self) -> Burst:
        index = self.some_step(with_needs=True)
        step = self.expected.steps[index]
        row = self.rng.randrange(len(step.needs))
        what = self.typist.text()
        typed_who, who = self.typist.who(self.expected.people())
        due = self.typist.due()
        keys = [*self.to_step(index), *["Down"] * row, "a", what, "Tab", typed_who, "Tab"]
        keys += [due, "Enter"] if due else ["Enter"]
        action = Action(
            self.expected.new_id("actions"),
            what,
            who=who,
            step=step.id,
            about=step.needs[row].id,
            due=due_date(due, self.today),
        )
        self.expected.actions.append(action)
        return Burst("2", keys, [what, typed_who], [action_check(action)])

    def new_or_edit_row(self) -> Burst:
        choice = self.rng.choice(("plus-need", "plus-ask", "edit-need", "edit-action"))
        index = self.some_step(with_needs=choice == "edit-need")
        step = self.expected.steps[index]
        keys = self.to_step(index)
        if choice == "plus-need":
            what, when, why = (self.typist.text() for _ in range(3))
            keys += ["End", "Enter", what, "Tab", when, "Tab", why, "Enter"]
            item = Item(self.expected.new_id("needs"), what, when, why)
            step.needs.append(item)
            return Burst("3", keys, [what, when, why], [item_check(step.id, "needs", item)])
        if choice == "plus-ask":
            what, when = self.typist.text(), self.typist.text()
            keys += ["Tab", "End", "Enter", what, "Tab", when, "Enter"]
            item = Item(self.expected.new_id("asks"), what, when)
            step.asks.append(item)
            return Burst("3", keys, [what, when], [item_check(step.id, "asks", item)])
        actions = self.expected.actions_of(step.id)
        if choice == "edit-action" and actions:
            row = self.rng.randrange(len(actions))
            action = actions[row]
            more = self.typist.suffix()
            keys += ["Tab", "Tab", "Tab", *["Down"] * row, "Enter", more, "Enter"]
            action.what += more
            return Burst("3", keys, [more.strip()], [action_check(action)])
        if not step.needs:
            return self.needs_in_a_row()
        row = self.rng.randrange(len(step.needs))
        item = step.needs[row]
        more, later = self.typist.suffix(), self.typist.suffix()
        keys += [*["Down"] * row, "Enter", more, "Tab", later, "Enter"]
        item.what += more
        item.when += later
        return Burst("3", keys, [more.strip(), later.strip()], [item_check(step.id, "needs", item)])

    def tab_between_fields(self) -> Burst:
        index = self.some_step()
        step = self.expected.steps[index]
        keys = self.to_step(index)
        a, b, c, d = (self.typist.text() for _ in range(4))
        variant = self.rng.choice(("back-twice", "backwards", "wrap", "back-wrap", "ask", "info"))
        if variant == "ask":  # tab from the needs table to the asks table
            keys += ["Tab", "n", a, "Tab", b, "Enter"]
            item = Item(self.expected.new_id("asks"), a, b)
            step.asks.append(item)
            return Burst("4", keys, [a, b], [item_check(step.id, "asks", item)])
        if variant == "info":
            keys += ["Tab", "Tab", "n", a, "Enter"]
            item = Item(self.expected.new_id("info"), a)
            step.info.append(item)
            return Burst("4", keys, [a], [item_check(step.id, "info", item)])
        more = f" {d}"
        fields = {
            # what is typed, and what the fields then hold (typing adds at the end)
            "back-twice": (["n", a, "Tab", b, "Tab", c, "BTab", "BTab", more], (a + more, b, c)),
            "backwards": (["n", "Tab", "Tab", c, "BTab", b, "BTab", a], (a, b, c)),
            "wrap": (["n", a, "Tab", b, "Tab", c, "Tab", more], (a + more, b, c)),
            "back-wrap": (["n", a, "BTab", c, "BTab", b], (a, b, c)),
        }
        typed, (what, when, why) = fields[variant]
        keys += [*typed, "Enter"]
        item = Item(self.expected.new_id("needs"), what, when, why)
        step.needs.append(item)
        texts = [t.strip() for t in typed if t not in ("n", "Tab", "BTab")]
        return Burst("4", keys, texts, [item_check(step.id, "needs", item)])

    # the other screens ------------------------------------------------------------------------

    SCREEN_KEYS = {"meeting": "F2", "chain": "F3", "closing": "F5"}

    def to_screen(self, name: str) -> list[str]:
        """A fresh screen ``name`` (its key does nothing when that screen is already shown)."""
        keys = []
        if self.screen == name:
            keys.append("F5" if name != "closing" else "F2")
        keys.append(self.SCREEN_KEYS[name])
        self.screen = name
        return keys

    MEETING_FIELDS = ("organisation", "date", "title", "location", "facilitator", "reason", "goal")

    def meeting(self) -> Burst:
        keys = self.to_screen("meeting")
        if self.rng.random() < 0.5:  # fields: organisation, date, title, ... one tab each
            first = self.rng.randint(2, 6)
            last = self.rng.randint(first, min(6, first + 2))
            keys += ["Tab"] * first
            texts, changes = [], {}
            for name in self.MEETING_FIELDS[first : last + 1]:
                more = self.typist.suffix()
                keys += [more, "Tab"]  # leaving the field saves it
                changes[name] = getattr(self.expected.meeting, name) + more
                texts.append(more.strip())
            self.expected.meeting = dataclasses.replace(self.expected.meeting, **changes)
            expected = copy.deepcopy(self.expected.meeting)
            check = (f"meeting = {changes}", holds(lambda s: s.meeting == expected))
            return Burst("5", keys, texts, [check])
        keys += ["Tab"] * 8  # past the eight fields: the participants table
        texts, checks = [], []
        for _ in range(self.rng.choice((1, 2))):
            name = self.typist.new_name(self.expected.people())
            role = self.typist.text()
            keys += ["n", name, "Tab", role, "Enter"]
            person = Participant(name, role, True)
            self.expected.participants.append(person)
            where = len(self.expected.participants) - 1
            checks.append(
                (
                    f"participant {person}",
                    holds(lambda s, w=where, p=person: s.participants[w] == p),
                )
            )
            texts += [name, role]
        return Burst("5", keys, texts, checks)

    def chain(self) -> Burst:
        keys = self.to_screen("chain")  # a fresh chain editor: the cursor on the first step
        steps = self.expected.steps
        if self.rng.random() < 0.5:
            name = self.typist.text()
            people_typed, people = [], []
            for _ in range(self.rng.choice((1, 2))):
                person = self.typist.new_name(self.expected.people() + people)
                people_typed.append(person)
                people.append(person)
            completed = self.typist.completion(self.expected.people())
            if completed and self.rng.random() < 0.5:  # tab completes the last name of a list
                people_typed.append(completed[0])
                people.append(completed[1])
            customer = self.typist.new_name(self.expected.people() + people)
            keys += ["n", name, "Tab", ", ".join(people_typed), "Tab", customer, "Enter"]
            base = slugify(name) or "stap"
            step_id, number = base, 2
            while self.expected.has_step(step_id):
                step_id, number = f"{base}-{number}", number + 1
            step = Step(step_id, name, people=people, customers=[customer])
            # after the step under the cursor; the workshop keeps its place (an index), which
            # now shows the step that moved there
            steps.insert(1, step)
            expected = copy.deepcopy(step)
            check = (f"step {step}", holds(lambda s: s.steps[1] == expected))
            return Burst("6", keys, [name, *people_typed, customer], [check])
        row = self.rng.randrange(min(len(steps), 6))
        more = self.typist.suffix()
        keys += [*["Down"] * row, "Enter", more, "Enter"]
        steps[row].name += more
        step_id, name = steps[row].id, steps[row].name
        check = (f"step {step_id} named {name!r}", holds(lambda s: s.step(step_id).name == name))
        return Burst("6", keys, [more.strip()], [check])

    def closing(self) -> Burst:
        keys = self.to_screen("closing")
        texts, checks = [], []
        for _ in range(self.rng.choice((1, 2))):
            typed_who, who = self.typist.who(self.expected.people())
            what = self.typist.text()
            keys += ["n", typed_who, "Tab", what, "Enter"]
            remark = Feedback(what, who)
            self.expected.feedback.append(remark)
            where = len(self.expected.feedback) - 1
            checks.append(
                (f"feedback {remark}", holds(lambda s, w=where, r=remark: s.feedback[w] == r))
            )
            texts += [typed_who, what]
        return Burst("7", keys, texts, checks)

    def timebox(self) -> Burst:
        row = self.rng.randrange(len(AGENDA_IDS))
        minutes = self.rng.randint(1, 45)
        keys = ["F4", "Home", *["Down"] * row, "t", str(minutes), "Enter", "F4"]
        self.screen = "workshop"
        item_id = AGENDA_IDS[row]
        items = {item.id: item for item in self.expected.agenda}
        items[item_id] = dataclasses.replace(
            items.get(item_id, AgendaItem(item_id)), timebox=minutes
        )
        self.expected.agenda = [items[i] for i in AGENDA_IDS if i in items]
        check = (
            f"agenda {item_id} timebox {minutes}",
            holds(lambda s: next(a for a in s.agenda if a.id == item_id).timebox == minutes),
        )
        return Burst("8", keys, [], [check])

    def carried(self) -> list[Action]:
        return [a for a in self.expected.actions if a.status == "open" and a.id in self.before]

    def review(self, answers: list[str]) -> Burst:
        """F8, then an answer (``o`` still open, ``g`` done, ``v`` dropped) for the first open
        actions carried over from the previous meeting, in the order the review shows them."""
        keys, texts, checks = ["F8"], [], []
        self.screen = "review"
        for answer, action in zip(answers, self.carried(), strict=False):
            if answer == "o":
                typed = self.rng.choice(("20-01-2027", "+2w", "2027-02-03", ""))
                action.due = {
                    "20-01-2027": date(2027, 1, 20),
                    "+2w": self.today + timedelta(weeks=2),
                    "2027-02-03": date(2027, 2, 3),
                    "": action.due,
                }[typed]
            elif answer == "g":
                typed = self.rng.choice(("", "01-12-2026"))
                action.status = "done"
                action.done = date(2026, 12, 1) if typed else self.today
            else:
                typed = self.typist.text()
                action.status, action.done = "dropped", None
                action.note = f"{action.note}\n{typed}" if action.note else typed
                texts.append(typed)
            keys += [answer, typed, "Enter"] if typed else [answer, "Enter"]
            checks.append(action_check(action))
        return Burst("9", keys, texts, checks)

    def switch_and_type(self) -> Burst:
        if self.rng.random() < 0.5:  # the meeting screen, typing into its first field at once
            keys = self.to_screen("meeting")
            more = self.typist.suffix()
            keys += [more, "Enter"]
            organisation = self.expected.meeting.organisation + more
            self.expected.meeting = dataclasses.replace(
                self.expected.meeting, organisation=organisation
            )
            check = (
                f"organisation {organisation!r}",
                holds(lambda s: s.meeting.organisation == organisation),
            )
            return Burst("11", keys, [more.strip()], [check])
        # from another screen back to the workshop and at once a need in the step shown there
        keys = [*self.to_screen("closing"), "F4", "F4"]
        self.screen = "workshop"
        texts, checks = [], []
        self.new_need(self.expected.steps[self.current], keys, texts, checks)
        return Burst("11", keys, texts, checks)


def review_answers(rng: random.Random, count: int) -> Iterator[list[str]]:
    """Mostly "still open" (the actions stay in the review), then a few done and dropped."""
    for n in range(count):
        if n < count - 4:
            yield ["o"] * rng.choice((1, 2, 3))
        else:
            yield [("g", "v", "g", "v")[n - (count - 4)], *(["o"] if rng.random() < 0.5 else [])]


# --- running and judging -----------------------------------------------------------------------


def is_key_name(key: str) -> bool:
    """A key tmux sends by its name (``Tab``, ``F4``); anything else is typed as text."""
    return key in {"Tab", "BTab", "Enter", "Down", "Home", "End", "Escape"} or (
        key[:1] == "F" and key[1:].isdigit()
    )


class Judge:
    def __init__(self) -> None:
        self.counts = {path: {"sent": 0, "lost": 0, "misrouted": 0} for path in PATHS}
        self.keys = dict.fromkeys(PATHS, 0)
        self.failures: list[str] = []

    def sent(self, burst: Burst) -> None:
        self.counts[burst.path]["sent"] += 1
        self.keys[burst.path] += sum(1 if is_key_name(k) else len(k) for k in burst.keys)

    def table(self, title: str) -> str:
        def row(label: str, sent: int, lost: int, misrouted: int, keys: int) -> str:
            return f"{label:<38} {sent:>5} {lost:>5} {misrouted:>10} {keys:>6}"

        lines = [title, f"{'path':<38} {'sent':>5} {'lost':>5} {'misrouted':>10} {'keys':>6}"]
        for path, name in PATHS.items():
            c = self.counts[path]
            if c["sent"]:
                lines.append(row(f"{path} {name}", *c.values(), self.keys[path]))
        total = [sum(c[k] for c in self.counts.values()) for k in ("sent", "lost", "misrouted")]
        lines.append(row("total", *total, sum(self.keys.values())))
        return "\n".join(lines)

    @property
    def bad(self) -> int:
        return sum(c["lost"] + c["misrouted"] for c in self.counts.values())


class SessionFile:
    """The session on disk, read again only when the file changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[int, int] | None = None
        self._session: Session | None = None

    def read(self) -> Session | None:
        try:
            stat = self.path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
            if stamp != self._stamp:
                self._session, self._stamp = load_session(self.path), stamp
        except Exception:  # being replaced this instant: read it again in a moment
            return self._session
        return self._session

    def wait_for(
        self, expected: Session, progress: Callable[[], object] = lambda: None
    ) -> Session | None:
        """Poll until the file holds ``expected``. Give up (and return what it holds) only after
        PATIENCE seconds in which neither the file nor ``progress()`` (the screen) changed: on a
        loaded machine the app may be a long way behind a batch of bursts, but it is at work."""
        deadline = time.monotonic() + PATIENCE
        limit = time.monotonic() + 10 * PATIENCE  # a screen with a clock never stands still
        stamp, seen, looked = self._stamp, progress(), time.monotonic()
        while True:
            found = self.read()
            if found == expected:
                return found
            now = time.monotonic()
            if now - looked > 1:
                looked, shown = now, progress()
                if shown != seen or self._stamp != stamp:
                    stamp, seen, deadline = self._stamp, shown, now + PATIENCE
            if now > min(deadline, limit):
                return found
            time.sleep(0.05)


def judge_batch(
    judge: Judge, batch: list[Burst], expected: Session, found: Session | None, path: Path
) -> bool:
    """Count what went wrong in ``batch``; True if the file holds exactly the expectation."""
    if found == expected:
        return True
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    any_burst = False
    for burst in batch:
        wrong = [label for label, ok in burst.checks if found is None or not ok(found)]
        if not wrong:
            continue
        any_burst = True
        lost = burst.texts and not any(typed in text for typed in burst.texts)
        judge.counts[burst.path]["lost" if lost else "misrouted"] += 1
        judge.failures.append(
            f"path {burst.path} ({PATHS[burst.path]}): {'lost' if lost else 'misrouted'}\n"
            f"  keys: {burst.keys}\n  not found: {wrong}"
        )
    if not any_burst:  # every burst's text is in place, but the file holds something else too
        judge.counts[batch[-1].path]["misrouted"] += 1
        judge.failures.append(f"path {batch[-1].path}: other changes in the file")
    diff = difflib.unified_diff(
        dumps_session(expected).splitlines(),
        dumps_session(found).splitlines() if found else [],
        "expected",
        "on disk",
        lineterm="",
        n=1,
    )
    judge.failures.append("  diff:\n    " + "\n    ".join(list(diff)[:60]))
    return False


class Run:
    """One app on one session file, the bursts of several paths typed into it."""

    def __init__(self, terminal: Terminal, folder: Path, judge: Judge) -> None:
        self.terminal = terminal
        self.folder = folder
        self.judge = judge
        self.file = folder / FOLLOW_UP.name
        self.disk = SessionFile(self.file)
        self.name = "app"
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        self.name = f"app{self.starts}"
        self.terminal.start(self.name, self.file)
        self.terminal.wait_for_text(self.name, "Stap 1:")

    def batch(self, plan: Plan, bursts: list[Burst]) -> None:
        for burst in bursts:  # one send-keys each, no pause between them
            self.terminal.keys(self.name, burst.keys)
            self.judge.sent(burst)
        found = self.disk.wait_for(plan.expected, lambda: self.terminal.screen(self.name))
        if not judge_batch(self.judge, bursts, plan.expected, found, self.file):
            self.judge.failures.append(f"  screen:\n{self.terminal.screen(self.name)}")
            # start again from what the file holds, so the next batch is judged on its own
            self.terminal.stop(self.name)
            plan.expected = load_session(self.file)
            plan.screen, plan.current = "workshop", 0
            self.start()


def first_keys_after_start(
    terminal: Terminal, tmp_path: Path, judge: Judge, typist: Typist, count: int, *, at_once: bool
) -> None:
    """Path 10: a new app on a fresh copy each time, a burst of needs typed while it starts.

    ``at_once``: the keys go in the same tmux call that starts the app, before the program
    runs at all (the terminal still in its ordinary, "cooked" mode). Otherwise they go as soon
    as the app has put the terminal in raw mode (it hides the cursor right after), before its
    first frame."""
    for n in range(count):
        folder = tmp_path / f"start-{'now' if at_once else 'raw'}-{n}"
        folder.mkdir()
        target = folder / FOLLOW_UP.name
        shutil.copy(FOLLOW_UP, target)
        expected = load_session(target)
        plan = Plan(expected, typist, expected)
        keys: list[str] = []
        texts: list[str] = []
        checks: list[Check] = []
        for _ in range(2):
            plan.new_need(expected.steps[0], keys, texts, checks)
        burst = Burst("10", keys, texts, checks)
        name = f"start{n}{'now' if at_once else 'raw'}"
        if at_once:
            terminal.start(name, target, ";", "send-keys", "-t", name, *keys)
        else:
            terminal.start(name, target)
            deadline = time.monotonic() + PATIENCE
            while terminal.show(name, "#{cursor_flag}") != "0":
                if time.monotonic() > deadline:
                    raise AssertionError(f"the app never started:\n{terminal.screen(name)}")
                time.sleep(0.002)
            terminal.keys(name, keys)
        judge.sent(burst)
        found = SessionFile(target).wait_for(expected, lambda name=name: terminal.screen(name))
        if not judge_batch(judge, [burst], expected, found, target):
            judge.failures.append(f"  screen:\n{terminal.screen(name)}")
        terminal.stop(name)


@pytest.fixture
def terminal(tmp_path):
    require(shutil.which("tmux"), "tmux is not installed")
    command = installed_command()
    require(command, "the installed command interne-klanten is missing (pip install -e .)")
    assert command is not None
    server = Terminal(tmp_path, command)
    try:
        yield server
    finally:
        server.close()


def report(judge: Judge, title: str, started: float) -> None:
    print()
    print(judge.table(f"{title}: {time.monotonic() - started:.0f} s"))
    assert not judge.bad, (
        f"{judge.bad} bursts lost or misrouted:\n{judge.table(title)}\n\n"
        + "\n".join(judge.failures)
    )


@pytest.mark.slow
@pytest.mark.xdist_group("burst-typist")  # idle and busy one after the other, never together
@pytest.mark.parametrize("mode", ["idle", "busy"])
def test_every_burst_lands_where_it_was_aimed(terminal, tmp_path, mode):
    started = time.monotonic()
    folder = tmp_path / "meeting"
    folder.mkdir()
    shutil.copy(FOLLOW_UP, folder)
    shutil.copy(FIRST, folder)  # the previous meeting, for the action review
    judge = Judge()
    typist = Typist(SEED)
    share = BUSY_SHARE if mode == "busy" else 1
    hogs = cpu_hogs(mode)
    try:
        first_keys_after_start(terminal, tmp_path, judge, typist, 2 // share, at_once=True)
        first_keys_after_start(terminal, tmp_path, judge, typist, 2 // share, at_once=False)
        run = Run(terminal, folder, judge)
        run.start()
        plan = Plan(load_session(run.file), typist, load_session(folder / FIRST.name))

        def batches(make: Callable[[], Burst], total: int, size: int) -> None:
            total //= share
            while total > 0:
                run.batch(plan, [make() for _ in range(min(size, total))])
                total -= size

        batches(plan.needs_in_a_row, 40, 14)
        batches(plan.action_about_a_need, 24, 12)
        batches(plan.new_or_edit_row, 20, 10)
        batches(plan.tab_between_fields, 20, 10)
        batches(plan.timebox, 12, 12)
        # the other screens in turn: each burst switches the screen and types at once
        kinds = (
            ["meeting"] * (16 // share) + ["chain"] * (14 // share) + ["closing"] * (18 // share)
        )
        typist.rng.shuffle(kinds)
        makers = {"meeting": plan.meeting, "chain": plan.chain, "closing": plan.closing}
        for at in range(0, len(kinds), 12):
            run.batch(plan, [makers[kind]() for kind in kinds[at : at + 12]])
        answers = list(review_answers(typist.rng, 14))
        run.batch(plan, [plan.review(a) for a in answers[:10]])
        run.batch(plan, [plan.review(a) for a in answers[10:]])
        batches(plan.switch_and_type, 20, 10)
        terminal.stop(run.name)
    finally:
        stop_hogs(hogs)
    report(judge, f"burst typist, {mode} machine", started)


@pytest.mark.slow
def test_escape_then_a_key_in_one_burst(terminal, tmp_path):
    """``n``, text, ``escape`` (cancel), ``2`` (step 2), then ``n`` a need ``enter``: typed
    slowly, the first form is cancelled and the need lands in step 2. (Textual read ESC 2 as
    WezTerm's option+2, "™", typed into the form.)"""
    folder = tmp_path / "escape"
    folder.mkdir()
    target = folder / FOLLOW_UP.name
    shutil.copy(FOLLOW_UP, target)
    expected = load_session(target)
    typist = Typist(SEED + 2)
    cancelled, marker = typist.text(), typist.text()
    expected.steps[1].needs.append(Item(expected.new_id("needs"), marker))
    terminal.start("escape", target)
    terminal.wait_for_text("escape", "Stap 1:")
    terminal.keys("escape", ["n", cancelled, "Escape", "2"])
    terminal.keys("escape", ["n", marker, "Enter"])
    disk = SessionFile(target)
    deadline = time.monotonic() + PATIENCE
    while not ((found := disk.read()) and marker in dumps_session(found)):
        assert time.monotonic() < deadline, f"nothing stored:\n{terminal.screen('escape')}"
        time.sleep(0.05)
    assert found == expected, "\n".join(
        difflib.unified_diff(
            dumps_session(expected).splitlines(), dumps_session(found).splitlines(), lineterm=""
        )
    )


LONGER = "Nieuwe behoefte aan de planning"


@pytest.mark.slow
@pytest.mark.xdist_group("burst-typist")
@pytest.mark.parametrize("mode", ["idle", "busy"])
def test_escape_in_a_burst_leaves_the_meeting_screen_and_the_keys_behind_it_act(
    terminal, tmp_path, mode
):
    """On the meeting screen (``F2``) a word added to the goal, ``enter``, ``escape`` back to
    the workshop and at once a new need there, each burst one ``send-keys``: typed slowly, the
    goal has the word and the need is in the step shown. (Textual's parser typed
    "^nNieuwe behoefte" into the follow-up date, the field after the goal.)"""
    bursts = {
        "need-down": (["n", "Nieuwe behoefte", "Enter", "Down"], ("Nieuwe behoefte", "", "")),
        # no ESC after the escape: Textual read on to 32 characters, then typed "^nNieuwe ..."
        "need-tabs": (
            ["n", LONGER, "Tab", "morgen", "Tab", "omdat", "Enter"],
            (LONGER, "morgen", "omdat"),
        ),
    }
    expected_files: dict[str, tuple[Path, Session]] = {}
    hogs = cpu_hogs(mode)
    try:
        for name, (need_keys, (what, when, why)) in bursts.items():
            folder = tmp_path / name
            folder.mkdir()
            target = folder / FOLLOW_UP.name
            shutil.copy(FOLLOW_UP, target)
            expected = load_session(target)
            expected.meeting = dataclasses.replace(
                expected.meeting, goal=expected.meeting.goal + " Z."
            )
            expected.steps[0].needs.append(Item(expected.new_id("needs"), what, when, why))
            terminal.start(name, target)
            terminal.wait_for_text(name, "Stap 1:")
            terminal.keys(name, ["F2", *["Tab"] * 6, " Z.", "Enter", "Escape", *need_keys])
            expected_files[name] = (target, expected)
        wrong = []
        for name, (target, expected) in expected_files.items():
            found = SessionFile(target).wait_for(expected, lambda n=name: terminal.screen(n))
            if found != expected:
                diff = difflib.unified_diff(
                    dumps_session(expected).splitlines(),
                    dumps_session(found).splitlines() if found else [],
                    lineterm="",
                )
                wrong.append(f"{name}:\n" + "\n".join(diff) + f"\n{terminal.screen(name)}")
            terminal.stop(name)
    finally:
        stop_hogs(hogs)
    assert not wrong, f"{mode} machine, " + "\n\n".join(wrong)
