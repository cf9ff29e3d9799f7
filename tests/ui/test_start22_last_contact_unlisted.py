"""The contact shown at the last exit comes back on the card though the restored filter leaves
them out: with the list on Due, a call logged with someone took them off it, and the next
start showed the first contact due instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _started(qtbot: QtBot, tmp_data_dir: Path, last: int) -> MainWindow:
    paths = Paths(tmp_data_dir)
    context = AppContext.starting(
        paths, tmp_data_dir / "netdesk.log", lambda c: Core.open(paths, c)
    )
    context.settings.set(s.LIST_FILTER, "tag:family")
    context.settings.set(s.LAST_CONTACT, last)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started_up, timeout=10_000):
        window.show()
    return window


@pytest.fixture
def ada_and_bob(tmp_data_dir: Path) -> tuple[int, int]:
    core = Core.open(Paths(tmp_data_dir))
    ada = core.contacts.create(Contact(given_name="Ada"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.contacts.add_tag([ada], "family")
    core.close()
    return ada, bob


def test_the_last_contact_left_out_by_the_filter_is_back_on_the_card(
    qtbot: QtBot, tmp_data_dir: Path, ada_and_bob: tuple[int, int]
) -> None:
    ada, bob = ada_and_bob
    window = _started(qtbot, tmp_data_dir, bob)
    try:
        assert window.card.contact_id() == bob
        assert window.card.title_label.text() == "Bob"
        assert window.contacts.current_id() == bob
        assert window.contacts.model.ids() == [ada]  # the filter kept
        assert window.contacts.selected_ids() == []
    finally:
        window.context.core.close()


def test_a_last_contact_deleted_since_gives_way_to_the_first_listed(
    qtbot: QtBot, tmp_data_dir: Path, ada_and_bob: tuple[int, int]
) -> None:
    ada, bob = ada_and_bob
    core = Core.open(Paths(tmp_data_dir))
    core.contacts.delete([bob])
    core.close()
    window = _started(qtbot, tmp_data_dir, bob)
    try:
        assert window.contacts.current_id() == ada
        assert window.card.contact_id() == ada
    finally:
        window.context.core.close()
