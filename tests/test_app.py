"""netdesk's start-up as a process: --smoke-test succeeds on good files and fails on bad ones."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from app_probe import python_prints, run_probe

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n"


def smoke(data_dir: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir), "--smoke-test"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_smoke_test_imports_and_paints(tmp_data_dir: Path, tmp_path: Path) -> None:
    card = tmp_path / "ada.vcf"
    card.write_text(CARD, encoding="utf-8")
    result = smoke(tmp_data_dir, card)
    assert result.returncode == 0, result.stderr
    assert "netdesk --smoke-test ok: 1 contacts listed" in result.stdout
    with sqlite3.connect(tmp_data_dir / "netdesk.sqlite3") as connection:
        names = connection.execute("SELECT display_name, source FROM contact").fetchall()
    assert names == [("Ada Lovelace", "vcard")]


def test_smoke_test_fails_with_the_reason_for_a_missing_file(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    result = smoke(tmp_data_dir, tmp_path / "missing.vcf")
    assert result.returncode != 0
    assert "missing.vcf" in result.stderr


def test_smoke_test_fails_when_nothing_can_be_imported(tmp_data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.vcf"
    # cut inside its only name line: nothing names anyone (a cut card that does is imported)
    broken.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Cu", encoding="utf-8")
    result = smoke(tmp_data_dir, broken)
    assert result.returncode != 0
    assert "broken.vcf" in result.stderr or "no contact" in result.stderr


def test_the_start_path_imports_nothing_the_first_paint_does_not_need() -> None:
    """importlib.metadata (the version), phonenumbers, Pillow and peewee cost ~160 ms at start."""
    code = (
        "import sys, netdesk.app, netdesk.core, netdesk.ui.main_window;"
        "heavy = ('importlib.metadata', 'phonenumbers', 'PIL', 'peewee');"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    assert python_prints(code) == "[]"


def test_the_start_path_makes_no_python_types_for_dialogs() -> None:
    """PySide makes a class's Python type, with all its enums, when a module first imports
    it: a dialog's classes imported at the top of a module the window needs (the error box's,
    a picker's) cost the start-up milliseconds for widgets it does not show."""
    code = (
        "import sys, netdesk.app, netdesk.core, netdesk.ui.main_window, netdesk.ui.errors;"
        "from PySide6 import QtCore, QtWidgets;"
        "dialogs = ('QMessageBox', 'QDialogButtonBox', 'QCompleter', 'QListWidget', "
        "'QFileDialog', 'QInputDialog', 'QFormLayout');"
        "made = [n for n in dialogs if n in vars(QtWidgets)];"
        "made += [n for n in ('QUrl', 'QStringListModel') if n in vars(QtCore)];"
        "print(sorted(made))"
    )
    assert python_prints(code) == "[]"


def test_version_is_looked_up_when_asked() -> None:
    import netdesk

    assert netdesk.__version__ and netdesk.__version__[0].isdigit()
    result = subprocess.run(
        [sys.executable, "-m", "netdesk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"netdesk {netdesk.__version__}"


PROBE = """
import sys
from netdesk import app

def first_paint(window):
    from PySide6 import QtWidgets

    # a C++-made widget or paint device handed to Python the first time makes PySide match it
    # against every QWidget subclass (~20 ms): QWizard is one of those it then initialises
    matched = "QWizard" in vars(QtWidgets)
    print("painted", "peewee" in sys.modules, matched, window.contacts.current_id(), flush=True)

    def started():
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        from netdesk.ui.operations import Operation

        QThreadPool.globalInstance().waitForDone()  # the daily backup
        Operation.pool().waitForDone()  # the tray's calendar feed
        print("started", "peewee" in sys.modules, window.contacts.current_id(),
              window.card.title_label.text(), flush=True)
        QApplication.instance().quit()

    window.started_up.connect(started)

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_the_real_start_paints_the_first_page_before_importing_peewee(
    tmp_data_dir: Path,
) -> None:
    """The ordered start-up of netdesk.app: first page, then database, card, tray, backup;
    nothing before the first paint imports peewee or makes PySide resolve a widget's type."""
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact

    core = Core.open(Paths(tmp_data_dir))
    ada = core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    core.contacts.create(Contact(given_name="Alan", family_name="Turing"))
    core.close()
    (tmp_data_dir / "settings.ini").write_text(
        f"[app]\nno_tray_told=true\n[window]\nlast_contact={ada}\n"
    )
    result = run_probe(PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"painted False False {ada}",
        f"started True {ada} Ada Lovelace",
    ], result.stderr


def test_pyside_learns_which_modules_use_it_without_filling_linecache(tmp_path: Path) -> None:
    import linecache
    import types

    import PySide6.QtCore  # noqa: F401  (installs PySide's import hook)

    from netdesk import app

    app._lighten_pyside_import_hook()
    app._lighten_pyside_import_hook()  # once is enough: not wrapped twice
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert check.netdesk_light
    uses, plain = tmp_path / "uses_qt.py", tmp_path / "plain.py"
    uses.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    plain.write_text("import json\n", encoding="utf-8")
    modules = {}
    for path in (uses, plain):
        module = types.ModuleType(path.stem)
        module.__file__ = str(path)
        modules[path.stem] = module
    assert check(modules["uses_qt"]) is True
    assert check(modules["plain"]) is False
    assert check(sys) is False  # no source file: PySide's own answer
    assert str(uses) not in linecache.cache and str(plain) not in linecache.cache


def test_netdesk_starts_when_its_log_folder_cannot_be_written(tmp_data_dir: Path) -> None:
    (tmp_data_dir / "logs").write_text("not a folder", encoding="utf-8")
    result = smoke(tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert "netdesk --smoke-test ok" in result.stdout


def test_a_database_that_cannot_be_opened_is_said_with_where_the_backups_and_log_are(
    qapp: object, tmp_data_dir: Path
) -> None:
    """It used to say the file's path twice and nothing of what to do next."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from netdesk.app import _cannot_open
    from netdesk.core.paths import Paths
    from netdesk.ui.settings import BACKUP_FOLDER, Settings

    paths = Paths(tmp_data_dir)
    backups = tmp_data_dir.parent / "my backups"
    backups.mkdir()
    (backups / "netdesk-20260301-090000.sqlite3").write_bytes(b"")
    Settings(paths.data_dir / "settings.ini").set(BACKUP_FOLDER, str(backups))
    seen: list[tuple[str, str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), box.informativeText()))
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(5)
    error = RuntimeError(f"{paths.database} is not a netdesk database (or is damaged).")
    log_file = tmp_data_dir / "logs" / "netdesk.log"
    _cannot_open(QApplication.instance(), paths, error, smoke_test=False, log_file=log_file)
    assert seen == [
        (
            "netdesk cannot open its database",
            f"{paths.database} is not a netdesk database (or is damaged).",
            f"netdesk's daily backups are in {backups}.\n\n"
            f"The details were written to the log:\n{log_file}",
        )
    ]


RESCUE_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from netdesk import app

def answer():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.objectName() in ("damagedDatabase", "missingDatabase"):
        print("asked", box.text(), flush=True)
        next(b for b in box.buttons() if b.objectName() == "restoreLatest").click()

answering = QTimer()
answering.timeout.connect(answer)
QTimer.singleShot(0, lambda: answering.start(20))  # once the application exists

def first_paint(window):
    def started():
        from PySide6.QtCore import QThreadPool
        from netdesk.ui.operations import Operation

        QThreadPool.globalInstance().waitForDone()
        Operation.pool().waitForDone()
        print("started", window.contacts.model.rowCount(), window.statusBar().currentMessage(),
              flush=True)
        QApplication.instance().quit()

    window.started_up.connect(started)

import netdesk.ui.i18n as i18n
installed = i18n.install_translators

def install(application):
    installed(application)
    answering.start(20)

i18n.install_translators = install
sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_a_damaged_database_is_replaced_by_the_latest_backup_and_netdesk_starts_on_it(
    tmp_data_dir: Path,
) -> None:
    """It said the file, the backups folder and `netdesk-cli restore FILE`, then ended (a
    file with a lost page even crashed the list's first paint)."""
    from backup_files import malformed_copy

    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact
    from netdesk.store import backup

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    core.contacts.create(Contact(given_name="Alan", family_name="Turing"))
    made = backup.backup_to(tmp_data_dir / "backups" / "netdesk-20260301-090000.sqlite3")
    core.close()
    for leftover in tmp_data_dir.glob("netdesk.sqlite3*"):
        leftover.unlink()
    database = malformed_copy(made, tmp_data_dir / "netdesk.sqlite3")
    damaged = database.read_bytes()
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    smoked = smoke(tmp_data_dir)
    assert smoked.returncode == 1
    assert f"cannot open {database}: damaged (database disk image is malformed)" in smoked.stderr
    result = run_probe(RESCUE_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    [kept] = tmp_data_dir.glob("netdesk-damaged-*.sqlite3")
    assert kept.read_bytes() == damaged
    assert result.stdout.splitlines() == [
        f"asked {database} is damaged: netdesk cannot read it.",
        f"started 2 Restored {made.name}. The damaged database was kept as {kept}.",
    ], result.stderr


def test_damage_met_only_when_opening_is_offered_the_same_way_out(tmp_data_dir: Path) -> None:
    """Damage the first read does not meet (here made unseen) but opening does (a
    migration's reads): the same box, not only 'cannot open'."""
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact
    from netdesk.store import backup

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    made = backup.backup_to(tmp_data_dir / "backups" / "netdesk-20260301-090000.sqlite3")
    core.close()
    for leftover in tmp_data_dir.glob("netdesk.sqlite3*"):
        leftover.unlink()
    database = tmp_data_dir / "netdesk.sqlite3"
    database.write_bytes(b"\x00" * 5000)  # no SQLite header: not read before the open
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    unseen = "import netdesk.core.rescue as r; r.damage_seen = lambda path: None\n"
    result = run_probe(unseen + RESCUE_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    [kept] = tmp_data_dir.glob("netdesk-damaged-*.sqlite3")
    assert kept.read_bytes() == b"\x00" * 5000
    assert result.stdout.splitlines() == [
        f"asked {database} is damaged: netdesk cannot read it.",
        f"started 1 Restored {made.name}. The damaged database was kept as {kept}.",
    ], result.stderr


@pytest.mark.parametrize("left", ["nothing", "an empty file"])
def test_a_missing_database_beside_backups_is_offered_the_latest_one(
    tmp_data_dir: Path, left: str
) -> None:
    """Deleted (or left empty: a full disk, a copy cut short), or the data folder put back
    without it: netdesk started on a new empty database, whose daily backups then pushed out
    those of the real one."""
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact
    from netdesk.store import backup

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    made = backup.backup_to(tmp_data_dir / "backups" / "netdesk-20260301-090000.sqlite3")
    core.close()
    for leftover in tmp_data_dir.glob("netdesk.sqlite3*"):
        leftover.unlink()
    if left == "an empty file":
        (tmp_data_dir / "netdesk.sqlite3").touch()
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(RESCUE_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    database = tmp_data_dir / "netdesk.sqlite3"
    said = "is not there" if left == "nothing" else "is empty"
    asked, started = result.stdout.splitlines()
    assert asked == f"asked {database} {said}: netdesk would start with an empty database."
    # the empty file is kept aside like a damaged one, never deleted
    assert started.startswith(f"started 1 Restored {made.name}."), result.stderr


def test_an_upgrade_due_is_said_while_it_runs(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A newer netdesk upgrading the database says so in a small window meanwhile (at
    100,000 contacts from an old schema, ~15 s passed with nothing on the screen)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from netdesk.app import close_note, upgrading_note
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.store.migrations import SCHEMA_VERSION

    paths = Paths(tmp_path / "data")
    assert upgrading_note(paths) is None  # nothing there yet: a new database, no upgrade
    Core.open(paths).close()
    assert upgrading_note(paths) is None  # this version's schema
    with sqlite3.connect(paths.database) as older:
        older.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    note = upgrading_note(paths)
    assert note is not None
    qtbot.addWidget(note)
    assert note.isVisible() and "Updating your netdesk database" in note.text()
    # the event loop waits for the migration: the pointer says so, given back once closed
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    screen = QApplication.primaryScreen().availableGeometry()
    assert abs(note.geometry().center().x() - screen.center().x()) <= 8  # (its frame aside)
    close_note(note)
    close_note(note)  # once only: no cursor of someone else's taken off
    assert not note.isVisible() and QApplication.overrideCursor() is None


UPGRADE_PROBE = """
import sys
from netdesk import app

def first_paint(window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def note():
        notes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "upgradingNote"]
        return [n.isVisible() for n in notes], QApplication.overrideCursor() is not None

    def after():
        print("after", *note(), flush=True)
        QApplication.instance().quit()

    print("painted", *note(), flush=True)
    QTimer.singleShot(0, after)

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_the_upgrade_note_goes_with_the_first_page(tmp_data_dir: Path) -> None:
    """Kept until the window shows its first page (closed as the migration ended, a second of
    blank screen came before the window), then gone with its busy pointer."""
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact
    from netdesk.store.migrations import SCHEMA_VERSION

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada"))
    core.close()
    with sqlite3.connect(tmp_data_dir / "netdesk.sqlite3") as older:
        older.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(UPGRADE_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["painted [True] True", "after [False] False"], (
        result.stderr
    )


ARENA_PROBE = """
import ctypes, sys
from netdesk import app

def heaps():
    libc = ctypes.CDLL(None)
    libc.open_memstream.restype = ctypes.c_void_p
    text, size = ctypes.c_char_p(), ctypes.c_size_t()
    stream = libc.open_memstream(ctypes.byref(text), ctypes.byref(size))
    libc.malloc_info(0, ctypes.c_void_p(stream))
    libc.fclose(ctypes.c_void_p(stream))
    return text.value.count(b"<heap nr=")

def first_paint(window):
    def started():
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        from netdesk.ui.operations import Operation

        QThreadPool.globalInstance().waitForDone()
        Operation.pool().waitForDone()
        print("heaps", heaps(), flush=True)
        QApplication.instance().quit()

    window.started_up.connect(started)

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_threads_share_one_malloc_arena(tmp_data_dir: Path) -> None:
    """The list's reads, the backup and the calendar feed run on threads: each would keep an
    arena of its own, and what it freed resident (5-6 MiB on 100,000 contacts)."""
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    core.close()
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(ARENA_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["heaps 1"], result.stderr


def test_a_users_own_arena_setting_wins(
    tmp_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    monkeypatch.setenv("GLIBC_TUNABLES", "glibc.malloc.arena_max=2")
    result = run_probe(ARENA_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["heaps 2"], result.stderr


TRIM_PROBE = """
import ctypes, sys
from netdesk import app

def anon_mib():
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024

def first_paint(window):
    def started():
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        QThreadPool.globalInstance().waitForDone()  # the daily backup
        QApplication.processEvents()
        before = anon_mib()
        ctypes.CDLL(None).malloc_trim(0)
        print("left to give back", round(before - anon_mib(), 1), flush=True)
        QApplication.instance().quit()

    window.started_up.connect(started)

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_the_daily_backup_gives_back_what_it_freed(tmp_data_dir: Path) -> None:
    """The backup copies the database through SQLite's caches while the window allocates:
    what it freed stayed resident below the window's blocks (4 MiB here, 8 MiB on 100,000
    contacts) until given back once it is done."""
    from netdesk.core import Core
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    core.close()
    with sqlite3.connect(tmp_data_dir / "netdesk.sqlite3") as big:  # 32 MB to copy
        big.execute("CREATE TABLE filler (b BLOB)")
        big.executemany("INSERT INTO filler VALUES (randomblob(4000))", [()] * 8000)
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(TRIM_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("left to give back "), result.stderr
    assert float(line.split()[-1]) < 1.0, line


STYLE_PROBE = """
import sys
from netdesk import app

def first_paint(window):
    from PySide6 import QtWidgets
    from PySide6.QtWidgets import QApplication

    made = [n for n in vars(QtWidgets) if n.startswith("QStyleOption") or n == "QProxyStyle"]
    # the list's rows are painted with a QStyleOptionViewItem: that one is expected
    print("style types", sorted(set(made) - {"QStyleOption", "QStyleOptionViewItem"}), flush=True)
    QApplication.instance().quit()

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_a_light_theme_starts_with_fusion_as_it_is(tmp_data_dir: Path) -> None:
    """The style that shows check boxes on dark themes is for dark themes: made on a light
    one, before the first paint, it cost PySide a type for every QStyleOption (80-130 ms)."""
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(STYLE_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["style types []"], result.stderr


DARK_PROBE = """
import sys
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

dark = QPalette(QColor("#353535"), QColor("#353535"))  # the usual dark Fusion palette
for role, colour in (("Window", "#353535"), ("Base", "#2a2a2a"), ("Text", "#ffffff"),
                     ("WindowText", "#ffffff")):
    dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
QApplication.setPalette(dark)  # as a dark desktop theme gives it
from netdesk import app

def first_paint(window):
    from PySide6 import QtWidgets
    from PySide6.QtCore import QTimer

    print("painted", "QProxyStyle" in vars(QtWidgets), flush=True)

    def after():
        from netdesk.ui.indicators import VisibleIndicators

        print("then", isinstance(QApplication.style(), VisibleIndicators), flush=True)
        QApplication.instance().quit()

    QTimer.singleShot(0, after)

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_a_dark_theme_gets_its_visible_check_boxes_after_the_first_paint(
    tmp_data_dir: Path,
) -> None:
    """The first page has no check box: the style that shows them on a dark theme (75-100 ms
    of PySide types before the first paint, reviewer) comes right after it."""
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(DARK_PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["painted False", "then True"], result.stderr
