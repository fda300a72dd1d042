"""The summary in the terminal: what was agreed, to read back at the end of a meeting or later.

``interne-klanten summary FILE`` prints this. Every value from the session goes into a Rich
``Text`` (never into a markup string), so a name like ``[bold]Piet[/]`` or ``:warning:`` shows
as typed; values are cleaned of control characters once more on the way out, so that a session
built in code cannot steer the terminal either. Long lists (items, actions, the closing round) are
one small renderable per entry, not a table: a Rich table measures every cell, and a large session
would take seconds (PITFALLS.md). Colour only adds emphasis; every mark (overdue, done, dropped)
is also a word, so the plain output (piped, ``NO_COLOR``, ``TERM=dumb``) says the same.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.segment import Segment
from rich.text import Text

from tui.core.dates import format_date
from tui.core.model import ITEM_KINDS, Action, Session, Step
from tui.core.text import clean_line, clean_text
from tui.i18n import t
from tui.reports import phrases
from tui.reports.console import ReportConsole
from tui.reports.writer import HangingLines, Pieces, Value, as_text, cells, print_parts

MAX_WIDTH = 100
"""Wider lines are hard to read back; on a wide terminal the summary stays this wide."""

STYLES = {
    "title": "bold",
    "heading": "bold cyan",
    "subheading": "bold",
    "label": "bold",
    "muted": "dim",
    "overdue": "bold red",
    "done": "green",
    "dropped": "dim",
    "open": "",
    "figure": "bold",
}


class Hanging(HangingLines):
    """A label with text beside it; wrapped lines stay under the text, not under the label.

    Like an entry in a dictionary: ``n1  Complete survey: sizes, photos`` with the continuation
    indented under "Complete". The label is a ``str`` (no style) or a ``Text``, the body a text
    (a ``Text``, or :class:`~tui.reports.writer.Pieces` of one) or rows of ``(sublabel, text)``,
    each row hanging under its own value (``waarom: Zonder maten …``). Cheaper than a table row,
    and it writes no trailing blanks.
    """

    __slots__ = ("indent", "label", "rows")

    def __init__(
        self, label: Value | str, body: Value | list[tuple[str, Value]], *, indent: int
    ) -> None:
        self.label = label
        self.rows = body if isinstance(body, list) else [("", body)]
        self.indent = indent

    def plain_parts(self) -> tuple[str, int, list[tuple[str, Value]]]:
        label = self.label if isinstance(self.label, str) else self.label.plain
        width = cells(label)
        indent = max(self.indent, width)
        return label + " " * (indent - width) if indent > width else label, indent, self.rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label = Text(self.label) if isinstance(self.label, str) else as_text(self.label).copy()
        indent = max(self.indent, label.cell_len)
        label.pad_right(indent - label.cell_len)
        first = True
        for sublabel, value in self.rows:
            sub = Text(sublabel, style=STYLES["muted"]) if sublabel else Text()
            width = max(options.max_width - indent - sub.cell_len, 20)
            for index, line in enumerate(as_text(value).wrap(console, width) or [Text()]):
                line.rstrip()
                # Segments, not a Text: a yielded Text would be measured and wrapped once more.
                yield from Text.assemble(
                    label if first else " " * indent,
                    sub if index == 0 else " " * sub.cell_len,
                    line,
                ).render(console)
                yield Segment.line()
                first = False


def _text(value: str, style: str = "") -> Text:
    """Session text as a Rich ``Text``: shown literally, never parsed as markup or emoji."""
    return Text(clean_text(value), style=STYLES.get(style, style))


def _pieces(value: str, style: str = "") -> Pieces:
    """Session text as :class:`Pieces`: what :func:`_text` gives, made only when drawn in colour
    (for the entries of long lists)."""
    return Pieces((clean_text(value), STYLES.get(style, style)))


def _heading(title: str) -> RenderableType:
    """A section title in a rule; a long one (a long step name) above it, so it is never cut."""
    text = Text(title, style=STYLES["heading"])
    if text.cell_len <= 60:
        return Rule(text, align="left", style=STYLES["muted"])
    return Group(text, Rule(style=STYLES["muted"]))


def make_console(file=None, *, width: int | None = None, plain: bool | None = None) -> Console:
    """A console for the summary: colour on a terminal, plain when piped, NO_COLOR or TERM=dumb.

    Rich already drops colour for a pipe and ``NO_COLOR``, but still writes bold and dim as ANSI
    codes; "plain" here means no escape codes at all, so ``color_system`` is switched off.
    """
    if plain is None:
        plain = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM", "") == "dumb"
    options: dict = {"highlight": False, "emoji": False, "markup": False, "legacy_windows": False}
    if plain:
        options.update(color_system=None, no_color=True)
    console = ReportConsole(file=file, width=width, **options)
    if width is None and console.width > MAX_WIDTH:
        console.width = MAX_WIDTH
    return console


def print_summary(
    session: Session, console: Console, *, today: date | None = None,
    previous: Session | None = None, previous_name: str = "", note: str = "",
) -> None:  # fmt: skip
    """Print the summary of ``session`` (see :func:`summary_renderables`), in one write."""
    parts = summary_renderables(
        session, today=today, previous=previous, previous_name=previous_name, note=note
    )
    print_parts(console, parts)


def summary_renderables(
    session: Session, *, today: date | None = None, previous: Session | None = None,
    previous_name: str = "", note: str = "",
) -> list[RenderableType]:  # fmt: skip
    """The summary as Rich renderables, in reading order.

    ``today`` is the day that decides which actions are overdue and how many days are counted;
    by default the meeting's date (:func:`phrases.reference_day`), as in every report of the
    session and in ``compare``, whenever the summary is printed. With ``previous`` (the session
    this one follows up) a "since last time" block follows the meeting details. ``note`` is a
    line shown there instead, e.g. why the previous session could not be read.
    """
    if today is None:
        today = phrases.reference_day(session)
    parts: list[RenderableType] = []
    parts.extend(_meeting(session, today))
    if previous is not None or note:
        parts.extend(_since(session, previous, previous_name, note))
    parts.extend(_chain(session))
    for number, step in enumerate(session.steps, start=1):
        parts.extend(_step(session, number, step, today))
    parts.extend(_customer(session))
    parts.extend(_actions(session, today))
    parts.extend(_feedback(session))
    return parts


# --- the parts ---------------------------------------------------------------------------------


def _fields(rows: Iterable[tuple[str, Text]]) -> Iterator[Hanging]:
    rows = [(label, value) for label, value in rows if value.plain]
    indent = max((len(label) for label, _ in rows), default=0) + 2
    for label, value in rows:
        yield Hanging(Text(f"{label}:", style=STYLES["label"]), value, indent=indent)


def _meeting(session: Session, today: date) -> list[RenderableType]:
    m = session.meeting
    present = [p.name for p in session.participants if p.present]
    absent = [p.name for p in session.participants if not p.present]
    follow_up = Text()
    if m.follow_up is not None:
        follow_up = Text.assemble(
            (format_date(m.follow_up), STYLES["figure"]),
            " ",
            phrases.relative_day(m.follow_up, today),
        )
    return [
        _text(phrases.meeting_title(session), "title"),
        _text(m.organisation, "title"),
        *_fields(
            [
                (t("summary.date"), Text(format_date(m.date))),
                (t("summary.location"), _text(m.location)),
                (t("summary.facilitator"), _text(m.facilitator)),
                (t("summary.present", count=len(present)), _text(", ".join(present))),
                (t("summary.absent"), _text(", ".join(absent))),
                (t("summary.reason"), _text(m.reason)),
                (t("summary.goal"), _text(m.goal)),
                (t("summary.follow_up"), follow_up),
            ]
        ),
        Text(),
    ]


def _since(
    session: Session, previous: Session | None, previous_name: str, note: str
) -> list[RenderableType]:
    """The changes since the previous meeting: the kept-agreements figure first, then per kind."""
    since = phrases.since_last_time(previous, session, previous_name=previous_name)
    title = (
        t("summary.since") if since is None else t("summary.since_date", date=since.previous_date)
    )
    parts: list[RenderableType] = [_heading(title)]
    if note:
        parts.append(Hanging("  ", _text(note, "muted"), indent=2))
    if since is not None:
        parts.append(Hanging("  ", Text(since.headline, style=STYLES["figure"]), indent=2))
        for group in since.groups:
            label = Text(group.label + ": ", style=STYLES["label"])
            if group.compact:
                refs = _text(", ".join(_ref(e) for e in group.entries))
                parts.append(Hanging("  • ", Text.assemble(label, refs), indent=4))
                continue
            parts.append(Text.assemble("  • ", (group.label + ":", STYLES["label"])))
            for entry in group.entries:
                rows: list[tuple[str, Value]] = [
                    ("", _text(f"{entry.text} ({entry.detail})" if entry.detail else entry.text))
                ]
                if entry.note:
                    rows.append(("", _text(entry.note, "muted")))
                parts.append(
                    Hanging(Text.assemble("    ", (entry.ref, STYLES["muted"])), rows, indent=9)
                )
    parts.append(Text())
    return parts


def _ref(entry: phrases.SinceEntry) -> str:
    return f"{entry.ref} ({entry.detail})" if entry.detail else entry.ref


def _chain(session: Session) -> list[RenderableType]:
    """The model at a glance: each step with its people, ending in the external customer."""
    labels = [
        f"  {number}. {clean_line(step.name)}" for number, step in enumerate(session.steps, 1)
    ]
    indent = min(max((len(label) for label in labels), default=0) + 3, 34)
    parts: list[RenderableType] = [_heading(t("summary.chain"))]
    for label, step in zip(labels, session.steps, strict=True):
        people = (
            _text(", ".join(step.people))
            if step.people
            else Text(t("summary.nobody"), STYLES["muted"])
        )
        parts.append(Hanging(Text(label + "  ", style=STYLES["subheading"]), people, indent=indent))
    customer = Text(f"  → {clean_line(session.customer.name)}  ", style=STYLES["subheading"])
    parts.append(
        Hanging(customer, Text(t("summary.external_customer"), STYLES["muted"]), indent=indent)
    )
    parts.append(Text())
    return parts


def _step(session: Session, number: int, step: Step, today: date) -> list[RenderableType]:
    customers, where = phrases.customer_of(session, step)
    people = (
        Text(clean_text(", ".join(step.people)))
        if step.people
        else Text(t("summary.nobody"), STYLES["muted"])
    )
    customer = _text(customers)
    if where:
        customer.append(f" ({where})", style=STYLES["muted"])
    parts: list[RenderableType] = [
        _heading(t("summary.step", number=number, name=clean_line(step.name))),
        *_fields([(t("summary.people"), people), (t("summary.customer"), customer)]),
    ]
    if not step.item_count():
        parts.append(Hanging("  ", Text(t("summary.no_items"), STYLES["muted"]), indent=2))
    for kind in ITEM_KINDS:
        items = step.items(kind)
        if not items:
            continue
        parts.append(Text(t(f"summary.kind.{kind}"), style=STYLES["subheading"]))
        when, why = f"{t('summary.when')}: ", f"{t('summary.why')}: "
        for item in items:
            rows: list[tuple[str, Value]] = [("", _pieces(item.what))]
            if item.when:
                rows.append((when, _pieces(item.when)))
            if item.why:
                rows.append((why, _pieces(item.why)))
            label = Pieces(("  ", ""), (item.id, STYLES["muted"]))
            parts.append(Hanging(label, rows, indent=7))
    actions = session.actions_of(step.id)
    if actions:
        refs = Text()
        for index, action in enumerate(actions):
            if index:
                refs.append(" · ")
            refs.append(action.id)
            refs.append(" ")
            refs.append_text(_state(action, today, short=True))
        parts.append(
            Hanging(Text(t("summary.step_actions") + ": ", STYLES["subheading"]), refs, indent=2)
        )
    parts.append(Text())
    return parts


def _customer(session: Session) -> list[RenderableType]:
    customer = session.customer
    parts: list[RenderableType] = [
        _heading(t("summary.customer_heading", name=clean_line(customer.name)))
    ]
    if customer.expectations:
        parts.append(Text(t("summary.expectations"), style=STYLES["subheading"]))
        parts.extend(Hanging("  • ", _text(e), indent=4) for e in customer.expectations)
    else:
        parts.append(Hanging("  ", Text(t("summary.no_expectations"), STYLES["muted"]), indent=2))
    parts.append(Text())
    return parts


def _state(action: Action, today: date, *, short: bool = False) -> Text:
    """The status of an action as a word, styled; overdue is a word too (black and white)."""
    state = phrases.action_state(action, today, short=short)
    if action.status == "open":
        style = STYLES["overdue"] if action.is_overdue(today) else STYLES["open"]
    else:
        style = STYLES.get(action.status, "")
    return Text(state, style=style)


def _actions(session: Session, today: date) -> list[RenderableType]:
    open_, closed = phrases.split_actions(session)
    parts: list[RenderableType] = [_heading(phrases.actions_heading(open_, today))]
    if not session.actions:
        parts.append(Hanging("  ", Text(t("summary.no_actions"), STYLES["muted"]), indent=2))
    for group, actions in (
        (t("summary.actions_open"), open_),
        (t("summary.actions_closed"), closed),
    ):
        if not actions:
            continue
        parts.append(Text(group, style=STYLES["subheading"]))
        words: dict[object, str] = {}
        parts.extend(_action(session, action, today, words) for action in actions)
    parts.append(Text())
    return parts


def _action(session: Session, action: Action, today: date, words: dict[object, str]) -> Hanging:
    """An action point's entry; ``words`` keeps what many entries share (dates, states, step
    names: a translation each, else thousands)."""

    def word(key: object, make: Callable[[], str]) -> str:
        found = words.get(key)
        if found is None:
            found = words[key] = make()
        return found

    due = word(
        ("due", action.due),
        lambda: f"{format_date(action.due) if action.due else t('summary.no_due'):<10}",
    )
    ident = f" {action.id:<4} "
    overdue = action.is_overdue(today)
    label = Pieces(
        ("  ", ""), (due, STYLES["overdue"] if overdue else ""), (ident, STYLES["muted"])
    )
    state = word(
        ("state", action.status, action.due, action.done),
        lambda: phrases.action_state(action, today),
    )
    if action.status == "open":
        style = STYLES["overdue"] if overdue else STYLES["open"]
    else:
        style = STYLES.get(action.status, "")
    who = clean_text(action.who) if action.who else word("nobody", lambda: t("summary.nobody"))
    step = word(("step", action.step), lambda: clean_text(phrases.step_label(session, action.step)))
    meta = Pieces((who, ""), (" · ", ""), (step, ""), (" · ", ""), (state, style))
    rows: list[tuple[str, Value]] = [("", _pieces(action.what)), ("", meta)]
    if action.note:
        rows.append((word("note", lambda: f"{t('summary.note')}: "), _pieces(action.note)))
    return Hanging(label, rows, indent=2 + cells(due) + cells(ident))


def _feedback(session: Session) -> list[RenderableType]:
    parts: list[RenderableType] = [_heading(t("summary.feedback"))]
    if not session.feedback:
        parts.append(Hanging("  ", Text(t("summary.no_feedback"), STYLES["muted"]), indent=2))
    label = STYLES["label"]
    for entry in session.feedback:
        what = clean_text(entry.what)
        if entry.who:
            body = Pieces((clean_text(entry.who), label), (": ", ""), (what, ""))
        else:
            body = Pieces((what, ""))
        parts.append(Hanging("  • ", body, indent=4))
    return parts
