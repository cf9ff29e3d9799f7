"""Fixtures for the main window tests: a real AppContext over a temporary database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.i18n import install_translators


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """As in the app: the English plural catalogue ("1 follow-up", "2 follow-ups") is loaded."""
    installed = install_translators(qapp, QLocale("en_US"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def app_context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "logs" / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def main_window(qtbot: QtBot, app_context: AppContext):  # type: ignore[no-untyped-def]
    from netdesk.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.load()
    return window


def add(core: Core, given: str, family: str = "", **fields: object) -> int:
    return core.contacts.create(Contact(given_name=given, family_name=family, **fields))  # type: ignore[arg-type]


@pytest.fixture
def person(core: Core):  # type: ignore[no-untyped-def]
    """``person("Ana", "García", tags=[...])`` stores a contact and returns its id."""
    return lambda given, family="", **fields: add(core, given, family, **fields)
