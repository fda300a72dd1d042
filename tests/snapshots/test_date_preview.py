"""A typed date with the date it will store under it, at 80x24 (a laptop): in the action form
(``vr`` on Monday 30 November 2026: ``klaar op = vr 04-12-2026``) and on the meeting screen
(``over 2 weken`` as the follow-up: ``= ma 14-12-2026``)."""

from __future__ import annotations

SIZE = (80, 24)


def test_action_form_with_the_date_preview(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, press=["a", *"Bel", "tab", "tab", *"vr"])


def test_meeting_follow_up_with_the_date_preview(snap_compare, app):
    keys = ["f2", *["tab"] * 7, "ctrl+u", *"over 2 weken"]
    assert snap_compare(app, terminal_size=SIZE, press=keys)
