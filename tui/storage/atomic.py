"""Saving a file so that a crash at any moment leaves the old file or the new one, never a mix.

The bytes go to a temporary file in the same folder (a rename is only atomic within one file
system), are flushed and fsynced, and the temporary file is renamed over the target. When the
target is a symbolic link, its target is updated and the link stays. On any failure the temporary
file is removed and the old file is untouched; the error is raised for the caller to show, and
:func:`describe_error` says in the user's language what went wrong.

Two things are only tried, not required: copying the old file's permissions (a file system
without them, such as FAT on a USB stick, refuses), and syncing the folder (Windows cannot). The
rename itself is retried for a moment when it is refused: on Windows that is what a virus
scanner, a backup program or a synchronised folder does while it reads the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time

from tui.i18n import t

REPLACE_TRIES = 5
"""How often the rename is tried when it is refused (PermissionError) ..."""
REPLACE_PAUSE = 0.03
"""... waiting this long after the first refusal, twice as long after each next one (about half
a second in all)."""
_NO_PERMISSIONS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP}


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    target = os.path.realpath(path)  # keep a symbolic link: write where it points
    folder = os.path.dirname(target)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o644
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=folder
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(temporary, mode)
        except OSError as error:
            if error.errno not in _NO_PERMISSIONS:
                raise  # a file system without permissions keeps its own; anything else is real
        _replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(folder)


def _replace(temporary: str, target: str) -> None:
    """``os.replace``, retried with a growing pause while another program locks the target."""
    pause = REPLACE_PAUSE
    for attempt in range(1, REPLACE_TRIES + 1):
        try:
            os.replace(temporary, target)
            return
        except PermissionError:
            if attempt == REPLACE_TRIES:
                raise
            time.sleep(pause)
            pause *= 2


_MESSAGES = {
    getattr(errno, name): key
    for key, names in {
        "save.error.full": ("ENOSPC", "EDQUOT"),
        "save.error.read_only": ("EROFS",),
        "save.error.no_permission": ("EACCES", "EPERM"),
        "save.error.no_folder": ("ENOENT", "ENOTDIR"),
        "save.error.device": ("EIO", "ENODEV", "ENXIO", "ETIMEDOUT"),
    }.items()
    for name in names
    if hasattr(errno, name)  # not every platform has every code
}


def describe_error(error: BaseException) -> str:
    """What went wrong with a save, for people: "the disk is full (No space left on device)".

    The system's own words are kept in brackets (they are in English on most systems, and they
    are what a helpdesk searches for)."""
    if isinstance(error, OSError):
        detail = error.strerror or str(error)
        key = _MESSAGES.get(error.errno or 0)
        return f"{t(key)} ({detail})" if key else detail
    return f"{type(error).__name__}: {error}"


def _fsync_folder(folder: str) -> None:
    """Make the rename itself durable; not possible on every platform (Windows), so best effort."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
