"""The restore's progress dialog keeps its width and its Cancel button's place from step to
step: it grew at each longer step's words ("Keeping a copy of your current data…"), and a
click aimed at Cancel landed beside it while the restore went on (seen on a 100,000-contact
restore under Xvfb). A cancelled restore says so, and a system stop is not refused."""

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


def test_the_system_stopping_netdesk_closes_the_window_during_a_restore(
    qtbot: QtBot, main_window: MainWindow, person
) -> None:  # type: ignore[no-untyped-def]
    """SIGTERM (a shutdown, `kill`) during a restore: the window refused to close, the quit's
    close of the progress dialog cancelled the restore, and netdesk went on running (seen on
    the 100,000-contact copy under Xvfb). A close by the user still waits."""
    main_window.show()
    qtbot.waitUntil(lambda: main_window.contacts.model.loaded)
    person("Ana")
    made = back_up(main_window, qtbot)
    answers = ModalAnswers("OK")
    with held_worker():
        operation = start_restore(main_window, made)
        assert not main_window.close()  # the user's close waits
        main_window.context.changes.stopping = True  # as stop_now() says it
        try:
            assert main_window.close()
            assert not main_window.isVisible()
        finally:
            main_window.context.changes.stopping = False
        operation.cancel()  # as app.main() does once the event loop has ended
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    answers.stop()
    assert answers.seen == []
