"""The layout of the printed worksheet and page (tui/reports/page.py): column widths that give the
text the room, empty rows counted so that a step fits on its page, and page breaks that leave no
page nearly empty.

The HTML is parsed (its tables, columns and the widths its style sheet gives them); where a real
printer matters, headless Chromium prints it to PDF and ``pdftotext`` reads back what is on each
page (skipped where those programs are not installed).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from tui.core.model import ITEM_FIELDS, ITEM_KINDS, Item
from tui.reports.page import summary_html, worksheet_html
from tui.storage.toml_format import load_session

from .conftest import REPO

FIRST = REPO / "sessions" / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
FOLLOW_UP = REPO / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
LONG = (
    "Volledige opname met maten van alle ruimtes, foto's van meterkast, ketelruimte, zolder en "
    "kruipruimte, de bereikbaarheid voor de bus en de plek van de buitenunit, afgestemd met de "
    "klant en vastgelegd in het formulier. "
)


class Tables(HTMLParser):
    """Every table: its classes, the classes of its columns, and its rows' cells (text, or None
    for an empty cell to write in); and the style sheet."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[dict] = []
        self.css = ""
        self._style = False
        self._cell: list[str] | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "style":
            self._style = True
        elif tag == "table":
            classes = (attributes.get("class") or "").split()
            self.tables.append({"classes": classes, "cols": [], "rows": []})
        elif tag == "col":
            self.tables[-1]["cols"].append(attributes.get("class"))
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "style":
            self._style = False
        elif tag in ("td", "th") and self._cell is not None:
            text = "".join(self._cell).strip()
            self.tables[-1]["rows"][-1].append(text or None)
            self._cell = None

    def handle_data(self, data):
        if self._style:
            self.css += data
        elif self._cell is not None:
            self._cell.append(data)

    def widths(self, table: dict) -> dict[str, float]:
        """The width the style sheet gives each column of ``table``, in percent (the last rule
        that matches wins, as in a browser)."""
        found: dict[str, float] = {}
        for selector, width in re.findall(r"([^{}]+)\{\s*width:\s*([\d.]+)%;\s*\}", self.css):
            for one in selector.split(","):
                match = re.fullmatch(r"\s*table((?:\.[\w-]+)+)\s+col\.([\w-]+)\s*", one)
                if (
                    match
                    and set(match.group(1).split(".")[1:]) <= set(table["classes"])
                    and match.group(2) in table["cols"]
                ):
                    found[match.group(2)] = float(width)
        return found

    def empty_rows(self, table: dict) -> int:
        return sum(1 for row in table["rows"][1:] if row and all(c is None for c in row))


# --- column widths -------------------------------------------------------------------------------


def test_the_worksheet_action_table_gives_what_the_most_room_and_the_date_the_least():
    sheet = Tables(worksheet_html(load_session(FOLLOW_UP)))
    [actions] = [t for t in sheet.tables if t["rows"][0] == ["Wat", "Wie", "Klaar op"]]
    widths = sheet.widths(actions)
    assert actions["cols"] == ["what", "who", "due"]
    assert sum(widths.values()) == 100
    assert widths["what"] > widths["who"] > widths["due"]
    assert widths["what"] >= 50 and widths["due"] <= 20
    assert sheet.empty_rows(actions) == 8


@pytest.mark.parametrize("make", [worksheet_html, summary_html], ids=["worksheet", "page"])
def test_every_item_table_gives_its_text_column_the_most_room(make):
    session = load_session(FOLLOW_UP)
    sheet = Tables(make(session))
    tables = [t for t in sheet.tables if {"write", "items"} & set(t["classes"])]
    tables = [t for t in tables if "ws-actions" not in t["classes"]]
    kinds = [kind for t in tables for kind in ITEM_KINDS if kind in t["classes"]]
    assert len(kinds) == len(tables) > 0  # every item table says its kind
    for table in tables:
        widths = sheet.widths(table)
        assert set(widths) == set(table["cols"]), table["cols"]
        assert sum(widths.values()) == 100
        assert max(widths, key=lambda name: widths[name]) == "what"


# --- empty rows ----------------------------------------------------------------------------------


def test_a_step_of_short_agreements_keeps_its_rows_to_write_on():
    """The shipped examples: each kind has its rows (8 needs, 5 asks, 4 info, the agreements
    made first), or at least two empty ones; the first step, the fullest, gives one up."""
    for path in (FIRST, FOLLOW_UP):
        session = load_session(path)
        sheet = Tables(worksheet_html(session))
        tables = [t for t in sheet.tables if "write" in t["classes"]][:-1]  # not the actions
        for index, step in enumerate(session.steps):
            for kind, table in zip(ITEM_KINDS, tables[3 * index : 3 * index + 3], strict=True):
                total, minimum = {"needs": (8, 2), "asks": (5, 2), "info": (4, 2)}[kind]
                expected = max(total - len(step.items(kind)), minimum)
                if index == 0 and kind == "needs":
                    expected -= 1
                assert sheet.empty_rows(table) == expected, (path.name, step.id, kind)


def test_long_agreements_leave_fewer_rows_so_the_step_keeps_its_page():
    session = load_session(FOLLOW_UP)
    step = session.steps[1]
    step.needs[0].what = LONG * 4
    sheet = Tables(worksheet_html(session))
    tables = [t for t in sheet.tables if "write" in t["classes"]][3:6]  # the second step's
    assert [sheet.empty_rows(t) for t in tables] == [1, 1, 1]
    assert [len(t["rows"]) - 1 - sheet.empty_rows(t) for t in tables] == [
        len(step.items(kind)) for kind in ITEM_KINDS
    ]


# --- printed -------------------------------------------------------------------------------------

PRINTERS = ("chromium", "pdftotext")
printed = pytest.mark.skipif(
    any(shutil.which(name) is None for name in PRINTERS),
    reason="headless Chromium and poppler's pdftotext are needed to print",
)


def print_pages(html: str, tmp_path) -> list[str]:
    """``html`` printed by headless Chromium to PDF, each page's text as pdftotext reads it."""
    source, pdf = tmp_path / "print.html", tmp_path / "print.pdf"
    source.write_text(html, encoding="utf-8")
    subprocess.run(
        [
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            f"--user-data-dir={tmp_path / 'chromium'}", f"--print-to-pdf={pdf}", str(source),
        ],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def long_session():
    """The follow-up with long agreements in steps 2 and 4: each still fits on a page, but not
    with all its empty rows."""
    session = load_session(FOLLOW_UP)
    session.steps[1].needs[0].what = LONG * 4
    uitvoering = session.steps[3]
    uitvoering.needs += [Item(f"n{100 + n}", LONG, "Bij de oplevering", LONG) for n in range(2)]
    uitvoering.info += [Item("c100", LONG * 2)]
    return session


@pytest.mark.slow
@printed
@pytest.mark.parametrize("name", ["shipped", "long"])
def test_each_step_of_the_worksheet_prints_on_one_page(name, tmp_path):
    """The model, one page per step, the external customer: no step runs onto a page of its own
    with only its last rows."""
    session = load_session(FOLLOW_UP) if name == "shipped" else long_session()
    pages = print_pages(worksheet_html(session), tmp_path)
    heads = [page.strip().splitlines()[0].strip() for page in pages]
    assert heads[1:] == [
        *(f"Stap {n}: {step.name}" for n, step in enumerate(session.steps, start=1)),
        f"Externe klant: {session.customer.name}",
    ]
    assert "Actiepunten (wat, wie, wanneer klaar)" in pages[-1]


@pytest.mark.slow
@printed
def test_the_page_leaves_no_page_with_only_the_chain(tmp_path):
    """The chain is no part of its own: after a long "since last time" it goes on with the
    agreements on the same page, and the action points start on a new page."""
    first, follow_up = load_session(FIRST), load_session(FOLLOW_UP)
    pages = print_pages(summary_html(follow_up, previous=first), tmp_path)
    [chain] = [n for n, page in enumerate(pages) if re.search(r"^\s*De keten\s*$", page, re.M)]
    assert "Afspraken per stap" in pages[chain]
    [actions] = [n for n, page in enumerate(pages) if "Actiepunten: 8 open" in page]
    assert pages[actions].strip().startswith("Actiepunten: 8 open")


@pytest.mark.slow
@printed
def test_a_long_since_last_time_starts_on_the_first_page(tmp_path):
    """A block that is longer than what is left of the page is not moved whole to the next page
    (which would leave the first page with the meeting data only)."""
    first, follow_up = load_session(FIRST), load_session(FOLLOW_UP)
    for n in range(40):
        follow_up.steps[n % 5].info.append(Item(f"c{200 + n}", f"Nieuwe afspraak {n}: {LONG}"))
    pages = print_pages(summary_html(follow_up, previous=first), tmp_path)
    assert "Sinds de vorige keer" in pages[0]
    assert "Nieuwe afspraak 0:" in pages[0]


def test_fields_are_the_models():
    """The widths are given for the fields the model has (a new field needs a width)."""
    from tui.reports.page import COLUMNS

    assert {kind: tuple(widths) for kind, widths in COLUMNS.items()} == ITEM_FIELDS
