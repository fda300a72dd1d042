"""The printable page (after the meeting) and the worksheet (before it), as one HTML file each.

``summary FILE --format html`` writes the page: the same content as the terminal summary, laid out
for A4. ``worksheet FILE`` writes the worksheet of steps 2a/2b of the instrument: the chain with
the names filled in and, per step, ruled space to write what the internal customer needs (what,
when, why), what the step expects back, and the information agreements.

Both are standalone: inline CSS, no scripts, fonts, images or links to fetch, so the file can be
mailed, opened offline and printed years later. Printing is designed for black and white: a mark
such as "te laat" is a word in bold, never only a colour.

Page breaks never leave a page nearly empty: only small things are kept whole (a table row, a
list entry, a box of the chain), never a whole section that may be longer than what is left of a
page; headings stay with what follows them. On the page the action points start on a page of
their own (the list to pin up); the meeting, the chain and the agreements flow on. On the
worksheet each step has a page of its own, and its rows to write on are counted so that the step
still fits on it when the agreements already made are long (:func:`step_blank_rows`).
Every value from the session passes :func:`h` (control characters removed, then
``html.escape``), so ``<script>`` in a name is text on the page, never an element.
"""

from __future__ import annotations

import html
import math
from datetime import date

from tui.core.dates import format_date
from tui.core.model import ITEM_FIELDS, ITEM_KINDS, Action, Item, Session, Step
from tui.core.text import clean_line, clean_text
from tui.i18n import get_language, t
from tui.reports import phrases

ROWS = {"needs": (8, 2), "asks": (5, 2), "info": (4, 2)}
"""Worksheet rows per kind of item: (rows in all, at least this many empty to write on).

Agreements already made take the first rows; when they are long, fewer empty rows follow, so
that the step still fits on one A4 page (:func:`step_blank_rows`)."""

COLUMNS = {
    "needs": {"what": 44, "when": 20, "why": 36},
    "asks": {"what": 66, "when": 34},
    "info": {"what": 100},
}
"""Column widths of the item tables, in percent: the text column gets the most room. The page's
tables add an id column (:data:`ID_WIDTH`), taken from the text column."""
ID_WIDTH = 6
WORKSHEET_ACTIONS = {"what": 62, "who": 24, "due": 14}
"""The worksheet's action points: the most room to write what, a date is short."""

TEXT_MM = 182
"""The width of the text on A4 (210 mm less the margins of ``@page``)."""
ROW_MM = 9.0
"""An empty row to write on (``table.write td``)."""
FILLED_LINE_MM = 9 * 1.4 * 25.4 / 72
"""A line of a filled-in row: 9 pt type at line height 1.4."""
FILLED_EXTRA_MM = 1.7
"""A filled-in row's padding and border."""
CHAR_MM = 1.55
"""The room a character of 9 pt sans-serif type takes in a line: 1.43 mm on average (measured),
and a little more for the words that wrap, so that a long text is never given less room than it
takes."""
PAGE_MM = 297 - 15 - 16
"""The height of the text on A4 (less the margins of ``@page``)."""
STEP_HEAD_MM = 31
"""A worksheet step's heading and the two lines under it."""
KIND_HEAD_MM = 19.5
"""A kind's heading, its table's header row and the margins around them.

These heights are measured in Chromium's layout of the shipped examples (a one-line row is 6.1 mm,
each further line 4.45 mm); estimated so, every step of the examples comes out within 3% above
its real height, never below it."""

CSS = """
@page { size: A4; margin: 15mm 14mm 16mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { font: 10.5pt/1.4 "Segoe UI", "Helvetica Neue", Arial, sans-serif; margin: 0 auto;
  max-width: 182mm; padding: 10mm 0; }
@media print { body { max-width: none; padding: 0; } }
h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 2pt; }
h2 { font-size: 14pt; margin: 14pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #000;
  break-after: avoid; }
h3 { font-size: 12pt; margin: 12pt 0 3pt; break-after: avoid; }
h4 { font-size: 10.5pt; margin: 8pt 0 2pt; break-after: avoid; }
p { margin: 3pt 0; }
.kicker { font-size: 9pt; letter-spacing: .04em; text-transform: uppercase; margin: 0; }
.org { font-size: 12pt; font-weight: 600; margin: 0 0 8pt; }
.part.actions, .ws-step { break-before: page; }
@media screen { .part + .part { margin-top: 12mm; padding-top: 4mm; border-top: 1px dashed #888; } }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 6pt 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 3pt 0 8pt; }
th, td { border: .75pt solid #444; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { font-weight: 600; background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td { overflow-wrap: break-word; }
.id, td.id { font-size: 8.5pt; color: #333; white-space: nowrap; }
td.date { white-space: nowrap; }
.overdue { font-weight: 700; }
table.actions col.due { width: 11%; } table.actions col.id { width: 5%; }
table.actions col.what { width: 38%; } table.actions col.who { width: 14%; }
table.actions col.step { width: 16%; } table.actions col.status { width: 16%; }
.muted, .note { color: #333; font-size: 9pt; }
.note { font-style: italic; }
ul { margin: 3pt 0 6pt; padding-left: 16pt; }
li { margin: 1pt 0; }
li:not(:has(ul)) { break-inside: avoid; }
.since { border: 1pt solid #000; padding: 4pt 9pt; margin: 8pt 0; box-decoration-break: clone; }
.since .figure { font-weight: 700; font-size: 11pt; }
ol.chain { list-style: none; padding: 0; margin: 6pt 0; }
ol.chain > li { border: 1pt solid #000; padding: 3pt 8pt; margin: 0 0 12pt; position: relative;
  break-inside: avoid; box-decoration-break: clone; }
ol.chain > li.external { break-inside: auto; }
ol.chain > li p { margin: 0; }
ol.chain > li:not(:last-child)::after { content: "\\2193"; position: absolute; left: 14pt;
  bottom: -12.5pt; font-size: 11pt; font-weight: 700; line-height: 1; }
ol.chain > li.external { border-width: 2pt; }
ol.chain .number { font-weight: 700; margin-right: 4pt; }
ol.chain .name { font-weight: 700; }
.step { margin-bottom: 8pt; }
table.write, table.items { table-layout: fixed; }
table.write td { height: 9mm; }
table.write td.filled { height: auto; font-size: 9pt; padding: 2pt 4pt; }
table.ws-actions { break-inside: avoid; }
p.lines { border-bottom: .75pt solid #444; height: 8mm; margin: 0; }
.instructions { border-left: 3pt solid #000; padding: 2pt 0 2pt 8pt; margin: 8pt 0; }
.fillin { display: inline-block; min-width: 60mm; border-bottom: .75pt solid #444; }
""".strip()


def _column_css() -> str:
    """The widths of :data:`COLUMNS` and :data:`WORKSHEET_ACTIONS` as CSS rules."""
    rules = [f"table.items col.id {{ width: {ID_WIDTH}%; }}"]
    for kind, widths in COLUMNS.items():
        for name, width in widths.items():
            rules.append(f"table.write.{kind} col.{name} {{ width: {width}%; }}")
            on_page = width - ID_WIDTH if name == "what" else width
            rules.append(f"table.items.{kind} col.{name} {{ width: {on_page}%; }}")
    rules += [f"table.ws-actions col.{n} {{ width: {w}%; }}" for n, w in WORKSHEET_ACTIONS.items()]
    return "\n".join(rules)


CSS = CSS + "\n" + _column_css()


def step_blank_rows(step: Step) -> dict[str, int]:
    """The empty rows per kind for one worksheet step, so that the step fits on its page.

    Each kind gets the rows of :data:`ROWS` that its agreements leave; when those are so long that
    the step would run onto a second page by its empty rows, the kind with the most empty rows
    gives one up, down to one each. (A step whose agreements alone fill more than a page keeps
    its rows: its second page has room to write on.)
    """
    blank = {kind: max(ROWS[kind][0] - len(step.items(kind)), ROWS[kind][1]) for kind in ITEM_KINDS}
    height = STEP_HEAD_MM + sum(
        KIND_HEAD_MM + sum(_row_mm(kind, item) for item in step.items(kind)) + blank[kind] * ROW_MM
        for kind in ITEM_KINDS
    )
    fitted = dict(blank)
    while height > PAGE_MM:
        kind = max(fitted, key=lambda k: fitted[k])
        if fitted[kind] <= 1:
            return blank
        fitted[kind] -= 1
        height -= ROW_MM
    return fitted


def _row_mm(kind: str, item: Item) -> float:
    """The printed height of an agreement's row (estimated): its longest column's lines."""
    lines = max(_lines(getattr(item, name), width) for name, width in COLUMNS[kind].items())
    return lines * FILLED_LINE_MM + FILLED_EXTRA_MM


def _lines(text: str, width: int) -> int:
    """The lines ``text`` takes in a column of ``width`` percent (estimated, a little generous)."""
    per_line = max(int((TEXT_MM * width / 100 - 3) / CHAR_MM), 1)
    paragraphs = clean_text(text).split("\n")
    return sum(max(math.ceil(len(paragraph) / per_line), 1) for paragraph in paragraphs)


def h(value: str) -> str:
    """Session text as HTML: control characters removed, escaped, line breaks kept as ``<br>``."""
    return html.escape(clean_text(value), quote=True).replace("\n", "<br>\n")


def _document(title: str, body: list[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{get_language()}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="interne-klanten">',
            f"<title>{title}</title>",
            f"<style>\n{CSS}\n</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def _line(value: str) -> str:
    """Session text for a place that holds one line of text (the ``<title>``)."""
    return html.escape(clean_line(value), quote=True)


def _title(session: Session) -> str:
    m = session.meeting
    return (
        f"{_line(phrases.meeting_title(session))} · {_line(m.organisation)} · {format_date(m.date)}"
    )


# --- the page -------------------------------------------------------------------------------------


def summary_html(
    session: Session,
    *,
    today: date | None = None,
    previous: Session | None = None,
    previous_name: str = "",
) -> str:
    """The printable summary: the meeting, the chain, the agreements per step, the actions.

    Days ("over 91 dagen", "te laat, 57 dagen") count to ``today``: by default the meeting's date
    (:func:`phrases.reference_day`), as in every other report of the session."""
    if today is None:
        today = phrases.reference_day(session)
    body: list[str] = ['<section class="part overview">']
    body += _meeting(session, today)
    since = phrases.since_last_time(previous, session, previous_name=previous_name)
    if since is not None:
        body += _since(since)
    body += _chain(session)
    body.append("</section>")
    body.append('<section class="part agreements">')
    body.append(f"<h2>{h(t('page.agreements'))}</h2>")
    for number, step in enumerate(session.steps, start=1):
        body += _step(session, number, step, today)
    body += _customer(session)
    body.append("</section>")
    body.append('<section class="part actions">')
    body += _actions(session, today)
    body += _feedback(session)
    body.append("</section>")
    return _document(_title(session), body)


def _meeting(session: Session, today: date) -> list[str]:
    m = session.meeting
    present = [p for p in session.participants if p.present]
    absent = [p for p in session.participants if not p.present]

    def person(p) -> str:
        return h(p.name) + (f' <span class="muted">({h(p.role)})</span>' if p.role else "")

    follow_up = ""
    if m.follow_up is not None:
        relative = h(phrases.relative_day(m.follow_up, today))
        follow_up = f"<strong>{format_date(m.follow_up)}</strong> {relative}"
    rows = [
        (t("summary.date"), format_date(m.date)),
        (t("summary.location"), h(m.location)),
        (t("summary.facilitator"), h(m.facilitator)),
        (t("summary.present", count=len(present)), ", ".join(person(p) for p in present)),
        (t("summary.absent"), ", ".join(person(p) for p in absent)),
        (t("summary.reason"), h(m.reason)),
        (t("summary.goal"), h(m.goal)),
        (t("summary.follow_up"), follow_up),
    ]
    lines = [
        f'<p class="kicker">{h(t("page.kicker"))}</p>',
        f"<h1>{h(phrases.meeting_title(session))}</h1>",
        f'<p class="org">{h(m.organisation)}</p>',
        '<dl class="meta">',
    ]
    lines += [f"<dt>{h(label)}</dt><dd>{value}</dd>" for label, value in rows if value]
    lines.append("</dl>")
    return lines


def _since(since: phrases.SinceLastTime) -> list[str]:
    lines = [
        '<div class="since">',
        f"<h2>{h(t('summary.since_date', date=since.previous_date))}</h2>",
        f'<p class="figure">{h(since.headline)}</p>',
        "<ul>",
    ]
    for group in since.groups:
        label = f"<strong>{h(group.label)}:</strong>"
        if group.compact:
            refs = ", ".join(
                h(f"{e.ref} ({e.detail})" if e.detail else e.ref) for e in group.entries
            )
            lines.append(f"<li>{label} {refs}</li>")
            continue
        lines.append(f"<li>{label}<ul>")
        for e in group.entries:
            detail = f" ({h(e.detail)})" if e.detail else ""
            note = f' <span class="note">{h(e.note)}</span>' if e.note else ""
            lines.append(f'<li><span class="id">{h(e.ref)}</span> {h(e.text)}{detail}{note}</li>')
        lines.append("</ul></li>")
    lines += ["</ul>", "</div>"]
    return lines


def _chain(session: Session, *, worksheet: bool = False) -> list[str]:
    """The chain as boxes with arrows, each with its people and internal customer."""
    title = t("page.worksheet.model") if worksheet else t("summary.chain")
    people_label = t("page.worksheet.works_here") if worksheet else t("summary.people")
    lines = [f"<h2>{h(title)}</h2>", '<ol class="chain">']
    for number, step in enumerate(session.steps, start=1):
        people = h(", ".join(step.people)) or (FILL_IN if worksheet else h(t("summary.nobody")))
        lines += [
            "<li>",
            f'<span class="number">{number}.</span> <span class="name">{h(step.name)}</span>',
            f"<p>{h(people_label)}: {people}</p>",
            f"<p>{h(t('summary.customer'))}: {_customer_html(session, step, worksheet=worksheet)}"
            "</p>",
            "</li>",
        ]
    customer = session.customer
    expectations = "; ".join(clean_text(e) for e in customer.expectations)
    lines += [
        '<li class="external">',
        f'<span class="name">{h(customer.name)}</span> '
        f'<span class="muted">({h(t("summary.external_customer"))})</span>',
        f"<p>{h(expectations)}</p>" if expectations else "",
        "</li>",
        "</ol>",
    ]
    return [line for line in lines if line]


FILL_IN = '<span class="fillin">&nbsp;</span>'
"""A line to write a name on (worksheet)."""


def _customer_html(session: Session, step: Step, *, worksheet: bool = False) -> str:
    """The internal customer of a step, and where it comes from; a line to write on if nobody."""
    customer = session.internal_customer(step.id)
    names, where = phrases.customer_of(session, step)
    where_html = f' <span class="muted">({h(where)})</span>' if where else ""
    if worksheet and not customer.names:
        return FILL_IN + where_html
    return h(names) + where_html


def _item_table(kind: str, items: list, *, blank: int = 0) -> list[str]:
    fields = ITEM_FIELDS[kind]
    classes = "write" if blank else "items"
    lines = [f'<table class="{classes} {kind}">', "<colgroup>"]
    if not blank:
        lines.append('<col class="id">')
    lines += [f'<col class="{name}">' for name in fields]
    lines += ["</colgroup>", "<thead><tr>"]
    if not blank:
        lines.append(f'<th class="id">{h(t("page.col.id"))}</th>')
    lines += [f"<th>{h(t(f'page.col.{name}'))}</th>" for name in fields]
    lines.append("</tr></thead>")
    lines.append("<tbody>")
    for item in items:
        cells = "".join(f'<td class="filled">{h(getattr(item, name))}</td>' for name in fields)
        id_cell = "" if blank else f'<td class="id">{h(item.id)}</td>'
        lines.append(f"<tr>{id_cell}{cells}</tr>")
    for _ in range(blank):
        lines.append("<tr>" + "<td></td>" * len(fields) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return lines


def _step(session: Session, number: int, step: Step, today: date) -> list[str]:
    lines = [
        '<article class="step">',
        f"<h3>{h(t('summary.step', number=number, name=clean_text(step.name)))}</h3>",
        f"<p><strong>{h(t('summary.people'))}:</strong> "
        f"{h(', '.join(step.people)) or h(t('summary.nobody'))}"
        f" · <strong>{h(t('summary.customer'))}:</strong> {_customer_html(session, step)}</p>",
    ]
    if not step.item_count():
        lines.append(f'<p class="muted">{h(t("summary.no_items"))}</p>')
    for kind in ITEM_KINDS:
        items = step.items(kind)
        if items:
            lines.append(f"<h4>{h(t(f'summary.kind.{kind}'))}</h4>")
            lines += _item_table(kind, items)
    actions = session.actions_of(step.id)
    if actions:
        refs = " · ".join(f"{h(a.id)} {_state_html(a, today, short=True)}" for a in actions)
        lines.append(f"<p><strong>{h(t('summary.step_actions'))}:</strong> {refs}</p>")
    lines.append("</article>")
    return lines


def _customer(session: Session) -> list[str]:
    customer = session.customer
    lines = [
        '<article class="step">',
        f"<h3>{h(t('summary.customer_heading', name=clean_text(customer.name)))}</h3>",
    ]
    if customer.expectations:
        lines.append(f"<h4>{h(t('summary.expectations'))}</h4>")
        lines.append("<ul>")
        lines += [f"<li>{h(e)}</li>" for e in customer.expectations]
        lines.append("</ul>")
    else:
        lines.append(f'<p class="muted">{h(t("summary.no_expectations"))}</p>')
    lines.append("</article>")
    return lines


def _state_html(action: Action, today: date, *, short: bool = False) -> str:
    state = h(phrases.action_state(action, today, short=short))
    return f'<span class="overdue">{state}</span>' if action.is_overdue(today) else state


def _actions(session: Session, today: date) -> list[str]:
    open_, closed = phrases.split_actions(session)
    lines = [f"<h2>{h(phrases.actions_heading(open_, today))}</h2>"]
    if not session.actions:
        return [*lines, f'<p class="muted">{h(t("summary.no_actions"))}</p>']
    for group, actions in (
        (t("summary.actions_open"), open_),
        (t("summary.actions_closed"), closed),
    ):
        if not actions:
            continue
        lines += [
            f"<h3>{h(group)}</h3>",
            '<table class="actions">',
            "<colgroup>"
            + "".join(
                f'<col class="{name}">' for name in ("due", "id", "what", "who", "step", "status")
            )
            + "</colgroup>",
            "<thead><tr>"
            + "".join(
                f"<th>{h(t(f'page.col.{name}'))}</th>"
                for name in ("due", "id", "what", "who", "step", "status")
            )
            + "</tr></thead>",
            "<tbody>",
        ]
        for a in actions:
            due = format_date(a.due) if a.due else h(t("summary.no_due"))
            note = (
                f'<br><span class="note">{h(t("summary.note"))}: {h(a.note)}</span>'
                if a.note
                else ""
            )
            lines.append(
                f'<tr><td class="date">{due}</td><td class="id">{h(a.id)}</td>'
                f"<td>{h(a.what)}{note}</td><td>{h(a.who)}</td>"
                f"<td>{h(phrases.step_label(session, a.step))}</td>"
                f"<td>{_state_html(a, today)}</td></tr>"
            )
        lines += ["</tbody>", "</table>"]
    return lines


def _feedback(session: Session) -> list[str]:
    lines = [f"<h2>{h(t('summary.feedback'))}</h2>"]
    if not session.feedback:
        return [*lines, f'<p class="muted">{h(t("summary.no_feedback"))}</p>']
    lines.append("<ul>")
    for entry in session.feedback:
        who = f"<strong>{h(entry.who)}</strong>: " if entry.who else ""
        lines.append(f"<li>{who}{h(entry.what)}</li>")
    lines.append("</ul>")
    return lines


# --- the worksheet --------------------------------------------------------------------------------


def worksheet_html(session: Session) -> str:
    """The worksheet to hand out before the meeting (steps 2a/2b of the instrument).

    Page one: the chain with the names filled in. Then one page per step: who works there, who
    the internal customer is, and a ruled table per kind of item; agreements already made (at a
    follow-up) are printed in the first rows, with empty rows after them to write on. The last
    page: the external customer and the action points.
    """
    m = session.meeting
    body = [
        '<section class="part">',
        f'<p class="kicker">{h(t("page.worksheet.kicker"))}</p>',
        f"<h1>{h(t('page.worksheet.title'))}</h1>",
        f'<p class="org">{h(m.organisation)} · {format_date(m.date)}'
        + (f" · {h(m.location)}" if m.location else "")
        + "</p>",
        f'<p class="instructions">{h(t("page.worksheet.intro"))}</p>',
        f'<p>{h(t("page.worksheet.name"))}: <span class="fillin">&nbsp;</span></p>',
        *_chain(session, worksheet=True),
        "</section>",
    ]
    for number, step in enumerate(session.steps, start=1):
        customer_html = _customer_html(session, step, worksheet=True)
        people = h(", ".join(step.people)) or FILL_IN
        body += [
            '<section class="part ws-step">',
            f"<h2>{h(t('summary.step', number=number, name=clean_text(step.name)))}</h2>",
            f"<p><strong>{h(t('page.worksheet.works_here'))}:</strong> {people}</p>",
            f"<p><strong>{h(t('summary.customer'))}:</strong> {customer_html}</p>",
        ]
        blank = step_blank_rows(step)
        for kind in ITEM_KINDS:
            body.append(f"<h3>{h(t(f'page.worksheet.{kind}'))}</h3>")
            body += _item_table(kind, step.items(kind), blank=blank[kind])
        body.append("</section>")
    customer = session.customer
    body += [
        '<section class="part ws-step">',
        f"<h2>{h(t('summary.customer_heading', name=clean_text(customer.name)))}</h2>",
        f"<h3>{h(t('page.worksheet.customer'))}</h3>",
        *(
            ["<ul>", *[f"<li>{h(e)}</li>" for e in customer.expectations], "</ul>"]
            if customer.expectations
            else []
        ),
        *['<p class="lines"></p>'] * 3,
        f"<h3>{h(t('page.worksheet.actions'))}</h3>",
        '<table class="write ws-actions"><colgroup>'
        + "".join(f'<col class="{name}">' for name in WORKSHEET_ACTIONS)
        + "</colgroup><thead><tr>"
        + "".join(f"<th>{h(t(f'page.col.{name}'))}</th>" for name in WORKSHEET_ACTIONS)
        + "</tr></thead><tbody>",
        *["<tr><td></td><td></td><td></td></tr>"] * 8,
        "</tbody></table>",
        "</section>",
    ]
    return _document(f"{_line(t('page.worksheet.title'))} · {_line(m.organisation)}", body)
