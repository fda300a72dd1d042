"""Synthetic sessions for measuring: N action points over a chain of S steps of K items per kind.

    python benchmarks/generate.py --actions 2000 --steps 20 --items 50 > /tmp/big.toml
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.core import edits  # noqa: E402
from tui.core.chain import new_session  # noqa: E402
from tui.core.model import Session  # noqa: E402
from tui.storage.toml_format import dumps_session  # noqa: E402

WORDS = (
    "offerte materiaal planning monteur klant opname foto maten werkbon factuur meerwerk "
    "levertijd ketel warmtepomp bus magazijn bestelling oplevering restpunt afspraak week"
).split()


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def synthetic_session(actions: int, steps: int = 20, items: int = 50, seed: int = 1) -> Session:
    rng = random.Random(seed)
    session = new_session("Benchmark BV", date(2026, 11, 26), title="Synthetisch")
    session.steps.clear()
    people = [f"Medewerker {n}" for n in range(1, 31)]
    for n in range(steps):
        step = edits.add_step(session, f"Stap {n + 1}/onderdeel")
        edits.set_people(session, step.id, rng.sample(people, 3))
        for _ in range(items):
            edits.add_item(session, step.id, "needs", sentence(rng, 8), when=sentence(rng, 3), why=sentence(rng, 10))
            edits.add_item(session, step.id, "asks", sentence(rng, 8), when=sentence(rng, 3))
            edits.add_item(session, step.id, "info", sentence(rng, 9))
    for n in range(actions):
        step = session.steps[n % steps]
        action = edits.add_action(
            session,
            sentence(rng, 9),
            who=rng.choice(people),
            due=date(2026, 9, 1) + timedelta(days=rng.randrange(200)),
            step=step.id,
            about=rng.choice(step.needs).id if step.needs else "",
        )
        if rng.random() < 0.4:
            edits.complete_action(session, action.id, action.due)
    return session


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    sys.stdout.write(dumps_session(synthetic_session(args.actions, args.steps, args.items)))


if __name__ == "__main__":
    main()
