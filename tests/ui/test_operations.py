"""Operations on the worker: a failure is told once, plainly, and nothing is half-written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.operations import run_operation


def _boxes_answered() -> tuple[list[str], QTimer]:
    """Closes each message box as it shows; the texts they said (keep the timer)."""
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(5)
    return said, timer


def test_a_full_disk_on_the_worker_is_said_once_and_nothing_is_stored(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from netdesk.store.models import db

    said, _answering = _boxes_answered()  # (the timer lives as long as the test)

    contacts = app_context.core.contacts

    def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
        # the worker's own connection: the file may not grow, as on a full disk
        pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
        db.execute_sql(f"PRAGMA max_page_count = {pages}")
        contacts.create(Contact(given_name="Huge", notes="x" * 200_000))

    operation = run_operation(app_context, None, "Importing contacts…", work)
    with qtbot.waitSignal(operation.ended, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == [
        f"Importing contacts failed: The disk holding {app_context.paths.database} is full; "
        "nothing was changed."
    ]
    assert contacts.count() == 0


def test_a_finished_operation_lets_its_work_go(qtbot: QtBot, app_context: AppContext) -> None:
    """The window keeps finished operations (their signals' receivers); the work's closure,
    which may hold a whole import plan, must not be kept with them."""
    import gc
    import weakref

    class Plan:  # stands for what an import's work function closes over
        pass

    def importing(plan: Plan) -> Callable[[Callable[[int, int], None], Callable[[], bool]], int]:
        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> int:
            return id(plan)

        return work

    plan = Plan()
    kept = weakref.ref(plan)
    operation = run_operation(app_context, None, "Importing contacts…", importing(plan))
    del plan
    with qtbot.waitSignal(operation.ended, timeout=10_000):
        pass
    gc.collect()
    assert kept() is None


def test_a_stale_import_is_said_in_the_users_words_once(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from netdesk.core.importing import _STALE, ImportStale

    said, _answering = _boxes_answered()  # (the timer lives as long as the test)

    class Spanish(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            if context == "ImportProblem" and source == _STALE:
                return "{names} cambió desde que se leyeron los archivos; no se importó nada."
            return None  # untranslated

    spanish = Spanish()
    QCoreApplication.installTranslator(spanish)

    def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
        raise ImportStale(["Ana García"])

    try:
        operation = run_operation(app_context, None, "Importing contacts…", work)
        with qtbot.waitSignal(operation.ended, timeout=10_000):
            pass
        qtbot.waitUntil(lambda: len(said) == 1)
    finally:
        QCoreApplication.removeTranslator(spanish)
    # translated, and not followed by "Nothing was changed." (it says so itself)
    assert said == [
        "Importing contacts failed: Ana García cambió desde que se leyeron los archivos; "
        "no se importó nada."
    ]
