"""A series to read: in the terminal (Rich, with small charts), as Markdown, as a printable page
(HTML with inline SVG charts) and as JSON.

The content is a :class:`tui.core.series.Series`; this module only presents it, in the same order
in every form: the problems with the series (first, so that nothing is missed), per meeting the
agreements kept and the action register, the trend, the items per step, what came back, and per
step and per person how many actions were done on time.

Session text is data in every form, as in the other reports: Rich gets ``Text`` and prints without
markup, emoji or highlighting; Markdown escapes only what a renderer would misread; the page
passes every value through :func:`tui.reports.page.h`. The charts are drawn from numbers only.

The terminal charts are Rich text: a bar (``███████░░░``) for each figure that has a whole (kept of
due, on time of due), and a sparkline (``▁▄█``) for what goes up and down over the meetings. The
page draws the same as SVG, in black and grey with words and numbers beside every mark, so it
prints well in black and white. Nothing is a table of thousands of rows: a series has tens of
meetings at most, and the long lists (what came back) are one renderable per entry.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from tui.core.compare import Kept
from tui.core.dates import format_date
from tui.core.series import MeetingFigures, OnTime, Recurring, Series, series_json
from tui.core.text import clean_line, clean_text
from tui.i18n import t

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

BAR_WIDTH = 10
TABLE_BAR = 5
"""The bar in the table of meetings: narrower, so that the table fits in 80 columns."""
SPARKS = "▁▂▃▄▅▆▇█"
FULL, EMPTY = "█", "░"

STYLES = {
    "title": "bold",
    "muted": "dim",
    "problem": "bold red",
    "good": "green",
    "bad": "red",
    "id": "bold",
}

REGISTER = ("open", "overdue", "done", "dropped", "new")
"""The register's columns, in the order of every form (:func:`register_headings`)."""


def register_headings() -> list[str]:
    return [
        t("series.col.open"),
        t("series.col.overdue"),
        t("series.col.done"),
        t("series.col.dropped"),
        t("series.col.new"),
    ]


ITEM_MEETINGS = 6
"""The terminal's table of items per step shows the last this many meetings (it says so)."""

MAX_WIDTH = 100
"""Wider lines are hard to read; on a wide terminal the report stays this wide."""


def make_console(
    file: Any = None, *, width: int | None = None, plain: bool | None = None
) -> Console:
    """A console for the series, as for the other reports: colour on a terminal, no escape codes
    at all when piped, with ``NO_COLOR`` or ``TERM=dumb``; markup, emoji and highlighting off."""
    from tui.reports.console import ReportConsole

    if plain is None:
        plain = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM", "") == "dumb"
    options: dict[str, Any] = {"highlight": False, "emoji": False, "markup": False}
    if plain:
        options.update(color_system=None, no_color=True)
    console = ReportConsole(file=file, width=width, legacy_windows=False, **options)
    if width is None and console.width > MAX_WIDTH:
        console.width = MAX_WIDTH
    return console


def escape(value: str, **how: bool) -> str:
    """:func:`tui.reports.markdown_text.escape`, imported when Markdown is made (the terminal
    view and the page do not need it: ``series`` starts faster)."""
    from tui.reports.markdown_text import escape as escape_

    return escape_(value, **how)


def h(value: str) -> str:
    """:func:`tui.reports.page.h` (session text as HTML), imported when the page is made."""
    from tui.reports.page import h as h_

    return h_(value)


# --- shared wording ------------------------------------------------------------------------------


def title(series: Series) -> str:
    if not series.organisation:
        return t("series.title_unknown")
    return t("series.title", organisation=clean_line(series.organisation))


def span(series: Series) -> str:
    days = [m.day for m in series.meetings if m.day is not None]
    if not days:
        return ""
    if len(series.meetings) == 1:
        return t("series.span_one", first=format_date(days[0]))
    return t(
        "series.span",
        count=len(series.meetings),
        first=format_date(min(days)),
        last=format_date(max(days)),
    )


def kept_text(m: MeetingFigures, first: bool) -> str:
    """``7/10 (70%)``; ``eerste`` for the first meeting, ``onleesbaar`` for a broken file."""
    if not m.readable:
        return t("series.unreadable")
    if m.after_unreadable:
        return t("series.kept_unknown")
    if m.kept is None:
        return t("series.first") if first else ""
    if not m.kept.due:
        return t("series.kept_none")
    return t("series.kept_cell", done=m.kept.done, due=m.kept.due, percent=m.kept.percent)


def register_cells(m: MeetingFigures) -> list[str]:
    """The register's figures as cells (:data:`REGISTER`); ``?`` for new after an unreadable
    meeting, nothing for an unreadable one."""
    if not m.readable:
        return [""] * len(REGISTER)
    values = [getattr(m.register, name) for name in REGISTER]
    return [t("series.new_unknown") if v is None else str(v) for v in values]


def unknown_notes(series: Series) -> list[str]:
    """One line per meeting whose kept and new are not determinable (the one before is broken)."""
    return [
        t("series.kept_unknown_note", date=format_date(m.day), file=m.after_unreadable)
        for m in series.meetings
        if m.after_unreadable
    ]


def on_time_text(o: OnTime) -> str:
    return t("series.on_time_cell", on_time=o.on_time, due=o.due, percent=o.percent)


def on_time_rest(o: OnTime) -> str:
    """``3 gedaan``, and how many are overdue when any are."""
    if o.overdue:
        return t("series.on_time_rest", done=o.done, overdue=o.overdue)
    return t("series.on_time_done", done=o.done)


def recurring_text(series: Series, r: Recurring) -> str:
    """What the entry says besides its text: when it went and came back, or how long it lies."""
    if r.kind == "returned":
        back = next((d for d in r.meetings if r.gone is not None and d > r.gone), None)
        text = t("series.returned", gone=format_date(r.gone), back=format_date(back))
        if r.earlier_id:
            text += " " + t("series.returned_as", id=r.earlier_id)
        return text
    return t("series.unresolved", count=len(r.meetings), actions=", ".join(r.actions))


def _where(series: Series, r: Recurring) -> str:
    return f"{t(f'compare.kind.{r.item_kind}')} · {clean_line(series.step_name(r.step))}"


def bar(done: int, whole: int, width: int = BAR_WIDTH) -> str:
    """``███████░░░`` for 7 of 10: a part of a whole as a bar of ``width`` characters."""
    if whole <= 0:
        return EMPTY * width
    filled = round(width * min(done, whole) / whole)
    return FULL * filled + EMPTY * (width - filled)


def sparkline(values: Sequence[int | None], top: int | None = None) -> str:
    """One character per value, its height on the scale 0 to ``top`` (a percentage: 100), or 0
    to the largest value (counts: 3 next to 2 is not drawn as 3 next to 0); `` `` for none."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    high = top if top is not None else max(known)
    out = []
    for value in values:
        if value is None:
            out.append(" ")
        elif high <= 0:
            out.append(SPARKS[0])
        else:
            share = max(0, min(value, high)) / high
            out.append(SPARKS[round(share * (len(SPARKS) - 1))])
    return "".join(out)


def _kept_percent(kept: Kept | None) -> int | None:
    return kept.percent if kept is not None else None


def _item_cell(m: MeetingFigures, step_id: str) -> str:
    counts = m.items.get(step_id)
    if counts is None:
        return t("series.items_missing")
    return " · ".join(str(c) for c in counts)


# --- Rich ----------------------------------------------------------------------------------------


def rich_kit() -> Any:
    """The classes the terminal view is built with: Rich's own. (:data:`tui.reports.plain.KIT`
    builds the same view without Rich, for :func:`plain_report`.)"""
    from rich import box
    from rich.console import Group
    from rich.padding import Padding
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    return SimpleNamespace(
        Text=Text, Table=Table, Padding=Padding, Rule=Rule, Group=Group, SIMPLE_HEAD=box.SIMPLE_HEAD
    )


def _text(kit: Any, value: str, style: str = "") -> Any:
    return kit.Text(clean_text(value), style=STYLES.get(style, style))


def _heading(kit: Any, text: str) -> Any:
    """A section title in a rule, as in the summary."""
    return kit.Rule(kit.Text(text, style="bold cyan"), align="left", style=STYLES["muted"])


def rich_renderables(series: Series, kit: Any = None) -> list[RenderableType]:
    """The series as Rich renderables (every session text a ``Text``); with ``kit``, built of its
    classes instead of Rich's (see :func:`rich_kit`)."""
    kit = kit or rich_kit()
    Text = kit.Text
    parts: list[Any] = [_text(kit, title(series), "title")]
    if span(series):
        parts.append(_text(kit, span(series), "muted"))
    if series.problems:
        parts.append(_heading(kit, t("series.problems")))
        for problem in series.problems:
            parts.append(Text.assemble(("! ", STYLES["problem"]), Text(problem.message())))
            parts += [Text("    " + clean_line(line), style=STYLES["muted"]) for line in
                      problem.details]  # fmt: skip
    if not any(m.readable for m in series.meetings):
        parts.append(_text(kit, t("series.none")))
        return parts
    parts += _rich_meetings(kit, series)
    parts += _rich_trend(kit, series)
    parts += _rich_items(kit, series)
    parts += _rich_recurring(kit, series)
    parts += _rich_on_time(kit, series)
    return parts


def _table(kit: Any, *columns: tuple[str, str]) -> Any:
    """A table with one space between its columns (the meetings' table fits 76 columns)."""
    table = kit.Table(box=kit.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=(0, 0))
    for name, justify in columns:
        table.add_column(kit.Text(name), justify=justify)
    return table


def _rich_meetings(kit: Any, series: Series) -> list[Any]:
    Text = kit.Text
    table = _table(
        kit,
        (t("series.col.meeting"), "left"),
        (t("series.col.kept"), "left"),
        (t("series.col.on_time"), "right"),
        *((heading, "right") for heading in register_headings()),
    )
    for column in table.columns[:2]:  # the date and the figure stay on one line; headings wrap
        column.no_wrap = True
    for index, m in enumerate(series.meetings):
        kept = Text()
        if m.kept is not None and m.kept.due:
            kept.append(bar(m.kept.done, m.kept.due, TABLE_BAR) + " ", style=STYLES["good"])
        kept.append(kept_text(m, index == 0))
        counts = register_cells(m)
        on_time = str(m.kept.on_time) if m.kept is not None and m.kept.due else ""
        style = "" if m.readable else STYLES["problem"]
        table.add_row(Text(format_date(m.day), style=style), kept, on_time, *counts)
    return [
        _heading(kit, t("series.meetings")),
        table,
        *(Text.assemble(("! ", STYLES["problem"]), Text(note)) for note in unknown_notes(series)),
        _text(kit, t("series.kept_explained"), "muted"),
    ]


def _rich_trend(kit: Any, series: Series) -> list[Any]:
    Text = kit.Text
    readable = [m for m in series.meetings if m.readable]
    if len(readable) < 2:
        return []
    rows: list[tuple[str, list[int | None], str, int | None]] = [
        (t("series.trend.kept"), [_kept_percent(m.kept) for m in readable], "%", 100),
        (t("series.trend.open"), [m.register.open for m in readable], "", None),
        (t("series.trend.overdue"), [m.register.overdue for m in readable], "", None),
    ]
    table = kit.Table.grid(padding=(0, 2))
    table.add_column()
    table.add_column(no_wrap=True)
    table.add_column()
    for label, values, unit, top in rows:
        numbers = " → ".join("–" if v is None else f"{v}{unit}" for v in values)
        table.add_row(Text(label), Text(sparkline(values, top), style="bold"), Text(numbers))
    return [_heading(kit, t("series.trend")), table]


def _rich_items(kit: Any, series: Series) -> list[Any]:
    Text = kit.Text
    readable = [m for m in series.meetings if m.readable]
    shown = readable[-ITEM_MEETINGS:]  # these fit at 80 columns; the other forms show all
    table = _table(
        kit, (t("series.col.step"), "left"), *((format_date(m.day), "right") for m in shown)
    )
    table.columns[0].overflow = "fold"  # a step's name wraps (a long word folds), never "…"
    table.columns[0].min_width = 12
    for column in table.columns[1:]:
        column.no_wrap = True
    for step_id, name in series.steps:
        table.add_row(Text(clean_line(name)), *(_item_cell(m, step_id) for m in shown))
    parts: list[Any] = [
        _heading(kit, t("series.items")),
        _text(kit, t("series.items_explained"), "muted"),
    ]
    if len(shown) < len(readable):
        some = t("series.items_some", shown=len(shown), count=len(readable))
        parts.append(_text(kit, some, "muted"))
    return [*parts, table]


def _rich_recurring(kit: Any, series: Series) -> list[Any]:
    Text, Padding = kit.Text, kit.Padding
    parts: list[Any] = [_heading(kit, t("series.recurring"))]
    if not series.recurring:
        parts.append(_text(kit, t("series.recurring_none"), "muted"))
    for r in series.recurring:
        mark = "↺ " if r.kind == "returned" else "⟳ "
        parts.append(
            kit.Group(
                Text.assemble(
                    (mark, STYLES["bad"]), (f"{r.id} ", STYLES["id"]), Text(_where(series, r))
                ),
                Padding(Text(clean_text(r.text)), (0, 0, 0, 2)),
                Padding(Text(recurring_text(series, r), style=STYLES["muted"]), (0, 0, 0, 2)),
            )
        )
    return parts


def _rich_on_time(kit: Any, series: Series) -> list[Any]:
    Text = kit.Text
    parts: list[Any] = [
        _heading(kit, t("series.on_time")),
        _text(kit, t("series.on_time_explained"), "muted"),
    ]
    if not series.by_step:
        parts.append(_text(kit, t("series.on_time_none")))
        return parts
    for heading, rows in ((t("series.by_step"), series.by_step),
                          (t("series.by_person"), series.by_person)):  # fmt: skip
        table = kit.Table.grid(padding=(0, 1))
        table.add_column(ratio=2, overflow="fold")
        table.add_column(no_wrap=True)
        table.add_column(ratio=3)
        for o in rows:  # the figure and the rest on lines of their own: no word left alone
            table.add_row(
                Text(clean_line(o.label)),
                Text(bar(o.on_time, o.due), style=STYLES["good"]),
                Text.assemble(on_time_text(o), "\n", (on_time_rest(o), "dim")),
            )
        parts += [Text(heading, style="bold"), table]
    return parts


def print_report(series: Series, console: Any) -> None:
    for part in rich_renderables(series):
        console.print(part, markup=False, emoji=False, highlight=False)


def plain_report(series: Series, width: int) -> str | None:
    """What :func:`print_report` prints on a console ``width`` wide without colour, drawn without
    Rich (:mod:`tui.reports.plain`); None when a text needs Rich to be laid out."""
    from tui.reports import plain

    try:
        return plain.render(rich_renderables(series, plain.KIT), width)
    except plain.NotPlain:
        return None


def plain_width() -> int | None:
    """The width Rich gives a console that is not a terminal (``COLUMNS``, else the terminal of
    standard input, output or error, else 80; at most :data:`MAX_WIDTH`), or None when Rich
    would draw in colour or in ASCII (it is told it writes to a terminal, or the output is not
    UTF-8): then only Rich knows what it draws."""
    environ = os.environ
    if "FORCE_COLOR" in environ or environ.get("TTY_COMPATIBLE") == "1":
        return None
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8":
        return None
    width = 0
    for descriptor in (0, 1, 2):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
        if not width:  # Rich takes a width of 0 as it is
            return None
    return min(width or 80, MAX_WIDTH)


# --- Markdown ------------------------------------------------------------------------------------


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _md_heading(level: int, text: str) -> list[str]:
    return [f"{'#' * level} {escape(text, heading=True)}", ""]


def markdown_report(series: Series) -> str:
    """The series as Markdown, for the memo or an intranet page."""
    out = _md_heading(1, title(series))
    if span(series):
        out += [escape(span(series), start=True), ""]
    if series.problems:
        out += _md_heading(2, t("series.problems"))
        for problem in series.problems:
            out.append(f"- {escape(problem.message())}")
            out += [f"  - {escape(clean_line(line))}" for line in problem.details]
        out.append("")
    if not any(m.readable for m in series.meetings):
        return "\n".join([*out, escape(t("series.none"), start=True)]) + "\n"
    out += _md_heading(2, t("series.meetings"))
    header = [t("series.col.meeting"), t("series.col.kept"), t("series.col.on_time")]
    header += register_headings()
    rows = []
    for index, m in enumerate(series.meetings):
        on_time = str(m.kept.on_time) if m.kept is not None and m.kept.due else ""
        counts = register_cells(m)
        rows.append([format_date(m.day), escape(kept_text(m, index == 0), table=True), on_time,
                     *counts])  # fmt: skip
    out += _md_table([escape(c, table=True) for c in header], rows)
    out += [f"- {escape(note)}" for note in unknown_notes(series)]
    out += [""] if unknown_notes(series) else []
    out += [f"_{escape(t('series.kept_explained'))}_", ""]
    readable = [m for m in series.meetings if m.readable]
    out += _md_heading(2, t("series.items"))
    out += [f"_{escape(t('series.items_explained'))}_", ""]
    out += _md_table(
        [t("series.col.step"), *(format_date(m.day) for m in readable)],
        [
            [escape(clean_line(name), table=True), *(_item_cell(m, step_id) for m in readable)]
            for step_id, name in series.steps
        ],
    )
    out += _md_heading(2, t("series.recurring"))
    if not series.recurring:
        out += [escape(t("series.recurring_none"), start=True), ""]
    for r in series.recurring:
        out.append(
            f"- **{escape(r.id)}** {escape(_where(series, r))}: {escape(clean_line(r.text))}"
            f" — {escape(recurring_text(series, r))}"
        )
    if series.recurring:
        out.append("")
    out += _md_heading(2, t("series.on_time"))
    out += [f"_{escape(t('series.on_time_explained'))}_", ""]
    if not series.by_step:
        out += [escape(t("series.on_time_none"), start=True), ""]
    for heading, first, rows_ in ((t("series.by_step"), t("series.col.step"), series.by_step),
                                  (t("series.by_person"), t("series.col.who"),
                                   series.by_person)):  # fmt: skip
        if not rows_:
            continue
        out += _md_heading(3, heading)
        out += _md_table(
            [first, t("series.col.due"), t("series.col.done"), t("series.col.on_time"),
             t("series.col.still_overdue"), t("series.col.percent")],
            [[escape(clean_line(o.label), table=True), str(o.due), str(o.done), str(o.on_time),
              str(o.overdue), f"{o.percent}%"] for o in rows_],
        )  # fmt: skip
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# --- JSON ----------------------------------------------------------------------------------------


def json_report(series: Series) -> str:
    return series_json(series)


# --- the page ------------------------------------------------------------------------------------

PAGE_CSS = """
<style>
table.series td.n, table.series th.n { text-align: right; white-space: nowrap; }
figure.chart { margin: 6pt 0 10pt; break-inside: avoid; }
figure.chart figcaption { font-size: 9pt; font-weight: 600; margin-bottom: 2pt; }
figure.chart svg { width: 100%; height: auto; }
.problem { font-weight: 700; }
.keep { break-inside: avoid; }
ul.recurring li { margin: 3pt 0; }
</style>
""".strip()

CHART_W, CHART_H = 640, 170
MARGIN_L, MARGIN_B, MARGIN_T = 40, 30, 18


def _x_positions(count: int) -> list[float]:
    inner = CHART_W - MARGIN_L - 10
    step = inner / max(count, 1)
    return [MARGIN_L + step * (i + 0.5) for i in range(count)]


def _kept_chart(meetings: list[MeetingFigures]) -> str:
    """Bars of the kept percentage per meeting, the number above each, the date below."""
    xs = _x_positions(len(meetings))
    plot_h = CHART_H - MARGIN_B - MARGIN_T
    width = min(48.0, (CHART_W - MARGIN_L) / max(len(meetings), 1) * 0.6)
    out = [_svg_open(t("series.chart.kept")), *_axis(plot_h, "%", 100)]
    for x, m in zip(xs, meetings, strict=True):
        percent = _kept_percent(m.kept)
        base = CHART_H - MARGIN_B
        if percent is not None:
            height = plot_h * percent / 100
            out.append(
                f'<rect x="{x - width / 2:.1f}" y="{base - height:.1f}" width="{width:.1f}" '
                f'height="{height:.1f}" fill="#555" stroke="#000" stroke-width="0.8"/>'
            )
            label = f"{percent}%"
        else:
            label = (
                t("series.kept_unknown")
                if m.after_unreadable
                else t("series.chart.first")
                if m.kept is None
                else "–"
            )
            height = 0
        out.append(_label(x, base - height - 4, label))
        out.append(_label(x, base + 14, format_date(m.day), size=9))
    out.append("</svg>")
    return "\n".join(out)


def _actions_chart(meetings: list[MeetingFigures]) -> str:
    """Two lines over the meetings: open action points (solid) and overdue ones (dashed)."""
    xs = _x_positions(len(meetings))
    plot_h = CHART_H - MARGIN_B - MARGIN_T
    top = max([m.register.open for m in meetings] + [1])
    base = CHART_H - MARGIN_B
    out = [_svg_open(t("series.chart.actions")), *_axis(plot_h, "", top)]
    for name, dash in (("open", ""), ("overdue", ' stroke-dasharray="5 3"')):
        points = [
            (x, base - plot_h * getattr(m.register, name) / top)
            for x, m in zip(xs, meetings, strict=True)
        ]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        out.append(
            f'<polyline points="{path}" fill="none" stroke="#000" stroke-width="1.6"{dash}/>'
        )
        for (x, y), m in zip(points, meetings, strict=True):
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="#000"/>')
            value = getattr(m.register, name)
            out.append(_label(x + 9, y - 3, str(value), size=9, anchor="start"))
    for x, m in zip(xs, meetings, strict=True):
        out.append(_label(x, base + 14, format_date(m.day), size=9))
    out.append("</svg>")
    return "\n".join(out)


def _svg_open(caption: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CHART_W} {CHART_H}" role="img" '
        f'aria-label="{h(caption)}" font-family="Arial, sans-serif">'
    )


def _axis(plot_h: float, unit: str, top: int) -> list[str]:
    base = CHART_H - MARGIN_B
    lines = [
        f'<line x1="{MARGIN_L}" y1="{base}" x2="{CHART_W - 10}" y2="{base}" stroke="#000"/>',
        f'<line x1="{MARGIN_L}" y1="{MARGIN_T}" x2="{MARGIN_L}" y2="{base}" stroke="#000"/>',
    ]
    for value in (0, top // 2, top):
        y = base - plot_h * value / max(top, 1)
        lines.append(
            f'<line x1="{MARGIN_L - 3}" y1="{y:.1f}" x2="{CHART_W - 10}" y2="{y:.1f}" '
            'stroke="#bbb" stroke-width="0.5"/>'
        )
        lines.append(_label(MARGIN_L - 6, y + 3, f"{value}{unit}", size=9, anchor="end"))
    return lines


def _label(x: float, y: float, text: str, *, size: int = 10, anchor: str = "middle") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}">{h(text)}</text>'
    )


def _page(name: str, body: list[str]) -> str:
    """The page's frame: the one of the summary's page (its CSS for A4), with ``body``."""
    from tui.reports.page import _document

    return _document(h(name), body)


def html_report(series: Series) -> str:
    """The printable page of the series: standalone, inline CSS and SVG, A4, black and white."""
    body = [PAGE_CSS, '<section class="part">']
    body.append(f'<p class="kicker">{h(t("series.kicker"))}</p>')
    body.append(f"<h1>{h(title(series))}</h1>")
    if span(series):
        body.append(f'<p class="org">{h(span(series))}</p>')
    if series.problems:
        body.append(f"<h2>{h(t('series.problems'))}</h2>")
        body.append("<ul>")
        for problem in series.problems:
            details = "".join(f"<li>{h(clean_line(line))}</li>" for line in problem.details)
            body.append(
                f'<li><span class="problem">{h(problem.message())}</span>'
                + (f"<ul>{details}</ul>" if details else "")
                + "</li>"
            )
        body.append("</ul>")
    readable = [m for m in series.meetings if m.readable]
    if not readable:
        body += [f"<p>{h(t('series.none'))}</p>", "</section>"]
        return _page(title(series), body)
    body.append(f"<h2>{h(t('series.meetings'))}</h2>")
    body.append(f'<figure class="chart"><figcaption>{h(t("series.chart.kept"))}</figcaption>')
    body += [_kept_chart(readable), "</figure>"]
    body.append(f'<figure class="chart"><figcaption>{h(t("series.chart.actions"))}</figcaption>')
    body += [_actions_chart(readable), "</figure>"]
    header = [t("series.col.meeting"), t("series.col.kept"), t("series.col.on_time")]
    header += register_headings()
    body.append('<table class="series"><thead><tr>')
    body.append("".join(
        f'<th class="{"n" if i > 1 else ""}">{h(c)}</th>' for i, c in enumerate(header)
    ))  # fmt: skip
    body.append("</tr></thead><tbody>")
    for index, m in enumerate(series.meetings):
        on_time = str(m.kept.on_time) if m.kept is not None and m.kept.due else ""
        counts = [h(c) for c in register_cells(m)]
        cells = [f'<td class="date">{format_date(m.day)}</td>',
                 f"<td>{h(kept_text(m, index == 0))}</td>",
                 *(f'<td class="n">{c}</td>' for c in (on_time, *counts))]  # fmt: skip
        body.append("<tr>" + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    body += [f'<p class="problem">{h(note)}</p>' for note in unknown_notes(series)]
    body.append(f'<p class="muted">{h(t("series.kept_explained"))}</p>')
    body.append("</section>")
    body.append('<section class="part">')
    body.append(f"<h2>{h(t('series.recurring'))}</h2>")
    if not series.recurring:
        body.append(f"<p>{h(t('series.recurring_none'))}</p>")
    else:
        body.append('<ul class="recurring">')
        for r in series.recurring:
            body.append(
                f'<li><span class="id">{h(r.id)}</span> <strong>{h(_where(series, r))}</strong>: '
                f'{h(r.text)}<br><span class="note">{h(recurring_text(series, r))}</span></li>'
            )
        body.append("</ul>")
    # the heading stays with its first table (a short one: a row per step), never alone at the
    # foot of a page
    body.append('<div class="keep">')
    body.append(f"<h2>{h(t('series.on_time'))}</h2>")
    body.append(f'<p class="muted">{h(t("series.on_time_explained"))}</p>')
    if not series.by_step:
        body.append(f"<p>{h(t('series.on_time_none'))}</p>")
    for heading, first, rows in ((t("series.by_step"), t("series.col.step"), series.by_step),
                                 (t("series.by_person"), t("series.col.who"),
                                  series.by_person)):  # fmt: skip
        if not rows:
            continue
        body.append(f"<h3>{h(heading)}</h3>")
        cols = [first, t("series.col.due"), t("series.col.done"), t("series.col.on_time"),
                t("series.col.still_overdue"), t("series.col.percent")]  # fmt: skip
        body.append('<table class="series"><thead><tr>')
        body.append("".join(
            f'<th class="{"n" if i else ""}">{h(c)}</th>' for i, c in enumerate(cols)
        ))  # fmt: skip
        body.append("</tr></thead><tbody>")
        for o in rows:
            values = (o.due, o.done, o.on_time, o.overdue)
            body.append(
                f"<tr><td>{h(o.label)}</td>"
                + "".join(f'<td class="n">{v}</td>' for v in values)
                + f'<td class="n">{o.percent}%</td></tr>'
            )
        body.append("</tbody></table>")
        if heading == t("series.by_step"):
            body.append("</div>")
    if not series.by_step:
        body.append("</div>")
    body.append(f"<h2>{h(t('series.items'))}</h2>")
    body.append(f'<p class="muted">{h(t("series.items_explained"))}</p>')
    body.append('<table class="series"><thead><tr>')
    body.append(f"<th>{h(t('series.col.step'))}</th>")
    body.append("".join(f'<th class="n">{format_date(m.day)}</th>' for m in readable))
    body.append("</tr></thead><tbody>")
    for step_id, step_name in series.steps:
        row = "".join(f'<td class="n">{h(_item_cell(m, step_id))}</td>' for m in readable)
        body.append(f"<tr><td>{h(step_name)}</td>{row}</tr>")
    body.append("</tbody></table>")
    body.append("</section>")
    return _page(title(series), body)
