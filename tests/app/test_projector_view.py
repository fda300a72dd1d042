"""The projector view (issue 14): the room reads every word that was typed, overdue is a word,
and a closed meeting offers no edits.

The tables are read as they are drawn: ``DataTable.render_line`` for every line of the table
(at scroll 0 it draws line ``y`` of the whole table), cut into the columns' spans. A cell's
text, with the spaces taken out, must be the typed text with its spaces taken out: every
character is there, in order, none replaced by "…", whatever the wrapping did.
"""

from __future__ import annotations

import pytest

from tests.app.helpers import FOLLOW_UP, TODAY, make_app
from tui.app.screens.actions import ActionsScreen
from tui.app.screens.workshop import STEP_SECTIONS, WorkshopScreen
from tui.app.widgets.item_section import NEW_ROW, ItemGrid, ItemSection
from tui.app.widgets.key_bar import KeyBar
from tui.storage.toml_format import load_session


def drawn_cells(grid: ItemGrid) -> dict[str, dict[str, str]]:
    """What the table draws: for each row key, each column's text (its lines joined by " ")."""
    assert grid.virtual_size.width <= grid.size.width, "columns run past the table's edge"
    columns = list(grid.ordered_columns)
    spans, x = [], 0
    for column in columns:
        width = column.get_render_width(grid)
        spans.append((x, x + width))
        x += width
    lines = [grid.render_line(y).text for y in range(grid.virtual_size.height)]
    cells: dict[str, dict[str, str]] = {}
    y = grid.header_height if grid.show_header else 0
    for row in grid.ordered_rows:
        rows = lines[y : y + row.height]
        cells[str(row.key.value)] = {
            str(column.key.value): " ".join(line[a:b].strip() for line in rows).strip()
            for column, (a, b) in zip(columns, spans, strict=True)
        }
        y += row.height
    return cells


async def every_step_section(pilot, screen):
    """Each table of each step of the workshop screen, the step shown."""
    for index in range(len(screen.app.editor.session.steps)):
        screen.go(index)
        await pilot.pause()
        for kind in STEP_SECTIONS:
            yield screen.query_one(f"#section-{kind}", ItemSection)


def squeezed(text: str) -> str:
    return "".join(text.split())


def check_whole(grid: ItemGrid, rows) -> int:
    """Every typed text of ``rows`` is drawn whole in its cell; returns the cells checked."""
    drawn = drawn_cells(grid)
    checked = 0
    for row in rows:
        for name, value in row.values.items():
            if isinstance(value, str) and value:
                value = row.shown.get(name, value)  # an action's "about" shows id and text
                cell = drawn[row.key][name]
                assert "…" not in cell, (row.key, name, cell)
                assert squeezed(cell) == squeezed(value), (row.key, name, cell, value)
                checked += 1
        for text, name in zip(row.extra, list(drawn[row.key])[-len(row.extra) :], strict=False):
            assert squeezed(drawn[row.key][name]) == squeezed(text), (row.key, name)
    return checked


@pytest.mark.parametrize(
    ("size", "script"), [((80, 24), False), ((80, 24), True), ((120, 35), True)]
)
async def test_every_typed_word_is_drawn_in_the_step_tables(app, size, script):
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WorkshopScreen)
        if script:
            await pilot.press("f4")
            await pilot.pause()
        checked = 0
        async for section in every_step_section(pilot, screen):
            checked += check_whole(section.grid, section.rows)
        assert checked > 100  # the whole example, not an empty table


def folded_words(grid: ItemGrid, rows) -> list[tuple[str, str, str]]:
    """The words of ``rows`` (up to the cap a column widens for) not drawn whole on one line,
    in the fields and in the extra columns (a step's name, a status)."""
    from tui.app.widgets.item_section import EXTRA_WORD_CAP
    from tui.app.widgets.wrap import WORD_CAP

    drawn = drawn_cells(grid)
    names = [str(column.key.value) for column in grid.ordered_columns]
    folded = []
    for row in rows:
        texts = [
            (name, row.shown.get(name, value), WORD_CAP)
            for name, value in row.values.items()
            if isinstance(value, str) and value
        ]
        extra_names = names[len(names) - len(row.extra) :] if row.extra else []
        texts += [(n, text, EXTRA_WORD_CAP) for n, text in zip(extra_names, row.extra, strict=True)]
        for name, text, cap in texts:
            tokens = set(drawn[row.key][name].split())
            folded += [
                (row.key, name, word)
                for word in text.split()
                if len(word) <= cap and word not in tokens and not broken_at_slash(word, tokens)
            ]
    return folded


def broken_at_slash(word: str, tokens: set[str]) -> bool:
    """A step's name too long for its column ("Planning/voorbereiding") broken after its "/"
    only: each part drawn whole."""
    return "/" in word and all(part in tokens for part in word.replace("/", "/ ").split())


@pytest.mark.parametrize(
    ("size", "script"), [((80, 24), False), ((120, 35), False), ((120, 35), True)]
)
async def test_no_word_is_folded_in_two(app, size, script):
    """A column gets the room its longest word needs from those that can spare it
    ("werkomschrijving" stays whole). (At 80 columns with the script panel open there is not
    room for every long word of the example's three-column tables: those fold, none is cut.)"""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        if script:
            await pilot.press("f4")
            await pilot.pause()
        folded = []
        async for section in every_step_section(pilot, screen):
            folded += folded_words(section.grid, section.rows)
        assert not folded, folded


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
async def test_every_typed_word_is_drawn_whole_on_the_actions_screen(app, size):
    """Every text drawn, and no word folded in two: the step column has room for its longest
    name ("Planning/voorbereiding"), taken from the text fields that can spare it, or breaks
    after its "/"; no heading is cut for it."""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("A")
        assert isinstance(app.screen, ActionsScreen)
        await pilot.pause()
        section = app.screen.section
        assert check_whole(section.grid, section.rows) >= len(app.editor.session.actions)
        assert any("Planning/voorbereiding" in row.extra[0] for row in section.rows)
        assert not folded_words(section.grid, section.rows)
        header = section.grid.render_line(0).text
        for column in section.grid.ordered_columns:
            assert str(column.label) in header, str(column.label)


def overdue_days(app) -> dict[str, int]:
    return {
        a.id: (TODAY - a.due).days
        for a in app.editor.session.actions
        if a.due is not None and a.is_overdue(TODAY)
    }


async def test_an_overdue_action_says_so_in_words_with_its_days(app):
    overdue = overdue_days(app)
    assert overdue  # the example has overdue actions
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WorkshopScreen)
        seen = set()
        for index in range(len(app.editor.session.steps)):
            screen.go(index)
            await pilot.pause()
            grid = screen.query_one("#section-actions", ItemSection).grid
            for key, cells in drawn_cells(grid).items():
                if key in overdue:
                    days = overdue[key]
                    unit = "dag" if days == 1 else "dagen"
                    assert squeezed(cells["status"]) == squeezed(f"te laat ({days} {unit})")
                    seen.add(key)
                elif key != NEW_ROW:
                    assert "te laat" not in cells["status"]
        assert seen == {a for a in overdue if app.editor.session.action(a).step}
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        drawn = drawn_cells(app.screen.section.grid)
        for key, days in overdue.items():
            assert squeezed(drawn[key]["status"]) == squeezed(f"te laat ({days} dagen)")


def key_line(app) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def test_a_closed_meeting_offers_no_new_rows_and_no_editing_keys(closed_app):
    app = closed_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.editor.read_only
        for section in app.screen.query(ItemSection):
            assert NEW_ROW not in [row.key.value for row in section.grid.ordered_rows]
        keys = key_line(app)
        assert "Nieuw" not in keys and "del" not in keys and "Bewerken" not in keys, keys
        assert "Vorige stap" in keys or "F1" in keys  # navigation stays
        await pilot.press("n")  # a hidden binding does nothing: no form opens
        assert not any(section.form_open for section in app.screen.query(ItemSection))
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        keys = key_line(app)
        for word in ("Nieuw", "del", "Gedaan", "Laten vallen", "Heropenen"):
            assert word not in keys, keys
        assert NEW_ROW not in [row.key.value for row in app.screen.section.grid.ordered_rows]


async def test_an_open_meeting_still_offers_them(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert NEW_ROW in [row.key.value for row in app.screen.query_one(ItemGrid).ordered_rows]
        assert "Nieuw" in key_line(app)


def test_the_days_have_their_plural():
    from dataclasses import replace
    from datetime import timedelta

    from tui.app.rows import action_status
    from tui.i18n import get_language, set_language

    action = next(a for a in load_session(FOLLOW_UP).actions if a.status == "open")
    one, two = (replace(action, due=TODAY - timedelta(days=n)) for n in (1, 2))
    assert action_status(one, TODAY) == "te laat (1 dag)"
    assert action_status(two, TODAY) == "te laat (2 dagen)"
    assert action_status(replace(action, due=TODAY), TODAY) == "open"
    before = get_language()
    set_language("en")
    try:
        assert action_status(one, TODAY) == "overdue (1 day)"
        assert action_status(two, TODAY) == "overdue (2 days)"
    finally:
        set_language(before)


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
async def test_every_word_of_the_meeting_data_is_drawn(app, size):
    """F2: the reason and goal are sentences; they wrap in their fields instead of being cut."""
    from tui.app.screens.meeting import DATES, FIELDS, MeetingScreen

    meeting = app.editor.session.meeting
    async with app.run_test(size=size) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        for name in FIELDS:
            if name in DATES:
                continue
            field = app.screen.query_one(f"#meeting-{name}")
            drawn = " ".join(field.render_line(y).text for y in range(field.size.height))
            assert squeezed(drawn) == squeezed(getattr(meeting, name)), name
        reason = app.screen.query_one("#meeting-reason")
        assert reason.size.height >= (3 if size[0] == 80 else 2)  # wrapped, not cut


async def test_a_meeting_field_takes_a_long_text_and_a_paste_on_one_line(app, session_file):
    from textual import events

    from tests.app.helpers import settle, typing
    from tui.app.widgets.wrap_input import WrapInput

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        reason = app.screen.query_one("#meeting-reason", WrapInput)
        reason.focus()
        await pilot.pause()
        await pilot.press(*typing(" En verder "))
        reason.post_message(events.Paste("regel een\nregel twee\x1b[31m"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#meeting-goal")
        await settle(pilot)
    stored = load_session(session_file).meeting.reason
    assert stored.endswith("veranderd. En verder regel een regel twee[31m"), stored
    assert "\n" not in stored and "\x1b" not in stored


async def test_the_app_keys_still_work_in_a_wrapping_field(app):
    """TextArea takes f6, f7, ctrl+z and ctrl+y for itself; in the app they stay the app's."""
    from tui.app.screens.report import SummaryScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        app.screen.query_one("#meeting-goal").focus()
        await pilot.pause()
        revision = app.editor.revision
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.editor.revision == revision  # the session is not undone under the field
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


def drawn_words(widget) -> list[str]:
    """The words a widget draws, line by line, left to right (table rules taken out)."""
    import re

    lines = [widget.render_line(y).text for y in range(widget.size.height)]
    return re.split(r"[\s│┃┆║─━═┌┐└┘├┤┬┴┼╭╮╰╯]+", " ".join(lines))


def said_in_order(words: list[str], text: str) -> bool:
    """Every word of ``text`` is drawn whole, in its order (other cells' words may come between:
    a wrapped cell's lines alternate with its neighbours')."""
    at = 0
    for word in text.split():
        try:
            at = words.index(word, at) + 1
        except ValueError:
            return False
    return True


def typed_texts(session) -> list[str]:
    texts = []
    for step in session.steps:
        for kind in ("needs", "asks", "info"):
            for item in getattr(step, kind):
                texts += [item.what, getattr(item, "when", ""), getattr(item, "why", "")]
    texts += [action.what for action in session.actions]
    return [text for text in texts if text]


@pytest.mark.parametrize("size", [(80, 24), (120, 35)], ids=["80x24", "120x35"])
@pytest.mark.parametrize("key", ["f6", "f7"])
async def test_every_typed_word_is_drawn_on_the_summary_and_compare_screens(pair, size, key):
    from tui.app.screens.report import CompareScreen, SummaryScreen

    app = make_app(pair)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen if key == "f6" else CompareScreen)
        body = app.screen.query_one("#report-body")
        words = drawn_words(body)
        assert "…" not in " ".join(words)
        session = app.editor.session
        texts = typed_texts(session)
        if key == "f7":  # the comparison shows what changed: the actions, the items that changed
            texts = [a.what for a in session.actions]
        missing = [text for text in texts if not said_in_order(words, text)]
        assert not missing, missing
        assert len(texts) >= 10
