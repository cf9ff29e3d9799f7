"""The contact card when another program (netdesk-cli) changes its contact meanwhile."""

from __future__ import annotations

import pytest

from netdesk.core.types import EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("with_email", [False, True])
def test_edits_to_a_contact_deleted_meanwhile_are_kept_and_saved_as_it_again(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    with_email: bool,
) -> None:
    emails = [EmailAddress("ana@example.org")] if with_email else []
    ana = person("Ana", "García", emails=emails, tags=["mentor"])
    card = main_window.card
    card.show_contact(ana)
    card.job_title.setText("CTO")
    card.job_title.textEdited.emit("CTO")
    contacts = app_context.core.contacts
    contacts.delete([ana])  # netdesk-cli, unseen by the window

    # saved over the gone contact, the edit vanished unsaid (or, with an e-mail, the store
    # raised an IntegrityError out of Save)
    assert not card.save()
    assert "Ana García" in card.problem_label.text()
    assert "deleted meanwhile" in card.problem_label.text()
    assert card.dirty and card.is_new
    assert card.job_title.text() == "CTO" and card.given_name.text() == "Ana"

    assert card.save()  # adds them back, with the edit
    again = card.contact_id()
    assert again is not None and again != ana
    # once: the list, no longer empty, chose it while Save announced it, and that choice
    # saved the card (still unsaved then) a second time
    assert contacts.list_ids() == [again]
    stored = contacts.get(again)
    assert stored is not None
    assert (stored.given_name, stored.title, stored.tags) == ("Ana", "CTO", ["mentor"])
    assert [e.value for e in stored.emails] == [e.value for e in emails]
    assert not card.dirty and not card.is_new and card.problem_label.text() == ""


def test_revert_after_a_contact_deleted_meanwhile_lets_the_edits_go(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", "García")
    card = main_window.card
    card.show_contact(ana)
    card.notes.setPlainText("met at the fair")
    app_context.core.contacts.delete([ana])
    assert not card.save()
    before = app_context.core.contacts.count()
    card.revert()
    assert not card.dirty and not card.is_new
    assert app_context.core.contacts.count() == before
