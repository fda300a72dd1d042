"""Recovery copies: what the app holds in memory, kept on disk beside the real save.

The autosave writes the session file within about a second of a change. Between two saves, and
whenever a save cannot be made (a full disk, a pulled USB stick, a file changed by someone else),
the only complete copy of the meeting is in memory. So the app also keeps a *recovery copy*: a
small file in the platform's state folder (``~/.local/state/interne-klanten/recovery`` on Linux,
``INTERNE_KLANTEN_STATE`` names another folder), rewritten atomically a moment after every change
and deleted as soon as the session file holds the same content. A copy that is still there when
the app starts again holds edits that never reached the session file: the app offers it, and
never restores it silently.

One copy per open session *per run* of the app: two runs (a crash, then a second crash after
choosing "decide later") never overwrite each other's copy, so every version can be offered,
newest first. The copy is itself a valid session file (a few comment lines, then the canonical
text), so in an emergency it can be checked or opened like any other session.

No Textual here: the app decides when to write, this module only knows how.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tui.storage.atomic import atomic_write

STATE_ENV = "INTERNE_KLANTEN_STATE"
APP_NAME = "interne-klanten"

MAGIC = "# interne-klanten recovery copy: edits that may not be in the session file yet.\n"
"""The first line of every recovery copy."""
_FIELDS = ("recovery-of", "written", "based-on")


def state_folder() -> Path:
    """The app's own state: recovery copies and crash reports (not the user's documents)."""
    override = os.environ.get(STATE_ENV)
    if override:
        return Path(override)
    import platformdirs  # a dependency of Textual; imported late to keep the CLI quick

    return platformdirs.user_state_path(APP_NAME)


def recovery_folder() -> Path:
    return state_folder() / "recovery"


def session_key(original: str | os.PathLike[str]) -> str:
    """A short name for a session file: the same file gives the same key, whichever relative
    path or symbolic link it was opened by."""
    resolved = os.path.realpath(original)
    return hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy found on disk."""

    file: Path
    """The recovery copy itself."""
    original: Path
    """The session file it belongs to (resolved)."""
    written: datetime
    based_on: str
    """The sha256 of the session file as the app last read or wrote it, when it made this copy:
    when the file on disk still has it, the copy continues exactly that file."""
    text: str
    """The canonical session text."""


_run = f"{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}"
_counter = itertools.count(1)


class RecoveryCopy:
    """The recovery copy of one open session in this run of the app.

    Its name holds the session's name (for people who look in the folder), the session key (to
    find the copies of one file) and the run and opening it belongs to (so that no other copy
    is ever overwritten)."""

    def __init__(self, original: str | os.PathLike[str], folder: Path | None = None) -> None:
        self.original = Path(os.path.realpath(original))
        self.folder = folder if folder is not None else recovery_folder()
        stem = self.original.stem[:60] or "session"
        self.file = self.folder / f"{stem}.{session_key(original)}.{_run}-{next(_counter)}.toml"
        self.written = False

    def write(self, text: str, based_on: str) -> None:
        """Replace the copy with ``text`` (the canonical session text), atomically."""
        header = MAGIC + "".join(
            f"# {name} = {json.dumps(value)}\n"  # JSON strings: one line, whatever the path holds
            for name, value in zip(
                _FIELDS,
                (os.fsdecode(self.original), datetime.now().astimezone().isoformat(), based_on),
                strict=True,
            )
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self.file, (header + text).encode("utf-8"))
        self.written = True

    def discard(self) -> None:
        """Remove the copy: the session file holds everything it held."""
        if not self.written:
            return
        with contextlib.suppress(FileNotFoundError):
            self.file.unlink()
        self.written = False


def read_entry(file: Path) -> RecoveryEntry:
    """Read a recovery copy; ``ValueError`` when it is not one (or is damaged)."""
    raw = file.read_bytes().decode("utf-8")
    if not raw.startswith(MAGIC):
        raise ValueError("not a recovery copy")
    lines = raw[len(MAGIC) :].split("\n", len(_FIELDS))
    if len(lines) <= len(_FIELDS):
        raise ValueError("incomplete header")
    *header, text = lines
    values = {}
    for name, line in zip(_FIELDS, header, strict=True):
        prefix = f"# {name} = "
        if not line.startswith(prefix):
            raise ValueError(f"missing {name}")
        values[name] = json.loads(line[len(prefix) :])
    return RecoveryEntry(
        file=file,
        original=Path(values["recovery-of"]),
        written=datetime.fromisoformat(values["written"]),
        based_on=values["based-on"],
        text=text,
    )


def entries_for(
    original: str | os.PathLike[str], folder: Path | None = None
) -> tuple[list[RecoveryEntry], list[Path]]:
    """The recovery copies of a session file, newest first, and the files that look like its
    copies but cannot be read (reported, never deleted)."""
    folder = folder if folder is not None else recovery_folder()
    resolved = Path(os.path.realpath(original))
    entries: list[RecoveryEntry] = []
    damaged: list[Path] = []
    try:
        candidates = sorted(folder.glob(f"*.{session_key(original)}.*.toml"))
    except OSError:
        return [], []
    for file in candidates:
        try:
            entry = read_entry(file)
        except (OSError, ValueError):  # UnicodeDecodeError and JSON errors are ValueErrors
            damaged.append(file)
            continue
        if entry.original == resolved:  # the key is a hash: make sure
            entries.append(entry)
    entries.sort(key=lambda entry: entry.written.timestamp(), reverse=True)
    return entries, damaged


def remove(entry: RecoveryEntry) -> None:
    with contextlib.suppress(FileNotFoundError):
        entry.file.unlink()
