"""Key positions: a validation problem names the line where its key is, also in hand-edited
files."""

from __future__ import annotations

from tui.storage.positions import KeyPositions

TEXT = '''\
format = 1

[meeting]
organisation = "A"
reason = """
wht = "not a key, inside a string"
[[steps]]
"""
date = 2026-01-01

[[steps]]
id = "a"
people = [
    "P",
    "Q",
]
  [[steps.needs]]
  id = "n1"
  wht = "x"

[[steps]]
"quoted key" = 1
id = "b"

[[steps.needs]]
id = "n2"

[[steps.needs]]
what = "y"

[ids]
needs = 3
'''


def test_positions_follow_tables_arrays_and_strings():
    positions = KeyPositions(TEXT)
    assert positions.find("format") == (1, 1)
    assert positions.find("meeting") == (3, 1)
    assert positions.find("meeting.reason") == (5, 1)
    assert positions.find("meeting.date") == (9, 1)  # the multi-line string was skipped
    assert positions.find("steps[1]") == (11, 1)
    assert positions.find("steps[1].people") == (13, 1)
    assert positions.find("steps[1].people[2]") == (15, 5)
    assert positions.find("steps[1].needs[1]") == (17, 3)
    assert positions.find("steps[1].needs[1].wht") == (19, 3)
    assert positions.find("steps[2].quoted key") == (22, 1)
    assert positions.find("steps[2].id") == (23, 1)
    assert positions.find("steps[2].needs[1].id") == (26, 1)
    assert positions.find("steps[2].needs[2].what") == (29, 1)
    assert positions.find("ids.needs") == (32, 1)


def test_unknown_paths_fall_back_to_the_enclosing_table():
    positions = KeyPositions(TEXT)
    assert positions.find("steps[2].needs[2].id") == (28, 1)  # missing key: its table
    assert positions.find("steps[1].name") == (11, 1)
    assert positions.find("steps[9].id") == (None, None)
    assert positions.find("customer.name") == (None, None)
    assert positions.find("") == (None, None)
