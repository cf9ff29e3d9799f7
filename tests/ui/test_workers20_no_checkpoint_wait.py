"""A worker closing its own connection does not wait for a bulk write's checkpoint (only the
store's own close does): a Find duplicates pair read after an import waited it out, and
closing the dialog, which waits for that read on the window's thread, froze the window."""

from __future__ import annotations

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import checkpoint
from netdesk.ui import duplicates_dialog


@pytest.fixture
def checkpoint_running(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    waited: list[str] = []
    monkeypatch.setattr(checkpoint, "wait", lambda *a, **k: waited.append("waited"))
    return waited


def test_a_workers_own_close_does_not_wait(core: Core, checkpoint_running: list[str]) -> None:
    core.contacts.create(Contact(given_name="Ana"))
    core.store.close_own()
    assert checkpoint_running == []
    assert core.contacts.names(core.contacts.list_ids()).values() and core.contacts.count() == 1
    core.store.close()  # the store's own close still lets a checkpoint finish
    assert checkpoint_running == ["waited"]


def test_a_pair_read_does_not_wait_for_a_checkpoint(
    core: Core, checkpoint_running: list[str]
) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", family_name="Ruiz"))
    ann = core.contacts.create(Contact(given_name="Ana", family_name="Ruíz"))
    read = duplicates_dialog._ReadSides(core, (ana, ann), 1)
    heard: list[object] = []
    read.signals.read.connect(heard.append)
    read.run()
    assert checkpoint_running == []
    assert heard and heard[0][0] == 1 and heard[0][1] is not None
