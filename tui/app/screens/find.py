"""Find (``ctrl+f``, "Zoeken" in the palette): a word, and every need, ask, info item, action,
expectation and remark of the closing round that holds it, with its step; ``enter`` jumps to
the one chosen. The matching is :func:`tui.core.search.search` (case and accents ignored)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.app.widgets.clean_input import CleanInput
from tui.core.model import Session
from tui.core.search import Hit, find, index
from tui.i18n import t

if TYPE_CHECKING:
    from tui.app.app import InterneKlantenApp

SHOWN = 50
"""The most hits listed; more are counted ("and 12 more"): typing more narrows them."""


def where(session: Session, hit: Hit) -> str:
    """The step (or the customer, the closing round) a hit stands in."""
    if hit.kind == "expectations":
        return t("find.where.customer", name=session.customer.name)
    if hit.kind == "feedback":
        return t("find.where.closing")
    names = {step.id: step.name for step in session.steps}
    return names.get(hit.step, t("find.where.general"))


def hit_key(hit: Hit) -> str:
    """What the list shows as the hit's id: its own, or its place (``e2``, ``f1``)."""
    if hit.kind == "expectations":
        return f"e{hit.index + 1}"
    if hit.kind == "feedback":
        return f"f{hit.index + 1}"
    return hit.key


KIND_NAMES = {
    "needs": "find.kind.needs",
    "asks": "find.kind.asks",
    "info": "find.kind.info",
    "actions": "find.kind.actions",
    "expectations": "find.kind.expectations",
    "feedback": "find.kind.feedback",
}


class FindDialog(ModalScreen[Hit | None]):
    """Type, and the hits follow; ``↓`` goes into the list, ``enter`` jumps, ``esc`` closes."""

    app: InterneKlantenApp

    DEFAULT_CSS = """
    FindDialog #find-box {
        width: 100;
    }
    FindDialog #find-hits {
        max-height: 50vh;
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel", id="find.cancel"),
        Binding("down", "to_list", show=False, id="find.list"),
    ]

    def __init__(self, session: Session, query: str = "") -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.query_text = query
        self.hits: list[Hit] = []
        self.entries = index(session)
        """What can be found, folded once (the session does not change under the dialog)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="find-box"):
            yield Static(Content(t("find.title")), classes="dialog-question")
            yield CleanInput(self.query_text, placeholder=t("find.placeholder"), id="find-query")
            yield Static(Content(t("find.empty")), id="find-count")
            yield OptionList(id="find-hits")
            yield Static(Content(t("find.hint")), classes="screen-hint")

    def on_mount(self) -> None:
        self.query_one("#find-query").focus()
        self._show(self.query_text)

    @on(Input.Changed, "#find-query")
    def _changed(self, event: Input.Changed) -> None:
        self._show(event.value)

    def _show(self, query: str) -> None:
        self.hits = find(self.entries, query)
        count = self.query_one("#find-count", Static)
        if not query.strip():
            count.update(Content(t("find.empty")))
        elif not self.hits:
            count.update(Content(t("find.none", query=query.strip())))
        else:
            count.update(Content(t("find.count", count=len(self.hits))))
        options = self.query_one("#find-hits", OptionList)
        options.clear_options()
        options.add_options(
            Option(
                Content.assemble(
                    (f"{hit_key(hit)}  ", "bold"),
                    (f"{where(self.session, hit)} · {t(KIND_NAMES[hit.kind])}", "dim"),
                    "\n",
                    hit.text,
                ),
                id=str(number),
            )
            for number, hit in enumerate(self.hits[:SHOWN])
        )
        if len(self.hits) > SHOWN:
            options.add_option(
                Option(Content(t("find.more", count=len(self.hits) - SHOWN)), disabled=True)
            )
        options.display = bool(self.hits)
        if self.hits:
            options.highlighted = 0

    def action_to_list(self) -> None:
        if self.hits:
            self.query_one("#find-hits").focus()

    @on(Input.Submitted, "#find-query")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.hits:
            self.dismiss(self.hits[0])

    @on(OptionList.OptionSelected, "#find-hits")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(self.hits[int(event.option.id)])

    def action_cancel(self) -> None:
        self.dismiss(None)
