"""The card's contact deleted by another program while the card has unsaved edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from tests.core.test_contact_deleted_elsewhere import delete_elsewhere
from tests.ui.modal_answers import ModalAnswers
from tests.ui.test_contact_card import shown_and_active

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
KEEP = "&Keep as new contact"


def _editing(window: MainWindow, context: AppContext, qtbot: QtBot, contact_id: int) -> None:
    """The contact open on the card, its title typed and not saved."""
    shown_and_active(window, qtbot)
    context.changes.contacts_changed.emit(None)
    window.contacts.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.card.contact_id() == contact_id)
    window.card.job_title.setText("CTO")
    window.card.job_title.textEdited.emit("CTO")
    assert window.card.dirty


def _people(context: AppContext) -> list[tuple[str, str]]:
    found = [context.core.contacts.get(i) for i in context.core.contacts.list_ids()]
    return sorted((c.display_name, c.title) for c in found if c is not None)


def _noticed(window: MainWindow, qtbot: QtBot, answer: str) -> ModalAnswers:
    """The window notices the other program's write (as on its next activation) and the
    box it shows is answered."""
    answers = ModalAnswers(answer)
    window.contacts.check_outside_writes()
    qtbot.waitUntil(lambda: len(answers.seen) == 1)
    answers.stop()
    return answers


def _said_plainly(answers: ModalAnswers) -> None:
    ((text, details, default),) = answers.seen
    assert text == (
        "“Ana” was deleted by another program (such as netdesk-cli) while you were editing them."
    )
    assert details == "Keep your changes as a new contact, or discard them?"
    assert default == KEEP
    assert "Save" not in text + details and "Revert" not in text + details


def test_discarded_the_edits_are_gone_and_nothing_comes_back(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot, tmp_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    ana, bob = person("Ana"), person("Bob")
    _editing(main_window, app_context, qtbot, ana)
    delete_elsewhere(tmp_data_dir, ana)
    _said_plainly(_noticed(main_window, qtbot, "&Discard"))
    card = main_window.card
    # as when a contact shown without edits is deleted elsewhere: the list has none current
    qtbot.waitUntil(lambda: main_window.contacts.current_id() is None)
    assert (card.contact_id(), card.dirty, card.is_new) == (None, False, False)
    # the next changes of the list (another contact added, another one chosen) add nobody
    person("Cleo")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(bob)
    qtbot.wait(50)
    assert _people(app_context) == [("Bob", ""), ("Cleo", "")]


def test_kept_the_edits_are_a_new_contact_that_undo_takes_back(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot, tmp_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", tags=["client"])
    person("Bob")
    _editing(main_window, app_context, qtbot, ana)
    delete_elsewhere(tmp_data_dir, ana)
    _said_plainly(_noticed(main_window, qtbot, KEEP))
    assert _people(app_context) == [("Ana", "CTO"), ("Bob", "")]
    (kept,) = app_context.core.contacts.search("Ana")
    assert app_context.core.contacts.get(kept).tags == ["client"]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not main_window.card.dirty)
    app_context.undo_stack.undo()
    assert _people(app_context) == [("Bob", "")]


def test_leaving_the_card_before_the_window_noticed_asks_the_same(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot, tmp_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    ana, bob = person("Ana"), person("Bob")
    _editing(main_window, app_context, qtbot, ana)
    delete_elsewhere(tmp_data_dir, ana)
    answers = ModalAnswers("&Discard")
    main_window.contacts.select_contact(bob)
    qtbot.waitUntil(lambda: main_window.card.contact_id() == bob)
    answers.stop()
    _said_plainly(answers)
    assert _people(app_context) == [("Bob", "")]


def test_saved_on_the_card_it_says_so_and_leaving_then_asks(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot, tmp_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Save on the card says what its Save and Revert do now; leaving the card afterwards
    asks, instead of adding the contact back without a word."""
    ana, bob = person("Ana"), person("Bob")
    _editing(main_window, app_context, qtbot, ana)
    delete_elsewhere(tmp_data_dir, ana)
    card = main_window.card
    assert not card.save()
    assert "was deleted meanwhile" in card.problem_label.text()
    answers = ModalAnswers("&Discard")
    main_window.contacts.select_contact(bob)
    qtbot.waitUntil(lambda: main_window.card.contact_id() == bob)
    answers.stop()
    _said_plainly(answers)
    assert _people(app_context) == [("Bob", "")]


def test_kept_the_edits_keep_an_e_mail_only_an_import_accepted(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot, tmp_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Keep was the default and could never work when the contact had an e-mail address an
    import stored ("ana@localhost"): added back, it was refused as a new one typed, and every
    try to leave the card asked twice."""
    ana = person("Ana")
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    stored.emails = [EmailAddress("ana@localhost")]
    app_context.core.contacts.update(stored, strict=False)  # as an import stores it
    _editing(main_window, app_context, qtbot, ana)
    delete_elsewhere(tmp_data_dir, ana)
    _said_plainly(_noticed(main_window, qtbot, KEEP))
    assert _people(app_context) == [("Ana", "CTO")]
    (kept,) = app_context.core.contacts.search("Ana")
    assert [e.value for e in app_context.core.contacts.get(kept).emails] == ["ana@localhost"]  # type: ignore[union-attr]
