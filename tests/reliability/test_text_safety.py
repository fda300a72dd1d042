"""Text safety everywhere: what people type, paste or put in a file never steers the terminal and
is never read as markup, in the app and in every command's output.

The hostile strings hold a terminal title change (OSC ``ESC ] 0;``), a screen clear (``ESC [2J``),
the one-byte C1 form of CSI (U+009B), a bidi override, NUL, DEL and BEL, and the markup dialects
of Textual and Rich (an ``@click`` action, ``[bold]``, a lone ``[/]``, a link, ``$var``, emoji
codes, a trailing backslash). Each marker word (``PWNED-...``) sits right after its control
sequence, so finding the sequence *with* the marker in the output proves it came from the data.
Output is read as the terminal gets it: the commands run in a pseudo-terminal (Rich then uses
colours, as on the facilitator's laptop), and the app's own byte stream is captured.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.app.helpers import FOLLOW_UP, make_app, settle
from tests.reliability.terminal import Terminal, environment
from tui.app.widgets.clean_input import CleanInput
from tui.core.model import Action, Feedback, Item, Participant
from tui.storage.toml_format import dumps_session, load_session

HOSTILE = [
    "\x1b]0;PWNED-TITLE\x07",
    "\x1b[2JPWNED-CLEAR",
    "\x9b2JPWNED-C1",
    "\u202ePWNED-BIDI\u202c",
    "nul\x00PWNED-NUL del\x7f bel\x07",
    "[@click=app.quit]klik[/]",
    "[bold]vet[/] [/] [link=file:///etc/passwd]link[/link]",
    "$var [$var] :warning: :smile: eind\\",
]
FORBIDDEN = [
    b"\x1b]0;PWNED",
    b"\x1b[2JPWNED",
    b"\x9b2JPWNED",
    "\x9b2JPWNED".encode(),
    "\u202e".encode(),
    b"\x00",
    b"\x7f",
]
"""Byte sequences that may only come from the data."""
LITERAL = [
    "[@click=app.quit]klik[/]",
    "[bold]vet[/]",
    "[link=file:///etc/passwd]link[/link]",
    ":warning:",
]
"""Markup shown exactly as typed (where the output is for a terminal)."""


def assert_safe(data: bytes, where: str) -> None:
    for sequence in FORBIDDEN:
        assert sequence not in data, f"{where}: {sequence!r} from the data reached the output"


def hostile(number: int) -> str:
    return HOSTILE[number % len(HOSTILE)]


@pytest.fixture
def hostile_files(tmp_path) -> tuple[Path, Path]:
    """The example meeting and its follow-up, with hostile text in every kind of field of the
    follow-up (written raw, so the file holds TOML escapes such as ``\\u001b``)."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    session = load_session(FOLLOW_UP)
    old = folder / session.meeting.previous
    shutil.copy(FOLLOW_UP.parent / session.meeting.previous, old)
    session.meeting = replace(
        session.meeting, organisation="Firma " + hostile(0), title=hostile(5), reason=hostile(6)
    )
    session.customer.expectations.append(hostile(7))
    session.participants.append(Participant("Piet " + hostile(1), hostile(2)))
    for number, step in enumerate(session.steps):
        step.name += " " + hostile(number)
        step.needs[0] = replace(
            step.needs[0],
            what=hostile(number + 1),
            when=hostile(number + 2),
            why=hostile(number + 3),
        )
        step.needs.append(Item(f"n{90 + number}", "Nieuw " + hostile(number + 4)))
    for number, action in enumerate(session.actions):
        session.actions[number] = replace(
            action, what=hostile(number) + " " + action.what, note=hostile(number + 5)
        )
    session.actions.append(Action("a90", hostile(3), "Wie " + hostile(5), due=date(2026, 12, 1)))
    session.feedback.append(Feedback(hostile(4), hostile(0)))
    new = folder / FOLLOW_UP.name
    new.write_text(dumps_session(session), encoding="utf-8")
    assert "\\u001b" in new.read_text() and "\x1b" not in new.read_text()
    return old, new


def test_loading_cleans_every_field(hostile_files):
    _old, new = hostile_files
    text = dumps_session(load_session(new))
    for forbidden in ("\x1b", "\x9b", "\u202e", "\x00", "\x7f", "\x07"):
        assert forbidden not in text
    assert "[@click=app.quit]klik[/]" in text and ":warning:" in text  # markup is data: kept


def run_command(args: list[str], tmp_path: Path, cwd: Path) -> tuple[int, bytes]:
    terminal = Terminal(args, cwd=cwd, env=environment(tmp_path), size=(120, 40))
    try:
        status = terminal.wait(timeout=30)
    finally:
        terminal.close()
    return status, terminal.data()


@pytest.mark.slow
def test_every_command_output_is_safe(hostile_files, tmp_path):
    old, new = hostile_files
    folder = new.parent
    terminal_commands = [  # with the exit status each must give
        (["check", new.name], 0),
        (["summary", new.name], 0),
        (["summary", "--format", "markdown", new.name], 0),
        (["compare", old.name, new.name], 0),
        (["compare", "--format", "markdown", old.name, new.name], 0),
        (["compare", "--format", "json", old.name, new.name], 0),
        (["fmt", "--check", new.name], 1),  # cleaning would change it
    ]
    for args, expected in terminal_commands:
        status, data = run_command(args, tmp_path, folder)
        assert status == expected, (args, data[-500:])
        assert_safe(data, " ".join(args))
        if args[0] == "summary" and len(args) == 2:
            shown = data.decode("utf-8", "replace")
            assert "\x1b[" in shown  # Rich did use colours: this is a terminal's view
            for literal in LITERAL:
                assert literal in shown.replace("\r\n", "").replace("\n", ""), literal
            assert "⚠" not in shown  # :warning: stays text
    # the files the commands write, as a viewer or `cat` would show them
    outputs = {"html": "s.html", "csv": "s.csv", "ics": "s.ics"}
    for form, name in outputs.items():
        status, data = run_command(
            ["summary", "--format", form, "--output", name, new.name], tmp_path, folder
        )
        assert status == 0, data[-500:]
        assert_safe((folder / name).read_bytes(), form)
    status, _ = run_command(["worksheet", "--output", "w.html", new.name], tmp_path, folder)
    assert status == 0
    assert_safe((folder / "w.html").read_bytes(), "worksheet")
    status, data = run_command(["fmt", new.name], tmp_path, folder)
    assert status == 0
    assert_safe(new.read_bytes(), "fmt")
    assert "\\u001b" not in new.read_text()  # rewritten without the removed characters


def test_a_hostile_key_in_a_broken_file_is_shown_harmlessly(tmp_path, capsys):
    from tui import cli

    path = tmp_path / "s.toml"
    text = FOLLOW_UP.read_text()
    path.write_text(
        text.replace(
            "[customer]\n", '[customer]\n"\\u001b]0;PWNED-KEY\\u0007\\u009b\\u202e" = 1\n', 1
        )
    )
    assert cli.main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert_safe(out.encode(), "check")
    assert "\\u001b]0;PWNED-KEY\\u0007\\u009b\\u202e: onbekende sleutel" in out  # visible, findable


async def test_typed_and_pasted_text_is_cleaned_and_a_paste_is_never_cut(session_file):
    from textual import events

    app = make_app(session_file)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        field = app.focused
        assert isinstance(field, CleanInput)
        field.post_message(
            events.Paste("eerste regel\x1b]0;PWNED\x07\r\ntweede\u202e regel\n\n  derde\x9b2J  ")
        )
        await pilot.pause()
        assert field.value == "eerste regel]0;PWNED tweede regel derde2J"  # joined, all there
        await pilot.press("end", *"[b]", "enter")
        await settle(pilot)
        what = app.editor.session.steps[0].needs[-1].what
        assert what == "eerste regel]0;PWNED tweede regel derde2J[b]"
        assert load_session(session_file).steps[0].needs[-1].what == what


async def test_a_paste_into_the_middle_of_a_selection_replaces_it(session_file):
    from textual import events

    app = make_app(session_file)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n", *"voor na")
        field = app.focused
        field.selection = (4, 5)  # the space
        field.post_message(events.Paste(" midden\nregel "))
        await pilot.pause()
        assert field.value == "voormidden regelna"


@pytest.mark.slow
def test_the_app_shows_hostile_text_harmlessly_loaded_typed_and_pasted(hostile_files, tmp_path):
    """Loaded (every field of the file), typed (the raw bytes of an OSC sequence) and pasted
    (bracketed paste: several lines with C1, bidi, NUL, DEL and BEL)."""
    _old, new = hostile_files
    terminal = Terminal([new.name], cwd=new.parent, env=environment(tmp_path), size=(120, 35))

    def need(data: bytes, shown: str) -> None:
        mark = terminal.mark()
        terminal.keys("n")
        terminal.wait_for("Annuleren", since=mark)
        mark = terminal.mark()
        terminal.send(data)
        terminal.wait_for(shown, since=mark)  # in the field, cleaned
        mark = terminal.mark()
        terminal.keys("enter")
        terminal.wait_for("n Nieuw", since=mark)

    try:
        terminal.wait_for("n Nieuw")
        need(b"getypt\x1b]0;PWNED-TYPED\x07 klaar", "PWNED-TYPED klaar")
        need(
            b"\x1b[200~geplakt\xc2\x9b2JPWNED-C1\r\n"
            b"regel \xe2\x80\xaePWNED-BIDI\x00nul\x7f\x07\r\n\x1b[201~",
            "PWNED-BIDInul",
        )
        # other steps: their names and needs are drawn
        for key, step in (("\x1b[C", 2), ("\x1b[C", 3), ("\x1b[D", 2)):
            mark = terminal.mark()
            terminal.send(key)
            terminal.wait_for(f"Stap {step}:", since=mark)
        mark = terminal.mark()
        terminal.keys("A")  # all action points on one screen
        terminal.wait_for("Sorteren", since=mark)
        mark = terminal.mark()
        terminal.keys("end")  # the new one is due last: at the bottom of the list
        terminal.wait_for("a90", since=mark)
        terminal.keys("escape")
        terminal.wait_for("opgeslagen")
        terminal.keys("ctrl+q")
        assert terminal.wait() == 0
    finally:
        terminal.close()
    assert_safe(terminal.data(), "the app")
    typed, pasted = [need.what for need in load_session(new).steps[0].needs[-2:]]
    assert typed == "getypt]0;PWNED-TYPED klaar"
    assert pasted == "geplakt2JPWNED-C1 regel PWNED-BIDInul"  # both lines, joined, cleaned
