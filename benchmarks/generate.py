"""Synthetic sessions for measuring: N action points over a chain of S steps of K items per kind.

    python benchmarks/generate.py --actions 2000 --steps 20 --items 50 > /tmp/big.toml

The steps go through :mod:`tui.core.edits` (so their ids follow the real rule); the items and
action points are built as dataclasses directly, with their ids counted here: going through
``edits.add_item`` would look for the next free id in the whole session for every item, which
makes a 4,000-action session take half a minute to build. The result is the same session, byte
for byte, as adding everything through the editing functions (checked when this was changed).
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.core import edits
from tui.core.chain import new_session
from tui.core.followup import follow_up
from tui.core.model import ID_PREFIXES, Action, Feedback, Item, Session
from tui.storage.toml_format import dumps_session

WORDS = [
    "offerte",
    "materiaal",
    "planning",
    "monteur",
    "klant",
    "opname",
    "foto",
    "maten",
    "werkbon",
    "factuur",
    "meerwerk",
    "levertijd",
    "ketel",
    "warmtepomp",
    "bus",
    "magazijn",
    "bestelling",
    "oplevering",
    "restpunt",
    "afspraak",
    "week",
]


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def synthetic_session(actions: int, steps: int = 20, items: int = 50, seed: int = 1) -> Session:
    """A session of ``steps`` steps with ``items`` needs, asks and info items each, and ``actions``
    action points spread over the steps (about 40% done, each about a need of its step)."""
    rng = random.Random(seed)
    session = new_session("Benchmark BV", date(2026, 11, 26), title="Synthetisch")
    session.steps.clear()
    people = [f"Medewerker {n}" for n in range(1, 31)]
    issued = dict.fromkeys(ID_PREFIXES, 0)

    def new_id(kind: str) -> str:
        issued[kind] += 1
        return f"{ID_PREFIXES[kind]}{issued[kind]}"

    for n in range(steps):
        step = edits.add_step(session, f"Stap {n + 1}/onderdeel")
        edits.set_people(session, step.id, rng.sample(people, 3))
        for _ in range(items):
            # the order of the calls to rng is the order of the arguments of edits.add_item
            what, when, why = sentence(rng, 8), sentence(rng, 3), sentence(rng, 10)
            step.needs.append(Item(new_id("needs"), what, when, why))
            what, when = sentence(rng, 8), sentence(rng, 3)
            step.asks.append(Item(new_id("asks"), what, when))
            step.info.append(Item(new_id("info"), sentence(rng, 9)))
    for n in range(actions):
        step = session.steps[n % steps]
        what = sentence(rng, 9)
        who = rng.choice(people)
        due = date(2026, 9, 1) + timedelta(days=rng.randrange(200))
        about = rng.choice(step.needs).id if step.needs else ""
        action = Action(new_id("actions"), what, who=who, step=step.id, about=about, due=due)
        if rng.random() < 0.4:
            action.status, action.done = "done", action.due
        session.actions.append(action)
    session.last_ids = {kind: number for kind, number in issued.items() if number}
    return session


def closing_round_session(entries: int, seed: int = 3) -> Session:
    """A small session (3 steps of 5 items, 20 action points) whose closing round has ``entries``
    entries: a list far longer than any meeting's, to see that the reports grow with it linearly."""
    rng = random.Random(seed)
    session = synthetic_session(20, 3, 5, seed=seed)
    people = [f"Medewerker {n}" for n in range(1, 31)]
    session.feedback = [
        Feedback(sentence(rng, rng.randrange(2, 8)), rng.choice(people) if n % 3 == 0 else "")
        for n in range(entries)
    ]
    return session


def next_meeting(old: Session, old_file_name: str, seed: int = 2) -> Session:
    """The follow-up of ``old`` three months on, with what such a meeting changes: a third of the
    open action points done, some reassigned or postponed, a tenth of the needs reworded, every
    25th info item gone, and a new need per step. For ``compare``."""
    rng = random.Random(seed)
    new = follow_up(old, old_file_name, old.meeting.date + timedelta(days=91))
    for n, action in enumerate(new.actions):
        if action.status == "open" and n % 3 == 0:
            action.status, action.done = (
                "done",
                new.meeting.date - timedelta(days=rng.randrange(60)),
            )
        elif n % 15 == 1:
            action.who = f"Medewerker {rng.randrange(1, 31)}"
        elif n % 20 == 2 and action.due is not None:
            action.due += timedelta(days=30)
    issued = new.highest_issued()
    for step in new.steps:
        for n, item in enumerate(step.needs):
            if n % 10 == 0:
                item.what = f"{item.what} {rng.choice(WORDS)}"
        step.info = [item for n, item in enumerate(step.info) if n % 25 != 24]
        issued["needs"] += 1
        step.needs.append(Item(f"n{issued['needs']}", sentence(rng, 8), sentence(rng, 3)))
    new.last_ids = issued
    return new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument(
        "--feedback", type=int, help="a small session with this many closing-round entries instead"
    )
    args = parser.parse_args()
    if args.feedback is not None:
        sys.stdout.write(dumps_session(closing_round_session(args.feedback)))
        return
    sys.stdout.write(dumps_session(synthetic_session(args.actions, args.steps, args.items)))


if __name__ == "__main__":
    main()
