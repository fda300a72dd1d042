"""The key locator on a text with every shape it follows: dotted and quoted keys, single-line and
empty arrays, literal and one-line multi-line strings, a table without its parent, and an array
with a comment, a nested array and its closing bracket."""

from __future__ import annotations

import tomli

from tui.storage.positions import KeyPositions

TEXT = "\n".join(
    [
        "top = 1",
        "a . b = 2",
        '"" = 3',
        "'q.r' = 4",
        "XyX = 5",
        "empty = []",
        "one = [1]",
        "y = 6",
        "lit = '''",
        "inner = 7",
        "'''",
        'same = """x"""',
        "after = 8",
        "[x.y]",
        "k = 9",
        "[[steps]]",
        "people = [",
        "  # a comment",
        '  "a",',
        "  [1, 2],",
        '  "b",',
        "]",
        "z = 10",
    ]
)

EXPECTED = {
    "top": (1, 1),
    "a.b": (2, 1),
    "": (3, 1),
    "q.r": (4, 1),
    "XyX": (5, 1),
    "empty": (6, 1),
    "one": (7, 1),
    "y": (8, 1),
    "lit": (9, 1),
    "same": (12, 1),
    "after": (13, 1),
    "x.y": (14, 1),
    "x.y.k": (15, 1),
    "steps[1]": (16, 1),
    "steps[1].people": (17, 1),
    "steps[1].people[1]": (19, 3),
    "steps[1].people[2]": (20, 3),
    "steps[1].people[3]": (21, 3),
    "steps[1].z": (23, 1),
}


def test_every_shape_of_key_and_value():
    tomli.loads(TEXT)  # a valid file
    assert KeyPositions(TEXT).positions == EXPECTED


def test_a_missing_path_falls_back_to_what_encloses_it():
    positions = KeyPositions(TEXT)
    assert positions.find("steps[1].people[9]") == (17, 1)  # the array, not its table
    assert positions.find("steps[1].people[2]") == (20, 3)
    assert positions.find("x.y.k.deep") == (15, 1)
    assert positions.find("steps[3]") == (None, None)
    assert positions.find("steps[3].name") == (None, None)
    assert positions.find("") == (None, None)
