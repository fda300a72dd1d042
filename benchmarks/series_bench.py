"""The series and the overview in the benchmark (issue 18): ``overview`` over 100 organisations of
8 meetings each (800 files) against ``check`` of the same 800 files, and ``series`` of a series of
20 meetings against ``check`` of those 20 files; both whole processes, the target 1.5x.

Called from :mod:`run` (``series_rows(bench)``); on its own it only writes the folders::

    .venv/bin/python benchmarks/series_bench.py /tmp/series-folders

The meetings are made as the app makes them: a first meeting (:func:`generate.synthetic_session`,
a firm of 5 steps with 4 needs, asks and info items each and 20 action points, about the size of
the shipped example), then each follow-up from the one before with :func:`generate.next_meeting`
(a third of the open actions done, some postponed or reassigned, items reworded, new actions),
91 days apart, ``previous`` set.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import next_meeting, synthetic_session  # noqa: E402

from tui.core import edits  # noqa: E402
from tui.storage.toml_format import dumps_session  # noqa: E402

ORGANISATIONS, MEETINGS = 100, 8
LONG_SERIES = 20
TARGET = 1.5


def write_series(folder: Path, organisation: str, meetings: int, seed: int) -> list[Path]:
    """``meetings`` meetings of one firm in ``folder``; their paths, oldest first."""
    session = synthetic_session(20, 5, 4, seed=seed)
    edits.update_meeting(session, organisation=organisation)
    paths: list[Path] = []
    slug = organisation.lower().replace(" ", "-")
    for k in range(meetings):
        if k:
            session = next_meeting(session, paths[-1].name, seed=seed * 100 + k)
            day = session.meeting.date
            edits.update_meeting(session, follow_up=day + timedelta(days=91))
        path = folder / f"{session.meeting.date.isoformat()}-{slug}.toml"
        path.write_text(dumps_session(session), encoding="utf-8")
        paths.append(path)
    return paths


def write_folders(base: Path, organisations: int = ORGANISATIONS) -> tuple[Path, list[Path]]:
    """The overview's folder (``organisations`` x 8 meetings) and a folder with one series of 20
    meetings; returns the first folder and the paths of the long series."""
    overview = base / "overview"
    overview.mkdir(parents=True)
    for n in range(organisations):
        write_series(overview, f"Bedrijf {n + 1:03d}", MEETINGS, seed=n + 1)
    long = base / "series"
    long.mkdir()
    return overview, write_series(long, "Installateur Reeks", LONG_SERIES, seed=999)


def series_rows(bench: Any) -> None:
    """Add the two figures to the benchmark ``bench`` (:class:`run.Benchmark`)."""
    from run import COMMAND, median, repeat_process

    organisations = 10 if bench.quick else ORGANISATIONS
    overview, long = write_folders(bench.folder / "series-bench", organisations)
    files = sorted(str(p) for p in overview.glob("*.toml"))

    def process(argv: list[str]) -> float:
        runs = repeat_process(argv, bench.env, bench.folder, bench.repeat, bench.warmup)
        return median([run.seconds for run in runs])

    command = str(COMMAND)
    check_all = process([command, "check", *files])
    every = process([command, "overview", "--date", "2029-01-01", str(overview)])
    bench.add(f"process: overview, {organisations} firms x {MEETINGS} meetings ({len(files)} "
              "files)", every, check_all, f"check of the {len(files)} files", TARGET)  # fmt: skip
    check_long = process([command, "check", *map(str, long)])
    series = process([command, "series", str(long[-1])])
    bench.add(f"process: series, {LONG_SERIES} meetings", series, check_long,
              f"check of the {LONG_SERIES} files", TARGET)  # fmt: skip
    # what the terminal view costs beyond the figures: Rich's import and its layout
    as_json = process([command, "series", "--format", "json", str(long[-1])])
    bench.add(f"process: series --format json, {LONG_SERIES} meetings (info)", as_json,
              check_long, f"check of the {LONG_SERIES} files")  # fmt: skip


if __name__ == "__main__":
    overview, long = write_folders(Path(sys.argv[1]))
    print(overview, long[-1])
