"""The memo for all employees (step 3j): the main changes first, precisely, then per step.

``interne-klanten summary FILE --format markdown`` writes it. Markdown because it pastes as
readable plain text into an e-mail and renders as a tidy page on an intranet or in a wiki. So
that it reads well in both, it uses few constructs: headings, paragraphs, bullet lists and bold,
no tables (they fall apart in an e-mail) and no ids (employees speak of agreements, not of
``n14``; the facilitator's summary has the ids).

Session text is data here too: every value is put on one line and escaped by
:func:`tui.reports.markdown_text.escape`, only where a renderer would misread it, so ``1. eerst``,
``- min``, ``*``, ``<script>`` or ``&amp;`` come out literally on a rendered page, raw HTML can
never reach an intranet page through the memo, and an ordinary sentence (``1-2 dagen, +31 6``)
reads in the e-mail exactly as it was typed, without backslashes.
"""

from __future__ import annotations

from datetime import date

from tui.core.dates import format_date
from tui.core.model import ITEM_KINDS, Item, Session, Step
from tui.i18n import t
from tui.reports import phrases
from tui.reports.markdown_text import escape as md


def memo_markdown(
    session: Session,
    *,
    today: date | None = None,
    previous: Session | None = None,
    previous_name: str = "",
) -> str:
    """The memo as Markdown text (ending in one newline).

    Open actions whose date had passed by ``today`` are marked "te laat"; by default that is the
    meeting's date (:func:`phrases.reference_day`), the day every report counts to. ``previous``
    (the session this one follows up) adds the changes since then to "the main points".
    """
    if today is None:
        today = phrases.reference_day(session)
    lines: list[str] = []
    _head(session, lines)
    since = phrases.since_last_time(previous, session, previous_name=previous_name)
    if since is not None:
        _main(since, lines)
    _actions(session, today, lines)
    _steps(session, lines)
    _closing(session, lines)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _head(session: Session, lines: list[str]) -> None:
    m = session.meeting
    place = f" · {md(m.location)}" if m.location else ""
    present = sum(p.present for p in session.participants)
    lines += [
        f"# {md(phrases.meeting_title(session), heading=True)}",
        "",
        f"**{md(m.organisation)}** · {format_date(m.date)}{place}",
        "",
        t("memo.greeting"),
        "",
        t("memo.intro", date=format_date(m.date), count=present)
        if present > 1
        else t("memo.intro_no_count", date=format_date(m.date)),
    ]
    if m.facilitator:
        lines[-1] += " " + t("memo.led_by", name=md(m.facilitator))
    lines.append("")
    for label, value in ((t("summary.reason"), m.reason), (t("summary.goal"), m.goal)):
        if value:
            lines += [f"**{label}:** {md(value)}", ""]


def _main(since: phrases.SinceLastTime, lines: list[str]) -> None:
    """The main changes: the figure, the agreements that changed, what was done and dropped."""
    groups = {group.key: group for group in since.groups}
    lines += [f"## {t('memo.main')}", "", since.headline, ""]
    for key, label in (
        ("items.added", t("memo.new")),
        ("items.changed", t("memo.changed")),
        ("items.moved", t("memo.moved")),
        ("items.removed", t("memo.removed")),
    ):
        for entry in groups[key].entries if key in groups else []:
            extra = f"; {md(entry.note)}" if entry.note else ""
            lines.append(f"- **{label}:** {md(entry.text)} ({md(entry.detail)}{extra})")
    if lines[-1]:
        lines.append("")
    done = [
        entry
        for key in ("actions.done_on_time", "actions.done_late")
        for entry in (groups[key].entries if key in groups else [])
    ]
    if done:
        lines += [f"**{t('memo.done_since', date=since.previous_date)}:**", ""]
        lines += [f"- {md(entry.text, start=True)} ({md(entry.detail)})" for entry in done]
        lines.append("")
    for key, label in (
        ("actions.postponed", t("memo.postponed")),
        ("actions.dropped", t("memo.dropped")),
    ):
        if key not in groups:
            continue
        lines += [f"**{label}:**", ""]
        for entry in groups[key].entries:
            # postponed: "31-10-2026 → 15-01-2027" and why; dropped: only why
            detail = md(entry.detail) if key == "actions.postponed" else ""
            reason = "; ".join(part for part in (detail, md(entry.note)) if part)
            lines.append(f"- {md(entry.text, start=True)}" + (f" ({reason})" if reason else ""))
        lines.append("")


def _actions(session: Session, today: date, lines: list[str]) -> None:
    open_, _closed = phrases.split_actions(session)
    lines += [f"## {t('memo.actions')}", ""]
    if not open_:
        lines += [t("memo.no_actions"), ""]
        return
    for action in open_:
        when = t("memo.by", date=format_date(action.due)) if action.due else t("memo.no_date")
        late = f" (**{t('memo.overdue')}**)" if action.is_overdue(today) else ""
        who = md(action.who) or t("summary.nobody")
        where = f" ({md(phrases.step_label(session, action.step))})" if action.step else ""
        lines.append(f"- **{who}**, {when}{late}: {md(action.what)}{where}")
    lines.append("")


def _item(kind: str, item: Item) -> str:
    """``- what — wanneer: … — waarom: …``: one line per agreement, labels in words."""
    parts = [md(item.what, start=True)]
    if kind != "info" and item.when:
        parts.append(f"{t('summary.when')}: {md(item.when)}")
    if kind == "needs" and item.why:
        parts.append(f"{t('summary.why')}: {md(item.why)}")
    return "- " + " — ".join(parts)


def _steps(session: Session, lines: list[str]) -> None:
    lines += [f"## {t('memo.steps')}", ""]
    for number, step in enumerate(session.steps, start=1):
        _step(session, number, step, lines)
    customer = session.customer
    lines += [f"### {t('memo.customer', name=md(customer.name, heading=True))}", ""]
    if customer.expectations:
        lines += [t("memo.customer_expects"), ""]
        lines += [f"- {md(expectation, start=True)}" for expectation in customer.expectations]
        lines.append("")


def _step(session: Session, number: int, step: Step, lines: list[str]) -> None:
    names, where = phrases.customer_of(session, step)
    customer = md(names) + (f" ({md(where)})" if where else "")
    people = md(", ".join(step.people)) or t("summary.nobody")
    lines += [
        f"### {t('memo.step', number=number, name=md(step.name, heading=True))}",
        "",
        t("memo.step_people", people=people, customer=customer),
        "",
    ]
    for kind in ITEM_KINDS:
        items = step.items(kind)
        if items:
            lines += [t(f"memo.kind.{kind}"), ""]
            lines += [_item(kind, item) for item in items]
            lines.append("")


def _closing(session: Session, lines: list[str]) -> None:
    m = session.meeting
    if m.follow_up is None and not m.facilitator:
        return
    lines += [f"## {t('memo.next')}", ""]
    if m.follow_up is not None:
        lines += [t("memo.next_date", date=format_date(m.follow_up)), ""]
    if m.facilitator:
        lines += [t("memo.questions", name=md(m.facilitator)), ""]
