"""A new session: organisation, date, title and the chain to start from; the rest is filled in
on the meeting screen that opens next. The chain is one of the built-in ones (the default five
steps first) or, "like" a session in the folder, that session's chain, people and customer
without its content (see :mod:`tui.core.chain`; :mod:`tui.storage.files` for the file name)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, Static

from tui.app.screens.dialogs import CreateDialog
from tui.app.widgets.clean_input import CleanInput
from tui.app.widgets.date_preview import DatePreview
from tui.core.chain import CHAINS, DEFAULT_CHAIN, describe_chain, new_session, session_like
from tui.core.dates import DateError, format_date, parse_date
from tui.i18n import t
from tui.storage.files import create_session_file, session_file_name
from tui.storage.folder import SessionFolder
from tui.storage.toml_format import SessionFileError, load_session

LIKE = "like:"
"""The start of a chain choice that names a session file in the folder."""

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp


class NewSessionDialog(CreateDialog):
    app: InterneKlantenApp

    DEFAULT_CSS = """
    NewSessionDialog #new-box {
        max-height: 100%;
        padding: 0 2;
    }
    NewSessionDialog .new-row {
        height: auto;
    }
    NewSessionDialog .new-row Label {
        width: 14;
    }
    NewSessionDialog .new-row CleanInput, NewSessionDialog .new-row Select {
        width: 1fr;
    }
    NewSessionDialog .field-preview {
        padding-left: 14;
    }
    NewSessionDialog #chain-steps {
        color: $text-muted;
    }
    """

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        # one line a field, so that it fits at 80x24 with its buttons; it scrolls where the
        # terminal is shorter still
        with VerticalScroll(classes="dialog-box", id="new-box"):
            yield Static(Content(t("new.title")), classes="dialog-question")
            with Horizontal(classes="new-row"):
                yield Label(t("meeting.organisation"))
                yield CleanInput(id="organisation", compact=True)
            with Horizontal(classes="new-row"):
                yield Label(t("meeting.date"))
                field = CleanInput(format_date(self.app.today()), id="date", compact=True)
                yield field
            yield DatePreview(field, self.app.today, classes="field-preview")
            with Horizontal(classes="new-row"):
                yield Label(t("meeting.title"))
                yield CleanInput(id="title", compact=True)
            with Horizontal(classes="new-row"):
                yield Label(t("new.chain"))
                yield Select(
                    self.chain_options(),
                    value=DEFAULT_CHAIN,
                    allow_blank=False,
                    compact=True,
                    id="chain",
                )
            yield Static(Content(describe_chain(DEFAULT_CHAIN)), id="chain-steps")
            yield from self.compose_buttons()

    def chain_options(self) -> list[tuple[str, str]]:
        """The built-in chains (title and steps), then every valid session file in the folder."""
        options = [(t(chain.title), name) for name, chain in CHAINS.items()]
        options += [(t("new.like", file=name), f"{LIKE}{name}") for name in self.valid_files()]
        return options

    def valid_files(self) -> list[str]:
        """The names of the folder's sessions that validate, newest first: as the start screen
        below has read them (each file once), or read here when it has not (yet)."""
        for screen in reversed(self.app.screen_stack):
            listed = getattr(screen, "listed", None)
            if listed and getattr(screen, "folder", None) == self.folder:
                return [entry.path.name for entry in listed if entry.session is not None]
        found = SessionFolder(self.folder)
        try:
            names = sorted(found.names(), reverse=True)
        except OSError:
            return []
        return [name for name in names if (entry := found.entry(name)) and entry.session]

    def on_mount(self) -> None:
        self.query_one("#organisation").focus()

    @on(Select.Changed, "#chain")
    def _chain_chosen(self, event: Select.Changed) -> None:
        """Under the choice, the steps it gives (a session file: its chain is shown on F3)."""
        chain = str(event.value)
        text = describe_chain(chain) if chain in CHAINS else t("new.like_hint")
        self.query_one("#chain-steps", Static).update(Content(text))

    @on(CleanInput.Submitted)
    def _submitted(self, event: CleanInput.Submitted) -> None:
        event.stop()
        inputs: list[Input] = list(self.query(CleanInput))
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
        else:
            self.create()

    def create(self) -> None:
        error = self.query_one(".form-error", Static)
        organisation = self.query_one("#organisation", CleanInput).value.strip()
        if not organisation:
            error.update(Content(t("new.organisation_required")))
            self.query_one("#organisation").focus()
            return
        try:
            on = parse_date(self.query_one("#date", CleanInput).value, self.app.today())
        except DateError as problem:
            error.update(Content(str(problem)))
            self.query_one("#date").focus()
            return
        on = on or self.app.today()
        title = self.query_one("#title", CleanInput).value
        chain = str(self.query_one("#chain", Select).value)
        if chain.startswith(LIKE):
            name = chain.removeprefix(LIKE)
            try:
                other = load_session(self.folder / name)
            except SessionFileError as problem:
                first = problem.problems[0] if problem.problems else problem
                error.update(Content(t("new.like_failed", file=name, problem=str(first))))
                return
            session = session_like(other, organisation, on, title=title)
        else:
            session = new_session(organisation, on, chain=chain, title=title)
        try:
            path = create_session_file(self.folder, session)
        except FileExistsError:
            name = session_file_name(organisation, on)
            error.update(Content(t("cli.new.exists", path=name)))
            return
        except (OSError, ValueError) as problem:
            error.update(Content(str(problem)))
            return
        self.dismiss(path)
