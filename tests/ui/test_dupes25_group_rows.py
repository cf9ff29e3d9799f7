"""Three cards of one person are one row in Find duplicates: merged into one chosen contact
(field by field in Merge…), in one undo step, or answered "not the same person" at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress, PhoneNumber
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.merge_group_dialog import MergeGroupDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _three_cards(app_context: AppContext) -> list[int]:
    add = app_context.core.contacts.create
    phone = [PhoneNumber("+447911123456")]
    return [
        add(Contact(given_name="Ann", family_name="Lee", title="CEO", phones=phone)),
        add(Contact(given_name="Ann", family_name="Lee", title="CTO", organization="Acme",
                    emails=[EmailAddress("ann@acme.example")])),
        add(Contact(given_name="Ann", family_name="Lee", phones=phone,
                    emails=[EmailAddress("ann@acme.example")])),
    ]  # fmt: skip


def _rows(dialog: DuplicatesDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]


def _open(qtbot: QtBot, app_context: AppContext, rows: int) -> DuplicatesDialog:
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows, timeout=10000)
    dialog.table.selectRow(0)
    return dialog


def test_three_cards_are_one_row_merged_into_the_first_in_one_undo_step(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ann, ann_work, annie = _three_cards(app_context)
    core.contacts.create(Contact(given_name="Jon", family_name="Smith"))
    core.contacts.create(Contact(given_name="John", family_name="Smith"))
    dialog = _open(qtbot, app_context, 2)
    rows = _rows(dialog)
    assert rows[0][:3] == ["Ann Lee — CEO", "2 others: Ann Lee — CTO · Acme, Ann Lee", "100%"]
    assert "same e-mail: ann@acme.example" in rows[0][3] and "same name" in rows[0][3]
    assert rows[1][0] == "Jon Smith"
    assert dialog.status.text() == "2 possible duplicates."
    assert not dialog.merge_right.isEnabled()  # which of the others is "the second"?
    qtbot.waitUntil(lambda: "ann@acme.example" in dialog.details[1].text(), timeout=10000)
    assert "Ann Lee" in dialog.details[0].text()
    stack = app_context.undo_stack
    dialog.merge_left.click()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert core.contacts.get(ann_work) is None and core.contacts.get(annie) is None
    merged = core.contacts.get(ann)
    assert merged is not None
    assert [e.value for e in merged.emails] == ["ann@acme.example"]
    assert merged.title == "CEO"
    assert [r[0] for r in _rows(dialog)] == ["Jon Smith"]
    assert stack.count() == 1 and stack.text(0) == "Merge 2 contacts into Ann Lee"
    stack.undo()
    qtbot.waitUntil(lambda: not dialog.working and dialog.table.rowCount() == 2, timeout=10000)
    assert core.contacts.get(ann_work) is not None and core.contacts.get(annie) is not None
    assert _rows(dialog)[0] == rows[0]
    stack.redo()
    qtbot.waitUntil(lambda: not dialog.working and dialog.table.rowCount() == 1, timeout=10000)
    assert core.contacts.get(ann_work) is None and core.contacts.get(annie) is None
    assert core.contacts.get(ann) == merged


def test_not_the_same_person_answers_the_whole_group(qtbot: QtBot, app_context: AppContext) -> None:
    _three_cards(app_context)
    dialog = _open(qtbot, app_context, 1)
    dialog.skip.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10000)
    assert "(3)" in dialog.forget.text()  # three pairs answered, one undo step
    app_context.undo_stack.undo()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert _rows(dialog)[0][1].startswith("2 others")


def test_merge_choosing_keeps_the_title_chosen_from_a_third_card(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ann, ann_work, annie = _three_cards(app_context)
    dialog = _open(qtbot, app_context, 1)
    dialog.merge_choosing.click()
    merge = dialog.findChild(MergeGroupDialog)
    assert merge is not None
    # the title: the one kept's (CEO) checked, CTO offered beside it; the third has none
    assert set(merge.rows) == {"title"}
    assert set(merge.rows["title"]) == {ann, ann_work}
    assert merge.rows["title"][ann].isChecked()
    merge.rows["title"][ann_work].click()
    assert "Ann Lee's Job title “CEO”" in merge.outcome.text()
    merge.merge_button.click()
    qtbot.waitUntil(lambda: core.contacts.get(annie) is None, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    merged = core.contacts.get(ann)
    assert merged is not None
    assert (merged.title, merged.organization) == ("CTO", "Acme")
    assert app_context.undo_stack.count() == 1
    assert dialog.table.rowCount() == 0


def test_a_card_left_out_of_the_group_merge_stays_and_is_asked_again(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ann, ann_work, annie = _three_cards(app_context)
    dialog = _open(qtbot, app_context, 1)
    dialog.merge_choosing.click()
    merge = dialog.findChild(MergeGroupDialog)
    assert merge is not None
    assert not merge.included[ann].isEnabled()  # the one kept
    merge.included[annie].click()
    assert merge.other_ids == [ann_work]
    merge.included[ann_work].click()
    assert not merge.merge_button.isEnabled()  # nobody to merge
    merge.included[ann_work].click()
    merge.merge_button.click()
    qtbot.waitUntil(lambda: core.contacts.get(ann_work) is None, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.working and dialog.table.rowCount() == 1, timeout=10000)
    assert core.contacts.get(annie) is not None
    assert [(p.keep_id, p.other_id, p.group) for p in dialog.pairs] == [(ann, annie, ())]


def test_a_value_two_cards_share_is_offered_once(qtbot: QtBot, app_context: AppContext) -> None:
    """Margaret, Margaret and Maggie: the first name row offers Margaret and Maggie."""
    add = app_context.core.contacts.create
    mail = [EmailAddress("margaret@hill.example")]
    ids = [
        add(Contact(given_name="Margaret", family_name="Hill", emails=mail)),
        add(Contact(given_name="Margaret", family_name="Hill", emails=mail,
                    phones=[PhoneNumber("+447911123456")])),
        add(Contact(given_name="Maggie", family_name="Hill", phones=[PhoneNumber("07911 123456")])),
    ]  # fmt: skip
    dialog = _open(qtbot, app_context, 1)
    dialog.merge_choosing.click()
    merge = dialog.findChild(MergeGroupDialog)
    assert merge is not None
    assert set(merge.rows["given_name"]) == {ids[0], ids[2]}


def test_the_group_merge_grows_to_show_its_rows_and_outcome(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Its wrapped outcome and rows of choices were squeezed: the dialog's minimum width kept
    the layout from making it taller as the choice of whom to keep changed them."""
    annie = _three_cards(app_context)[2]
    dialog = _open(qtbot, app_context, 1)
    dialog.merge_choosing.click()
    merge = dialog.findChild(MergeGroupDialog)
    assert merge is not None
    merge.resize(merge.width(), 50)
    merge.buttons[annie].click()
    layout = merge.layout()
    assert layout is not None
    # (its body scrolls on a small screen: the layout's minimum is the body's whole height)
    assert merge.height() >= layout.totalMinimumSize().height() > 50
    qtbot.waitUntil(lambda: merge.body_area.verticalScrollBar().maximum() == 0)  # all shown


def test_a_big_groups_details_keep_the_list_in_place(qtbot: QtBot, app_context: AppContext) -> None:
    """Six cards of one person: the details name four of the others, a line each with
    what tells them apart, and say how many more; the list keeps its height."""
    add = app_context.core.contacts.create
    mail = [EmailAddress("ann@lee.example")]
    for number in range(6):
        add(Contact(given_name="Ann", family_name="Lee", title=f"Title {number}", emails=mail))
    add(Contact(given_name="Jon", family_name="Smith"))
    add(Contact(given_name="John", family_name="Smith"))
    dialog = _open(qtbot, app_context, 2)
    dialog.show()
    dialog.table.selectRow(1)
    qtbot.waitUntil(lambda: "Smith" in dialog.details[1].text(), timeout=10000)
    height = dialog.table.height()
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: "Title 1" in dialog.details[1].text(), timeout=10000)
    lines = dialog.details[1].text().split("\n")
    assert lines[0] == "Ann Lee · Title 1 · ann@lee.example · No journal entries"
    assert lines[3:] == ["…and 2 more (Merge… shows all)"]
    assert dialog.table.height() == height


def test_a_group_row_says_what_merge_all_loses(qtbot: QtBot, app_context: AppContext) -> None:
    """Review25: a pair's row says "Keeping the first loses: Job title “CTO”"; a group's said
    only that Merge… lets one choose, and Merge all then dropped the CTO without a word."""
    _three_cards(app_context)
    dialog = _open(qtbot, app_context, 1)
    qtbot.waitUntil(lambda: "ann@acme.example" in dialog.details[1].text(), timeout=10000)
    said = dialog.not_kept.text().splitlines()
    assert said[0] == "Merge all loses: Ann Lee's Job title “CTO”."
    assert said[1].startswith("Merge… lets you choose which to keep")


def test_a_card_deleted_since_lends_the_group_none_of_its_reasons(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Review25: the row kept saying "same phone" after the only card sharing that phone with
    another was deleted (the group's reasons were gathered once, at the search)."""
    core = app_context.core
    mail = [EmailAddress("ann@acme.example")]
    add = core.contacts.create
    add(Contact(given_name="Ann", family_name="Lee", emails=mail))
    add(Contact(given_name="Ann", family_name="Lee", emails=mail,
                phones=[PhoneNumber("+447700900111")]))  # fmt: skip
    add(Contact(given_name="Ann", family_name="Lee", emails=mail, organization="Acme"))
    dee = add(Contact(given_name="Ann", family_name="Lee", phones=[PhoneNumber("+447700900111")]))
    dialog = _open(qtbot, app_context, 1)
    assert _rows(dialog)[0][1].startswith("3 others")
    assert "same phone" in _rows(dialog)[0][3]
    core.contacts.delete([dee])
    app_context.changes.contacts_changed.emit([dee])
    qtbot.waitUntil(lambda: _rows(dialog)[0][1].startswith("2 others"), timeout=10000)
    assert "same e-mail: ann@acme.example" in _rows(dialog)[0][3]
    assert "same phone" not in _rows(dialog)[0][3]
