"""The chain bar: every step and the customer stay readable, names are shortened only at word
boundaries, and a chain too long for the row keeps the current step in view and says how many
more there are."""

from __future__ import annotations

import shutil

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.app import App, ComposeResult

from tests.app.helpers import FOLLOW_UP, make_app
from tui.app.widgets.chain_bar import (
    BORDER,
    BoxInfo,
    ChainBar,
    ChainPlan,
    plan_chain,
    short_name,
)
from tui.core.model import Step
from tui.i18n import t
from tui.storage.toml_format import dumps_session, load_session

DEFAULT = ["Aanvraag/opname", "Calculatie/offerte", "Planning/voorbereiding", "Uitvoering"]
DEFAULT += ["Facturatie/nazorg"]
LONG = [
    "Inkoop materiaal en onderaannemers",
    "Werkvoorbereiding/planning monteurs",
    "Uitvoering op locatie bij de klant",
    "Oplevering en eindcontrole",
    "Facturatie en debiteurenbeheer",
    "Service/onderhoudscontracten",
    "Klachtafhandeling en garantie",
    "Administratie/archief",
    "Nacalculatie en evaluatie",
]


def boxes_for(names: list[str], customer: str = "Opdrachtgever") -> list[BoxInfo]:
    boxes = [
        BoxInfo(
            number,
            name,
            t("chain.counts", items=8, actions=1),
            t("chain.counts_short", items=8, actions=1),
        )
        for number, name in enumerate(names, start=1)
    ]
    count = 4
    boxes.append(
        BoxInfo(
            len(boxes) + 1,
            customer,
            t("chain.expectations", count=count),
            t("chain.expectations_short", count=count),
        )
    )
    return boxes


def whole_words(shown: str, name: str) -> bool:
    """``shown`` is ``name``, nothing, or ``name`` cut at a space or a "/"."""
    name = name.strip()
    if shown in ("", name):
        return True
    return name.startswith(shown) and name[len(shown)] in " /" and "…" not in shown


def check(plan: ChainPlan, boxes: list[BoxInfo], width: int, current: int) -> None:
    assert plan.width <= width
    assert plan.first <= current < plan.first + len(plan.widths)
    assert plan.before == plan.first
    assert plan.after == len(boxes) - plan.first - len(plan.widths)
    for at, name in enumerate(plan.names):
        box = boxes[plan.first + at]
        assert whole_words(name, box.name)
        inside = plan.widths[at] - BORDER
        assert len(name) <= inside
        assert all(len(line) <= inside for line in plan.counts[at])


# --- the fitting function --------------------------------------------------------------------


def test_short_names_are_the_part_before_the_slash_or_the_first_word():
    assert [short_name(n) for n in DEFAULT] == [
        "Aanvraag",
        "Calculatie",
        "Planning",
        "Uitvoering",
        "Facturatie",
    ]
    assert short_name("Inkoop materiaal") == "Inkoop"
    assert short_name(" /x") == "/x"  # nothing before the slash: the name's first word


def test_the_default_chain_at_80_columns_shows_every_step_by_its_short_name():
    boxes = boxes_for(DEFAULT)
    plan = plan_chain(boxes, 80, 0)
    assert plan.names == (
        "Aanvraag",
        "Calculatie",
        "Planning",
        "Uitvoering",
        "Facturatie",
        "Opdrachtgever",
    )
    assert plan.before == plan.after == 0
    assert plan.counts[0] == ("8 punten", "1 open") and plan.counts[-1] == ("4 verwachtingen",)
    assert plan.width == 80  # the room left is shared out over the boxes


def test_the_default_chain_at_120_columns_shows_the_full_names():
    plan = plan_chain(boxes_for(DEFAULT), 120, 2)
    assert plan.names == (*DEFAULT, "Opdrachtgever")


def test_a_long_chain_scrolls_and_says_how_many_steps_are_hidden():
    boxes = boxes_for(LONG)  # 9 steps and the customer
    for current in range(len(boxes)):
        plan = plan_chain(boxes, 80, current)
        check(plan, boxes, 80, current)
        assert plan.before or plan.after
        assert plan.before_text == (
            t("chain.more_before", count=plan.before) if plan.before else ""
        )
        assert plan.after_text == (t("chain.more_after", count=plan.after) if plan.after else "")
    assert plan_chain(boxes, 80, 0).before_text == ""
    assert plan_chain(boxes, 80, 9).after_text == ""
    middle = plan_chain(boxes, 80, 5)
    assert middle.before_text.startswith("‹ ") and middle.after_text.endswith(" meer ›")
    assert middle.counts[0] == ("8 punten", "1 open")  # scrolling leaves room for words


def test_one_step_and_a_single_enormous_word():
    boxes = boxes_for(["Aanvraag"])
    assert plan_chain(boxes, 80, 0).names == ("Aanvraag", "Opdrachtgever")
    huge = boxes_for(["x" * 120, "Planning"])
    plan = plan_chain(huge, 80, 0)
    check(plan, huge, 80, 0)
    assert plan.names[0] == ""  # the number in the border still says which step it is


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéë-", min_size=1, max_size=18)
names = st.lists(words, min_size=1, max_size=5).map(" ".join) | st.tuples(words, words).map(
    "/".join
)


@settings(max_examples=300, deadline=None)
@given(
    steps=st.lists(names, min_size=1, max_size=9),
    width=st.integers(min_value=80, max_value=200),
    data=st.data(),
)
def test_any_chain_fits_without_cutting_a_word_and_shows_the_current_step(steps, width, data):
    boxes = boxes_for(steps, customer=data.draw(names))
    current = data.draw(st.integers(min_value=0, max_value=len(boxes) - 1))
    check(plan_chain(boxes, width, current), boxes, width, current)


# --- the widget ------------------------------------------------------------------------------


class ChainApp(App[None]):
    def __init__(self, boxes: list[BoxInfo], current: int) -> None:
        super().__init__()
        self.boxes = boxes
        self.current = current

    def compose(self) -> ComposeResult:
        yield ChainBar()

    def on_mount(self) -> None:
        self.query_one(ChainBar).show(self.boxes, self.current, len(self.boxes) - 1)


def rendered_lines(app: App) -> list[str]:
    """The chain bar's rows as the terminal shows them."""
    bar = app.query_one(ChainBar)
    return [
        "".join(segment.text for segment in strip)
        for strip in app.screen._compositor.render_strips()[: bar.size.height]
    ]


async def test_chains_of_1_5_and_9_steps_at_80_and_120_columns():
    for names in (DEFAULT[:1], DEFAULT, LONG, DEFAULT[:1] + LONG[:4]):
        for width in (80, 120):
            boxes = boxes_for(names)
            for current in (0, len(boxes) - 1):
                app = ChainApp(boxes, current)
                async with app.run_test(size=(width, 24)) as pilot:
                    await pilot.pause()
                    lines = rendered_lines(app)
                    screen_text = "\n".join(lines)
                    bar = app.query_one(ChainBar)
                    plan = plan_chain(boxes, width, current)
                    assert all(len(line.rstrip()) <= width for line in lines)
                    assert "…" not in screen_text
                    for name in plan.names:
                        assert name in screen_text
                    assert f"{current + 1} " in bar.text()
                    if len(plan.widths) == len(boxes):
                        assert "Opdrachtgever" in screen_text
                    else:
                        assert "meer" in screen_text


def session_with(tmp_path, names: list[str]):
    session = load_session(FOLLOW_UP)
    for number, name in enumerate(names, start=1):
        session.steps.append(Step(id=f"extra{number}", name=name))
    path = tmp_path / FOLLOW_UP.name
    path.write_text(dumps_session(session), encoding="utf-8")
    return path


async def test_the_workshop_with_nine_steps_keeps_the_current_step_in_view(tmp_path):
    app = make_app(
        session_with(tmp_path, ["Inkoop materiaal", "Montage", "Oplevering", "Nazorg/service"])
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(ChainBar)
        assert bar.text().startswith("1 Aanvraag") and "meer ›" in bar.text()
        await pilot.press("9")
        await pilot.pause()
        text = bar.text()
        assert "9 Nazorg" in text and text.startswith("‹ ") and "…" not in text
        await pilot.press("right")  # the customer, past the last step
        await pilot.pause()
        assert "10 Opdrachtgever" in bar.text() and "meer ›" not in bar.text()


async def test_the_workshop_at_both_sizes_names_every_step_and_the_customer(tmp_path):
    path = tmp_path / FOLLOW_UP.name
    shutil.copy(FOLLOW_UP, path)
    for size, expected in (
        ((80, 24), ["Aanvraag", "Calculatie", "Planning", "Uitvoering", "Facturatie"]),
        ((120, 35), DEFAULT),
    ):
        app = make_app(path)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            text = app.screen.query_one(ChainBar).text()
            for number, name in enumerate([*expected, "Opdrachtgever"], start=1):
                assert f"{number} {name} |" in text
            assert "…" not in text and "punten" in text and "open" in text
            await pilot.press("f4")  # the script panel stands beside the sections, not the bar
            await pilot.pause()
            assert app.screen.query_one(ChainBar).text() == text


async def test_a_step_switch_repaints_only_the_boxes_that_changed(tmp_path):
    """Going to the next step moves the highlight from one box to the next: those two are
    repainted, the others (same number, text and width) are not, and the "more" labels are not
    laid out again while they say the same (each repaint of a bordered box is costly)."""
    from tui.app.widgets.chain_bar import StepBox

    app = make_app(
        session_with(tmp_path, ["Inkoop materiaal", "Montage", "Oplevering", "Nazorg/service"])
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")  # to step 2: the widths of the boxes settle
        await pilot.pause()
        bar = app.screen.query_one(ChainBar)
        painted: list[str] = []
        for widget in [*bar.query(StepBox), *bar.query(".more")]:
            real = widget.refresh

            def refresh(*args, widget=widget, real=real, **kwargs):
                painted.append(widget.id or "")
                return real(*args, **kwargs)

            widget.refresh = refresh
        await pilot.press("right")  # to step 3
        await pilot.pause()
        assert app.screen.current == 2 and "meer ›" in bar.text()
        assert bar.query_one("#box-2").has_class("-current")
        assert set(painted) == {"box-1", "box-2"}
