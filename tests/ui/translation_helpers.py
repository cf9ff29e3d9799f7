"""A throw-away Qt catalogue for tests: written as .ts in a temporary folder, compiled with
pyside6-lrelease, loaded into a QTranslator."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QTranslator


def compile_catalogue(folder: Path, context: str, translations: dict[str, str]) -> QTranslator:
    """A loaded QTranslator translating ``translations`` (source -> text) in ``context``."""
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in translations.items()
    )
    ts = folder / "test_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="es" sourcelanguage="en">'
        f"<context><name>{escape(context)}</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    qm = folder / "test_es.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    return translator
