"""Offering what a crash left behind: the recovery copies of a session, newest first.

When a session is opened (from the command line or the start screen) and recovery copies of its
file hold something the file does not, this dialog lists them, each with its time and what it
adds, and the facilitator chooses: put a version back (it replaces what the editor holds, as a
reload does, and the autosave then writes it), keep the file as it is (the copies are deleted,
after a confirmation), or decide later (nothing happens; they are offered again
next time). Nothing is restored or deleted without that choice; copies identical to the file
hold nothing new and are simply removed.

A copy made from a file that has changed on disk since (someone edited it, another run saved
it) is still offered; putting it back first keeps the file's current version as a copy beside
it, like the conflict dialog does. The copy of a file that no longer exists is offered too:
putting it back writes the file again.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from tui.app.screens.dialogs import ChoiceDialog
from tui.core.dates import format_date
from tui.core.model import ITEM_KINDS, Session
from tui.core.text import clean_line
from tui.i18n import t
from tui.storage.atomic import atomic_write, describe_error
from tui.storage.recovery import RecoveryEntry, entries_for, file_digest, remove
from tui.storage.toml_format import SessionFileError, dumps_session, parse_session

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp

SHOWN_LINES = 8
"""Changed lines shown for the highlighted version."""


@dataclass
class Offered:
    """A recovery copy and what it holds compared with the file on disk."""

    entry: RecoveryEntry
    session: Session | None
    """None when the copy is not a valid session: it is listed (and deleted with the others when
    the file is kept), but cannot be put back."""
    summary: str
    lines: list[str]


def counts(session: Session) -> dict[str, int]:
    steps = session.steps
    found = {kind: sum(len(step.items(kind)) for step in steps) for kind in ITEM_KINDS}
    found.update(
        actions=len(session.actions), steps=len(steps), participants=len(session.participants)
    )
    found["feedback"] = len(session.feedback)
    return found


def describe(entry: RecoveryEntry, disk: Session | None, disk_text: str) -> Offered:
    """What a copy holds that the file does not: counts that differ, and the changed lines."""
    try:
        session = parse_session(entry.text, str(entry.file))
    except SessionFileError:
        return Offered(entry, None, t("recovery.unreadable"), [])
    if disk is None:
        return Offered(entry, session, t("recovery.no_file"), [])
    old, new = counts(disk), counts(session)
    parts = [
        t(f"recovery.count.{name}", old=old[name], new=new[name])
        for name in old
        if old[name] != new[name]
    ]
    changed = [
        line.rstrip("\n")
        for line in difflib.unified_diff(
            disk_text.splitlines(True), entry.text.splitlines(True), n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---")) and line[1:].strip()
    ]
    if not parts:
        parts.append(t("recovery.lines_changed", count=len(changed)))
    return Offered(entry, session, ", ".join(parts), changed)


def shown(name: str | Path) -> str:
    """A file name as text to show: names come from the file system, not through the cleaning
    of text, and may hold characters that steer the terminal."""
    return clean_line(str(name))


def when(moment: datetime, today: date) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    day = t("recovery.today") if local.date() == today else format_date(local.date())
    return f"{day} {local:%H:%M:%S}"


def offer_recovery(
    app: InterneKlantenApp,
    path: Path,
    found: tuple[list[RecoveryEntry], list[Path]] | None = None,
) -> bool:
    """Show the recovery copies of ``path`` that hold something it does not; True if there are.

    Called right after the session was opened (``app.saver`` on ``path``), or with no session
    open when ``path`` does not exist (any more). ``found``: ``entries_for(path)``, when the
    caller has read them already."""
    entries, damaged = found if found is not None else entries_for(path)
    if not entries and not damaged:
        return False  # the usual case: nothing to offer, and no need to make the session's text
    if damaged:
        app.notify(
            t("recovery.damaged", files=", ".join(shown(file) for file in damaged)),
            severity="warning",
            timeout=15,
            markup=False,
        )
    opened = app.saver is not None and app.saver.path == path
    disk = app.editor.session if opened else None
    disk_text = dumps_session(disk) if disk is not None else ""
    offered = []
    for entry in entries:
        if disk is not None and entry.text == disk_text:
            remove(entry)  # the file holds all of it
            continue
        offered.append(describe(entry, disk, disk_text))
    if not offered:
        return False
    app.push_screen(
        RecoveryScreen(shown(path.name), offered, app.today()),
        lambda choice: _chosen(app, path, offered, choice),
    )
    return True


def _chosen(
    app: InterneKlantenApp, path: Path, offered: list[Offered], choice: tuple[str, int] | None
) -> None:
    if choice is None:
        app.notify(t("recovery.later"), timeout=6)
        return
    action, index = choice
    if action == "restore":
        restore(app, path, offered[index])
    elif action == "keep":
        app.push_screen(
            ChoiceDialog(
                t("recovery.confirm_keep", count=len(offered)),
                [("yes", t("recovery.keep_confirmed"))],
                default="cancel",  # deleting the copies cannot be undone
            ),
            lambda answer: _keep_file(app, path, offered, answer),
        )


def _keep_file(
    app: InterneKlantenApp, path: Path, offered: list[Offered], answer: str | None
) -> None:
    if answer != "yes":
        offer_recovery(app, path)  # back to the choice: nothing was decided
        return
    for item in offered:
        remove(item.entry)
    app.notify(t("recovery.discarded", count=len(offered)), timeout=6)


def restore(app: InterneKlantenApp, path: Path, offered: Offered) -> None:
    """Put ``offered`` back. The copy is removed only once what it held is safe elsewhere."""
    entry, session = offered.entry, offered.session
    if session is None:
        app.notify(
            t("recovery.cannot_restore", file=shown(entry.file)), severity="error", markup=False
        )
        return
    try:
        disk = path.read_bytes()
    except FileNotFoundError:
        disk = None
    except OSError as error:
        app.notify(
            t("recovery.restore_failed", error=describe_error(error)),
            severity="error",
            markup=False,
        )
        return
    if disk is not None and file_digest(disk) != entry.based_on:
        # the file changed after this copy was made: keep that version too
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}-kopie-{stamp}{path.suffix}")
        try:
            atomic_write(copy, disk)
        except OSError as error:
            app.notify(
                t("recovery.restore_failed", error=describe_error(error)),
                severity="error",
                markup=False,
            )
            return
        app.notify(t("recovery.kept_disk_copy", file=shown(copy.name)), timeout=10, markup=False)
    if app.saver is not None and app.saver.path == path:
        app.editor.replace_session(session)
        if not app.saver.write_recovery():  # this run's copy holds it now ...
            return  # ... or the old copy stays, to be offered again
        remove(entry)
    else:  # the file is gone: write it back, then open it
        try:
            atomic_write(path, entry.text.encode("utf-8"))
        except OSError as error:
            app.notify(
                t("recovery.restore_failed", error=describe_error(error)),
                severity="error",
                markup=False,
            )
            return
        remove(entry)
        app.open_session(path)
    app.notify(t("recovery.restored", time=when(entry.written, app.today())), timeout=8)


class RecoveryScreen(ModalScreen[tuple[str, int] | None]):
    """The recovered versions of one file, newest first, and the three choices."""

    BINDINGS = [
        Binding("r", "restore", "recovery.restore", id="recovery.restore"),
        Binding("k", "keep", "recovery.keep", id="recovery.keep"),
        Binding("escape,l", "later", "recovery.decide_later", id="recovery.later"),
    ]

    def __init__(self, file: str, offered: list[Offered], today: date) -> None:
        super().__init__(classes="dialog")
        self.file = file
        self.offered = offered
        self.today = today

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="recovery-box"):
            yield Static(
                Content(t("recovery.question", file=shown(self.file))), classes="dialog-question"
            )
            yield OptionList(
                *[
                    Option(
                        Content(f"{when(item.entry.written, self.today)} · {item.summary}"),
                        id=str(index),
                    )
                    for index, item in enumerate(self.offered)
                ],
                id="recovery-versions",
            )
            yield Static(id="recovery-detail")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("recovery.restore"), id="restore", variant="primary")
                yield Button(t("recovery.keep"), id="keep", variant="warning")
                yield Button(t("recovery.decide_later"), id="later")

    def on_mount(self) -> None:
        versions = self.query_one(OptionList)
        versions.highlighted = 0
        versions.focus()
        self._show(0)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(event.option_index)

    def _show(self, index: int) -> None:
        item = self.offered[index]
        lines = item.lines[:SHOWN_LINES]
        if len(item.lines) > SHOWN_LINES:
            lines.append(t("recovery.more_lines", count=len(item.lines) - SHOWN_LINES))
        self.query_one("#recovery-detail", Static).update(Content("\n".join(lines)))

    def _index(self) -> int:
        highlighted = self.query_one(OptionList).highlighted
        return highlighted if highlighted is not None else 0

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(("restore", event.option_index))

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        {"restore": self.action_restore, "keep": self.action_keep}.get(
            event.button.id or "", self.action_later
        )()

    def action_restore(self) -> None:
        self.dismiss(("restore", self._index()))

    def action_keep(self) -> None:
        self.dismiss(("keep", self._index()))

    def action_later(self) -> None:
        self.dismiss(None)
