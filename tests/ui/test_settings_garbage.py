"""A hand-edited settings.ini with numbers no setting can hold: read as the defaults, and
Preferences still opens to set them right."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.settings import Settings


def garbage(context: AppContext, cadence: str, keep: str) -> Settings:
    # a file of its own each: QSettings keeps what it read of a file whose size and time
    # have not changed (two same-sized files written within a second)
    path = context.paths.data_dir / f"settings {cadence} {keep}.ini"
    path.write_text(
        f"[contacts]\ndefault_cadence_days={cadence}\n[backups]\nkeep_daily={keep}\n",
        encoding="utf-8",
    )
    context.settings = Settings(path)
    return context.settings


def test_numbers_too_big_for_qt_read_as_the_defaults(qtbot: QtBot, app_context: AppContext) -> None:
    settings = garbage(app_context, "99999999999", "99999999999")
    assert settings.get(s.DEFAULT_CADENCE_DAYS) == 0
    assert settings.get(s.BACKUPS_TO_KEEP) == 7
    prefs = PreferencesDialog(app_context)  # raised OverflowError: no way to fix them
    qtbot.addWidget(prefs)
    assert prefs.keep.value() == 7
    assert prefs.cadence.currentData() is None  # "Never"


def test_a_cadence_the_card_cannot_hold_reads_as_never(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """-5 gave each new contact a rhythm due before its last talk; "Every -5 days" was
    offered in Preferences and kept by OK."""
    for cadence in ("-5", "3651"):
        settings = garbage(app_context, cadence, "7")
        assert settings.get(s.DEFAULT_CADENCE_DAYS) == 0
    settings = garbage(app_context, "3650", "1")
    assert settings.get(s.DEFAULT_CADENCE_DAYS) == 3650
    assert settings.get(s.BACKUPS_TO_KEEP) == 1
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    assert prefs.cadence.currentData() == 3650
