"""The floor of the cold start for the app's first screen: a Textual app with no logic of its own
that draws what the workshop screen draws for a session's first step, from a JSON file that
``run.py`` writes (``python screen_floor.py SCREEN.json``).

It composes the same kind and number of widgets with Textual's own classes: the title line, the
chain of bordered boxes with arrows, the step's two header lines, and per table a title and a
``DataTable`` (row cursor, zebra stripes, fixed column widths, every cell folded to its column,
the row heights given), then the status and key lines. What the app takes beyond this is its
own; what this takes beyond the one-``Static`` minimal app is Textual's price of such a screen.
"""

from __future__ import annotations

import json
import sys

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Label, Static

CSS = """
#title { height: 1; padding: 0 1; text-style: bold; }
#chain { height: 5; }
.box { width: auto; height: 5; border: round $foreground 50%; padding: 0 0; }
.box.-current { border: heavy $accent; background: $accent 30%; }
.arrow { width: 1; height: 5; content-align: center middle; }
#header { height: auto; padding: 0 1; background: $boost; }
#page { height: 1fr; scrollbar-gutter: stable; }
.table-title { width: 100%; padding: 0 1; background: $primary 30%; text-style: bold; }
DataTable { height: auto; max-height: 30; margin: 0 0 1 0; scrollbar-size-vertical: 0; }
DataTable:focus { border-left: thick $accent; }
#status { height: 1; padding: 0 1; }
#keys { height: 1; padding: 0 1; }
"""


class ScreenFloor(App):
    CSS = CSS

    def __init__(self, screen: dict) -> None:
        super().__init__()
        self.data = screen

    def compose(self) -> ComposeResult:
        data = self.data
        yield Static(data["title"], id="title", markup=False)
        with Horizontal(id="chain"):
            for index, box in enumerate(data["boxes"]):
                if index:
                    yield Static("→", classes="arrow")
                widget = Static(box["text"], classes="box", markup=False)
                widget.border_title = str(index + 1)
                widget.set_class(index == 0, "-current")
                yield widget
        yield Static(data["header"], id="header", markup=False)
        with VerticalScroll(id="page"):
            for table in data["tables"]:
                yield Label(table["title"], classes="table-title", markup=False)
                grid = DataTable(cursor_type="row", zebra_stripes=True)
                for name, width in zip(table["columns"], table["widths"], strict=True):
                    grid.add_column(name, width=width)
                for row in table["rows"]:
                    cells = [Text(text, overflow="fold") for text in row["cells"]]
                    grid.add_row(*cells, height=row["height"])
                yield grid
        yield Static(data["status"], id="status", markup=False)
        yield Static(data["keys"], id="keys", markup=False)

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    BINDINGS = [("right", "step(1)"), ("left", "step(-1)")]
    current = 0

    def action_step(self, delta: int) -> None:
        """A yardstick for a step switch: the tables filled with another step's rows."""
        steps = self.data.get("steps")
        if not steps:
            return
        self.current = (self.current + delta) % len(steps)
        for grid, table in zip(self.query(DataTable), steps[self.current], strict=True):
            grid.clear()
            for row in table["rows"]:
                grid.add_row(
                    *[Text(text, overflow="fold") for text in row["cells"]], height=row["height"]
                )
        boxes = list(self.query(".box"))
        for index, box in enumerate(boxes):
            box.set_class(index == self.current, "-current")
        self.query_one("#page").scroll_home(animate=False, immediate=True)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as file:
        ScreenFloor(json.load(file)).run()
