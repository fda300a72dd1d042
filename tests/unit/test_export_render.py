"""export.render gives, byte for byte, what the report it names gives, with the previous session,
its name and the note passed on; and the files beside a session (the previous one, a new export
that fails half-way)."""

from __future__ import annotations

import errno
import io
from datetime import datetime

import pytest

from tui.reports.actions_csv import actions_csv_bytes
from tui.reports.calendar import calendar_ics
from tui.reports.export import render
from tui.reports.memo import memo_markdown
from tui.reports.page import summary_html, worksheet_html
from tui.reports.summary import make_console, print_summary
from tui.storage import files
from tui.storage.toml_format import load_session

from .test_summary import FIRST, FOLLOW_UP, FOLLOW_UP_DAY

NOW = datetime(2026, 11, 26, 15, 30)


@pytest.fixture(scope="module")
def pair():
    return load_session(FIRST), load_session(FOLLOW_UP)


def summary_text(session, **options) -> bytes:
    buffer = io.StringIO()
    print_summary(session, make_console(buffer, width=80, plain=True), **options)
    return buffer.getvalue().encode("utf-8")


def test_each_form_is_its_report(pair):
    old, new = pair
    since = {"previous": old, "previous_name": FIRST.name}
    day = {"today": FOLLOW_UP_DAY, "now": NOW}
    assert render(new, "markdown", **day, **since) == memo_markdown(
        new, today=FOLLOW_UP_DAY, **since
    ).encode("utf-8")
    assert render(new, "html", **day, **since) == summary_html(
        new, today=FOLLOW_UP_DAY, **since
    ).encode("utf-8")
    assert render(new, "text", **day, **since, note="Let op") == summary_text(
        new, today=FOLLOW_UP_DAY, **since, note="Let op"
    )
    assert render(new, "csv", **day) == actions_csv_bytes(new)
    assert render(new, "ics", **day) == calendar_ics(new, now=NOW)
    worksheet = worksheet_html(new).encode("utf-8")
    assert render(new, "worksheet", **day) == worksheet
    assert render(new, "html", **day, worksheet=True) == worksheet


def test_the_defaults_are_no_previous_session_and_no_note(pair):
    _old, new = pair
    day = {"today": FOLLOW_UP_DAY, "now": NOW}
    plain = {"previous": None, "previous_name": ""}
    assert render(new, "markdown", **day) == memo_markdown(
        new, today=FOLLOW_UP_DAY, **plain
    ).encode("utf-8")
    assert render(new, "html", **day) == summary_html(new, today=FOLLOW_UP_DAY, **plain).encode(
        "utf-8"
    )
    text = render(new, "text", **day)
    assert text == summary_text(new, today=FOLLOW_UP_DAY, **plain, note="")
    assert b"\x1b" not in text
    assert max(len(line) for line in text.decode().splitlines()) <= 80
    assert render(new, "html", **day) != render(new, "worksheet", **day)


def test_load_previous(tmp_path, pair):
    old, new = pair
    path = tmp_path / FOLLOW_UP.name
    old.meeting.previous = ""
    assert files.load_previous(path, old) == (None, "", "")
    assert files.load_previous(path, new) == (None, FIRST.name, "missing")
    (tmp_path / FIRST.name).write_text("kapot")
    assert files.load_previous(path, new) == (None, FIRST.name, "broken")
    (tmp_path / FIRST.name).write_bytes(FIRST.read_bytes())
    found, name, problem = files.load_previous(path, new)
    assert (found, name, problem) == (load_session(FIRST), FIRST.name, "")


def test_a_new_export_that_fails_half_way_leaves_no_file(tmp_path, monkeypatch):
    target = tmp_path / "export.csv"
    real_open = open

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "open", lambda *a, **k: Full(real_open(*a, **k)), raising=False)
    with pytest.raises(OSError) as caught:
        files.write_new_file(target, b"x" * 1000)
    assert caught.value.errno == errno.ENOSPC
    assert not target.exists()
    monkeypatch.undo()
    files.write_new_file(target, b"abc")
    assert target.read_bytes() == b"abc"
    with pytest.raises(FileExistsError):
        files.write_new_file(target, b"other")
    assert target.read_bytes() == b"abc"


def test_the_text_export_is_plain_80_columns_whatever_the_terminal(pair, monkeypatch):
    _old, new = pair
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("NO_COLOR", raising=False)
    new.actions[0].what = "lang " * 60
    text = render(new, "text", today=FOLLOW_UP_DAY, now=NOW).decode()
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 80
    assert max(len(line) for line in text.splitlines()) >= 70  # the width is used
