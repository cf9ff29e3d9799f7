"""The import problems name a contact's fields as the card does, not by their attributes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from translation_helpers import compile_catalogue

from netdesk.core import Core
from netdesk.core.importing import plan_import
from netdesk.ui.import_text import problem_line, problem_text

TWICE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Núñez\r\nTITLE:CTO\r\nEMAIL:zoe@example.org\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoe Nunez Vidal\r\nTITLE:Founder\r\n"
    "EMAIL:zoe@example.org\r\nEND:VCARD\r\n"
)


def test_the_fields_kept_from_a_persons_first_card_are_named_as_the_card_names_them(
    qapp: QApplication, core: Core, tmp_path: Path
) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(TWICE, encoding="utf-8")
    plan = plan_import(core, [str(path)])
    (kept,) = [p for p in plan.problems if "same person" in p.reason]
    assert "formatted_name" in kept.reason  # the importer's English, which the CLI prints
    text = problem_text(kept)
    assert text == (
        "the same person as line 1; merged into one contact "
        "(kept the first card's Job title, Full name)"
    )
    assert problem_line(kept).endswith(text)  # the summary's details and Copy say it so too


def test_a_translation_of_it_gets_the_fields_by_their_names_too(
    qapp: QApplication, core: Core, tmp_path: Path
) -> None:
    template = (
        "the same person as line {line}; merged into one contact (kept the first card's {fields})"
    )
    translator = compile_catalogue(
        tmp_path,
        "ImportProblem",
        {template: "la misma persona que la línea {line}; se conserva su {fields}"},
    )
    qapp.installTranslator(translator)
    try:
        path = tmp_path / "phone.vcf"
        path.write_text(TWICE, encoding="utf-8")
        (kept,) = [p for p in plan_import(core, [str(path)]).problems if "same" in p.reason]
        assert problem_text(kept) == (
            "la misma persona que la línea 1; se conserva su Job title, Full name"
        )
    finally:
        qapp.removeTranslator(translator)
