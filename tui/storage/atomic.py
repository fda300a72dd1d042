"""Saving a file so that a crash at any moment leaves the old file or the new one, never a mix.

The bytes go to a temporary file in the same folder (a rename is only atomic within one file
system), are flushed and fsynced, and the temporary file is renamed over the target. When the
target is a symbolic link, its target is updated and the link stays. On any failure the temporary
file is removed and the old file is untouched; the error is raised for the caller to show.
"""

from __future__ import annotations

import os
import stat
import tempfile


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
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _fsync_folder(folder)


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
