"""Help > About: version, data folder and database schema version."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from netdesk import __version__
from netdesk.ui.context import AppContext
from netdesk.ui.widgets import escape_html, tr


def about_text(context: AppContext) -> str:
    return (
        f"<h3>netdesk {__version__}</h3>"
        + tr("<p>A personal CRM: look after your professional relationships.</p>")
        + "<p>"
        + tr("Data folder: %1").replace(
            "%1", f"<code>{escape_html(str(context.paths.data_dir))}</code>"
        )
        + "<br>"
        + tr("Database schema version: %1").replace("%1", str(context.core.store.schema_version))
        + "<br>"
        + tr("Log file: %1").replace("%1", f"<code>{escape_html(str(context.log_file))}</code>")
        + "</p>"
    )


def show_about(context: AppContext, parent: QWidget | None = None) -> None:
    QMessageBox.about(parent, tr("About netdesk"), about_text(context))
