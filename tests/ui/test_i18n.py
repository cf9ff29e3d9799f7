"""Translations: the catalogues are current with the code, compiled, and installed by locale."""

from __future__ import annotations

import ast
import glob
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from netdesk.ui import i18n
from netdesk.ui.context import AppContext
from netdesk.ui.i18n import I18N_DIR, install_translators, load_catalogue
from netdesk.ui.widgets import tr

REPO = Path(__file__).resolve().parents[2]
UI_DIR = REPO / "netdesk" / "ui"
# What lupdate reads (netdesk/ui/i18n.py): the UI and start-up's boxes, and the import
# problems' templates that netdesk/interop and netdesk/core mark with QT_TRANSLATE_NOOP.
SOURCES = ("netdesk/app.py", "netdesk/ui/*.py", "netdesk/interop/*.py", "netdesk/core/*.py")
LANGUAGES = ("es", "en")


def catalogue(language: str) -> ET.Element:
    root = ET.parse(I18N_DIR / f"netdesk_{language}.ts").getroot()
    assert root.tag == "TS"
    assert root.get("language") == language
    return root


def state(message: ET.Element) -> str | None:
    """The translation's type: None when finished, "unfinished", "vanished", "obsolete"."""
    translation = message.find("translation")
    return None if translation is None else translation.get("type")


def sources(root: ET.Element) -> set[str]:
    return {
        message.findtext("source") or ""
        for message in root.iter("message")
        if state(message) not in ("vanished", "obsolete")
    }


def translatable_strings() -> Iterator[tuple[str, int, str | None, str]]:
    """(file, line, context, text) of every translatable literal in ``SOURCES``.

    The context is the one asked for at run time: the class for ``self.tr``, the first argument
    of ``translate``/``QT_TRANSLATE_NOOP``, and lupdate's empty context for the module-level
    ``tr()`` (NetdeskTranslator maps widgets.tr's "netdesk" onto it); None when it cannot be
    known statically (``other.tr(...)``: the class of ``other``).
    """
    for path in sorted(path for pattern in SOURCES for path in REPO.glob(pattern)):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {
            child: node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            for child in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            args = node.args
            literal = [a.value if isinstance(a, ast.Constant) else None for a in args]
            if name == "tr" and literal and isinstance(literal[0], str):
                if isinstance(func, ast.Name):
                    context: str | None = ""
                elif isinstance(func.value, ast.Name) and func.value.id == "self":  # type: ignore[attr-defined]
                    context = classes.get(node)
                else:
                    context = None
                yield str(path.relative_to(REPO)), node.lineno, context, literal[0]
            elif (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and len(args) >= 2
                and isinstance(literal[1], str)
            ):
                yield str(path.relative_to(REPO)), node.lineno, literal[0], literal[1]


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def test_catalogues_parse_and_spanish_covers_the_main_ui() -> None:
    spanish = catalogue("es")
    translated = {
        message.findtext("source") for message in spanish.iter("message") if state(message) is None
    }
    for menu in ("&File", "&Edit", "&Contact", "&View", "&Help", "Main toolbar"):
        assert menu in translated
    for section in ("Overdue", "Due today", "Next 7 days", "Worth reviving", "All contacts"):
        assert section in translated
    english = catalogue("en")
    assert all(m.get("numerus") == "yes" for m in english.iter("message"))  # plural forms only


def test_every_tr_string_in_the_ui_is_in_the_catalogues() -> None:
    """Fails when a string was added or changed without re-running pyside6-lupdate."""
    root = catalogue("es")
    known = sources(root)
    in_context = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if state(message) not in ("vanished", "obsolete")
    }
    missing = [
        f"{f}:{line}: {text!r}"
        for f, line, context, text in translatable_strings()
        if text not in known
        or (context is not None and (context, text) not in in_context and context != "netdesk")
        or (context == "netdesk" and {("netdesk", text), ("", text)}.isdisjoint(in_context))
    ]
    assert not missing, "re-run pyside6-lupdate (see netdesk/ui/i18n.py):\n" + "\n".join(missing)
    assert len(known) > 300


def test_import_problem_templates_are_among_the_strings_checked() -> None:
    """The readers' templates (no Qt there) are checked like the UI's own strings, and so
    are start-up's boxes (netdesk/app.py, before the UI's modules are loaded)."""
    strings = list(translatable_strings())
    found = {(context, text) for f, _, context, text in strings if "/ui/" not in f}
    assert ("ImportProblem", "card has no END:VCARD (file cut short?); not imported") in found
    assert (
        "ImportProblem",
        "no contact file (.vcf, .vcard, .csv, .tsv) in the folder",
    ) in found  # netdesk/core
    at_start = {(context, text) for f, _, context, text in strings if f.endswith("app.py")}
    assert ("netdesk", "Restored %1.") in at_start
    assert {context for context, _ in found - at_start} == {"ImportProblem"}


def test_the_documented_lupdate_command_finds_every_translatable_string(tmp_path: Path) -> None:
    """The command in netdesk/ui/i18n.py, run into a scratch catalogue: lupdate really reads
    every file this test checks (interop's QT_TRANSLATE_NOOP included)."""
    assert i18n.__doc__ is not None
    commands = [
        shlex.split(line.strip())
        for line in i18n.__doc__.splitlines()
        if line.strip().startswith("pyside6-lupdate")
    ]
    assert len(commands) == 2  # Spanish, English plurals
    command = next(c for c in commands if "resources/i18n/netdesk_es.ts" in c)
    scratch = tmp_path / "netdesk_es.ts"
    argv = [str(Path(lrelease()).with_name("pyside6-lupdate"))]
    for word in command[1:]:
        if word == "resources/i18n/netdesk_es.ts":
            argv.append(str(scratch))
        elif "*" in word:
            matched = sorted(glob.glob(word, root_dir=REPO))
            assert matched, word
            argv += matched
        else:
            argv.append(word)
    subprocess.run(argv, cwd=REPO, check=True, capture_output=True)
    root = ET.parse(scratch).getroot()
    extracted = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    missing = [
        f"{f}:{line}: {text!r}"
        for f, line, context, text in translatable_strings()
        if context not in (None, "", "netdesk") and (context, text) not in extracted
    ]
    assert not missing, "the documented lupdate command misses:\n" + "\n".join(missing)


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    assert Path(found).exists(), "pyside6-lrelease ships with PySide6-Essentials"
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_matches_the_ts(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"netdesk_{language}.qm"
    subprocess.run(
        [lrelease(), str(I18N_DIR / f"netdesk_{language}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert (I18N_DIR / f"netdesk_{language}.qm").read_bytes() == fresh.read_bytes(), (
        "run pyside6-lrelease and commit the .qm"
    )


def test_spanish_catalogue_translates_a_menu_title(qapp: QApplication) -> None:
    translator = load_catalogue("es")
    assert translator is not None
    assert translator.translate("netdesk", "&File") == "&Archivo"  # widgets.tr's context
    assert translator.translate("TodayView", "Overdue") == "Atrasados"  # self.tr's context
    # QCoreApplication.translate() puts the number in for %Ln; the catalogue picks the form.
    assert translator.translate("netdesk", "Every %Ln day(s)", None, 1) == "Cada %Ln día"
    assert translator.translate("netdesk", "Every %Ln day(s)", None, 3) == "Cada %Ln días"
    assert translator.translate("netdesk", "no such text") is None


def test_install_for_spanish(qapp: QApplication, installed: list[QTranslator]) -> None:
    installed += install_translators(qapp, QLocale("es_ES"))
    names = sorted(Path(t.filePath()).name for t in installed)
    assert names == ["netdesk_en.qm", "netdesk_es.qm", "qtbase_es.qm"]
    assert tr("&File") == "&Archivo"
    assert QCoreApplication.translate("TodayView", "Due today") == "Para hoy"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # qtbase
    assert tr("A text nobody translated") == "A text nobody translated"


def test_english_plurals_under_a_language_without_a_catalogue(
    qapp: QApplication, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, QLocale("de_DE"))
    assert tr("Every %Ln day(s)", None, 1) == "Every 1 day"
    assert tr("Every %Ln day(s)", None, 4) == "Every 4 days"
    assert QCoreApplication.translate("TodayView", "%Ln follow-up(s) due", "", 1) == (
        "1 follow-up due"
    )
    assert tr("&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_english_locale_keeps_source_texts(
    qapp: QApplication, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, QLocale("en_GB"))
    assert [Path(t.filePath()).name for t in installed] == ["netdesk_en.qm"]
    assert tr("&File") == "&File"
    assert tr("Every %Ln day(s)", None, 2) == "Every 2 days"


def test_counts_are_written_with_the_locales_digit_grouping() -> None:
    """Every count goes in as "%Ln": "97,519 contacts" in English, "97.519" in Spanish, where
    "%n" wrote "97519"."""
    plain = [
        f"{file}:{line}: {text!r}"
        for file, line, _context, text in translatable_strings()
        if re.search(r"%n\b", text)
    ]
    assert not plain


def _accelerators(menu: QMenu) -> list[tuple[str, list[str]]]:
    """(menu title, the letters its items are reached by) for ``menu`` and its submenus."""
    letters, found = [], []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
        if action.menu() is not None:
            found += _accelerators(action.menu())
    return [(menu.title(), letters), *found]


@pytest.mark.parametrize("language", ["en_GB", "es_ES"])
def test_no_two_items_of_a_menu_share_an_accelerator(
    qtbot: QtBot,
    app_context: AppContext,
    installed: list[QTranslator],
    qapp: QApplication,
    language: str,
) -> None:
    """In Spanish, Delete… and Tag… of the Contact menu were both "&E" (Eliminar, Etiquetar):
    Alt+C, E went to one of them, whichever Qt found first."""
    from netdesk.ui.main_window import MainWindow

    installed += install_translators(qapp, QLocale(language))
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    bar = window.menuBar()
    titles = [a.text().split("&", 1)[1][0].lower() for a in bar.actions() if "&" in a.text()]
    assert len(titles) == len(set(titles)), titles
    for action in bar.actions():
        assert action.menu() is not None
        for title, letters in _accelerators(action.menu()):
            shared = {letter for letter in letters if letters.count(letter) > 1}
            assert not shared, f"{language} {title}: {sorted(shared)} used twice"
