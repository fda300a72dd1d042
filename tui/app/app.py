"""The app: wiring only.

It owns the open session's editor (the session and its history), the autosave and the meeting
clock, and moves between the screens: the start screen (the sessions in a folder), and for an
open session the workshop, the meeting data, the chain, the closing and all action points.
Screens change the session through ``app.editor``; after every change the app has each screen on
the session redraw from the model at once (:meth:`InterneKlantenApp.session_changed`).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from textual.app import App, SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.screen import Screen

from tui.app.autosave import AutoSaver
from tui.app.bindings import localize_bindings
from tui.app.clock import MeetingClock
from tui.app.crash import SafeExit
from tui.app.kept_screens import KeptScreens, kept_kind
from tui.app.key_gate import KeyGate
from tui.app.screens.base import RefreshError, SessionScreen
from tui.app.screens.workshop import WorkshopScreen
from tui.app.textual_internals import RepaintsAfterBatch
from tui.app.theme import PROJECTOR
from tui.app.widgets.item_section import ItemSection
from tui.app.widgets.status_line import StatusLine
from tui.config import Config, save_config
from tui.core.history import SessionEditor
from tui.core.model import ModelError, Session
from tui.core.text import clean_line
from tui.i18n import t
from tui.storage.atomic import atomic_write
from tui.storage.recovery import entries_for as recovery_copies
from tui.storage.toml_format import (
    SessionFileError,
    dumps_session,
    load_session,
    load_session_and_bytes,
)

FREEZE_AFTER = 1.0
"""Seconds after the start or after opening a session before the garbage is settled (a full
collection takes tens of milliseconds: not while the first frames are drawn)."""

SESSION_ACTIONS = {
    "screen", "script", "undo", "redo", "save", "close_meeting", "reopen_meeting", "sessions",
    "summary", "compare", "review", "find",
}  # fmt: skip
"""Commands that need an open session."""

# Only the first screen's modules are imported before the first frame: every other screen (and
# the command palette, the tools, Textual's TextArea) is imported where it is first used, which
# took a sixth of the start. Their key descriptions are localized when their classes are made
# (tui/app/bindings.py).


def _is_start(screen: Screen) -> bool:
    """``screen`` is the start screen (its module is imported when the start screen is made)."""
    start = sys.modules.get("tui.app.screens.start")
    return start is not None and isinstance(screen, start.StartScreen)


def _start_screen(folder: Path) -> Screen:
    from tui.app.screens.start import StartScreen

    return StartScreen(folder)


class InterneKlantenApp(KeyGate, SafeExit, RepaintsAfterBatch, App):
    editor: SessionEditor
    """The open session and its history; set by :meth:`open_session` (screens that use it
    exist only while a session is open)."""

    CSS_PATH = "app.tcss"
    TITLE = "Interne klanten"

    BINDINGS = [
        Binding("ctrl+q", "quit", "key.quit", id="app.quit", priority=True),
        Binding("f1,question_mark", "help", "key.help", id="app.help"),
        Binding("ctrl+z", "undo", "key.undo", id="app.undo"),
        Binding("ctrl+y", "redo", "key.redo", id="app.redo"),
        Binding("ctrl+s", "save", "key.save", show=False, id="app.save"),
        Binding("ctrl+f", "find", "key.find", show=False, id="app.find"),
        Binding("A", "screen('actions')", "key.actions", id="app.actions"),
        Binding("f2", "screen('meeting')", "key.meeting", id="app.meeting"),
        Binding("f3", "screen('chain')", "key.chain", id="app.chain"),
        Binding("f4", "script", "key.script", id="app.script"),
        Binding("f5", "screen('closing')", "key.closing", id="app.closing"),
        Binding("f6", "summary", "key.summary", id="app.summary", show=False),
        Binding("f7", "compare", "key.compare", id="app.compare", show=False),
        Binding("f8", "review", "key.review", id="app.review", show=False),
    ]

    def __init__(
        self,
        *,
        folder: Path,
        path: Path | None = None,
        config: Config | None = None,
        today: date | None = None,
        recover: Path | None = None,
        loaded: tuple[Session, bytes] | None = None,
    ) -> None:
        """``recover``: a session file that does not exist, whose recovery copies to offer.
        ``loaded``: the session at ``path`` and its bytes, when the caller has read it already."""
        localize_bindings()  # before any widget copies its bindings
        super().__init__()
        self.install_worker_reporting()
        self._recover = recover
        self.folder = folder
        self.config = config or Config()
        self._today = today
        self.saver: AutoSaver | None = None
        self.kept = KeptScreens(self)
        self.clock = MeetingClock(lambda: self.editor)
        self._quit_requested = False
        self.register_theme(PROJECTOR)
        self._start_theme(
            self.config.theme if self.config.theme in self.available_themes else PROJECTOR.name
        )
        if self.config.keys:
            self.set_keymap(self.config.keys)
        if path is not None:  # a bad file raises SessionFileError (the CLI reports it first)
            self._adopt(path, *(loaded or load_session_and_bytes(path)))

    def _start_theme(self, name: str) -> None:
        """The theme, before anything has been styled. Setting ``App.theme`` has Textual parse
        every stylesheet read so far once more (a tenth of the time to the first frame); here,
        nothing has been parsed yet: the stylesheet only needs the theme's variables, the app its
        theme classes. (A theme light where Textual's first is dark also changes the ANSI colour
        filter: that one is set the ordinary way.)"""
        theme = self.get_theme(name)
        if theme is None or theme.dark != self.current_theme.dark:
            self.theme = name
            return
        self.set_reactive(App.theme, name)
        self.stylesheet.set_variables(self.get_css_variables())
        self.set_class(True, f"-theme-{name}", update=False)
        self.set_class(theme.dark, "-dark-mode", update=False)
        self.set_class(not theme.dark, "-light-mode", update=False)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity="information",
        timeout=None,
        markup: bool = False,
    ) -> None:
        """Notifications are plain text unless asked otherwise: they carry file names and
        messages of the operating system, which are data, not markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def today(self) -> date:
        return self._today or date.today()

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.set_interval(1, self._tick)
        self.install_signal_handlers()
        if self.saver is not None:
            # Straight to the session; the start screen (which reads the whole folder) is made
            # only when someone goes back to it.
            self.push_screen(WorkshopScreen())
            self.offer_recovery(self.saver.path)
        else:
            self.push_screen(_start_screen(self.folder))
            if self._recover is not None:
                self.offer_recovery(self._recover)
        self.set_timer(FREEZE_AFTER, self.settle_garbage)
        self.open_gate_when_settled()  # keys typed while starting go to the first screen

    def show_busy(self, busy: bool) -> None:
        """Input waits for the app (a long paste, a slow machine): the status line says so, and
        an open form is marked busy."""
        for line in self.screen.query(StatusLine):
            line.show_busy(busy)
        for section in self.screen.query(ItemSection):
            section.set_class(busy and section.form_open, "-busy")

    def on_unmount(self) -> None:
        self.remove_signal_handlers()

    def _tick(self) -> None:
        if self.saver is not None:
            self.clock.tick()
            for screen in self.session_screens():
                screen.clock_ticked()

    def _remember_theme(self, theme) -> None:
        if theme.name != self.config.theme:
            self.config.theme = theme.name
            try:
                save_config(self.config)
            except OSError as error:
                self.notify(
                    t("config.not_saved", error=error.strerror or error), severity="warning"
                )

    # --- opening sessions ------------------------------------------------------------------

    def open_session(self, path: Path, *, prepare: bool = False) -> bool:
        """Open ``path`` on the workshop screen (``prepare``: on the meeting screen first)."""
        try:
            session, data = load_session_and_bytes(path)
        except SessionFileError as error:
            self.notify(
                "\n".join(str(p) for p in error.problems[:5]),
                severity="error",
                markup=False,
                timeout=15,
            )
            return False
        self._close_session()
        self._adopt(path, session, data)
        self.push_screen(WorkshopScreen())
        if prepare:
            self.action_screen("meeting")
        self.offer_recovery(path)
        return True

    def offer_recovery(self, path: Path) -> None:
        """The recovery copies of ``path`` that hold what it does not, if there are any (the
        dialog's module is loaded only then: nearly always there are none)."""
        entries, damaged = found = recovery_copies(path)
        if entries or damaged:
            from tui.app.screens.recovery import offer_recovery

            offer_recovery(self, path, found)

    @staticmethod
    def settle_garbage() -> None:
        """After the first frames: collect once, move what is left (the modules, the loaded
        session) out of the garbage collector's way, and turn the collector on (the command
        line starts the app with it resting). With thousands of items its full collections
        otherwise pause typing now and then."""
        gc.collect()
        gc.freeze()
        gc.enable()

    def _adopt(self, path: Path, session: Session, data: bytes) -> None:
        self.editor = SessionEditor(session)
        self.saver = AutoSaver(self, self.editor, path, data)
        self.saver.on_conflict = self._conflict
        self.editor.listeners.append(self.session_changed)
        self.sub_title = clean_line(path.name)
        if self.is_running:
            self.set_timer(FREEZE_AFTER, self.settle_garbage)

    @property
    def session_path(self) -> Path:
        """The open session's file (only asked for while a session is open)."""
        assert self.saver is not None
        return self.saver.path

    def session_screens(self) -> list[SessionScreen]:
        """The screens on the open session that draw from it (bottom to top)."""
        return [s for s in self.screen_stack if isinstance(s, SessionScreen) and s.following]

    def session_changed(self, _label: str) -> None:
        """The editor changed the session: every screen on it redraws now, before the editor
        returns. Not through a Textual ``Signal``, which catches a subscriber's exception and only
        logs it: a screen that failed to redraw would silently stop showing the model. Here the
        error goes on to the crash handling (the work is saved first)."""
        for screen in self.session_screens():
            try:
                screen.redraw()
            except Exception as error:
                raise RefreshError(type(screen).__name__) from error

    def _close_session(self) -> None:
        """Back to the start screen, after writing what the open session still holds."""
        if self.saver is None:
            return
        self.clock.stop()
        self.saver.save_now()  # if it fails, the recovery copy holds it (offered on reopening)
        self.saver.close()
        stacked = list(self.screen_stack)
        while len(self.screen_stack) > 1 and not _is_start(self.screen):
            self.pop_screen()
        self.kept.forget(stacked)
        if not _is_start(self.screen):
            self.push_screen(_start_screen(self.folder))
        self.saver = None

    # --- commands --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SESSION_ACTIONS:
            return self.saver is not None
        return True

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from tui.app import palette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(palette.command_palette())

    def search_themes(self) -> None:
        from tui.app import palette

        self.push_screen(palette.theme_palette())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from tui.app import palette, tools

        yield from palette.translated(super().get_system_commands(screen))
        yield SystemCommand(t("key.help"), t("command.help"), self.action_help)
        if self.saver is None:
            return
        for name in ("actions", "meeting", "chain", "closing"):
            yield SystemCommand(
                t(f"key.{name}"), t(f"command.{name}"), lambda n=name: self.action_screen(n)
            )
        yield SystemCommand(t("key.script"), t("command.script"), self.action_script)
        yield SystemCommand(t("key.summary"), t("command.summary"), self.action_summary)
        yield SystemCommand(t("key.export"), t("command.export"), self.action_export)
        yield SystemCommand(t("key.compare"), t("command.compare"), self.action_compare)
        yield SystemCommand(t("key.review"), t("command.review"), self.action_review)
        yield SystemCommand(t("key.series"), t("command.series"), self.action_series)
        yield from tools.commands(self, screen)
        yield SystemCommand(t("key.sessions"), t("command.sessions"), self.action_sessions)
        yield SystemCommand(t("key.undo"), t("command.undo"), self.action_undo)
        yield SystemCommand(t("key.redo"), t("command.redo"), self.action_redo)
        yield SystemCommand(t("key.save"), t("command.save"), self.action_save)
        if self.editor.read_only:
            yield SystemCommand(
                t("closing.reopen"), t("command.reopen"), self.action_reopen_meeting
            )
        else:
            yield SystemCommand(t("closing.close"), t("command.close"), self.action_close_meeting)

    def action_screen(self, name: str) -> None:
        self.show_screen(name)

    def show_screen(self, name: str, *, select: str | None = None) -> None:
        """The screen ``name`` (see ``kept_kind``) right above the workshop, made once per session
        (tui/app/kept_screens.py); ``select``: the key of the row to put its cursor on."""
        kind = kept_kind(name)
        if not isinstance(self.screen, kind):
            self._on_workshop(keep_top=True)  # one level: the workshop and the screen asked for
            screen = self.kept.get(name, kind)
            if self._above_workshop():
                # in place of the screen above the workshop: popping it first would resume the
                # workshop (restyling all of it) only to cover it again at once
                self.switch_screen(screen)
            else:
                self.push_screen(screen)
        if select is not None:
            shown = self.screen
            assert isinstance(shown, SessionScreen)
            shown.call_after_refresh(lambda: shown.section.select(select))

    def pop_screen(self) -> AwaitComplete:
        self.kept.leaving(self.screen)
        return super().pop_screen()

    def switch_screen(self, screen: Screen | str) -> AwaitComplete:
        if screen is not self.screen:
            self.kept.leaving(self.screen)
        return super().switch_screen(screen)

    async def action_script(self) -> None:
        self._on_workshop()
        if isinstance(self.screen, WorkshopScreen):
            await self.screen.toggle_script()

    def action_summary(self) -> None:
        from tui.app.screens.report import SummaryScreen

        self._on_workshop()
        self.push_screen(SummaryScreen())

    def action_find(self) -> None:
        from tui.app import tools

        tools.open_find(self)

    def action_export(self) -> None:
        from tui.app.screens.report import ExportDialog

        self.push_screen(ExportDialog())

    def action_compare(self) -> None:
        from tui.app.screens.report import compare_with_previous

        self._on_workshop()
        compare_with_previous(self)

    def action_series(self) -> None:
        """Every meeting of the open session's series side by side (issue 18)."""
        if self.saver is None:
            return
        from tui.app.screens.series import series_of_open_session

        self._on_workshop()
        series_of_open_session(self)

    def action_review(self) -> None:
        from tui.app.screens.review import ReviewScreen, carried_open_actions

        ids = carried_open_actions(self)
        if not ids:
            self.notify(t("review.nothing"), markup=False)
            return
        self._on_workshop()
        self.push_screen(ReviewScreen(ids))

    def _on_workshop(self, *, keep_top: bool = False) -> None:
        """Back to the workshop (or the start screen) before another screen goes on top;
        ``keep_top``: down to the one screen above it (which the caller then replaces)."""
        while (
            len(self.screen_stack) > 1
            and not isinstance(self.screen, WorkshopScreen)
            and not _is_start(self.screen)
            and not (keep_top and self._above_workshop())
        ):
            self.pop_screen()

    def _above_workshop(self) -> bool:
        """The screen shown lies right on the workshop."""
        stack = self.screen_stack
        return len(stack) > 1 and isinstance(stack[-2], WorkshopScreen)

    def action_sessions(self) -> None:
        self._close_session()
        if _is_start(self.screen):
            self.screen.action_reload()  # type: ignore[attr-defined]  # a StartScreen

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen, keys_of

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(keys_of(self.screen)))

    def action_undo(self) -> None:
        self._history(self.editor.undo, "notice.undone", "notice.nothing_to_undo")

    def action_redo(self) -> None:
        self._history(self.editor.redo, "notice.redone", "notice.nothing_to_redo")

    def typing_in_a_field(self) -> bool:
        """A text field of a screen on the session has the focus, or one of its forms is open."""
        screens = self.session_screens()
        if not screens:
            return False
        top = screens[-1]
        from textual.widgets import Input, TextArea

        return isinstance(top.focused, (Input, TextArea)) or any(
            section.form_open for section in top.query(ItemSection)
        )

    def _history(self, step, done_key: str, empty_key: str) -> None:
        # While a form is open, undo never changes the session under it: the form was opened on
        # what the screen showed, and would be saved onto something else.
        if self.typing_in_a_field():
            self.notify(t("notice.undo_in_form"), markup=False, timeout=4)
            return
        try:
            label = step()
        except ModelError as error:
            self.notify(str(error), severity="warning", markup=False)
            return
        self.notify(t(done_key, change=label) if label else t(empty_key), markup=False, timeout=3)

    def action_save(self) -> None:
        if self.saver and self.saver.save_now():
            self.notify(t("notice.saved"), timeout=2)

    def action_close_meeting(self) -> None:
        self.clock.stop()
        self.editor.update_meeting(closed=True)
        self.notify(t("notice.closed"), timeout=6)

    def action_reopen_meeting(self) -> None:
        self.editor.update_meeting(closed=False)
        self.notify(t("notice.reopened"), timeout=4)

    async def action_quit(self) -> None:
        """Quit after the last save has finished; a second ctrl+q quits even if it failed."""
        await self.workers.wait_for_complete()
        self.clock.stop()
        if self.saver is None or self.saver.save_now() or self._quit_requested:
            self.exit()
            return
        self._quit_requested = True
        self.notify(t("notice.quit_unsaved"), severity="error", timeout=10)

    # --- a file changed on disk --------------------------------------------------------------

    def _conflict(self) -> None:
        from tui.app.screens.dialogs import ConflictDialog

        if self.saver and not isinstance(self.screen, ConflictDialog):
            self.push_screen(
                ConflictDialog(clean_line(self.saver.path.name)), self._resolve_conflict
            )

    def _resolve_conflict(self, choice: str | None) -> None:
        assert self.saver is not None
        path = self.saver.path
        if choice == "reload":
            try:
                session = load_session(path)
                data = path.read_bytes()
            except (SessionFileError, OSError) as error:
                self.notify(
                    t("conflict.reload_failed", error=str(error)), severity="error", markup=False
                )
                self._keep_copy(path)
                return
            self.editor.replace_session(session)
            self.saver.adopt(path, data, self.editor.revision)
            self.notify(t("conflict.reloaded"), timeout=4)
        else:
            self._keep_copy(path)

    def _keep_copy(self, path: Path) -> None:
        assert self.saver is not None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}-kopie-{stamp}{path.suffix}")
        data = dumps_session(self.editor.session).encode("utf-8")
        try:
            atomic_write(copy, data)
        except OSError as error:
            self.notify(t("save.failed_notice", error=error.strerror or error), severity="error")
            return
        self.saver.adopt(copy, data, self.editor.revision)
        self.sub_title = clean_line(copy.name)
        self.notify(t("conflict.copied", file=copy.name), timeout=8, markup=False)
