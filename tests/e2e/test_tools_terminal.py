"""The facilitator's tools in a real terminal: reorder (ctrl+↑, shift+↑), move to a step (m and
a digit), reorder an action, follow a link (g) and find (ctrl+f), all sent as **one** burst of
keys through tmux (as fast as a terminal delivers them), then the file read back from disk."""

from __future__ import annotations

import shutil

from tests.e2e.test_terminal import COMMAND, EXAMPLE, tmux  # noqa: F401  (the fixture)
from tests.support import wait_until
from tui.storage.toml_format import load_session


def test_a_burst_of_reorders_moves_and_a_find_lands_in_the_file(tmux, tmp_path):  # noqa: F811
    session_file = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, session_file)
    tmux.run(
        "new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-c", str(tmp_path),
        f"TERM=xterm-256color {COMMAND} {session_file.name}",
    )  # fmt: skip
    tmux.wait_for("Stap 1: Aanvraag/opname", "n Nieuw")
    # n2 first (ctrl+↑); n3 up past n1 (shift+↑); n3 to step 3 (m 3); in step 1's actions, a1
    # after a2 (ctrl+↓); g on a1 goes to n1; then find "leidingloop" and put n10 up (ctrl+↑)
    tmux.run(
        "send-keys", "-t", "app", "Down", "C-Up", "Down", "Down", "S-Up", "m", "3",
        "Tab", "Tab", "Tab", "C-Down", "g", "C-f", *"leidingloop", "Enter", "C-Up",
    )  # fmt: skip

    def saved():
        session = load_session(session_file)
        return (
            [n.id for n in session.step("aanvraag").needs],
            [n.id for n in session.step("planning").needs],
            [a.id for a in session.actions][:3],
        )

    expected = (["n2", "n1", "n4"], ["n8", "n10", "n9", "n11", "n3"], ["a2", "a1", "a3"])
    wait_until(lambda: saved() == expected, message=lambda: f"{saved()}\n{tmux.screen()}")
    assert "Stap 3: Planning" in tmux.screen()
    tmux.keys("C-q")
