"""The preview's counts follow the choices made among the differences: a card whose only
differences are all left unticked (the user keeps what netdesk has) was counted "to be
merged", and the summary after Import said "already up to date". Every count the preview
shows is checked against the summary, with a real file and a real database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _vcard(*lines: str) -> str:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        + "".join(f"{line}\r\n" for line in lines)
        + ("END:VCARD\r\n")
    )


FILE = "".join(
    [
        # Ana: only a difference (her job title)
        _vcard("N:García;Ana;;;", "FN:Ana García", "EMAIL:ana@acme.example", "TITLE:CTO"),
        # Ben: a difference (title) and something new (a phone)
        _vcard("FN:Ben Stone", "EMAIL:ben@example.org", "TITLE:Lead", "TEL:+44 20 7946 0001"),
        # Cleo: as stored
        _vcard("FN:Cleo Park", "EMAIL:cleo@example.org"),
        # Dana: new, twice (the second card combined with the first)
        _vcard("FN:Dana Li", "EMAIL:dana@example.org"),
        _vcard("FN:Dana Li", "EMAIL:dana@example.org", "NOTE:met at the fair"),
        # Finn: only a difference (his company), and Gus: two differences
        _vcard("FN:Finn Moss", "EMAIL:finn@example.org", "ORG:Nordwind"),
        _vcard("FN:Gus Ray", "EMAIL:gus@example.org", "ORG:Blue", "TITLE:Chef"),
    ]
)


def _stored(app_context: AppContext) -> None:
    create = app_context.core.contacts.create
    create(
        Contact(given_name="Ana", family_name="García", title="CEO",
                emails=[EmailAddress("ana@acme.example")])
    )  # fmt: skip
    create(
        Contact(given_name="Ben", family_name="Stone", title="Engineer",
                emails=[EmailAddress("ben@example.org")])
    )  # fmt: skip
    create(
        Contact(given_name="Cleo", family_name="Park", emails=[EmailAddress("cleo@example.org")])
    )
    create(
        Contact(given_name="Finn", family_name="Moss", organization="Sudwind",
                emails=[EmailAddress("finn@example.org")])
    )  # fmt: skip
    create(
        Contact(given_name="Gus", family_name="Ray", organization="Red", title="Cook",
                emails=[EmailAddress("gus@example.org")])
    )  # fmt: skip


def _number(pattern: str, text: str) -> int:
    found = re.search(r"(\d+) " + pattern, text)
    return int(found.group(1)) if found else 0


def _said_by_preview(preview: ImportPreviewDialog) -> dict[str, int]:
    text = preview.summary.text()
    merge_tab = preview.tabs.tabText(preview.tabs.indexOf(preview.merge_table))
    merged = _number("to be merged", text)
    assert merge_tab == f"To &merge ({merged})"  # the tab says what the summary line says
    return {
        "new": _number("new contact", text),
        "merged": merged,
        "unchanged": _number("already up to date", text),
        "combined": _number("card(?:s)? combined", text),
        "errors": _number("error", text),
        "warnings": _number("warning", text),
    }


def _said_by_summary(text: str) -> dict[str, int]:
    return {
        "new": _number("new contact", text),
        "merged": _number("merged", text),
        "unchanged": _number("already up to date", text),
        "combined": _number("card(?:s)? combined", text),
        "errors": _number("card(?:s)? or file", text),
        "warnings": _number("warning", text),
    }


def _previewed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> tuple[ImportController, ImportPreviewDialog]:
    _stored(app_context)
    path = tmp_path / "phone.vcf"
    path.write_text(FILE, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    return controller, preview


def _rows(preview: ImportPreviewDialog, name: str, field: str) -> list[int]:
    model = preview.conflict_model
    return [
        row
        for row in range(model.rowCount())
        if model._text(row, 0) == name and model._text(row, 1) == field
    ]


def _imported(qtbot: QtBot, controller: ImportController, preview: ImportPreviewDialog) -> str:
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        preview.import_button.click()
    controller.imported_ids = finished.args[0].contact_ids  # type: ignore[attr-defined]
    box = controller.summary_box
    assert box is not None
    qtbot.addWidget(box)
    text = box.text()
    box.close()
    return text


def test_nothing_ticked_counts_as_up_to_date_as_the_summary_says(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    controller, preview = _previewed(qtbot, app_context, tmp_path)
    promised = _said_by_preview(preview)
    # Ben adds a phone: merged; Ana, Finn and Gus only differ, nothing ticked; Cleo as stored
    assert promised == {
        "new": 1, "merged": 1, "unchanged": 4, "combined": 1, "errors": 0, "warnings": 1
    }  # fmt: skip
    assert _said_by_summary(_imported(qtbot, controller, preview)) == promised


def test_the_counts_follow_each_tick_and_untick(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    controller, preview = _previewed(qtbot, app_context, tmp_path)
    model = preview.conflict_model
    (ana,) = _rows(preview, "Ana García", "Job title")
    (finn,) = _rows(preview, "Finn Moss", "Company")
    (gus_company,) = _rows(preview, "Gus Ray", "Company")
    (gus_title,) = _rows(preview, "Gus Ray", "Job title")
    (ben,) = _rows(preview, "Ben Stone", "Job title")

    model.set_rows([ana, gus_company, gus_title], True)  # Space on three rows
    assert _said_by_preview(preview)["merged"] == 3  # Ben, Ana, Gus
    model.set_rows([gus_company], False)  # Gus still takes his title: merged
    assert _said_by_preview(preview)["merged"] == 3
    model.set_rows([gus_title], False)
    assert _said_by_preview(preview)["merged"] == 2
    model.set_rows([ben], True)  # merged anyway, for his phone
    assert _said_by_preview(preview)["merged"] == 2
    index = model.index(finn, model.CHOICE_COLUMN)  # a click on the tick
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    promised = _said_by_preview(preview)
    assert promised["merged"] == 3 and promised["unchanged"] == 2  # Cleo and Gus

    assert _said_by_summary(_imported(qtbot, controller, preview)) == promised
    found = [app_context.core.contacts.get(i) for i in controller.imported_ids]  # type: ignore[attr-defined]
    contacts = {c.display_name: c for c in found if c is not None}
    assert contacts["Ana García"].title == "CTO"
    assert contacts["Finn Moss"].organization == "Nordwind"
    assert (contacts["Gus Ray"].organization, contacts["Gus Ray"].title) == ("Red", "Cook")


def test_the_bulk_buttons_move_the_counts_too(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    controller, preview = _previewed(qtbot, app_context, tmp_path)
    preview.take_all_button.click()
    assert _said_by_preview(preview)["merged"] == 4
    company = preview.field_choice.findText("Company", flags=Qt.MatchFlag.MatchStartsWith)
    preview.field_choice.setCurrentIndex(company)
    preview.keep_all_button.click()  # Finn has nothing more; Gus still takes his title
    assert _said_by_preview(preview)["merged"] == 3
    preview.field_choice.setCurrentIndex(0)
    preview.keep_all_button.click()
    promised = _said_by_preview(preview)
    assert promised["merged"] == 1 and promised["unchanged"] == 4
    assert _said_by_summary(_imported(qtbot, controller, preview)) == promised


def test_a_merge_kept_whole_says_so_in_its_tab(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """The merge tab keeps listing the cards with differences: a row the count leaves out says
    why, and says it no more once one of its values is ticked."""
    controller, preview = _previewed(qtbot, app_context, tmp_path)
    merges = preview.merge_model
    names = [merges.data(merges.index(row, 0)) for row in range(merges.rowCount())]
    ana = names.index("Ana García")
    adds = merges.index(ana, 1)
    assert merges.data(adds) == "(only differences, none ticked: nothing changes)"
    (row,) = _rows(preview, "Ana García", "Job title")
    preview.conflict_model.set_rows([row], True)
    assert merges.data(adds) == "(only differences)"
    preview.reject()
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)


def test_a_preview_made_again_counts_the_choices_it_is_given(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """A preview shown again as it was left (a locked database) or read again with the
    choices kept (a file saved meanwhile) counts them too."""
    from netdesk.ui.import_preview import kept_answers

    controller, preview = _previewed(qtbot, app_context, tmp_path)
    (ana,) = _rows(preview, "Ana García", "Job title")
    preview.conflict_model.set_rows([ana], True)
    assert _said_by_preview(preview)["merged"] == 2
    left = preview.left_as()

    again = ImportPreviewDialog(preview.plan, None, preview.rows)
    qtbot.addWidget(again)
    assert _said_by_preview(again)["merged"] == 1  # as the plan proposed: nothing ticked
    again.restore(left)
    assert _said_by_preview(again) == _said_by_preview(preview)

    read = ImportPreviewDialog(preview.plan, None, preview.rows)
    qtbot.addWidget(read)
    read.read_again(kept_answers(preview.rows, left, [str(tmp_path / "phone.vcf")]))
    assert _said_by_preview(read) == _said_by_preview(preview)
    preview.reject()
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)


def test_a_file_of_differences_alone_says_nothing_changes_until_one_is_ticked(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    _stored(app_context)
    path = tmp_path / "ana.vcf"
    path.write_text(FILE.split("END:VCARD\r\n")[0] + "END:VCARD\r\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    text = preview.summary.text()
    assert text.startswith("0 new contacts, 0 to be merged into existing contacts, 1 already")
    assert text.endswith("Nothing changes unless you tick a value of the file.")
    preview.take_all_button.click()
    assert "Nothing changes" not in preview.summary.text()
    promised = _said_by_preview(preview)
    assert promised["merged"] == 1
    assert _said_by_summary(_imported(qtbot, controller, preview)) == promised
