"""``kill -9`` at many moments: the file is always a whole session, and nothing older than about a
second is lost.

Each round starts the installed command in a pseudo-terminal on a fresh copy of a session (the
shipped example, or a synthetic one with 2,000 action points so that a save takes long enough
to be hit), types a few needs, and kills the process with SIGKILL: at a chosen delay after the
last Enter, or the moment a save's temporary file (of the session file or of the recovery
copy) appears. Then:

- the session file parses, is canonical, and is exactly the session before the round or after
  one of its edits (an atomic save leaves no mix);
- the recovery copy, if any, is such a state too;
- every edit typed more than ``GRACE`` seconds before the kill is in one of them.

Before the last edit of a round, each edit is also timed from its Enter to the moment it is on
disk (in the file or in the recovery copy): the longest of those is the time an edit was at risk.
The figures are printed (``pytest -s``).
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.reliability.terminal import EXAMPLE, Terminal, environment
from tui.storage.recovery import entries_for
from tui.storage.toml_format import dumps_session, load_session, parse_session, save_session

pytestmark = pytest.mark.slow

GRACE = 1.0
"""Edits older than this at the moment of the kill must have survived."""
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Figures:
    kills: int = 0
    mid_save: int = 0
    """Kills that left the session file's temporary file behind: the process died inside a save."""
    mid_copy: int = 0
    """The same for the recovery copy."""
    edits: int = 0
    lost_young: int = 0
    lost_old: list[str] = field(default_factory=list)
    oldest_lost: float = 0.0
    at_risk: list[float] = field(default_factory=list)


FIGURES = Figures()


@pytest.fixture(scope="module")
def big_session(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import synthetic_session
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = tmp_path_factory.mktemp("big") / "2026-11-26-benchmark-bv.toml"
    save_session(synthetic_session(2000), path)
    return path


def persisted(session: Path, what: str, copies: Path) -> bool:
    marker = f'what = "{what}"'.encode()
    try:
        if marker in session.read_bytes():
            return True
    except OSError:
        pass
    return any(marker in entry.text.encode() for entry in entries_for(session, copies)[0])


def temporary_files(folder: Path) -> list[str]:
    try:
        return [name for name in os.listdir(folder) if name.endswith(".tmp")]
    except FileNotFoundError:
        return []


def typed(session_text: str, path: Path, base_needs: list[str]) -> int:
    """How many of this round's edits a saved text holds; fails unless it is a whole state."""
    needs = [need.what for need in parse_session(session_text, str(path)).steps[0].needs]
    assert needs[: len(base_needs)] == base_needs, f"{path}: earlier needs changed"
    added = needs[len(base_needs) :]
    assert all(what.startswith("K") for what in added), f"{path}: {added}"
    return len(added)


def kill_round(tmp_path: Path, source: Path, number: int, edits: int, when: str | float) -> None:
    folder = tmp_path / f"round-{number}"
    folder.mkdir()
    session = folder / source.name
    session.write_bytes(source.read_bytes())
    original = session.read_bytes()
    base_needs = [need.what for need in load_session(session).steps[0].needs]
    state = tmp_path / f"state-{number}"
    env = environment(tmp_path, INTERNE_KLANTEN_STATE=str(state))
    terminal = Terminal([session.name], cwd=folder, env=env)
    sent: list[float] = []
    try:
        terminal.wait_for("n Nieuw", timeout=60)
        for index in range(edits):
            what = f"K{number}-{index}"
            mark = terminal.mark()
            terminal.keys("n")
            terminal.wait_for("Annuleren", since=mark)
            sent.append(terminal.keys(what, "enter"))
            if index < edits - 1:  # time it; the last one is killed before it is safe
                while not persisted(session, what, state / "recovery"):
                    assert time.monotonic() - sent[-1] < 10, f"{what} never reached the disk"
                    time.sleep(0.005)
                FIGURES.at_risk.append(time.monotonic() - sent[-1])
                time.sleep(random.uniform(0, 0.3))
        if isinstance(when, float):
            time.sleep(when)
        else:  # the moment a temporary file of the session (or of its recovery copy) appears
            watched = folder if when == "save" else state / "recovery"
            deadline = time.monotonic() + 5
            while not temporary_files(watched) and time.monotonic() < deadline:
                pass
        killed = time.monotonic()
        terminal.kill(signal.SIGKILL)
        assert terminal.wait() == -signal.SIGKILL
    finally:
        terminal.close()
    FIGURES.kills += 1
    FIGURES.edits += len(sent)
    FIGURES.mid_save += bool(temporary_files(folder))
    FIGURES.mid_copy += bool(temporary_files(state / "recovery"))

    # the file: the state before the round or after one of its edits, whole and canonical
    data = session.read_bytes()
    on_file = typed(data.decode("utf-8"), session, base_needs)
    if on_file == 0:
        assert data == original
    else:
        assert data.decode("utf-8") == dumps_session(load_session(session))
    # the recovery copy, if any, likewise; together they hold what survived
    entries, damaged = entries_for(session, state / "recovery")
    assert damaged == [] and len(entries) <= 1
    in_copy = typed(entries[0].text, entries[0].file, base_needs) if entries else 0
    survived = max(on_file, in_copy)
    for index, moment in enumerate(sent):
        if index < survived:
            continue
        age = killed - moment
        if age > GRACE:
            FIGURES.lost_old.append(
                f"round {number}: edit {index} typed {age:.2f} s before the kill"
            )
        else:
            FIGURES.lost_young += 1
            FIGURES.oldest_lost = max(FIGURES.oldest_lost, age)


def test_kill_9_at_many_moments(tmp_path, big_session):
    random.seed(9)
    plan: list[tuple[Path, int, str | float]] = [
        (EXAMPLE, 2, delay) for delay in (0.0, 0.1, 0.2, 0.3, 0.45, 0.7, 1.1)
    ]
    plan += [(big_session, 2, "save"), (big_session, 1, "save"), (big_session, 2, "recovery")]
    plan += [(EXAMPLE, 2, random.uniform(0, 1.2))]  # and one anywhere
    for number, (source, edits, when) in enumerate(plan):
        kill_round(tmp_path, source, number, edits, when)
    at_risk = sorted(FIGURES.at_risk)
    print(
        f"\nkill -9: {FIGURES.kills} kill points ({FIGURES.mid_save} inside a save of the file, "
        f"{FIGURES.mid_copy} inside a write of the recovery copy), "
        f"{FIGURES.edits} edits typed, {FIGURES.lost_young} lost within the last {GRACE:.0f} s "
        f"(the oldest {FIGURES.oldest_lost:.2f} s old), {len(FIGURES.lost_old)} older lost; "
        f"an edit was at risk for at most {at_risk[-1]:.2f} s "
        f"(median {at_risk[len(at_risk) // 2]:.2f} s over {len(at_risk)} timed edits)"
    )
    assert FIGURES.lost_old == []
    assert FIGURES.mid_save + FIGURES.mid_copy >= 1, "no kill hit a save: the rounds claim too much"
    assert at_risk[-1] < GRACE
