"""The import flow: mapping step, preview with counts and conflicts, apply off the GUI thread."""

from __future__ import annotations

import gc
import re
import threading
import weakref
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from translation_helpers import compile_catalogue

from netdesk.core.importing import (
    ImportCancelled,
    ImportPlan,
    ImportSummary,
    apply_import,
    plan_import,
)
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import remember_mapping, remembered_mapping
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import ImportPreviewDialog
from netdesk.ui.operations import run_operation

ANA = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;Ana;;;\r\nFN:Ana García\r\nORG:Globex\r\n"
    "EMAIL:ana@acme.example\r\nTITLE:CTO\r\nEND:VCARD\r\n"
)
BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n"
BROKEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut"

# the offscreen platform says this about every top-level dialog it shows
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _previewed(
    qtbot: QtBot, app_context: AppContext, path: Path
) -> tuple[ImportController, ImportPreviewDialog]:
    """``path`` imported through the app's flow, up to its preview (shown, not answered)."""
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    preview = shown_preview(qtbot, controller)
    qtbot.addWidget(preview)
    return controller, preview


def shown_preview(qtbot: QtBot, controller: ImportController) -> ImportPreviewDialog:
    """The preview the controller opens once it has read the files."""
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    return preview


def _existing_ana(app_context: AppContext) -> int:
    return app_context.core.contacts.create(
        Contact(given_name="Ana", family_name="García", organization="Acme",
                emails=[EmailAddress("ana@acme.example")])
    )  # fmt: skip


def test_preview_shows_counts_and_conflicts_then_imports(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    ana_id = _existing_ana(app_context)
    path = tmp_path / "phone.vcf"
    path.write_text(ANA + BEN + BROKEN, encoding="utf-8")
    controller, preview = _previewed(qtbot, app_context, path)
    text = preview.summary.text()
    assert "1 new contact" in text
    assert "1 to be merged" in text
    assert "1 error" in text
    assert preview.tabs.currentWidget() is preview.conflict_page
    table = preview.conflict_model
    assert table.rowCount() == 1
    row = [table.index(0, c).data() for c in range(4)]
    assert row == ["Ana García", "Company", "Acme", "Globex"]
    assert not preview.conflict_model.is_taken(0)  # default: keep mine
    assert preview.merge_model.index(0, 1).data() == "Job title"
    problem = [preview.problem_model.index(0, c).data() for c in range(4)]
    assert problem[0] == path.name  # as the other tabs name it (its whole path: tooltip)
    assert problem[1:3] == ["14", "error"]
    choice = preview.conflict_model.index(0, preview.conflict_model.CHOICE_COLUMN)
    assert preview.conflict_model.setData(
        choice, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    with (
        qtbot.waitSignal(controller.finished, timeout=10_000) as finished,
        qtbot.waitSignal(app_context.changes.contacts_changed),
    ):
        preview.import_button.click()
    summary = finished.args[0]
    assert isinstance(summary, ImportSummary)
    assert (summary.new, summary.merged, summary.unchanged) == (1, 1, 0)
    ana = app_context.core.contacts.get(ana_id)
    assert ana is not None
    assert (ana.organization, ana.title) == ("Globex", "CTO")
    assert controller.summary_box is not None
    assert "1 new contact" in controller.summary_box.text()
    from test_mnemonics import clashes, mnemonics

    box = controller.summary_box
    assert mnemonics(box)["S"] == ["button '&Show imported contacts'"]  # Alt+S, Close: Esc
    assert clashes(box) == {}
    controller.summary_box.close()


def test_cancel_in_the_preview_writes_nothing(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "b.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished) as finished:
        controller.preview.reject()
    assert finished.args == [None]
    assert app_context.core.contacts.count() == 0


def test_without_preview_imports_at_once(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "b.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.start([str(path)], preview=False)
    assert finished.args[0].new == 1
    assert controller.summary_box is None
    assert app_context.core.contacts.count() == 1


def test_unknown_csv_asks_for_columns_once_and_remembers(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Person,Mail,Firm\nDana Lee,dana@example.org,Initech\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)], preview=False)
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "Dana Lee"  # an example value per column
    assert dialog.mapping()["Mail"] == "email"  # guessed
    dialog.set_field("Person", "full_name")
    dialog.set_field("Firm", "organization")
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        dialog.accept()
    assert finished.args[0].new == 1
    dana = app_context.core.contacts.get(finished.args[0].contact_ids[0])
    assert dana is not None
    assert (dana.display_name, dana.organization) == ("Dana Lee", "Initech")
    assert remembered_mapping(app_context, ["Person", "Mail", "Firm"]) == {
        "Person": "full_name", "Mail": "email", "Firm": "organization"
    }  # fmt: skip

    again = tmp_path / "crm2.csv"
    again.write_text("Person,Mail,Firm\nEli Moss,eli@example.org,Hooli\n", encoding="utf-8")
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.start([str(again)], preview=False)
        assert controller.mapping_dialog is None  # remembered: no question this time
    assert finished.args[0].new == 1


def test_each_column_is_shown_with_an_example_from_the_first_row_that_has_one(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """A sparse sheet: the first row has no phone nor city; the example comes from below."""
    path = tmp_path / "crm.csv"
    path.write_text(
        "Person;Mail;Cell;Town\nDana Lee;dana@example.org;;\n\nEli Moss;;+34 612 34 56 78;\n"
        "Flo Ray;;; Madrid \n",
        encoding="utf-8",
    )
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    examples = [dialog.table.item(row, 1).text() for row in range(4)]
    assert examples == ["Dana Lee", "dana@example.org", "+34 612 34 56 78", "Madrid"]


def test_columns_chosen_then_cancelled_are_offered_again_when_the_file_comes_back(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Esc in the columns step ends the import, but the next drop of the file starts from
    the columns chosen (one Esc threw them all away); nothing is remembered for good."""
    path = tmp_path / "crm.csv"
    path.write_text("Person,Mail,Firm\nDana Lee,dana@example.org,Initech\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    for attempt in range(2):
        with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
            controller.start([str(path)])
            qtbot.waitUntil(lambda: controller.mapping_dialog is not None)
            dialog = controller.mapping_dialog
            assert dialog is not None
            if attempt == 0:
                dialog.set_field("Person", "full_name")
                dialog.set_field("Firm", "organization")
            else:
                assert dialog.mapping() == {
                    "Person": "full_name", "Mail": "email", "Firm": "organization"
                }  # fmt: skip
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert finished.args[0] is None
    assert remembered_mapping(app_context, ["Person", "Mail", "Firm"]) is None


def test_an_unknown_csv_of_column_names_alone_is_not_asked_about(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Its preview says it has no contacts; asking which column holds what came first."""
    path = tmp_path / "crm.csv"
    path.write_text("Person,Mail,Firm\n", encoding="utf-8")
    controller, preview = _previewed(qtbot, app_context, path)
    assert controller.mapping_dialog is None
    (found,) = preview.plan.problems
    assert found.line == 1
    assert found.reason == "no contacts in the file: it has only its column names"


def test_a_file_like_one_answered_before_starts_from_the_columns_chosen_for_it(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """The same export with a column added has other columns: it is asked about, starting
    from the fields chosen for the columns it shares (each was guessed again); a file that
    shares one column name alone is guessed."""
    remember_mapping(
        app_context,
        ["Person", "Mail", "Firm", "Extra"],
        {"Person": "full_name", "Mail": "email", "Firm": "organization", "Extra": "notes"},
    )
    remember_mapping(app_context, ["Name", "Sector"], {"Name": "organization", "Sector": "tags"})
    answers = []
    controller = ImportController(app_context, None)
    for header in ("person,mail,firm,town", "Name,Phone,City,Email"):
        path = tmp_path / "crm.csv"
        path.write_text(f"{header}\nDana Lee,dana@example.org,Initech,Soria\n", encoding="utf-8")
        with qtbot.waitSignal(controller.finished, timeout=10_000):
            controller.start([str(path)])
            qtbot.waitUntil(lambda: controller.mapping_dialog is not None)
            dialog = controller.mapping_dialog
            assert dialog is not None
            answers.append(dialog.mapping())
            dialog.reject()
    assert answers == [
        {"person": "full_name", "mail": "email", "firm": "organization", "town": "locality"},
        {"Name": "full_name", "Phone": "phone", "City": "locality", "Email": "email"},
    ]


def test_two_unknown_csvs_are_each_read_with_their_own_columns(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    people = tmp_path / "people.csv"
    people.write_text("Name,Mail\nDana Lee,dana@example.org\n", encoding="utf-8")
    firms = tmp_path / "firms.csv"  # "Name" here is the company
    firms.write_text("Name,Contact,Phone\nInitech,Eli Moss,+34 612 34 56 78\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(people), str(firms)], preview=False)
    answers = {
        "people.csv": {"Name": "full_name", "Mail": "email"},
        "firms.csv": {"Name": "organization", "Contact": "full_name", "Phone": "phone"},
    }
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        for _ in answers:
            qtbot.waitUntil(lambda: controller.mapping_dialog is not None)
            dialog = controller.mapping_dialog
            assert dialog is not None  # the controller deletes it once answered
            name = "people.csv" if dialog.headers == ["Name", "Mail"] else "firms.csv"
            for header, field in answers[name].items():
                dialog.set_field(header, field)
            dialog.accept()
    assert finished.args[0].new == 2
    found = [app_context.core.contacts.get(i) for i in finished.args[0].contact_ids]
    assert sorted((c.display_name, c.organization) for c in found if c is not None) == [
        ("Dana Lee", ""),
        ("Eli Moss", "Initech"),
    ]


def test_files_arriving_during_an_import_wait_their_turn(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.vcf", tmp_path / "b.vcf"
    first.write_text(ANA, encoding="utf-8")
    second.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    results: list[object] = []
    controller.finished.connect(results.append)
    controller.start([str(first)], preview=False)
    controller.start([str(second)], preview=False)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    assert app_context.core.contacts.count() == 2


def test_cancelling_the_operation_rolls_back(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    core = app_context.core
    path = tmp_path / "many.vcf"
    path.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P {i}\r\nEND:VCARD\r\n" for i in range(1500)),
        encoding="utf-8",
    )
    plan = plan_import(core, [str(path)])
    checks = 0

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        def cancel_on_second_chunk() -> bool:
            nonlocal checks
            checks += 1
            if checks == 2:
                operation.cancel()
            return cancelled()

        return apply_import(core, plan, progress=progress, cancelled=cancel_on_second_chunk)

    operation = run_operation(app_context, None, "Importing", work)
    with qtbot.waitSignal(operation.cancelled, timeout=10_000):
        pass
    assert checks >= 2
    assert core.contacts.count() == 0
    assert ImportCancelled.__name__ == "ImportCancelled"


def test_a_failing_operation_reports_and_changes_nothing(
    qtbot: QtBot, app_context: AppContext
) -> None:
    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    operation = run_operation(app_context, None, "Importing", work, report_errors=False)
    with (
        qtbot.waitSignal(operation.failed, timeout=10_000) as failed,
        qtbot.assertNotEmitted(app_context.changes.contacts_changed),
    ):
        pass
    assert str(failed.args[0]) == "disk full"


def test_unknown_csv_heads_are_sniffed_off_the_gui_thread(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.interop import csvfile

    folder = tmp_path / "exports"
    folder.mkdir()
    row = b"Dana Lee,dana@example.org,Initech\n"
    (folder / "big.csv").write_bytes(b"Person,Mail,Firm\n" + row * (20 * 1024 * 1024 // len(row)))
    threads: list[threading.Thread] = []
    real_head = csvfile.sniff_csv_head

    def recording_head(path: str, limit: int = csvfile.HEAD_BYTES) -> csvfile.CsvSniff:
        threads.append(threading.current_thread())
        return real_head(path, limit)

    def no_full_sniff(path: str) -> csvfile.CsvSniff:
        raise AssertionError("the whole CSV was read to find its header row")

    monkeypatch.setattr(csvfile, "sniff_csv_head", recording_head)
    monkeypatch.setattr(csvfile, "sniff_csv", no_full_sniff)
    controller = ImportController(app_context, None)
    controller.start([str(folder)], preview=False)
    assert controller.mapping_dialog is None  # not decided on the GUI thread
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert threads and threading.main_thread() not in threads
    assert [dialog.table.item(r, 1).text() for r in range(3)] == [
        "Dana Lee", "dana@example.org", "Initech"
    ]  # fmt: skip
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        dialog.reject()
    assert finished.args == [None]


def test_the_preview_rows_are_worked_out_with_the_plan_on_the_worker(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.ui import import_flow

    path = tmp_path / "two.vcf"
    path.write_text(ANA + BEN, encoding="utf-8")
    made: list[tuple[threading.Thread, object]] = []
    real_rows = import_flow.preview_rows

    def recording_rows(plan: object, cancelled: object = None) -> object:
        rows = real_rows(plan, cancelled)  # type: ignore[arg-type]
        made.append((threading.current_thread(), rows))
        return rows

    monkeypatch.setattr(import_flow, "preview_rows", recording_rows)
    controller, preview = _previewed(qtbot, app_context, path)
    assert len(made) == 1
    thread, rows = made[0]
    assert thread is not threading.main_thread()  # sorting 10,000 cards is not the window's job
    assert preview.rows is rows  # the dialog sorted nothing again on the GUI thread
    assert preview.new_model.rowCount() == 2
    with qtbot.waitSignal(controller.finished):
        preview.reject()


def _kept_plans(monkeypatch: pytest.MonkeyPatch) -> list[ImportPlan]:
    """The plans the import flow makes, held here (to look at them after the flow is done)."""
    from netdesk.ui import import_flow

    plans: list[ImportPlan] = []
    real_plan = import_flow.plan_import

    def keeping_plan(*args: Any, **kwargs: Any) -> ImportPlan:
        plans.append(real_plan(*args, **kwargs))
        return plans[-1]

    monkeypatch.setattr(import_flow, "plan_import", keeping_plan)
    return plans


def _recorded_plans(monkeypatch: pytest.MonkeyPatch) -> list[weakref.ref[ImportPlan]]:
    from netdesk.ui import import_flow

    plans: list[weakref.ref[ImportPlan]] = []
    real_plan = import_flow.plan_import

    def recording_plan(*args: Any, **kwargs: Any) -> ImportPlan:
        plan = real_plan(*args, **kwargs)
        plans.append(weakref.ref(plan))
        return plan

    monkeypatch.setattr(import_flow, "plan_import", recording_plan)
    return plans


def test_the_plan_is_let_go_once_imported(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = _recorded_plans(monkeypatch)
    path = tmp_path / "two.vcf"
    path.write_text(ANA + BEN, encoding="utf-8")
    window = QWidget()  # a finished Operation stays a child of the window
    qtbot.addWidget(window)
    controller = ImportController(app_context, window)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.import_button.click()
    assert controller.summary_box is not None
    controller.summary_box.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the preview's
    gc.collect()
    assert app_context.core.contacts.count() == 2
    assert len(plans) == 1
    assert plans[0]() is None  # the apply's work function kept 10,000 cards for the session


def test_the_worker_lists_the_problems_and_lets_the_cards_go(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.ui import import_flow

    plans = _kept_plans(monkeypatch)
    listed: list[threading.Thread] = []
    real_details = import_flow.problem_details

    def recording_details(problems: Any) -> str:
        listed.append(threading.current_thread())
        return real_details(problems)

    monkeypatch.setattr(import_flow, "problem_details", recording_details)
    path = tmp_path / "phone.vcf"
    path.write_text(ANA + BEN + BROKEN, encoding="utf-8")
    controller, _preview = _previewed(qtbot, app_context, path)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.preview.import_button.click()
    assert finished.args[0].new == 2
    box = controller.summary_box
    assert box is not None
    qtbot.addWidget(box)
    # 7,500 problems took the window 0.1 s to write out, 10,000 cards 50-100 ms to free
    assert listed and threading.main_thread() not in listed
    assert box.detailedText().startswith(f"{path}:14: error: ")
    assert plans[0].cards == []


def test_a_cancelled_previews_cards_are_let_go_a_slice_per_event(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = _kept_plans(monkeypatch)
    path = tmp_path / "many.vcf"
    path.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P {i}\r\nEND:VCARD\r\n" for i in range(1200)),
        encoding="utf-8",
    )
    controller, preview = _previewed(qtbot, app_context, path)
    assert preview.new_model.rowCount() == 1200
    with qtbot.waitSignal(controller.finished):
        preview.reject()
    assert preview.new_model.rowCount() == 0  # the tables let go of the rows at once
    # the cards go later, between events: all at once, 5,000 merges held the window 0.1 s
    assert len(plans[0].cards) == 1200
    qtbot.waitUntil(lambda: not plans[0].cards)
    assert app_context.core.contacts.count() == 0


def test_the_plans_objects_are_left_to_the_collector_only_while_it_is_used(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    assert gc.get_freeze_count() == 0  # nothing else froze objects in this process
    path = tmp_path / "two.vcf"
    path.write_text(ANA + BEN, encoding="utf-8")
    controller, _preview = _previewed(qtbot, app_context, path)
    # frozen: the collections after the plan's pause no longer walk every card (0.2-0.5 s
    # holding the interpreter lock the window needs)
    assert gc.get_freeze_count() > 0
    with qtbot.waitSignal(controller.finished):
        controller.preview.reject()
    assert gc.get_freeze_count() == 0


def test_the_summary_counts_warnings_and_lists_every_problem(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(BEN + BEN.replace("Ben Stone", "Ben J. Stone") + BROKEN, encoding="utf-8")
    controller, preview = _previewed(qtbot, app_context, path)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        QTest.keyClick(preview, Qt.Key.Key_Return)  # Import is the default button
    summary = finished.args[0]
    error, warning = sorted(summary.problems, key=lambda p: p.severity)
    assert (error.severity, warning.severity) == ("error", "warning")
    box = controller.summary_box
    assert box is not None
    qtbot.addWidget(box)
    lines = box.text().splitlines()
    assert len(lines) == 3  # counts, errors, warnings ("(s)" until the catalogue has them)
    assert re.fullmatch(r"1 card(\(s\))? or file(\(s\))? could not be imported\.", lines[1])
    assert re.fullmatch(
        r"1 warning(\(s\))?: a file, card or value left out, kept as written or combined "
        r"with another; the details say which, by file and line\.",
        lines[2],
    )
    details = box.detailedText().splitlines()
    assert details == [
        f"{path}:11: error: {error.reason}",
        # the field by its name on the card, not the importer's attribute (formatted_name)
        f"{path}:6: warning: the same person as line 1; merged into one contact "
        "(kept the first card's Full name)",
    ]


def test_the_summary_details_list_a_files_problems_in_line_order(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """As the preview does: the second Ben (line 6, found while matching) came after the
    date of the third card (found while reading; named at the BDAY's own line)."""
    path = tmp_path / "phone.vcf"
    late = ANA.replace("TITLE:CTO", "BDAY:someday")
    text = BEN + BEN.replace("Ben Stone", "Ben J. Stone") + late
    path.write_text(text, encoding="utf-8")
    bday_line = text.splitlines().index("BDAY:someday") + 1
    controller, preview = _previewed(qtbot, app_context, path)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        QTest.keyClick(preview, Qt.Key.Key_Return)
    box = controller.summary_box
    assert box is not None
    qtbot.addWidget(box)
    lines = [line.split(": ")[0] for line in box.detailedText().splitlines()]
    assert bday_line > 11  # past the third card's BEGIN line
    assert lines == [f"{path}:6", f"{path}:{bday_line}"]


def test_the_counts_tell_the_cards_combined_with_another_so_they_add_up(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Three cards, the second Ben's the first one's: "2 new" alone left one unaccounted for
    (its warning among others is all that told)."""
    path = tmp_path / "phone.vcf"
    path.write_text(BEN + BEN.replace("Ben Stone", "Ben J. Stone") + ANA, encoding="utf-8")
    controller, preview = _previewed(qtbot, app_context, path)
    combined = r"1 card(\(s\))? combined with another of this import"
    assert re.search(rf"2 new contacts?(\(s\))?, .*, {combined}, 0 error", preview.summary.text())
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        QTest.keyClick(preview, Qt.Key.Key_Return)
    box = controller.summary_box
    assert box is not None
    qtbot.addWidget(box)
    assert re.fullmatch(rf"2 new contacts?(\(s\))?, 0 merged, 0 already up to date, {combined}\.",
                        box.text().splitlines()[0])  # fmt: skip


def test_columns_are_remembered_only_once_an_import_used_them(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Person,Mail,Firm\nDana Lee,dana@example.org,Initech\n", encoding="utf-8")
    same = tmp_path / "crm-2025.csv"  # the same columns: one question for both
    same.write_text("Person,Mail,Firm\nEli Moss,eli@example.org,Hooli\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path), str(same)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None)
    dialog = controller.mapping_dialog
    assert dialog is not None
    dialog.set_field("Person", "full_name")  # "Firm" left out by mistake
    dialog.continue_button.click()
    preview = shown_preview(qtbot, controller)
    assert preview.plan.new == 2
    assert controller.mapping_dialog is None  # crm-2025.csv was not asked about
    with qtbot.waitSignal(controller.finished):
        preview.reject()  # the companies are missing: the user cancels
    assert remembered_mapping(app_context, ["Person", "Mail", "Firm"]) is None

    controller.start([str(path)])  # asked again, with the last answer
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None)
    dialog = controller.mapping_dialog
    assert dialog is not None
    assert dialog.mapping() == {"Person": "full_name", "Mail": "email", "Firm": "ignore"}
    dialog.set_field("Firm", "organization")
    dialog.continue_button.click()
    preview = shown_preview(qtbot, controller)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        preview.import_button.click()
    assert controller.summary_box is not None
    controller.summary_box.close()
    assert remembered_mapping(app_context, ["Person", "Mail", "Firm"]) == {
        "Person": "full_name", "Mail": "email", "Firm": "organization"
    }  # fmt: skip


def test_file_import_opens_where_the_last_files_were_found(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    (folder / "b.vcf").write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    seen: list[str] = []

    def pick(name: str | None) -> None:
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog):
                QTimer.singleShot(10, act)
                return
            seen.append(dialog.directory().absolutePath())
            if name is None:
                dialog.reject()
                return
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert edit is not None
            edit.setText(name)
            QTest.keyClick(edit, Qt.Key.Key_Return)

        QTimer.singleShot(0, act)

    pick(str(folder / "b.vcf"))
    controller.choose_and_import()  # File > Import…
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=5000)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished):
        controller.preview.reject()
    pick(None)
    controller.choose_and_import()
    assert seen[1] == str(folder)


def test_the_summary_details_give_reasons_in_the_users_language(
    qtbot: QtBot, qapp: QApplication, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(BEN + BEN.replace("Ben Stone", "Ben J. Stone") + BROKEN, encoding="utf-8")
    translator = compile_catalogue(
        tmp_path,
        "ImportProblem",
        {
            "card has no END:VCARD (file cut short?); not imported": (
                "la tarjeta no tiene END:VCARD (¿archivo cortado?); no se importa"
            ),
            "the same person as line {line}; merged into one contact (kept the first card's "
            "{fields})": "la misma persona que la línea {line}; unidas (se queda {fields})",
        },
    )
    qapp.installTranslator(translator)
    try:
        controller, preview = _previewed(qtbot, app_context, path)
        with qtbot.waitSignal(controller.finished, timeout=10_000):
            QTest.keyClick(preview, Qt.Key.Key_Return)
        box = controller.summary_box
        assert box is not None
        qtbot.addWidget(box)
        details = box.detailedText().splitlines()
    finally:
        qapp.removeTranslator(translator)
    assert details == [
        f"{path}:11: error: la tarjeta no tiene END:VCARD (¿archivo cortado?); no se importa",
        f"{path}:6: warning: la misma persona que la línea 1; unidas (se queda Full name)",
    ]


def test_files_handed_over_during_an_import_wait_for_its_summary(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """They started as soon as the import was applied: their preview covered its summary,
    and the Enter or Esc meant for the summary imported or cancelled them unseen."""
    from PySide6.QtWidgets import QMainWindow

    first, second = tmp_path / "a.vcf", tmp_path / "b.vcf"
    first.write_text(ANA, encoding="utf-8")
    second.write_text(BEN, encoding="utf-8")
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = ImportController(app_context, window)
    controller.start([str(first)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    controller.start([str(second)])  # netdesk b.vcf, while a.vcf's preview is open
    said = window.statusBar().currentMessage()
    assert said == "b.vcf will be imported once this import is done."
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.import_button.click()
    box = controller.summary_box
    assert box is not None and box.isVisible()
    assert controller.queue == [([str(second)], True)]  # not started: it waits
    box.close()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview.rows.new[0].contact.display_name == "Ben Stone"
    assert window.statusBar().currentMessage() == ""  # its turn came
    controller.preview.reject()


def test_cancelling_the_import_says_nothing_was_changed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The progress dialog went and nothing said whether the cards read so far were kept."""
    from PySide6.QtWidgets import QMainWindow

    from netdesk.ui import import_flow

    def cancelled_midway(*_args: object) -> None:
        raise ImportCancelled()  # what the apply raises once it rolled back

    monkeypatch.setattr(import_flow, "applied", cancelled_midway)
    path = tmp_path / "a.vcf"
    path.write_text(ANA, encoding="utf-8")
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = ImportController(app_context, window)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.preview.import_button.click()
    assert finished.args == [None]
    assert window.statusBar().currentMessage() == "Cancelled; nothing was changed."
    assert controller.summary_box is None


def _import_held_open(
    qtbot: QtBot, controller: ImportController, path: Path, monkeypatch: pytest.MonkeyPatch
) -> threading.Event:
    """``path`` previewed and accepted; its apply runs until the event returned is set (or it
    is cancelled), as a 10,000-card import would."""
    from netdesk.ui import import_flow

    release = threading.Event()
    real_applied = import_flow.applied

    def held(core: Any, plan: ImportPlan, progress: Any, cancelled: Any) -> Any:
        while not release.wait(0.01):
            if cancelled():
                raise ImportCancelled()
        return real_applied(core, plan, progress, cancelled)

    monkeypatch.setattr(import_flow, "applied", held)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    controller.preview.import_button.click()
    # once its files are seen unchanged, the write
    qtbot.waitUntil(lambda: controller.operation is not None and controller.operation.changes)
    assert controller.operation is not None and controller.operation.running
    return release


def test_quitting_while_importing_asks_first(
    qtbot: QtBot, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tray's Quit during an import quit at once and rolled it back, unasked."""
    from modal_answers import ModalAnswers

    path = tmp_path / "b.vcf"
    path.write_text(BEN, encoding="utf-8")
    main_window.show()
    controller = main_window._import_controller()
    release = _import_held_open(qtbot, controller, path, monkeypatch)
    answers = ModalAnswers("&Keep importing")
    try:
        main_window.quit()
    finally:
        answers.stop()
    assert answers.seen == [
        (
            "Contacts are being imported. Stop and quit? Nothing of this import is kept.",
            "",
            "&Keep importing",
        )
    ]
    assert main_window.isVisible() and controller.operation.running
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        release.set()
    assert finished.args[0].new == 1
    controller.summary_box.close()
    assert controller.may_quit()  # nothing running: no question


def test_stop_and_quit_rolls_the_import_back(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from modal_answers import ModalAnswers

    path = tmp_path / "b.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    _import_held_open(qtbot, controller, path, monkeypatch)
    answers = ModalAnswers("&Stop and quit")
    try:
        with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
            assert controller.may_quit()
    finally:
        answers.stop()
    assert finished.args == [None]
    assert app_context.core.contacts.count() == 0


def test_an_import_done_while_asked_to_quit_ends_the_question(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 10,000-card import finished while the question was up: its summary opened over the
    question, which stayed behind, saying nothing of it would be kept."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "b.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    release = _import_held_open(qtbot, controller, path, monkeypatch)
    asked: list[QMessageBox] = []
    ticks = [0]

    def finish_while_asked() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not asked:
            asked.append(box)
            release.set()  # the import ends while the question is up
        ticks[0] += 1
        if asked and ticks[0] == 2000 and asked[0].isVisible():
            asked[0].reject()  # still asking after 10 s: fail below rather than hang

    timer = QTimer()
    timer.timeout.connect(finish_while_asked)
    timer.start(5)
    try:
        assert controller.may_quit()  # quitting loses nothing now
    finally:
        timer.stop()
    assert asked and ticks[0] < 2000
    assert app_context.core.contacts.count() == 1
    assert controller.summary_box is not None
    controller.summary_box.close()


def test_a_window_closed_by_the_system_during_an_import_asks_nothing(
    qtbot: QtBot, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM, a logout: the app quits, which closes the window; nobody is there to ask,
    and the import is rolled back as the app ends (only Ctrl+Q and the tray's Quit ask)."""
    from modal_answers import ModalAnswers

    path = tmp_path / "b.vcf"
    path.write_text(BEN, encoding="utf-8")
    main_window.show()
    ended: list[bool] = []
    monkeypatch.setattr(main_window, "_finish", lambda: ended.append(True))  # not app.quit
    controller = main_window._import_controller()
    _import_held_open(qtbot, controller, path, monkeypatch)
    answers = ModalAnswers("&Keep importing")
    try:
        assert main_window.close()
    finally:
        answers.stop()
    assert answers.seen == [] and ended == [True]
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.operation.cancel()  # what the app does once its event loop has ended
    assert finished.args == [None]


def test_show_imported_contacts_leaves_the_keyboard_in_the_list(
    qtbot: QtBot, main_window: Any, tmp_path: Path
) -> None:
    """The summary says to tag the new contacts all at once; Ctrl+A went to the search field
    (its text selected) and Ctrl+T then tagged the one contact shown."""
    from PySide6.QtWidgets import QPushButton

    path = tmp_path / "two.vcf"
    path.write_text(ANA + BEN, encoding="utf-8")
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.contacts.focus_search()
    controller = main_window.import_files([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.import_button.click()
    box = controller.summary_box
    show = next(b for b in box.findChildren(QPushButton) if b.text() == "&Show imported contacts")
    show.click()
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 2)
    assert main_window.focusWidget() is main_window.contacts.view  # once the window is active
    QTest.keyClick(main_window.contacts.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(main_window.contacts.selected_ids()) == 2


def test_columns_remembered_can_be_chosen_again_from_the_preview(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Once remembered, a file with those columns never asked again: a wrong choice (the
    company read as the job title) stuck for good."""
    from netdesk.ui.csv_mapping import remember_mapping

    headers = ["Person", "Mail", "Firm"]
    remember_mapping(
        app_context, headers, {"Person": "full_name", "Mail": "email", "Firm": "title"}
    )
    path = tmp_path / "crm.csv"
    path.write_text("Person,Mail,Firm\nDana Lee,dana@example.org,Initech\n", encoding="utf-8")
    controller, preview = _previewed(qtbot, app_context, path)
    assert controller.mapping_dialog is None  # not asked: remembered
    assert preview.columns_button is not None
    preview.columns_button.click()
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None)
    dialog = controller.mapping_dialog
    assert dialog is not None
    assert dialog.mapping() == {"Person": "full_name", "Mail": "email", "Firm": "title"}
    dialog.set_field("Firm", "organization")
    dialog.continue_button.click()
    preview = shown_preview(qtbot, controller)
    assert preview.columns_button is not None  # just chosen: may be chosen again
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        preview.import_button.click()
    dana = app_context.core.contacts.get(finished.args[0].contact_ids[0])
    assert dana is not None and (dana.organization, dana.title) == ("Initech", "")
    assert remembered_mapping(app_context, headers)["Firm"] == "organization"
    if controller.summary_box is not None:
        controller.summary_box.close()
    # planned twice, thawed once: the second plan read the first's freeze as another's and
    # left the collector off every object the app had for the rest of the session
    assert gc.get_freeze_count() == 0


def test_the_preview_of_files_without_remembered_columns_has_no_columns_button(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "b.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller, preview = _previewed(qtbot, app_context, path)
    assert preview.columns_button is None
    with qtbot.waitSignal(controller.finished):
        preview.reject()
