"""The installed command in a pseudo-terminal, with every byte it writes kept.

tmux (as in tests/e2e) shows what a terminal *displays*; these tests also need what the program
*sent* (did an escape sequence from the data reach the terminal? did a traceback?), the exact
moment keys were typed, the exit status, and a real hang-up when the terminal closes. So the
program gets its own pseudo-terminal (``pty.fork``: the pty is its controlling terminal, so
closing our side sends it SIGHUP, as closing a terminal window does).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import sys
import termios
import threading
import time
from pathlib import Path

from tests.support import PATIENCE, require, wait_until

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
COMMAND = Path(sys.executable).parent / "interne-klanten"

_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")

KEYS = {
    "enter": b"\r",
    "tab": b"\t",
    "escape": b"\x1b",
    "ctrl+q": b"\x11",
    "ctrl+s": b"\x13",
    "f1": b"\x1bOP",
    "end": b"\x1b[F",
}


def plain(data: bytes) -> str:
    """What a terminal would show, roughly: the bytes without escape sequences."""
    return _ESCAPES.sub(b"", data).decode("utf-8", "replace")


AUTOSAVE_OFF = """
import tui.app.autosave as _autosave

# only an explicit save (a signal, a crash, ctrl+s, quitting) may write the session file
for _name in ("DEBOUNCE", "MAX_DELAY"):
    if not hasattr(_autosave, _name):
        raise SystemExit(f"tests/reliability/terminal.py: tui.app.autosave.{_name} is gone")
    setattr(_autosave, _name, 3600.0)
"""
"""For a ``sitecustomize.py``: the autosave waits an hour, so that a test that sends a signal
(or crashes the app) right after an edit knows that the save it finds is the signal's own."""


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment: private config and state, a known terminal, Dutch. ``HOME`` and the
    XDG folders are the test's own already (tests/conftest.py)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            ("INTERNE_KLANTEN_", "TEXTUAL", "NO_COLOR", "COLUMNS", "LINES", "TMUX")
        )
    }
    env.update(
        TERM="xterm-256color",
        INTERNE_KLANTEN_CONFIG=str(tmp_path / "config.toml"),
        INTERNE_KLANTEN_STATE=str(tmp_path / "state"),
        INTERNE_KLANTEN_LANG="nl",
    )
    env.update(extra)
    return env


class Terminal:
    def __init__(self, args: list[str], *, cwd: Path, env: dict[str, str], size=(100, 30)) -> None:
        require(COMMAND.exists(), f"the installed command is missing: {COMMAND}")
        columns, rows = size
        argv = [str(COMMAND), *args]
        pid, master = pty.fork()
        if pid == 0:  # the child: only async-signal-safe work until exec
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
                os.chdir(cwd)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid = pid
        self.master: int | None = master
        self.output = bytearray()
        self.status: int | None = None
        self._lock = threading.Lock()
        self._stop_reading = threading.Event()
        self._reader = threading.Thread(target=self._read, args=(master,), daemon=True)
        self._reader.start()

    def _read(self, master: int) -> None:
        # Never block in read(): a read in progress keeps the pty open even after os.close(), so
        # closing the terminal would not hang it up (no SIGHUP) until the program wrote again.
        while not self._stop_reading.is_set():
            try:
                ready, _, _ = select.select([master], [], [], 0.05)
                chunk = os.read(master, 65536) if ready else None
            except OSError:  # EIO: the program and its terminal are gone
                break
            if chunk is None:
                continue
            if not chunk:
                break
            with self._lock:
                self.output += chunk

    # --- reading ---------------------------------------------------------------------------

    def data(self) -> bytes:
        with self._lock:
            return bytes(self.output)

    def text(self) -> str:
        return plain(self.data())

    def mark(self) -> int:
        """A place in the output, for :meth:`wait_for` to look only at what came after it."""
        with self._lock:
            return len(self.output)

    def wait_for(self, text: str, timeout: float = PATIENCE, since: int = 0) -> None:
        """Until ``text`` is in the output (after ``since``); fails at once if the program ends."""
        wait_until(
            lambda: text in plain(self.data()[since:]) or self.poll() is not None,
            timeout,
            interval=0.05,
            message=lambda: f"{text!r} did not appear; the program wrote:\n{self.text()[-3000:]}",
        )
        if self.status is not None:
            self._reader.join(timeout=2)  # the last bytes it wrote
        if text not in plain(self.data()[since:]):
            raise AssertionError(
                f"{text!r} did not appear before the program ended ({self.status}); "
                f"it wrote:\n{self.text()[-3000:]}"
            )

    # --- typing ----------------------------------------------------------------------------

    def send(self, data: bytes | str) -> None:
        assert self.master is not None
        os.write(self.master, data.encode("utf-8") if isinstance(data, str) else data)

    def keys(self, *keys: str, pause: float = 0.0) -> float:
        """Type keys (names from KEYS, else literal text); returns the moment the last was sent."""
        for key in keys:
            self.send(KEYS.get(key, key.encode("utf-8")))
            if pause:
                time.sleep(pause)
        return time.monotonic()

    # --- ending ----------------------------------------------------------------------------

    def poll(self) -> int | None:
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def wait(self, timeout: float = PATIENCE) -> int:
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() > deadline:
                self.kill(signal.SIGKILL)
                self.status = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
                raise AssertionError(f"the program did not end; it wrote:\n{self.text()[-3000:]}")
            time.sleep(0.02)
        self._reader.join(timeout=2)
        return self.status  # type: ignore[return-value]

    def kill(self, number: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, number)

    def hang_up(self) -> None:
        """Close the terminal (our side of the pty): the kernel sends the program SIGHUP."""
        if self.master is not None:
            master, self.master = self.master, None
            self._stop_reading.set()
            self._reader.join()  # at most one poll interval
            os.close(master)

    def close(self) -> None:
        if self.poll() is None:
            self.kill(signal.SIGKILL)
            self.status = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        self.hang_up()


def copy_example(folder: Path, source: Path = EXAMPLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copy(source, target)
    return target
