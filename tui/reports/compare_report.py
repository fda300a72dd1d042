"""A comparison of two meetings to read: in the terminal (Rich), as a memo (Markdown), as JSON.

The content is a :class:`tui.core.compare.Comparison`; this module only presents it, in the same
order in every form: how many agreements were kept, the action points by group, then what changed
in the chain, per step, for the external customer, among the participants and in the meeting data.

Session text is data in every form:

- **Rich**: every value goes into a ``Text`` (never into a markup string), and the console prints
  with ``markup=False, emoji=False, highlight=False``; ``[bold]x[/]``, ``[/`` and ``:warning:``
  show as typed. Values are cleaned of control characters once more on the way out, so that a
  comparison of sessions built in code cannot steer the terminal either.
- **Markdown**: what Markdown or HTML would misread is escaped, and only that
  (:func:`tui.reports.markdown_text.escape`).
- **JSON**: ``json.dumps`` of :meth:`Comparison.to_dict`.

Long lists are one small renderable per entry, not a table (a Rich table measures every cell:
seconds for thousands of rows). Colour only adds emphasis; every mark (``+``, ``-``, ``~``) and
every group is also a word, so the plain output says the same.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.rule import Rule
from rich.text import Text

from tui.core.compare import (
    ACTION_GROUPS,
    ActionEntry,
    Comparison,
    ItemChange,
    ItemEntry,
    ItemMove,
)
from tui.core.dates import format_date
from tui.core.model import ITEM_FIELDS, ITEM_KINDS
from tui.core.text import clean_line, clean_text
from tui.i18n import t
from tui.reports.console import ReportConsole
from tui.reports.markdown_text import escape, escape_lines
from tui.reports.writer import HangingLines, Value, cells, print_parts

MAX_WIDTH = 100
"""Wider lines are hard to read; on a wide terminal the report stays this wide."""

STYLES = {
    "title": "bold",
    "heading": "bold cyan",
    "subheading": "bold",
    "muted": "dim",
    "figure": "bold",
    "added": "green",
    "removed": "red",
    "changed": "yellow",
    "id": "bold",
    "done_on_time": "bold green",
    "done_late": "bold yellow",
    "dropped": "bold magenta",
    "overdue": "bold red",
    "open": "bold",
    "new": "bold blue",
    "removed_group": "bold red",
    "postponed": "bold yellow",
    "reassigned": "bold yellow",
}

MARKS = {"added": "+", "removed": "-", "changed": "~", "moved": "→"}

ACTION_DETAIL_FIELDS = ("what", "step", "about", "due")
"""Action changes listed on their own; status, done date, owner and note show in the groups."""


# --- shared wording ----------------------------------------------------------------------------


def _value(value: Any) -> str:
    """A field value as people read it: dates in the language's form, yes/no, "(empty)"."""
    if isinstance(value, bool):
        return t("compare.yes") if value else t("compare.no")
    if isinstance(value, date):
        return format_date(value)
    if value is None or value == "":
        return t("compare.empty")
    return clean_text(str(value))


def _group_title(name: str, count: int) -> str:
    return f"{t(f'compare.group.{name}')} ({count})"


def _kept_lines(c: Comparison) -> tuple[str, str]:
    """The figure for agreements kept, and what it counts."""
    day = format_date(c.new_date)
    if not c.kept.due:
        return t("compare.kept_none", date=day), ""
    headline = t(
        "compare.kept",
        done=c.kept.done,
        due=c.kept.due,
        percent=c.kept.percent,
        on_time=c.kept.on_time,
    )
    return headline, t("compare.kept_explained", date=day)


def _action_details(c: Comparison) -> list:
    """Changes of an action's text, step, subject or due date that no group shows already
    (a later due date is listed under "postponed")."""
    return [
        change
        for change in c.actions.changed
        if change.field in ACTION_DETAIL_FIELDS
        and not (change.field == "due" and change.id in c.actions.postponed)
    ]


def _action_facts(c: Comparison, entry: ActionEntry, group: str) -> list[str]:
    """Who, due, done (and how late), step: the short facts after an action's text."""
    facts = [clean_line(entry.who) or t("compare.action.nobody")]
    facts.append(
        t("compare.action.due", date=format_date(entry.due))
        if entry.due
        else t("compare.action.no_due")
    )
    if entry.status == "done":
        facts.append(
            t("compare.action.done", date=format_date(entry.done))
            if entry.done
            else t("compare.action.done_undated")
        )
        if entry.done and entry.due and entry.done > entry.due:
            facts.append(t("compare.action.days_late", days=(entry.done - entry.due).days))
    elif group == "overdue" and entry.due:
        facts.append(t("compare.action.days_over", days=(c.new_date - entry.due).days))
    if entry.step:
        facts.append(clean_line(c.step_name(entry.step)))
    return facts


def _step_label(c: Comparison, step_id: str) -> str:
    return clean_line(c.step_name(step_id)) if step_id else "-"


def _kind(kind: str) -> str:
    return t(f"compare.kind.{kind}")


def _field(name: str) -> str:
    return t(f"field.{name}")


def _item_steps_in_order(c: Comparison) -> list[str]:
    """The steps that get a heading under "per step", in chain order (removed steps last).

    A moved item is shown once, under the step it went to."""
    items = c.items
    in_a_step: list[ItemEntry | ItemChange] = [*items.added, *items.removed, *items.changed]
    touched = {entry.step for entry in in_a_step}
    touched.update(move.new_step for move in items.moved)
    return [step_id for step_id in c.step_order if step_id in touched]


# --- Rich ----------------------------------------------------------------------------------------


class Entry(HangingLines):
    """A label, then rows of text that wrap under themselves, not under the label.

    ``    + n18 behoefte: Levertijd …`` with the continuation lines indented under "Levertijd".
    A row is a ``Text``, or ``(sublabel, Text)`` whose text hangs under its own value
    (``was: …`` / ``nu: …``). Cheaper than a table row, and it writes no trailing blanks.
    """

    __slots__ = ("label", "rows")

    def __init__(self, label: Text, rows: list[Text | tuple[Text, Text]]) -> None:
        self.label = label
        self.rows = rows

    def plain_parts(self) -> tuple[str, int, list[tuple[str, Value]]]:
        label = self.label.plain
        rows: list[tuple[str, Value]] = [
            (row[0].plain, row[1]) if isinstance(row, tuple) else ("", row)
            for row in self.rows or [Text()]
        ]
        return label, cells(label), rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = self.label.cell_len
        first = True
        for row in self.rows or [Text()]:
            sub, value = row if isinstance(row, tuple) else (Text(), row)
            width = max(options.max_width - indent - sub.cell_len, 20)
            for index, line in enumerate(value.wrap(console, width) or [Text()]):
                line.rstrip()
                yield Text.assemble(
                    self.label if first else " " * indent,
                    sub if index == 0 else " " * sub.cell_len,
                    line,
                    end="\n",
                )
                first = False


def _text(value: Any, style: str = "") -> Text:
    """A value as a ``Text``: shown literally, never parsed as markup or emoji."""
    return Text(_value(value), style=STYLES.get(style, style))


def _muted(text: str) -> Text:
    return Text(text, style=STYLES["muted"])


def _heading(title: str) -> Rule:
    return Rule(Text(title, style=STYLES["heading"]), align="left", style=STYLES["muted"])


def _subheading(title: str, style: str = "subheading") -> Text:
    return Text("  " + title, style=STYLES.get(style, style))


def _label(mark: str, style: str, ident: str = "", width: int = 0) -> Text:
    """``    + n18 `` with the id padded to ``width``, so the texts of a list line up."""
    label = Text("    ")
    if mark:
        label.append(mark + " ", style=STYLES.get(style, style))
    if ident or width:
        label.append(clean_line(ident).ljust(width) + " ", style=STYLES["id"])
    return label


def _old_new(old: Any, new: Any) -> list[tuple[Text, Text]]:
    """Two rows, "was: …" and "now: …", each hanging under its own text."""
    was, now = t("compare.was") + ": ", t("compare.now") + ": "
    width = max(len(was), len(now))
    return [
        (_muted(was.ljust(width)), _text(old, "removed")),
        (_muted(now.ljust(width)), _text(new, "added")),
    ]


def _arrow(old: Any, new: Any) -> Text:
    """``old → new`` for short values."""
    return Text.assemble(_text(old, "removed"), " → ", _text(new, "added"))


def _is_short(*values: Any) -> bool:
    return all(len(_value(v)) <= 30 and "\n" not in _value(v) for v in values)


def _change_rows(name: str, old: Any, new: Any) -> list[Text | tuple[Text, Text]]:
    """``name: old → new`` on one line when both are short, else a "was" and a "now" row."""
    if _is_short(old, new):
        return [Text.assemble(_muted(name + ": "), _arrow(old, new))]
    return [_muted(name), *_old_new(old, new)]


def rich_renderables(c: Comparison) -> list[RenderableType]:
    """The comparison as Rich renderables: a heading and a compact list per section."""
    parts: list[RenderableType] = [
        Text(t("compare.title"), style=STYLES["title"]),
        Text(clean_line(c.organisation), style=STYLES["title"]),
    ]
    width = max(len(t("compare.old")), len(t("compare.new"))) + 1
    for key, name, day in (
        ("compare.old", c.old_name, c.old_date),
        ("compare.new", c.new_name, c.new_date),
    ):
        label = Text(f"  {(t(key) + ':').ljust(width)} ")
        parts.append(
            Entry(label, [Text.assemble(_text(name or "-"), _muted(f" · {format_date(day)}"))])
        )
    parts.append(Text())
    headline, explanation = _kept_lines(c)
    parts.append(Text(headline, style=STYLES["figure"]))
    if explanation:
        parts.append(Entry(Text(), [_muted(explanation)]))
    if not c.has_differences:
        parts.append(Text(t("compare.no_differences"), style=STYLES["figure"]))
    parts.append(Text())
    parts.extend(_rich_actions(c))
    parts.extend(_rich_chain(c))
    parts.extend(_rich_items(c))
    parts.extend(_rich_customer(c))
    parts.extend(_rich_participants(c))
    parts.extend(_rich_meeting(c))
    return parts


def _rich_actions(c: Comparison) -> list[RenderableType]:
    a = c.actions
    if not a.entries:
        return []
    parts: list[RenderableType] = [_heading(t("compare.section.actions"))]
    width = max(len(action_id) for action_id in a.entries)
    for group in ACTION_GROUPS:
        ids = a.group(group)
        if not ids:
            continue
        parts.append(
            _subheading(
                _group_title(group, len(ids)), "removed_group" if group == "removed" else group
            )
        )
        for action_id in ids:
            entry = a.entries[action_id]
            rows: list[Text | tuple[Text, Text]] = [
                _text(entry.what),
                _muted(" · ".join(_action_facts(c, entry, group))),
            ]
            if entry.note:
                rows.append((_muted(_field("note") + ": "), _text(entry.note)))
            parts.append(Entry(_label("", "", action_id, width), rows))
    for group, field_name in (("postponed", "due"), ("reassigned", "who")):
        ids = a.group(group)
        if not ids:
            continue
        parts.append(_subheading(_group_title(group, len(ids)), group))
        for action_id in ids:
            before, now = a.before[action_id], a.entries[action_id]
            change = Text.assemble(
                _muted(_field(field_name) + ": "),
                _arrow(getattr(before, field_name), getattr(now, field_name)),
            )
            parts.append(
                Entry(_label("", "", action_id, width), [change, _text(now.what, "muted")])
            )
    details = _action_details(c)
    if details:
        parts.append(_subheading(t("compare.section.action_changes")))
        for change in details:
            old, new = change.old, change.new
            if change.field == "step":
                old, new = _step_label(c, old), _step_label(c, new)
            label = _label(MARKS["changed"], "changed", change.id, width)
            parts.append(Entry(label, _change_rows(_field(change.field), old, new)))
    parts.append(Text())
    return parts


def _rich_chain(c: Comparison) -> list[RenderableType]:
    s = c.steps
    if not s:
        return []
    parts: list[RenderableType] = [_heading(t("compare.section.chain"))]
    for mark, ids, key in (
        ("added", s.added, "compare.step.added"),
        ("removed", s.removed, "compare.step.removed"),
    ):
        for step_id in ids:
            row = Text.assemble(
                _text(c.step_name(step_id), mark), _muted(f" ({clean_line(step_id)}) · {t(key)}")
            )
            parts.append(Entry(_label(MARKS[mark], mark), [row]))
    for renamed in s.renamed:
        label = f"{clean_line(renamed.id)} · {t('compare.step.renamed')}"
        rows = _change_rows(label, renamed.old, renamed.new)
        parts.append(Entry(_label(MARKS["changed"], "changed"), rows))
    for key, changes in (
        ("compare.step.people", s.people),
        ("compare.step.customers", s.customers),
    ):
        for change in changes:
            row = Text.assemble(_text(c.step_name(change.step)), _muted(f" · {t(key)}:"))
            for mark, names in (("added", change.added), ("removed", change.removed)):
                for name in names:
                    row.append_text(
                        Text.assemble(" ", (MARKS[mark] + " ", STYLES[mark]), _text(name, mark))
                    )
            if change.via:
                row.append_text(
                    _muted(" " + t("compare.step.via", step=clean_line(c.step_name(change.via))))
                )
            parts.append(Entry(_label(MARKS["changed"], "changed"), [row]))
    if s.order:
        old, new = (" → ".join(clean_line(c.step_name(i)) for i in ids) for ids in s.order)
        parts.append(
            Entry(
                _label(MARKS["changed"], "changed"),
                [_muted(t("compare.step.order")), *_old_new(old, new)],
            )
        )
    parts.append(Text())
    return parts


def _item_rows(entry: ItemEntry, style: str) -> list[Text | tuple[Text, Text]]:
    rows: list[Text | tuple[Text, Text]] = [
        (_muted(_kind(entry.kind) + ": "), _text(entry.texts["what"], style))
    ]
    for name in ITEM_FIELDS[entry.kind][1:]:
        if entry.texts.get(name):
            rows.append((_muted(_field(name) + ": "), _text(entry.texts[name])))
    return rows


def _rich_items(c: Comparison) -> list[RenderableType]:
    items = c.items
    if not items:
        return []
    listed: list[ItemEntry | ItemChange | ItemMove] = [
        *items.added,
        *items.removed,
        *items.changed,
        *items.moved,
    ]
    width = max(len(x.id) for x in listed)
    parts: list[RenderableType] = [_heading(t("compare.section.items"))]
    for step_id in _item_steps_in_order(c):
        parts.append(_subheading(clean_line(c.step_name(step_id))))
        for kind in ITEM_KINDS:
            for move in items.moved:
                if move.new_step == step_id and move.kind == kind:
                    text = t(
                        "compare.item.moved",
                        old=clean_line(c.step_name(move.old_step)),
                        new=clean_line(c.step_name(move.new_step)),
                    )
                    label = _label(MARKS["moved"], "changed", move.id, width)
                    parts.append(Entry(label, [(_muted(_kind(kind) + ": "), Text(text))]))
            for entry in items.added:
                if entry.step == step_id and entry.kind == kind:
                    label = _label(MARKS["added"], "added", entry.id, width)
                    parts.append(Entry(label, _item_rows(entry, "added")))
            for change in items.changed:
                if change.step == step_id and change.kind == kind:
                    label = _label(MARKS["changed"], "changed", change.id, width)
                    head = _muted(f"{_kind(kind)} · {_field(change.field)}")
                    parts.append(Entry(label, [head, *_old_new(change.old, change.new)]))
            for entry in items.removed:
                if entry.step == step_id and entry.kind == kind:
                    label = _label(MARKS["removed"], "removed", entry.id, width)
                    parts.append(Entry(label, _item_rows(entry, "removed")))
    parts.append(Text())
    return parts


def _rich_customer(c: Comparison) -> list[RenderableType]:
    if not (c.customer_name or c.expectations_added or c.expectations_removed):
        return []
    parts: list[RenderableType] = [_heading(t("compare.section.customer"))]
    if c.customer_name:
        rows = _change_rows(t("compare.customer.name"), c.customer_name.old, c.customer_name.new)
        parts.append(Entry(_label(MARKS["changed"], "changed"), rows))
    for mark, texts in (("added", c.expectations_added), ("removed", c.expectations_removed)):
        for text in texts:
            parts.append(Entry(_label(MARKS[mark], mark), [_text(text, mark)]))
    parts.append(Text())
    return parts


def _rich_participants(c: Comparison) -> list[RenderableType]:
    if not (c.joined or c.left or c.participants_changed):
        return []
    parts: list[RenderableType] = [_heading(t("compare.section.participants"))]
    for mark, people in (("added", c.joined), ("removed", c.left)):
        for person in people:
            row = _text(person.name, mark)
            if person.role:
                row.append_text(Text.assemble(" (", _text(person.role), ")"))
            parts.append(Entry(_label(MARKS[mark], mark), [row]))
    for change in c.participants_changed:
        row = Text.assemble(
            _text(change.name),
            _muted(f" · {t('compare.participant.' + change.field)}: "),
            _arrow(change.old, change.new),
        )
        parts.append(Entry(_label(MARKS["changed"], "changed"), [row]))
    parts.append(Text())
    return parts


def _rich_meeting(c: Comparison) -> list[RenderableType]:
    if not c.meeting:
        return []
    parts: list[RenderableType] = [_heading(t("compare.section.meeting"))]
    for change in c.meeting:
        rows = _change_rows(t(f"compare.meeting.{change.field}"), change.old, change.new)
        parts.append(Entry(_label(MARKS["changed"], "changed"), rows))
    parts.append(Text())
    return parts


def make_console(
    file=None,
    *,
    width: int | None = None,
    plain: bool | None = None,
    force_terminal: bool | None = None,
) -> Console:
    """A console for the report: colour on a terminal, plain when piped, ``NO_COLOR`` or TERM=dumb.

    Rich already drops colour for ``NO_COLOR``, but still writes bold and dim as ANSI codes; "plain"
    here means no escape codes at all, so ``color_system`` is switched off. ``force_terminal`` is
    for git's pager, which reads a pipe but shows colour.
    """
    if plain is None:
        plain = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM", "") == "dumb"
    options: dict[str, Any] = {
        "highlight": False,
        "emoji": False,
        "markup": False,
        "legacy_windows": False,
    }
    if plain:
        options.update(color_system=None, no_color=True)
    elif force_terminal:
        options.update(force_terminal=True)
    console = ReportConsole(file=file, width=width, **options)
    if width is None and console.width > MAX_WIDTH:
        console.width = MAX_WIDTH
    return console


def print_report(c: Comparison, console: Console) -> None:
    """Print the comparison, in one write; the console's own markup, emoji and highlighting stay
    off (see :mod:`tui.reports.writer`)."""
    print_parts(console, rich_renderables(c))


# --- Markdown ------------------------------------------------------------------------------------
#
# The marks (+ - ~ →) go in bold with the id or name they belong to: "- **+ n18** behoefte: …".
# A "+ " or "- " at the start of a list item's text would start a list inside the list, and
# escaping it ("- \+ n18") leaves a backslash in every line of the memo pasted as plain text.


def _md(value: Any, *, table: bool = False) -> str:
    """A field value as literal Markdown (:func:`tui.reports.markdown_text.escape`), its lines
    joined with ``<br>``."""
    return escape_lines(_value(value), table=table)


def _md_arrow(old: Any, new: Any) -> str:
    return f"{_md(old)} → {_md(new)}"


def _bullet(mark: str, text: str, lead: str = "") -> str:
    """``- **+ n18** behoefte: …``: the mark and the ``lead`` (an id or an escaped name) in bold,
    then ``text``, which brings its own separator (``" behoefte: …"``, ``", mensen: …"``)."""
    bold = " ".join(part for part in (MARKS.get(mark, ""), lead) if part)
    return f"- **{bold}**{text}" if bold else f"- {text}"


def _md_heading(level: int, title: str) -> list[str]:
    return [f"{'#' * level} {escape(title, heading=True)}", ""]


def markdown_report(c: Comparison) -> str:
    """The comparison as Markdown: the memo after a follow-up (step 3j of the instrument)."""
    out = _md_heading(1, f"{t('compare.title')}: {clean_line(c.organisation)}")
    for key, name, day in (
        ("compare.old", c.old_name, c.old_date),
        ("compare.new", c.new_name, c.new_date),
    ):
        out.append(f"- {t(key)}: {_md(name or '-')} ({format_date(day)})")
    headline, explanation = _kept_lines(c)
    out += ["", f"**{escape(headline)}**", ""]
    out += [f"_{escape(explanation)}_", ""] if explanation else []
    if not c.has_differences:
        out += [escape(t("compare.no_differences"), start=True), ""]
    out += _md_actions(c)
    out += _md_chain(c)
    out += _md_items(c)
    out += _md_customer(c)
    out += _md_participants(c)
    out += _md_meeting(c)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _md_table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _md_done(entry: ActionEntry) -> str:
    if entry.status != "done":
        return ""
    done = format_date(entry.done) if entry.done else t("compare.action.done_undated")
    if entry.done and entry.due and entry.done > entry.due:
        done += ", " + t("compare.action.days_late", days=(entry.done - entry.due).days)
    return escape(done, table=True)


def _md_actions(c: Comparison) -> list[str]:
    """One table per group (a memo is read on paper or in a mail: tables print well)."""
    a = c.actions
    if not a.entries:
        return []
    out = _md_heading(2, t("compare.section.actions"))
    header = ["id", *(_field(n) for n in ("what", "who", "due")), t("status.done"), _field("step")]
    for group in ACTION_GROUPS:
        entries = [a.entries[i] for i in a.group(group)]
        if not entries:
            continue
        with_note = any(e.note for e in entries)
        rows = [
            [_md(e.id, table=True), _md(e.what, table=True), _md(e.who, table=True)]
            + [format_date(e.due), _md_done(e)]
            + [escape(c.step_name(e.step), table=True) if e.step else ""]
            + ([_md(e.note, table=True) if e.note else ""] if with_note else [])
            for e in entries
        ]
        out += _md_heading(3, _group_title(group, len(entries)))
        out += _md_table(header + ([_field("note")] if with_note else []), rows)
    for group, name in (("postponed", "due"), ("reassigned", "who")):
        ids = a.group(group)
        if not ids:
            continue
        out += _md_heading(3, _group_title(group, len(ids)))
        for i in ids:
            before, now = a.before[i], a.entries[i]
            change = _md_arrow(getattr(before, name), getattr(now, name))
            out.append(_bullet("", f": {change} ({_md(now.what)})", lead=escape(i)))
        out.append("")
    details = _action_details(c)
    if details:
        out += _md_heading(3, t("compare.section.action_changes"))
        for change in details:
            old, new = change.old, change.new
            if change.field == "step":
                old, new = _step_label(c, old), _step_label(c, new)
            text = f" {_field(change.field)}: {_md_arrow(old, new)}"
            out.append(_bullet("", text, lead=escape(change.id)))
        out.append("")
    return out


def _md_chain(c: Comparison) -> list[str]:
    s = c.steps
    if not s:
        return []
    out = _md_heading(2, t("compare.section.chain"))
    for mark, ids in (("added", s.added), ("removed", s.removed)):
        for i in ids:
            text = f" ({escape(i)}): {t('compare.step.' + mark)}"
            out.append(_bullet(mark, text, lead=escape(c.step_name(i))))
    for r in s.renamed:
        text = f" {escape(r.id)}, {t('compare.step.renamed')}: {_md_arrow(r.old, r.new)}"
        out.append(_bullet("changed", text))
    for key, changes in (
        ("compare.step.people", s.people),
        ("compare.step.customers", s.customers),
    ):
        for change in changes:
            names = [f"{MARKS['added']} {_md(n)}" for n in change.added]
            names += [f"{MARKS['removed']} {_md(n)}" for n in change.removed]
            text = f", {t(key)}: {', '.join(names)}"
            if change.via:
                text += " " + escape(t("compare.step.via", step=c.step_name(change.via)))
            out.append(_bullet("changed", text, lead=escape(c.step_name(change.step))))
    if s.order:
        old, new = (" → ".join(_md(c.step_name(i)) for i in ids) for ids in s.order)
        out.append(_bullet("changed", f" {t('compare.step.order')}: {old} ⇒ {new}"))
    return [*out, ""]


def _md_item(mark: str, entry: ItemEntry) -> str:
    extra = "; ".join(
        f"{_field(name)}: {_md(entry.texts[name])}"
        for name in ITEM_FIELDS[entry.kind][1:]
        if entry.texts.get(name)
    )
    text = f" {_kind(entry.kind)}: {_md(entry.texts['what'])}" + (f" ({extra})" if extra else "")
    return _bullet(mark, text, lead=escape(entry.id))


def _md_items(c: Comparison) -> list[str]:
    items = c.items
    if not items:
        return []
    out = _md_heading(2, t("compare.section.items"))
    for step_id in _item_steps_in_order(c):
        out += _md_heading(3, clean_line(c.step_name(step_id)))
        for kind in ITEM_KINDS:
            for move in items.moved:
                if move.new_step == step_id and move.kind == kind:
                    text = t(
                        "compare.item.moved",
                        old=clean_line(c.step_name(move.old_step)),
                        new=clean_line(c.step_name(move.new_step)),
                    )
                    out.append(
                        _bullet("moved", f" {_kind(kind)}: {escape(text)}", lead=escape(move.id))
                    )
            out += [
                _md_item("added", e) for e in items.added if e.step == step_id and e.kind == kind
            ]
            for ch in items.changed:
                if ch.step == step_id and ch.kind == kind:
                    text = f" {_kind(kind)}, {_field(ch.field)}: {_md_arrow(ch.old, ch.new)}"
                    out.append(_bullet("changed", text, lead=escape(ch.id)))
            out += [
                _md_item("removed", e)
                for e in items.removed
                if e.step == step_id and e.kind == kind
            ]
        out.append("")
    return out


def _md_customer(c: Comparison) -> list[str]:
    if not (c.customer_name or c.expectations_added or c.expectations_removed):
        return []
    out = _md_heading(2, t("compare.section.customer"))
    if c.customer_name:
        change = _md_arrow(c.customer_name.old, c.customer_name.new)
        out.append(_bullet("changed", f" {t('compare.customer.name')}: {change}"))
    out += [_bullet("added", f" {_md(x)}") for x in c.expectations_added]
    out += [_bullet("removed", f" {_md(x)}") for x in c.expectations_removed]
    return [*out, ""]


def _md_participants(c: Comparison) -> list[str]:
    if not (c.joined or c.left or c.participants_changed):
        return []
    out = _md_heading(2, t("compare.section.participants"))
    for mark, people in (("added", c.joined), ("removed", c.left)):
        for p in people:
            out.append(_bullet(mark, f" {_md(p.name)}" + (f" ({_md(p.role)})" if p.role else "")))
    for ch in c.participants_changed:
        label = t("compare.participant." + ch.field)
        out.append(_bullet("changed", f" {_md(ch.name)}, {label}: {_md_arrow(ch.old, ch.new)}"))
    return [*out, ""]


def _md_meeting(c: Comparison) -> list[str]:
    if not c.meeting:
        return []
    out = _md_heading(2, t("compare.section.meeting"))
    for ch in c.meeting:
        text = f" {t('compare.meeting.' + ch.field)}: {_md_arrow(ch.old, ch.new)}"
        out.append(_bullet("changed", text))
    return [*out, ""]


# --- JSON ----------------------------------------------------------------------------------------

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_report(c: Comparison) -> str:
    """``json.dumps`` of :meth:`Comparison.to_dict`, readable (UTF-8, indented).

    ``json.dumps`` escapes C0 controls but writes DEL, C1 controls and bidi overrides raw; those
    can only occur inside strings, where ``\\u009b`` means the same, so they are escaped too: the
    JSON printed to a terminal cannot steer it.
    """
    text = json.dumps(c.to_dict(), ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text) + "\n"
