"""Start-up leaves for later what the first paint of a full list does not need: the empty
database's page, socket, html, json, the tray's type, the CJK name pattern and the full
records' dataclasses (netdesk.core.records)."""

from __future__ import annotations

from pathlib import Path

from app_probe import python_prints, run_probe
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.ui.context import AppContext


def test_a_window_with_contacts_builds_no_empty_page(
    qtbot: QtBot, core: Core, app_context: AppContext
) -> None:
    from netdesk.core.types import Contact
    from netdesk.ui.main_window import MainWindow

    contact = core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started_up, timeout=10_000):
        window.show()
    assert window._empty_state is None
    assert window.pages.currentWidget() is window.split
    # the page is there when everyone is deleted (built then, and shown)
    core.contacts.delete([contact])
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._empty_state)
    assert window.empty_state.import_button.isVisible()


def test_the_start_path_leaves_out_what_the_first_paint_does_not_use() -> None:
    code = (
        "import sys, netdesk.app, netdesk.core, netdesk.ui.main_window, netdesk.running,"
        " netdesk.ui.single_instance, netdesk.core.names as names;"
        "left = [m for m in ('socket', 'html', 'json', 'netdesk.ui.empty_state',"
        " 'netdesk.core.records')"
        " if m in sys.modules];"
        "left += ['CJK pattern'] if names._cjk_name.cache_info().currsize else [];"
        "left += ['Contact'] if 'Contact' in vars(sys.modules['netdesk.core.types']) else [];"
        "print(sorted(left))"
    )
    assert python_prints(code) == "[]"


PROBE = """
import sys
from netdesk import app

def first_paint(window):
    from PySide6 import QtWidgets
    from PySide6.QtWidgets import QApplication

    left = [m for m in ('socket', 'html', 'json', 'netdesk.ui.empty_state',
                        'netdesk.core.records') if m in sys.modules]
    left += ['QSystemTrayIcon'] if 'QSystemTrayIcon' in vars(QtWidgets) else []
    left += ['empty page'] if window._empty_state is not None else []
    left += ['Contact'] if 'Contact' in vars(sys.modules['netdesk.core.types']) else []
    print('painted', window.contacts.model.rowCount(), sorted(left), flush=True)
    QApplication.instance().quit()

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_the_real_start_paints_without_them(tmp_data_dir: Path) -> None:
    """netdesk.app.main on a database with a contact, to its first paint."""
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    core.close()
    result = run_probe(PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert "painted 1 []" in result.stdout, result.stdout + result.stderr


def test_the_full_records_are_the_types_modules_names() -> None:
    """netdesk.core.types gives the records made in netdesk.core.records (the same classes),
    and says so of a name it does not have."""
    import pytest

    from netdesk.core import records, types

    for name in types._RECORDS:
        assert getattr(types, name) is getattr(records, name)
    with pytest.raises(AttributeError, match="no attribute 'Nobody'"):
        types.Nobody  # noqa: B018
