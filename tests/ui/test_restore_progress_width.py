"""The restore's progress dialog keeps its width and its Cancel button's place from step to
step: it grew at each longer step's words ("Keeping a copy of your current data…"), and a
click aimed at Cancel landed beside it while the restore went on (seen on a 100,000-contact
restore under Xvfb). And a cancelled restore says so."""

from __future__ import annotations

from modal_answers import ModalAnswers
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from netdesk.ui.main_window import MainWindow
from netdesk.ui.restore_dialog import _phase_labels, start_restore
from tests.ui.test_restore_dialog import back_up, held_worker


def test_cancel_stays_where_it_is_through_every_step(
    qtbot: QtBot, main_window: MainWindow, person
) -> None:  # type: ignore[no-untyped-def]
    main_window.show()
    qtbot.waitUntil(lambda: main_window.contacts.model.loaded)
    person("Ana")
    made = back_up(main_window, qtbot)
    answers = ModalAnswers("OK")
    with held_worker():  # the restore waits at its start: the dialog as the user sees it
        operation = start_restore(main_window, made)
        dialog = operation.dialog
        dialog.show()
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None
        qtbot.waitUntil(dialog.isVisible)
        width, place = dialog.width(), cancel.mapTo(dialog, cancel.rect().center())
        for label in _phase_labels().values():
            dialog.setLabelText(label)
            assert (dialog.width(), cancel.mapTo(dialog, cancel.rect().center())) == (
                width,
                place,
            ), label
        cancel.click()
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    answers.stop()
    assert answers.seen == []


def test_a_cancelled_restore_says_so(qtbot: QtBot, main_window: MainWindow, person) -> None:  # type: ignore[no-untyped-def]
    """The progress dialog went away and nothing said whether the data had been replaced."""
    main_window.show()
    qtbot.waitUntil(lambda: main_window.contacts.model.loaded)
    person("Ana")
    made = back_up(main_window, qtbot)
    answers = ModalAnswers("OK")
    with held_worker():
        operation = start_restore(main_window, made)
        operation.cancel()
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    answers.stop()
    assert answers.seen == []
    assert main_window.statusBar().currentMessage() == "Cancelled; nothing was changed."
