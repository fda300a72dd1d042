"""Session files in a folder: their names, and creating a new one without overwriting.

A session is named ``YYYY-MM-DD-<organisation-slug>.toml``. The slug has only ``[a-z0-9-]``, so
a name can never leave its folder; the file is opened in mode ``"x"``, so the operating system,
not an earlier check, refuses to overwrite an existing file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui.core.model import Session
from tui.core.text import slugify
from tui.i18n import t
from tui.storage.toml_format import SessionFileError, dumps_session, load_session


def session_file_name(organisation: str, on: date) -> str:
    slug = slugify(organisation)
    if not slug:
        raise ValueError(t("cli.new.bad_name", value=organisation))
    return f"{on.isoformat()}-{slug}.toml"


def create_session_file(folder: Path, session: Session) -> Path:
    """Write ``session`` as a new file in ``folder`` (made if missing).

    Raises FileExistsError when the name is taken, ValueError for an organisation without letters
    or digits, OSError when the folder cannot be written."""
    target = Path(folder) / session_file_name(session.meeting.organisation, session.meeting.date)
    Path(folder).mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(dumps_session(session))
    return target


def load_previous(path: Path, session: Session) -> tuple[Session | None, str, str]:
    """The session this one follows up, when its file lies next to it.

    Returns ``(session or None, its file name, problem)`` where problem is ``""``, ``"missing"``
    or ``"broken"``: a summary or compare without the previous session is still useful, so this
    never raises. The name has no folder part (the reader checks that), so the file is looked up
    only beside the session.
    """
    name = session.meeting.previous
    if not name:
        return None, "", ""
    candidate = Path(path).parent / name
    if not candidate.is_file():
        return None, name, "missing"
    try:
        return load_session(candidate), name, ""
    except SessionFileError:
        return None, name, "broken"


def write_new_file(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a file that must not exist yet (an export beside a session).

    The operating system refuses an existing file (mode ``"x"``: FileExistsError); a write that
    fails half-way (a full disk) leaves no half file behind."""
    with open(path, "xb") as handle:
        try:
            handle.write(data)
        except OSError:
            Path(path).unlink(missing_ok=True)
            raise
