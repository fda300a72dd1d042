"""Small modal dialogs: a line of text (a reason), the choice after an outside change, and the
frame of the dialogs that create a session file (new session, follow-up)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from tui.app.widgets.clean_input import CleanInput
from tui.i18n import t


class TextPrompt(ModalScreen[str | None]):
    """Ask for one line of text; dismisses with the text, or None on escape."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel", id="dialog.cancel")]

    def __init__(self, question: str, placeholder: str = "") -> None:
        super().__init__(classes="dialog")
        self.question = question
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(Content(self.question), classes="dialog-question")
            yield CleanInput(placeholder=self.placeholder)

    @on(CleanInput.Submitted)
    def _submitted(self, event: CleanInput.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceDialog(ModalScreen[str | None]):
    """Choose one of a few options (a list, so that it works with the keys alone)."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel", id="dialog.cancel")]

    def __init__(
        self,
        question: str,
        choices: list[tuple[str, str]],
        *,
        default: str | None = None,
        disabled: Collection[str] = (),
    ) -> None:
        """``choices`` as (key, label); ``default`` is the key highlighted first ("cancel" for a
        question whose first answer cannot be undone); ``disabled`` keys are shown, not chosen."""
        super().__init__(classes="dialog")
        self.question = question
        self.choices = choices
        self.default = default
        self.unavailable = frozenset(disabled)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        keys = [key for key, _label in self.choices] + ["cancel"]
        options.highlighted = keys.index(self.default) if self.default in keys else 0

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(Content(self.question), classes="dialog-question")
            yield OptionList(
                *[
                    Option(Content(label), id=key, disabled=key in self.unavailable)
                    for key, label in self.choices
                ],
                Option(Content(t("key.cancel")), id="cancel"),
            )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(None if event.option.id == "cancel" else event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class NumberedChoiceDialog(ChoiceDialog):
    """A :class:`ChoiceDialog` whose first nine options a digit chooses at once (the steps of
    the chain: ``m`` then ``3`` moves an item to step 3)."""

    BINDINGS = [
        Binding(str(n), f"pick({n - 1})", "key.pick", show=False, id=f"dialog.pick{n}")
        for n in range(1, 10)
    ]

    def action_pick(self, index: int) -> None:
        if 0 <= index < len(self.choices):
            key = self.choices[index][0]
            if key not in self.unavailable:
                self.dismiss(key)


class ConflictDialog(ModalScreen[str]):
    """The file changed on disk: reload it, or keep this version as a copy. Never overwrite."""

    BINDINGS = [
        Binding("r", "choose('reload')", "conflict.reload", id="conflict.reload"),
        Binding("k", "choose('copy')", "conflict.copy", id="conflict.copy"),
    ]

    def __init__(self, file: str) -> None:
        super().__init__(classes="dialog")
        self.file = file

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(Content(t("conflict.question", file=self.file)), classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("conflict.reload"), id="reload", variant="warning")
                yield Button(t("conflict.copy"), id="copy", variant="primary")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "copy")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class CreateDialog(ModalScreen[Path | None]):
    """A dialog whose form ends in "Aanmaken" / "Annuleren": it dismisses with the path of the
    file it created, or None. A subclass composes its fields, then :meth:`compose_buttons`, and
    implements :meth:`create`."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel", id="dialog.cancel")]

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def compose_buttons(self) -> ComposeResult:
        yield Static("", classes="form-error")
        with Horizontal(classes="dialog-buttons"):
            yield Button(t("new.create"), id="create", variant="primary")
            yield Button(t("key.cancel"), id="cancel")

    def create(self) -> None:
        raise NotImplementedError

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "create":
            self.create()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
