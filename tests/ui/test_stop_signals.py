"""Stop signals reach the event loop as a Qt signal, and the handlers before come back."""

from __future__ import annotations

import signal

from pytestqt.qtbot import QtBot

from netdesk.ui.stop_signals import StopSignals, stop_signals


def test_sigterm_wakes_the_event_loop_and_the_old_handlers_come_back(qtbot: QtBot) -> None:
    before = {signum: signal.getsignal(signum) for signum in stop_signals()}
    stopper = StopSignals()
    stopper.install()
    try:
        assert signal.SIGTERM in stop_signals() and signal.SIGINT in stop_signals()
        with qtbot.waitSignal(stopper.stop_requested, timeout=5000) as received:
            signal.raise_signal(signal.SIGTERM)  # handled: this process goes on
        assert received.args == [int(signal.SIGTERM)]
        with qtbot.waitSignal(stopper.stop_requested, timeout=5000) as received:
            signal.raise_signal(signal.SIGINT)  # no KeyboardInterrupt in the middle of Qt
        assert received.args == [int(signal.SIGINT)]
    finally:
        stopper.stop()
    assert {signum: signal.getsignal(signum) for signum in stop_signals()} == before
