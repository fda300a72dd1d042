"""The app: wiring only. It owns the editor (the session and its history) and the autosave, and
shows the workshop screen. Screens change the session through ``app.editor`` and redraw when
``app.session_changed`` tells them to."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.signal import Signal

from tui.app.autosave import AutoSaver
from tui.app.screens.actions import ActionsScreen
from tui.app.screens.dialogs import ConflictDialog
from tui.app.screens.workshop import WorkshopScreen
from tui.core.history import SessionEditor
from tui.core.model import ModelError, Session
from tui.i18n import t
from tui.storage.atomic import atomic_write
from tui.storage.toml_format import SessionFileError, dumps_session, load_session


class InterneKlantenApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "Interne klanten"

    BINDINGS = [
        Binding("ctrl+q", "quit", t("key.quit"), id="app.quit", priority=True),
        Binding("ctrl+z", "undo", t("key.undo"), id="app.undo"),
        Binding("ctrl+y", "redo", t("key.redo"), id="app.redo"),
        Binding("ctrl+s", "save", t("key.save"), show=False, id="app.save"),
        Binding("A", "actions", t("key.actions"), id="app.actions"),
    ]

    def __init__(self, path: Path, session: Session, loaded: bytes, *, today: date | None = None) -> None:
        super().__init__()
        self._today = today
        self.editor = SessionEditor(session)
        self.session_changed: Signal[str] = Signal(self, "session-changed")
        self.saver = AutoSaver(self, self.editor, path, loaded)
        self.saver.on_conflict = self._conflict
        self.editor.listeners.append(self.session_changed.publish)
        self._quit_requested = False

    def today(self) -> date:
        return self._today or date.today()

    def on_mount(self) -> None:
        self.sub_title = self.saver.path.name
        self.push_screen(WorkshopScreen())

    # --- commands --------------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(t("key.actions"), t("command.actions"), self.action_actions)
        yield SystemCommand(t("key.undo"), t("command.undo"), self.action_undo)
        yield SystemCommand(t("key.redo"), t("command.redo"), self.action_redo)
        yield SystemCommand(t("key.save"), t("command.save"), self.action_save)

    def action_actions(self) -> None:
        if not isinstance(self.screen, ActionsScreen):
            self.push_screen(ActionsScreen())

    def action_undo(self) -> None:
        self._history(self.editor.undo, "notice.undone", "notice.nothing_to_undo")

    def action_redo(self) -> None:
        self._history(self.editor.redo, "notice.redone", "notice.nothing_to_redo")

    def _history(self, step, done_key: str, empty_key: str) -> None:
        try:
            label = step()
        except ModelError as error:
            self.notify(str(error), severity="warning", markup=False)
            return
        self.notify(t(done_key, change=label) if label else t(empty_key), markup=False, timeout=3)

    def action_save(self) -> None:
        if self.saver.save_now():
            self.notify(t("notice.saved"), timeout=2)

    async def action_quit(self) -> None:
        """Quit after the last save has finished; a second ctrl+q quits even if it failed."""
        await self.workers.wait_for_complete()
        if self.saver.save_now() or self._quit_requested:
            self.exit()
            return
        self._quit_requested = True
        self.notify(t("notice.quit_unsaved"), severity="error", timeout=10)

    # --- a file changed on disk --------------------------------------------------------------

    def _conflict(self) -> None:
        if not isinstance(self.screen, ConflictDialog):
            self.push_screen(ConflictDialog(self.saver.path.name), self._resolve_conflict)

    def _resolve_conflict(self, choice: str | None) -> None:
        path = self.saver.path
        if choice == "reload":
            try:
                session = load_session(path)
                data = path.read_bytes()
            except (SessionFileError, OSError) as error:
                self.notify(t("conflict.reload_failed", error=str(error)), severity="error", markup=False)
                self._keep_copy(path)
                return
            self.editor.replace_session(session)
            self.saver.adopt(path, data, self.editor.revision)
            self.notify(t("conflict.reloaded"), timeout=4)
        else:
            self._keep_copy(path)

    def _keep_copy(self, path: Path) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}-kopie-{stamp}{path.suffix}")
        data = dumps_session(self.editor.session).encode("utf-8")
        try:
            atomic_write(copy, data)
        except OSError as error:
            self.notify(t("save.failed_notice", error=error.strerror or error), severity="error")
            return
        self.saver.adopt(copy, data, self.editor.revision)
        self.sub_title = copy.name
        self.notify(t("conflict.copied", file=copy.name), timeout=8, markup=False)
