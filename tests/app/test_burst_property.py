"""Typed without pauses is typed with pauses: a random sequence of capture actions, sent to the
app as one burst, gives the same session as the same keys pressed one by one (Pilot waits until
the app is idle after every key)."""

from __future__ import annotations

import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.app.burst import burst, keys_of, until_settled
from tests.app.helpers import FOLLOW_UP, make_app
from tui.storage.toml_format import dumps_session

TEXT = st.text(alphabet="anen tx1A", min_size=1, max_size=6).filter(str.strip)

ACTIONS = st.one_of(
    st.tuples(st.just("need"), TEXT, TEXT, TEXT),
    st.tuples(st.just("ask"), TEXT, TEXT),
    st.tuples(st.just("info"), TEXT),
    st.tuples(st.just("action_about"), TEXT, st.sampled_from(["Erik Smit", "Sand", ""])),
    st.tuples(st.just("edit"), TEXT),
    st.tuples(st.just("step"), st.sampled_from(["right", "left", "2", "1"])),
    st.tuples(st.just("cancel"), TEXT),
)


def keys_for(action: tuple[str, ...]) -> list[str]:
    kind, *texts = action
    if kind == "need":
        return keys_of("n", texts[0], "tab", texts[1], "tab", texts[2], "enter")
    if kind == "ask":  # the asks table is the next one down
        return keys_of("tab", "n", texts[0], "tab", texts[1], "enter", "shift+tab")
    if kind == "info":
        return keys_of("tab", "tab", "n", texts[0], "enter", "shift+tab", "shift+tab")
    if kind == "action_about":
        return keys_of("a", texts[0], "tab", texts[1], "tab", "+1w", "enter")
    if kind == "edit":
        return keys_of("enter", texts[0], "enter")
    if kind == "cancel":
        return keys_of("n", texts[0], "escape")
    return [texts[0]]


async def _typed(path, keys: list[str], *, pauses: bool) -> str:
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await until_settled(pilot)
        if pauses:
            await pilot.press(*keys)
        else:
            await burst(pilot, *keys)
        await until_settled(pilot)
        return dumps_session(app.editor.session)


@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(ACTIONS, min_size=3, max_size=7))
async def test_a_burst_gives_the_same_session_as_keys_with_pauses(tmp_path_factory, actions):
    keys = [key for action in actions for key in keys_for(action)]
    folder = tmp_path_factory.mktemp("burst")
    slow, fast = folder / "slow" / FOLLOW_UP.name, folder / "fast" / FOLLOW_UP.name
    for target in (slow, fast):
        target.parent.mkdir()
        shutil.copy(FOLLOW_UP, target)
    with_pauses = await _typed(slow, keys, pauses=True)
    without = await _typed(fast, keys, pauses=False)
    assert without == with_pauses
    assert with_pauses != FOLLOW_UP.read_text(encoding="utf-8")  # something was typed
