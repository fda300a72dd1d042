"""The session files of a folder, read as a series needs them (see :mod:`tui.core.series`).

``previous`` names a file beside the session, so a series lives in one folder. To find the
meetings that follow a file, every file's ``previous`` line is looked up in its text with a
regular expression (reading a file is cheap, validating it is not); only the files of the series
are then parsed and validated. So ``series FILE`` in a folder of hundreds of sessions validates
only its own meetings, and ``overview`` validates each file once.

A file that does not validate is still an entry: its problems as ``check`` prints them, the date
its name starts with, and its ``previous`` as far as its text says, so that it keeps its place in
the series and the meetings before it are still found.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tui.core.series import SeriesFile
from tui.storage.toml_format import (
    SessionFileError,
    decode_bytes,
    parse_session,
    read_file_bytes,
)

_PREVIOUS = re.compile(r"""^[ \t]*previous[ \t]*=[ \t]*(?:"([^"\\\n]*)"|'([^'\n]*)')""", re.M)
"""The ``previous = "…"`` line of a session file (a name with an escape in it is not found
here, only by the parser; the app never writes one)."""


def previous_in_text(text: str) -> str:
    """The ``previous`` of a session file's text, without parsing it (``""`` when none)."""
    found = _PREVIOUS.search(text)
    if found is None:
        return ""
    return found.group(1) if found.group(1) is not None else found.group(2)


def day_of_name(name: str) -> date | None:
    """The date a session file's name starts with (``2026-11-26-…``), if it does."""
    try:
        return date.fromisoformat(name[:10])
    except ValueError:
        return None


class SessionFolder:
    """The ``*.toml`` files of one folder; each read once, validated only when asked for."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._names: list[str] | None = None
        self._texts: dict[str, str | SessionFileError] = {}
        self._entries: dict[str, SeriesFile | None] = {}
        self._claims: dict[str, list[str]] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            try:
                self._names = sorted(
                    p.name for p in self.folder.iterdir() if p.suffix == ".toml" and p.is_file()
                )
            except OSError:
                self._names = []
        return self._names

    def label(self, name: str) -> str:
        return str(self.folder / name)

    def _text(self, name: str) -> str | SessionFileError:
        if name not in self._texts:
            path = self.label(name)
            try:
                self._texts[name] = decode_bytes(read_file_bytes(path), path)
            except SessionFileError as error:
                self._texts[name] = error
        return self._texts[name]

    def entry(self, name: str) -> SeriesFile | None:
        if name in self._entries:
            return self._entries[name]
        path = self.folder / name
        if "/" in name or "\\" in name or not name or not path.exists():
            self._entries[name] = None
            return None
        text = self._text(name)
        label = self.label(name)
        entry: SeriesFile
        if isinstance(text, SessionFileError):
            problems = tuple(str(p) for p in text.problems)
            entry = SeriesFile(name, label, problems=problems, day=day_of_name(name))
        else:
            try:
                session = parse_session(text, label)
            except SessionFileError as error:
                entry = SeriesFile(
                    name, label, problems=tuple(str(p) for p in error.problems),
                    previous=previous_in_text(text), day=day_of_name(name),
                )  # fmt: skip
            else:
                m = session.meeting
                entry = SeriesFile(name, label, session, previous=m.previous, day=m.date)
        self._entries[name] = entry
        return entry

    def claimants(self, name: str) -> list[str]:
        if self._claims is None:
            claims: dict[str, list[str]] = {}
            for other in self.names():
                text = self._text(other)
                if isinstance(text, str):
                    claims.setdefault(previous_in_text(text), []).append(other)
            self._claims = claims
        return self._claims.get(name, [])

    def load_all(self) -> None:
        """Read and validate every file (the overview needs them all)."""
        for name in self.names():
            self.entry(name)
