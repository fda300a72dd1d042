"""The phrases the summary and the exports share, built from the session in the current language.

Every report (terminal summary, memo, page, worksheet, CSV, calendar) says the same things: an
action is "te laat", a step's internal customer is "the people of step 2", since the previous
meeting "9 van 14 afspraken nagekomen". Those phrases are built here once, from the session, as
plain strings; each report only decides how to show them. Nothing here imports Rich, so the
exports that do not need it (memo, CSV, calendar) stay light.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from tui.core.model import Action, Session, Step, id_number
from tui.core.text import clean_line
from tui.i18n import t

if TYPE_CHECKING:
    from tui.core.compare import Comparison


def format_date(value: date | None) -> str:
    """:func:`tui.core.dates.format_date`, imported on first use: every command of the CLI loads
    this module for the help texts below, and ``check`` in a git hook need not load the calendar."""
    from tui.core.dates import format_date as format_date_

    return format_date_(value)


# --- phrases shared by the reports ---------------------------------------------------------------


def meeting_title(session: Session) -> str:
    return clean_line(session.meeting.title) or t("summary.title_default")


def reference_day(session: Session) -> date:
    """The day every report of ``session`` counts to: the meeting's date.

    "over 91 dagen", "te laat, 57 dagen" and which actions are overdue are counted from the
    meeting, as ``compare`` counts to the new meeting's date, so the summary, the memo, the page
    and the comparison say the same of the same action, on whatever day they are printed. A report
    is given another day only where a command offers an explicit option for it.
    """
    return session.meeting.date


def days_text(count: int) -> str:
    return t("summary.day") if count == 1 else t("summary.days", count=count)


def relative_day(day: date, today: date) -> str:
    """``(over 91 dagen)``, ``(vandaag)``, ``(3 dagen geleden)``: how far a date is from today."""
    delta = (day - today).days
    if delta == 0:
        return f"({t('summary.today')})"
    if delta > 0:
        return f"({t('summary.in_days', days=days_text(delta))})"
    return f"({t('summary.days_ago', days=days_text(-delta))})"


def customer_of(session: Session, step: Step) -> tuple[str, str]:
    """The internal customer of ``step`` as ``(names, where)``; ``where`` explains a derived one."""
    customer = session.internal_customer(step.id)
    names = ", ".join(customer.names) or t("summary.nobody")
    if customer.source == "next":
        return names, t("summary.customer_next", number=session.step_index(customer.step_id) + 1)
    if customer.source == "external":
        return names, t("summary.customer_external")
    return names, ""


def step_label(session: Session, step_id: str) -> str:
    """The name of the step an action belongs to; "algemeen" for an action of no step."""
    if not step_id:
        return t("summary.no_step")
    for step in session.steps:
        if step.id == step_id:
            return step.name
    return step_id


def action_state(action: Action, today: date, *, short: bool = False) -> str:
    """The status of an action in words: open, te laat (and how long), gedaan op …, vervallen."""
    if action.status == "done":
        if short or action.done is None:
            return t("summary.state.done_short")
        return t("summary.state.done", date=format_date(action.done))
    if action.status == "dropped":
        return t("summary.state.dropped")
    if action.due is not None and action.is_overdue(today):
        if short:
            return t("summary.state.overdue_short")
        return t("summary.state.overdue", days=days_text((today - action.due).days))
    return t("summary.state.open")


def _by_due(action: Action) -> tuple:
    return (action.due is None, action.due or date.max, id_number(action.id), action.id)


def actions_heading(open_: list[Action], today: date) -> str:
    """``Actiepunten: 8 open, waarvan 3 te laat`` (or only ``8 open`` when none is late)."""
    overdue = sum(action.is_overdue(today) for action in open_)
    if overdue:
        return t("summary.actions", open=len(open_), overdue=overdue)
    return t("summary.actions_in_time", open=len(open_))


def split_actions(session: Session) -> tuple[list[Action], list[Action]]:
    """The open actions by due date (no date last), and the done or dropped ones likewise."""
    open_ = sorted((a for a in session.actions if a.status == "open"), key=_by_due)
    closed = sorted((a for a in session.actions if a.status != "open"), key=_by_due)
    return open_, closed


def cell(value: str) -> str:
    """Session text for a one-line place (a list entry, a calendar title): cleaned, one line."""
    return clean_line(value)


# --- since last time ---------------------------------------------------------------------------


@dataclass
class SinceEntry:
    """One thing that changed: ``ref`` (an id or a name), its text, and a short detail."""

    ref: str
    text: str = ""
    detail: str = ""
    note: str = ""


@dataclass
class SinceGroup:
    key: str
    label: str
    entries: list[SinceEntry]
    compact: bool = True
    """Compact groups (action points) show refs and details; the others show the full text."""


@dataclass
class SinceLastTime:
    """What changed since the previous meeting, as phrases every report can show."""

    previous_date: str
    headline: str
    groups: list[SinceGroup] = field(default_factory=list)


ACTION_GROUPS = (
    "done_on_time",
    "done_late",
    "overdue",
    "postponed",
    "reassigned",
    "dropped",
    "removed",
    "new",
)
"""The action groups of the comparison shown since last time (still-open ones are not news)."""


def since_last_time(
    previous: Session | None, session: Session, *, previous_name: str = ""
) -> SinceLastTime | None:
    """Compare ``previous`` with ``session`` and say what changed, most telling first.

    The comparison is :func:`tui.core.compare.compare_sessions` (the same one ``compare``
    prints), so the figures here and there agree. "Agreements kept" is its figure: of the action
    points that were due by the new meeting and not dropped, how many are done.
    """
    if previous is None:
        return None
    from tui.core.compare import compare_sessions

    found = compare_sessions(previous, session, old_name=previous_name)
    kept = found.kept
    if kept.due:
        headline = t(
            "summary.kept",
            done=kept.done,
            due=kept.due,
            percent=kept.percent,
            on_time=kept.on_time,
        )
    else:
        headline = t("summary.kept_none_due")
    since = SinceLastTime(format_date(found.old_date), headline)
    since.groups.extend(_action_groups(found))
    since.groups.extend(_item_groups(found, session))
    since.groups.extend(_people_groups(found))
    return since


def _action_groups(found: Comparison) -> list[SinceGroup]:
    actions = found.actions
    groups = []
    for key in ACTION_GROUPS:
        entries = []
        for action_id in actions.group(key):
            action = actions.entries[action_id]
            who = cell(action.who)
            if key == "postponed":
                before = actions.before[action_id]
                detail = f"{format_date(before.due)} → {format_date(action.due)}"
            elif key == "reassigned":
                before = actions.before[action_id]
                detail = f"{cell(before.who)} → {who}"
            elif key in ("overdue", "new") and action.due:
                detail = t("summary.since.who_due", who=who, due=format_date(action.due))
            else:
                detail = who
            note = cell(action.note) if key in ("dropped", "postponed", "reassigned") else ""
            entries.append(SinceEntry(action_id, cell(action.what), detail, note))
        if entries:
            groups.append(SinceGroup(f"actions.{key}", t(f"summary.since.{key}"), entries))
    return groups


def _step_name(found: Comparison, step_id: str) -> str:
    return cell(found.step_name(step_id))


def _item_groups(found: Comparison, session: Session) -> list[SinceGroup]:
    items = found.items
    groups = []
    added = [
        SinceEntry(i.id, cell(i.texts["what"]), _step_name(found, i.step)) for i in items.added
    ]
    changed: dict[str, SinceEntry] = {}
    for change in items.changed:
        entry = changed.setdefault(
            change.id, SinceEntry(change.id, detail=_step_name(found, change.step))
        )
        if change.field == "what":
            entry.text = cell(change.new)
            entry.note = t("summary.since.was", old=cell(change.old))
        else:
            label = t(f"summary.{change.field}")
            entry.note = (entry.note + "; " if entry.note else "") + t(
                "summary.since.field_now", field=label, new=cell(change.new) or "–"
            )
    moved = [
        SinceEntry(
            m.id, detail=f"{_step_name(found, m.old_step)} → {_step_name(found, m.new_step)}"
        )
        for m in items.moved
    ]
    removed = [
        SinceEntry(i.id, cell(i.texts["what"]), _step_name(found, i.step)) for i in items.removed
    ]
    current = {item.id: item.what for _step, _kind, item in session.iter_items()}
    for entry in (*changed.values(), *moved):
        entry.text = entry.text or cell(current.get(entry.ref, ""))
    for key, entries in (
        ("added", added),
        ("changed", list(changed.values())),
        ("moved", moved),
        ("removed", removed),
    ):
        if entries:
            groups.append(
                SinceGroup(f"items.{key}", t(f"summary.since.items_{key}"), entries, compact=False)
            )
    return groups


def _people_groups(found: Comparison) -> list[SinceGroup]:
    steps = found.steps
    joined: list[SinceEntry] = []
    left: list[SinceEntry] = []
    for change in steps.people:
        where = _step_name(found, change.step)
        joined.extend(SinceEntry(cell(name), detail=where) for name in change.added)
        left.extend(SinceEntry(cell(name), detail=where) for name in change.removed)
    chain = [
        SinceEntry(_step_name(found, i), detail=t("summary.since.step_added")) for i in steps.added
    ]
    chain += [
        SinceEntry(_step_name(found, i), detail=t("summary.since.step_removed"))
        for i in steps.removed
    ]
    chain += [
        SinceEntry(cell(r.new), detail=t("summary.since.was", old=cell(r.old)))
        for r in steps.renamed
    ]
    if steps.order:
        chain.append(SinceEntry(t("summary.since.order")))
    groups = []
    for key, entries in (("chain", chain), ("joined", joined), ("left", left)):
        if entries:
            groups.append(SinceGroup(f"steps.{key}", t(f"summary.since.{key}"), entries))
    return groups
