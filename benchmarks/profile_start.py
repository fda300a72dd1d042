"""Where the cold start goes: the app (or the same first screen in plain Textual) profiled from
its first line of Python to the first frame that shows the session's content.

    .venv/bin/python benchmarks/profile_start.py                 # the shipped example
    .venv/bin/python benchmarks/profile_start.py FILE --floor    # benchmarks/screen_floor.py
    .venv/bin/python benchmarks/profile_start.py --n 2000 --sort tottime --top 30
    .venv/bin/python benchmarks/profile_start.py --match '^tui/'   # the project's own entries

The program runs as the cold start of ``run.py`` does: on a pseudo-terminal of 120x35, with
private settings and state, bytecode cached (a first, unprofiled start warms the cache). In the
child :mod:`cProfile` is switched on before anything is imported, and the statistics are written
the moment the driver has written a frame with the session's first need on it; the child then
ends at once (``os._exit``, nothing flushed). Times under the profiler are about twice the real
ones; the shares are what to read. ``--save FILE`` keeps the statistics for ``pstats`` or
``snakeviz``.
"""

from __future__ import annotations

import os
import sys

# Only what Python itself has loaded is imported here: the child starts its profile at once.
CHILD = "--child"


def child(stats: str, marker: str, kind: str, target: str) -> None:
    """In the profiled process: run the app (or the floor) until ``marker`` is on the screen."""
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    from textual.drivers.linux_driver import LinuxDriver

    write = LinuxDriver.write

    def write_and_stop(self: LinuxDriver, data: str) -> None:
        write(self, data)
        if marker in data:
            profile.disable()
            profile.dump_stats(stats)
            os._exit(0)

    LinuxDriver.write = write_and_stop  # type: ignore[method-assign]
    if kind == "floor":
        import json

        from screen_floor import ScreenFloor

        with open(target, encoding="utf-8") as file:
            ScreenFloor(json.load(file)).run()
    else:
        from tui.cli import main

        main([target])
    raise SystemExit(f"{target}: ended before {marker!r} was on the screen")


def shorter(stats, root: str):
    """File names from the project, site-packages or the standard library, without the folder."""
    prefixes = sorted({root + "/", *(p + "/" for p in sys.path if p)}, key=len, reverse=True)
    table = stats.stats  # type: ignore[attr-defined]
    for (file, line, name), value in list(table.items()):
        short = next((file[len(p) :] for p in prefixes if file.startswith(p)), file)
        if short != file:
            del table[(file, line, name)]
            table[(short, line, name)] = value
    return stats


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json
    import pstats
    import tempfile
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    import run  # benchmarks/ is this script's own folder: on sys.path

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, help="a session (default: the example)")
    parser.add_argument("--n", type=int, help="a synthetic session of N action points instead")
    parser.add_argument("--floor", action="store_true", help="plain Textual's same first screen")
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime"])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--match", help="only entries whose place matches (a regular expression)")
    parser.add_argument("--save", type=Path, help="keep the statistics in this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="interne-klanten-profile-") as temporary:
        folder = Path(temporary)
        bench = run.Benchmark(folder, (args.n or 500,), 1, 0, True)
        path = args.file or run.EXAMPLE
        if args.n:
            from generate import synthetic_session

            from tui.storage.toml_format import dumps_session

            path = folder / "sessions" / f"2026-11-26-benchmark-{args.n}.toml"
            path.parent.mkdir()
            session = synthetic_session(args.n, run.STEPS, run.ITEMS)
            path.write_text(dumps_session(session), encoding="utf-8")
        marker, target, kind = bench.marker(path), str(path.resolve()), "app"
        if args.floor:
            kind, target = "floor", str(folder / "screen.json")
            Path(target).write_text(json.dumps(run.screen_floor_data(path)), encoding="utf-8")
        stats = args.save or folder / "start.prof"
        argv_child = [str(run.PYTHON), __file__, CHILD, str(stats), marker, kind, target]
        run.pty_start(argv_child, bench.env, folder, marker)  # warms the bytecode cache
        start = run.pty_start(argv_child, bench.env, folder, marker)
        shown = "plain Textual, the same first screen" if args.floor else "the app"
        print(f"{shown} on {path.name}: first content after {start.content * 1000:.0f} ms "
              "under the profiler")  # fmt: skip
        shorter(pstats.Stats(str(stats)), str(root)).sort_stats(args.sort).print_stats(
            *([args.match] if args.match else []), args.top
        )
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == [CHILD]:
        child(*sys.argv[2:6])
    else:
        sys.exit(main())
