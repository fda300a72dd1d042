"""``kill -9`` at many moments: the file is always a whole session, and nothing that was on disk
(in the file or in the recovery copy) is ever lost.

Each round starts the installed command in a pseudo-terminal on a fresh copy of a session (the
shipped example, or a synthetic one with 2,000 action points), types a few needs, and kills the
process with SIGKILL: at a chosen delay after the last Enter, or inside a save of the session
file or of the recovery copy. For the latter the app's ``os.fsync`` is made to stop on that
save's temporary file (``HOLD``), so that the kill lands inside it on any machine. Then:

- the session file parses, is canonical, and is exactly the session before the round or after
  one of its edits (an atomic save leaves no mix);
- the recovery copy, if any, is such a state too;
- every edit that was on disk before the kill (each but the last is waited for; the last is
  looked for at the moment of the kill) is in one of them.

Each edit but the last is also timed from its Enter to the moment it is on disk: the longest of
those is the time an edit was at risk. That figure, and how many edits younger or older than
``GRACE`` were lost, are printed (``pytest -s``) but not asserted: on a busy machine everything
takes longer, and that is not a bug. The autosave's timers (``tui.app.autosave``) are what
bound it.
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
from tests.support import wait_until
from tui.storage.recovery import entries_for
from tui.storage.toml_format import dumps_session, load_session, parse_session, save_session

pytestmark = pytest.mark.slow

GRACE = 1.0
"""Edits older than this at the moment of the kill are counted apart in the figures."""
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
    lost_from_disk: list[str] = field(default_factory=list)
    """Edits that were on disk before the kill and gone after it: must stay empty."""
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


HOLD = """
import os, time

_folder, _armed = os.environ.get("KILL_TEST_HOLD_IN"), os.environ.get("KILL_TEST_ARMED", "")
_real_fsync = os.fsync


def _fsync(descriptor):
    try:
        name = os.readlink(f"/proc/self/fd/{descriptor}")
    except OSError:
        name = ""
    if name.endswith(".tmp") and os.path.dirname(name) == _folder and os.path.exists(_armed):
        open(_armed + ".held", "w").close()
        time.sleep(3600)  # the test kills the app here: inside a save
    _real_fsync(descriptor)


if _folder:
    os.fsync = _fsync
"""
"""A ``sitecustomize.py``: once the file ``KILL_TEST_ARMED`` exists, the next ``fsync`` of a
temporary file in ``KILL_TEST_HOLD_IN`` (an atomic write there) stops for good, and says so."""


def kill_round(tmp_path: Path, source: Path, number: int, edits: int, when: str | float) -> None:
    folder = tmp_path / f"round-{number}"
    folder.mkdir()
    session = folder / source.name
    session.write_bytes(source.read_bytes())
    original = session.read_bytes()
    base_needs = [need.what for need in load_session(session).steps[0].needs]
    state = tmp_path / f"state-{number}"
    inject = tmp_path / f"inject-{number}"
    inject.mkdir()
    (inject / "sitecustomize.py").write_text(HOLD)
    armed = tmp_path / f"armed-{number}"
    watched = folder if when == "save" else state / "recovery"
    env = environment(
        tmp_path,
        INTERNE_KLANTEN_STATE=str(state),
        PYTHONPATH=str(inject),
        KILL_TEST_HOLD_IN=os.path.realpath(watched) if isinstance(when, str) else "",
        KILL_TEST_ARMED=str(armed),
    )
    terminal = Terminal([session.name], cwd=folder, env=env)
    sent: list[float] = []
    try:
        terminal.wait_for("n Nieuw")
        for index in range(edits):
            what = f"K{number}-{index}"
            mark = terminal.mark()
            terminal.keys("n")
            terminal.wait_for("Annuleren", since=mark)
            sent.append(terminal.keys(what, "enter"))
            if index < edits - 1:  # time it; the last one is killed before it is safe
                wait_until(
                    lambda what=what: persisted(session, what, state / "recovery"),
                    interval=0.005,
                    message=f"{what} never reached the disk",
                )
                FIGURES.at_risk.append(time.monotonic() - sent[-1])
                # the kill moments are spread on purpose (these sleeps wait for nothing)
                time.sleep(random.uniform(0, 0.3))
        if isinstance(when, float):
            time.sleep(when)
        else:  # inside the next save of the session file (or of its recovery copy)
            armed.touch()
            held = armed.with_name(armed.name + ".held")
            wait_until(held.exists, message=f"no write into {watched} after the last edit")
        # what is on disk now must survive the kill; earlier edits were waited for above
        on_disk_before = (
            len(sent) - 1 + persisted(session, f"K{number}-{len(sent) - 1}", state / "recovery")
        )
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
    if survived < on_disk_before:
        FIGURES.lost_from_disk.append(
            f"round {number}: {on_disk_before} edits were on disk before the kill, {survived} after"
        )
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
    for line in FIGURES.lost_old:
        print(f"  lost, older than {GRACE:.0f} s (a busy machine, or a slow autosave): {line}")
    assert FIGURES.lost_from_disk == []
    assert FIGURES.mid_save >= 2 and FIGURES.mid_copy >= 1, "the kills meant to hit a save missed"
