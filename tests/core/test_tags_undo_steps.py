"""Any run of tag renames, folds, deletes and default cadences, undone step by step, gives every
contact back its tags, every tag its cadence and every contact its next due date; redone, the
same run again (as Manage tags' Ctrl+Z and Ctrl+Shift+Z do)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.tags import UnknownTagError
from netdesk.core.types import Contact

NAMES = ["a", "A", "b", "Émigré", "ÉMIGRÉ", "straße", "STRASSE", "c d", "c  d"]
STEP = st.one_of(
    st.tuples(st.just("rename"), st.sampled_from(NAMES), st.sampled_from(NAMES)),
    st.tuples(st.just("delete"), st.sampled_from(NAMES), st.just("")),
    st.tuples(st.just("cadence"), st.sampled_from(NAMES), st.sampled_from(["", "7", "30"])),
)
Snapshot = tuple[object, ...]


def snapshot(core: Core, ids: list[int]) -> Snapshot:
    cards = [core.contacts.get(i) for i in ids]
    return (
        [(sorted(c.tags), c.next_due) for c in cards if c is not None],
        sorted((t.name, t.default_cadence_days, t.count) for t in core.contacts.tags()),
        sorted(core.contacts.search("émigré", limit=50)),
    )


def run(core: Core, kind: str, name: str, value: str) -> Callable[[], None] | None:
    """Do one step as the dialog's command would; its undo, or None when it did nothing."""
    tags = core.tags
    try:
        if kind == "rename":
            done = tags.rename(name, value)
            return lambda: tags.undo_rename(done)
        if kind == "delete":
            state = tags.delete(name)
            return lambda: tags.restore(state)
        before = tags.set_cadence(name, int(value) if value else None)
        return lambda: tags.set_cadence(name, before)
    except UnknownTagError:
        return None


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=6))
def test_every_undo_then_every_redo(tmp_path_factory, steps) -> None:  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("data")
    core = Core.open(Paths(folder), FixedClock(dt.datetime(2026, 3, 2, 9)))
    try:
        ids = [
            core.contacts.create(Contact(given_name="Ana", tags=["a", "Émigré", "c d"])),
            core.contacts.create(Contact(given_name="Bob", tags=["ÉMIGRÉ", "straße"])),
            core.contacts.create(Contact(given_name="Cy", tags=["b", "STRASSE", "c  d"])),
            core.contacts.create(Contact(given_name="Di", keep_in_touch_days=14, tags=["b"])),
            core.contacts.create(Contact(given_name="Ed")),
        ]
        core.tags.set_cadence("b", 90)
        states = [snapshot(core, ids)]
        undos = []
        done_steps = []
        for step in steps:
            undo = run(core, *step)
            if undo is not None:
                undos.append(undo)
                done_steps.append(step)
                states.append(snapshot(core, ids))
        for undo, expected in zip(reversed(undos), reversed(states[:-1]), strict=True):
            undo()
            assert snapshot(core, ids) == expected
        for step, expected in zip(done_steps, states[1:], strict=True):
            assert run(core, *step) is not None
            assert snapshot(core, ids) == expected
    finally:
        core.close()
