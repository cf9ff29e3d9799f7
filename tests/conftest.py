"""Shared fixtures: real SQLite files in temporary folders, an injected clock, offscreen Qt."""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import os
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("NETDESK_DATA_DIR", None)

from xserver import start_xvfb, stop_xvfb

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths

# Property tests draw the same examples on every run, so CI cannot fail on a draw nobody has
# seen here (session 16's run did). NETDESK_HYPOTHESIS=explore draws new ones each run.
# No deadline and no too-slow check either: a loaded CI machine stalling one example past
# 200 ms failed a test that asserts nothing about time ("Unreliable test timings").
_CALM = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("repeatable", derandomize=True, database=None, **_CALM)
settings.register_profile("explore", derandomize=False, **_CALM)
settings.load_profile(os.environ.get("NETDESK_HYPOTHESIS", "repeatable"))


def _no_constants_of_loaded_modules() -> None:
    """Hypothesis draws, now and then, a constant found in the source of the local modules
    loaded when it draws (``hypothesis.internal.conjecture.providers._get_local_constants``):
    a derandomized test's examples depended on which modules the tests collected or run
    before it had loaded (packaging/*.py, bench/*.py: "given" for "gmx" in
    test_names_order.py after tests/packaging), and changed with any constant added to
    netdesk's code.

    Hypothesis 6.170 offers no setting or documented hook to turn it off (a backend of our
    own runs the engine differently), so that private function is replaced with one finding
    no constants, in both profiles (a test's examples under "explore" hang on its seed alone);
    the global ones (0, "", NaN, line breaks…) are still drawn. Hypothesis is pinned in
    pyproject.toml; an upgrade that renames the function stops here, loudly, rather than
    letting the examples drift again.
    """
    from hypothesis.internal.conjecture import providers
    from hypothesis.internal.constants_ast import Constants

    if not callable(getattr(providers, "_get_local_constants", None)):
        raise RuntimeError(
            "hypothesis.internal.conjecture.providers._get_local_constants is gone (a new "
            "Hypothesis?): tests/conftest.py can no longer keep the examples from depending "
            "on the modules loaded; find how this version draws local constants"
        )
    none = Constants()
    providers._get_local_constants = lambda: none  # type: ignore[attr-defined]


_no_constants_of_loaded_modules()


def _import_all_of_netdesk() -> None:
    """Every netdesk module, imported before any test runs.

    Hypothesis also draws from the constants of the project's modules loaded when it draws
    (``hypothesis.internal.conjecture.providers._get_local_constants``), so a derandomized
    test drew other examples after a test that had imported one more module: the undo state
    machine ran after test_user_text's CSV mapping test (which loads netdesk.interop.csvfile)
    drew an example it never drew alone. With every module loaded first, the examples are
    the same whatever ran before and however many test files are run.

    Those constants are now off altogether (``_no_constants_of_loaded_modules``: other local
    modules, packaging/ and bench/, still changed the draws). The import stays: every test
    starts from the same loaded modules whichever files run, and a module that fails to
    import fails the run at once."""
    import netdesk

    for module in pkgutil.walk_packages(netdesk.__path__, "netdesk."):
        if not module.name.endswith(".__main__"):  # runs the app
            importlib.import_module(module.name)


_import_all_of_netdesk()

START = dt.datetime(2026, 3, 2, 9, 0)  # a Monday


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may touch the user's real data, config or autostart folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    """No test leaves Python's garbage collector off or objects frozen out of its reach
    (gc.freeze: the import preview's plan, the duplicates found, until they are let go): the
    tests after it ran with it so, and those measuring memory saw what it kept."""
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    yield
    left_enabled, left_frozen = gc.isenabled(), gc.get_freeze_count()
    if enabled and not left_enabled:
        gc.enable()
        pytest.fail("the test left the garbage collector disabled")
    if left_frozen > frozen == 0:
        gc.unfreeze()
        pytest.fail(f"the test left {left_frozen} objects frozen for the garbage collector")


def _pools() -> list[object]:
    """The app's worker pools made so far (each is made on first use)."""
    from PySide6.QtCore import QThreadPool

    from netdesk.ui import card_photo, duplicates_dialog, preferences
    from netdesk.ui.operations import Operation

    made = [Operation._pool, card_photo._pool, duplicates_dialog._pool, preferences._pool]
    return [QThreadPool.globalInstance(), *(pool for pool in made if pool is not None)]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Once the test's body is over, while its fixtures (database, widgets) still stand: the
    answers its workers queued for the GUI thread are delivered and what they start is
    waited for. Left queued, a journal slice's answer started the next slice in the next
    test's setup, on that test's database before its tables ("no such table: interaction")."""
    yield
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        return
    for _round in range(100):
        for pool in _pools():
            pool.waitForDone(60_000)  # type: ignore[attr-defined]
        app.sendPostedEvents()
        if not any(pool.activeThreadCount() for pool in _pools()):  # type: ignore[attr-defined]
            return


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Once the test is torn down, nothing of it may fire in the next one. pytest-qt closes
    the widgets it was given and only asks Qt to delete them (``deleteLater``), which its
    ``processEvents`` does not do: they lived on with their timers into the next test, and
    the journal search's 120 ms timer fired there, reading that test's new database before
    its tables ("no such table: interaction"). Here they are deleted, with their timers and
    the answers queued for them; the timers of top-level widgets left standing are stopped;
    and the reads their timers started meanwhile are waited for."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from netdesk.ui import list_reader

    app = QCoreApplication.instance()
    if app is None:
        return
    for pool in _pools():
        pool.waitForDone(60_000)  # type: ignore[attr-defined]
    list_reader.stop_all()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            for timer in widget.findChildren(QTimer):
                timer.stop()


@pytest.fixture(autouse=True)
def _workers_ended() -> Iterator[None]:
    """No test leaves a worker running into the next one, where it went on through the global
    ``db`` (the next test's database once that is opened) and took the next test's time,
    memory and CPU (its measures of them too). Each pool is waited for: most are idle."""
    yield
    busy = [pool for pool in _pools() if not pool.waitForDone(60_000)]  # type: ignore[attr-defined]
    assert not busy, "a worker of this test still runs a minute after it ended"


@pytest.fixture
def tmp_data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def core(tmp_data_dir: Path, clock: FixedClock) -> Iterator[Core]:
    opened = Core.open(Paths(tmp_data_dir), clock)
    yield opened
    opened.close()


@pytest.fixture
def corpus_dir() -> Path:
    """The conformance corpus beside the checkout (../shared/corpus); never copied in."""
    folder = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    assert folder.is_dir(), f"the conformance corpus is missing: {folder}"
    return folder


@pytest.fixture
def display() -> Iterator[str]:
    """DISPLAY of a fresh Xvfb for one end-to-end test."""
    server, name = start_xvfb()
    yield name
    stop_xvfb(server)
