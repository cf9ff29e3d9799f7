"""tests/conftest.py lets nothing of a test fire in the next one: pytest-qt closes a test's
widgets and only asks Qt to delete them, so their timers lived on, and the journal search's
timer fired in the next test, reading that test's new database ("no such table:
interaction"). Run here in a pytest of its own, with this conftest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TWO_TESTS = """
import time

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

fired = []  # the test running when a timer of the first one fired
running = []
held = []


@pytest.fixture(autouse=True)
def _running(request):
    running.append(request.node.name)  # before pytest-qt's events after the set-up


def test_leaves_a_timer_running(qtbot):
    closed = QWidget()  # closed by pytest-qt at its end, and deleteLater()
    qtbot.addWidget(closed)
    closed.show()
    left = QWidget()  # never closed
    left.show()
    # both held on (a view's lambdas hold it in a cycle until the collector runs)
    held.extend([closed, left])
    for name, owner in (("closed", closed), ("left", left)):
        timer = QTimer(owner, singleShot=True)
        timer.setInterval(300)  # due after its test's teardown, before the next one runs
        timer.timeout.connect(lambda name=name: fired.append((name, running[-1])))
        timer.start()


def test_the_next_one_sees_none_fire(qtbot):
    time.sleep(0.6)  # both timers due
    QCoreApplication.processEvents()
    qtbot.wait(50)
    assert [name for name, test in fired if test == "test_the_next_one_sees_none_fire"] == []
"""


def test_a_closed_widgets_timer_and_a_left_widgets_timer_do_not_fire_in_the_next_test(
    tmp_path: Path,
) -> None:
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text())
    (tmp_path / "test_two.py").write_text(TWO_TESTS)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    }
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
         "test_two.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout
