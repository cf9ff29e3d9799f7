"""Text from the user's data (names, notes, imported values, paths) is shown as written, never
read as HTML: a contact named "<b>Bob</b>" is not shown as a bold "Bob"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.merging import FieldConflict
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, EmailAddress
from netdesk.interop.problems import ImportProblem
from netdesk.ui import errors
from netdesk.ui.about import about_text
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.contact_list_model import ContactListModel
from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import CsvMappingDialog
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.import_preview import ImportPreviewDialog
from netdesk.ui.journal_view import JournalView
from netdesk.ui.log_dialog import LogInteractionDialog
from netdesk.ui.today_view import TodayView
from netdesk.ui.widgets import (
    InlineMessage,
    escape_html,
    shown_as_written,
    tooltip_as_written,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
TIP = Qt.ItemDataRole.ToolTipRole

GIVEN, FAMILY = "<b>Bob</b>", "&amp; Co"
NAME = f"{GIVEN} {FAMILY}"  # what display_name makes of them
TITLE, ORGANIZATION = "Tom <img src=x>", "<h1>Acme</h1>"
NOTE = "<table>Call</table> about a &lt; b"


def visible(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a label, tooltip or message box shows of ``text``: Qt's own guess decides."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_shows(label: QLabel) -> str:
    return visible(label.text(), label.textFormat())


@pytest.fixture
def bob(app_context: AppContext) -> int:
    return app_context.core.contacts.create(
        Contact(given_name=GIVEN, family_name=FAMILY, title=TITLE, organization=ORGANIZATION)
    )


@pytest.mark.parametrize(
    "text",
    [NAME, TITLE, ORGANIZATION, NOTE, "a &lt; b", "x\n<b>y</b>", "  <i>pre</i>  spaced\nline"],
)
def test_shown_as_written_shows_the_text_itself(text: str) -> None:
    assert visible(shown_as_written(text)) == text
    assert visible(tooltip_as_written(text)) == text
    assert shown_as_written("Ana García") == "Ana García"  # plain text is left alone
    assert tooltip_as_written("Ana García") == "Ana García"


def lines_at_width(html: str, width: int) -> int:
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    document.size()  # lays the text out
    return document.firstBlock().layout().lineCount()


def test_a_tooltip_keeps_a_long_line_whole_and_a_message_wraps_it() -> None:
    """As a plain tooltip: a rich one wrapped "<h2>Other Org</h2>" after a few words."""
    text = "<h2>Other Org</h2> and a long line of words " * 3
    assert lines_at_width(tooltip_as_written(text), 120) == 1
    assert lines_at_width(shown_as_written(text), 120) > 1


def test_a_today_row_shows_the_name_and_note_as_written(
    qtbot: QtBot, app_context: AppContext, bob: int, clock: FixedClock
) -> None:
    app_context.core.follow_ups.add(bob, clock.now() + dt.timedelta(hours=2), NOTE)
    view = TodayView(app_context)
    qtbot.addWidget(view)
    [row] = view.sections["later"].rows  # due at 11:00
    assert label_shows(row.label) == f"{NAME} — {NOTE} · 11:00"


def test_the_card_header_and_record_source_show_the_contact_as_written(
    qtbot: QtBot, app_context: AppContext
) -> None:
    contact_id = app_context.core.contacts.create(
        Contact(
            given_name=GIVEN,
            family_name=FAMILY,
            title=TITLE,
            organization=ORGANIZATION,
            source="vcard",
            source_file="/tmp/<b>friends&amp;.vcf",
        )
    )
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show_contact(contact_id)
    assert label_shows(card.title_label) == NAME
    assert label_shows(card.subtitle_label) == f"{TITLE} · {ORGANIZATION}"
    assert "<b>friends&amp;.vcf" in label_shows(card.source_label)


def test_a_field_problem_quotes_what_was_typed_as_written(qtbot: QtBot) -> None:
    message = InlineMessage()
    qtbot.addWidget(message)
    message.show_problem("“<b>1990</b>” is not a date")
    assert label_shows(message) == "“<b>1990</b>” is not a date"


def test_the_contact_list_tooltip_shows_the_contact_as_written(
    app_context: AppContext, bob: int
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    tip = model.data(model.index(0), TIP)
    assert isinstance(tip, str)
    assert visible(tip) == f"{NAME} · {TITLE} · {ORGANIZATION}"


def test_the_journal_tooltip_shows_the_notes_as_written(
    qtbot: QtBot, app_context: AppContext, bob: int
) -> None:
    app_context.core.journal.log([bob], "call", NOTE, body=f"{NOTE}\n<ul>second line")
    app_context.core.journal.log([bob], "email", "<i>summary only</i>")
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.set_contact(bob)
    tips = [str(view.model.data(view.model.index(row), TIP)) for row in range(2)]
    assert sorted(visible(tip) for tip in tips) == sorted(
        [f"{NOTE}\n<ul>second line", "<i>summary only</i>"]
    )


def test_the_log_dialog_names_who_it_is_with_as_written(
    qtbot: QtBot, app_context: AppContext, bob: int
) -> None:
    dialog = LogInteractionDialog(app_context, [bob])
    qtbot.addWidget(dialog)
    with_label = next(label for label in dialog.findChildren(QLabel) if NAME in label.text())
    assert label_shows(with_label) == NAME


def test_the_import_preview_shows_the_files_values_as_written(qtbot: QtBot) -> None:
    new = Contact(given_name=GIVEN, family_name=FAMILY, display_name=NAME,
                  organization=ORGANIZATION, emails=[EmailAddress("bob@x.org")])  # fmt: skip
    plan = ImportPlan(files=["/tmp/<b>in&amp;.vcf"])
    plan.cards = [
        PlannedCard(contact=new, file="/tmp/<b>in&amp;.vcf", line=1, action="new"),
        PlannedCard(
            contact=Contact(given_name="Ann", display_name="<h1>Ann</h1>"),
            file="/tmp/<b>in&amp;.vcf",
            line=7,
            action="merge",
            existing_id=1,
            conflicts=[FieldConflict("organization", "&lt;Mine&gt;", ORGANIZATION)],
        ),
    ]
    plan.problems = [ImportProblem("/tmp/<b>in&amp;.vcf", 3, "bad <b>BDAY</b>", "warning")]
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    new_tips = [str(dialog.new_model.index(0, c).data(TIP)) for c in range(4)]
    assert [visible(t) for t in new_tips] == [NAME, ORGANIZATION, "bob@x.org", "<b>in&amp;.vcf:1"]
    assert visible(str(dialog.merge_model.index(0, 0).data(TIP))) == "<h1>Ann</h1>"
    conflicts = dialog.conflict_model
    assert [visible(str(conflicts.data(conflicts.index(0, c), TIP))) for c in (0, 2, 3)] == [
        "<h1>Ann</h1>",
        "&lt;Mine&gt;",
        ORGANIZATION,
    ]
    problems = dialog.problem_model
    assert visible(str(problems.data(problems.index(0, 0), TIP))) == "/tmp/<b>in&amp;.vcf"
    assert visible(str(problems.data(problems.index(0, 3), TIP))) == "bad <b>BDAY</b>"


def test_the_csv_mapping_shows_the_files_name_and_columns_as_written(qtbot: QtBot) -> None:
    dialog = CsvMappingDialog("<b>odd</b>.csv", ["<i>Name</i>"], {}, ["<b>Bob</b>"])
    qtbot.addWidget(dialog)
    intro = next(label for label in dialog.findChildren(QLabel) if "odd" in label.text())
    assert "<b>odd</b>.csv" in label_shows(intro)
    assert visible(dialog.table.item(0, 0).toolTip()) == "<i>Name</i>"
    assert visible(dialog.table.item(0, 1).toolTip()) == "<b>Bob</b>"


def test_find_duplicates_tooltips_show_the_names_as_written(
    qtbot: QtBot, app_context: AppContext
) -> None:
    for title in ("", "CTO"):
        app_context.core.contacts.create(
            Contact(given_name=GIVEN, family_name=FAMILY, title=title,
                    emails=[EmailAddress("bob@x.org")])
        )  # fmt: skip
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    pairs = dialog.table.model()
    assert [visible(str(pairs.data(pairs.index(0, c), TIP))) for c in (0, 1)] == [
        NAME,
        f"{NAME} — CTO",
    ]


def test_the_about_box_shows_folders_with_markup_in_their_names(
    app_context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "<b>me</b> &amp; you"
    context = AppContext.create(Paths(folder), app_context.core, folder / "logs" / "n.log")
    shown = visible(about_text(context))
    assert str(folder) in shown
    assert str(folder / "logs" / "n.log") in shown
    assert visible(escape_html("<b>x</b> &amp;"), Qt.TextFormat.RichText) == "<b>x</b> &amp;"


def test_a_problem_message_shows_a_path_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    errors.show_problem(None, "Not done", "Could not read /tmp/<b>cards</b>.vcf")
    assert [visible(text) for text in said] == ["Could not read /tmp/<b>cards</b>.vcf"]


def test_the_unexpected_error_box_shows_the_error_as_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0
    )
    log_file = tmp_path / "<i>logs</i>" / "netdesk.log"
    reporter = errors.ErrorReporter(log_file, interactive=False)
    reporter.show(ValueError("<b>bad</b> value"), "details")
    [(text, informative)] = shown
    assert visible(text) == "An unexpected error happened: <b>bad</b> value"
    assert visible(informative).endswith(f"\n{log_file}")


def test_deleting_a_contact_asks_about_it_by_its_name_as_written(
    main_window: QWidget, app_context: AppContext, bob: int
) -> None:
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(bob)  # type: ignore[attr-defined]
    answers = ModalAnswers("Cancel")
    main_window.delete_action.trigger()  # type: ignore[attr-defined]
    answers.stop()
    assert [visible(text) for text, _details, _default in answers.seen] == [
        f"Delete {NAME} with their journal and follow-ups?\n\nYou can undo this with Ctrl+Z."
    ]
    assert app_context.core.contacts.get(bob) is not None


def test_the_tray_menu_shows_an_ampersand_in_a_name_as_written(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    from netdesk.ui.tray import ReminderTray

    smith = app_context.core.contacts.create(Contact(organization="Smith & Co"))
    app_context.core.follow_ups.add(smith, clock.now() - dt.timedelta(hours=1), "Call & ask")
    window = QWidget()
    qtbot.addWidget(window)
    tray = ReminderTray(app_context, window)  # type: ignore[arg-type]
    tray.refresh()
    [item] = [a for a in tray.menu.actions() if a.objectName() == "dueItem"]
    # a menu takes "&" for a shortcut mark: what it shows is the text without the marks
    assert item.iconText() == "Smith & Co — Call & ask"
    [act_on] = tray.menu.findChildren(type(tray.menu), "actOnMenu")
    assert [m.iconText() for m in act_on.actions()] == ["Smith & Co — Call & ask"]
