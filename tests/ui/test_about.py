"""Help > About: the version from the package metadata, the data folder, the schema version."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

import netdesk
from netdesk.ui.about import about_text
from netdesk.ui.context import AppContext


def test_about_names_version_data_folder_and_schema(qtbot: QtBot, app_context: AppContext) -> None:
    text = about_text(app_context)
    assert f"netdesk {netdesk.__version__}" in text
    assert f"Data folder: <code>{app_context.paths.data_dir}</code>" in text
    schema = app_context.core.store.schema_version
    assert schema > 0
    assert f"Database schema version: {schema}" in text
    assert str(app_context.log_file) in text
