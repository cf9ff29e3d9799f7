"""Import problems in the user's language: the template translated, its arguments filled in."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from translation_helpers import compile_catalogue

from netdesk.interop.problems import ImportProblem, problem
from netdesk.ui.import_text import problem_text

KEPT_RAW = "{property}: {value} is not a date; kept unchanged as an extra property"


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    translator = compile_catalogue(
        tmp_path,
        "ImportProblem",
        {
            KEPT_RAW: (
                "{property}: {value} no es una fecha; se guarda tal cual como propiedad adicional"
            ),
            "card has no END:VCARD (file cut short?); not imported": (
                "la tarjeta no tiene END:VCARD (¿archivo cortado?); no se importa"
            ),
            "photo bigger than {megabytes} MB dropped": "foto de más de {megabyte} MB descartada",
        },
    )
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_a_translated_template_gets_its_arguments(spanish: QTranslator) -> None:
    found = problem("a.vcf", 4, KEPT_RAW, "warning", property="BDAY", value="'x'")
    assert problem_text(found) == (
        "BDAY: 'x' no es una fecha; se guarda tal cual como propiedad adicional"
    )
    cut = problem("a.vcf", 9, "card has no END:VCARD (file cut short?); not imported")
    assert problem_text(cut) == "la tarjeta no tiene END:VCARD (¿archivo cortado?); no se importa"
    assert cut.reason == "card has no END:VCARD (file cut short?); not imported"  # for the CLI


def test_without_a_translation_the_english_reason_shows(qapp: QApplication) -> None:
    found = problem("a.vcf", 4, KEPT_RAW, "warning", property="BDAY", value="'x'")
    assert problem_text(found) == "BDAY: 'x' is not a date; kept unchanged as an extra property"
    untranslated = problem("a.vcf", 1, "no contact file (.vcf, .vcard, .csv, .tsv) in the folder")
    assert problem_text(untranslated) == "no contact file (.vcf, .vcard, .csv, .tsv) in the folder"
    bare = ImportProblem("a.vcf", 2, "made without a template")
    assert problem_text(bare) == "made without a template"


def test_a_translation_with_a_misspelt_placeholder_falls_back_to_english(
    spanish: QTranslator, caplog: pytest.LogCaptureFixture
) -> None:
    found = problem("a.vcf", 4, "photo bigger than {megabytes} MB dropped", "warning", megabytes=2)
    with caplog.at_level(logging.WARNING, logger="netdesk.ui"):
        assert problem_text(found) == "photo bigger than 2 MB dropped"
        assert problem_text(found) == "photo bigger than 2 MB dropped"
    assert [r.getMessage().startswith("the translation of") for r in caplog.records] == [True]


def test_a_refused_value_reads_wholly_in_the_users_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    """With the shipped Spanish catalogue: no English left from Python's ValueError text
    ("not a date: 'someday'", "month out of range: 13") inside the translated sentence."""
    from netdesk.interop.csvfile import read_csv_file
    from netdesk.interop.vcard import read_vcard_bytes

    cards = read_vcard_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nBDAY:2026-13-01\r\n"
        b"X-NETDESK-KEEP-IN-TOUCH-DAYS:often\r\nEND:VCARD\r\n"
    )
    table = tmp_path / "people.csv"
    table.write_text("Name,Born\nAna,31/02/1990\n", encoding="utf-8")
    rows = read_csv_file(table, mapping={"Name": "given_name", "Born": "birthday"})
    translator = QTranslator()
    catalogue = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "netdesk_es.qm"
    assert translator.load(str(catalogue))
    qapp.installTranslator(translator)
    try:
        texts = [problem_text(p) for p in [*cards.problems, *rows.problems]]
    finally:
        qapp.removeTranslator(translator)
    assert texts == [
        "BDAY: '2026-13-01' no es una fecha; se conserva sin cambios como propiedad adicional",
        "X-NETDESK-KEEP-IN-TOUCH-DAYS: 'often' no es un número de días; se conserva sin "
        "cambios como propiedad adicional",
        "'31/02/1990' no es una fecha; fecha descartada",
    ]
