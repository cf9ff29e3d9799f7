"""Rows are read for painting a screenful at a time (SUMMARY_PAGE), while the first page's
ids (PAGE_SIZE) end inside such a screenful: a row past those ids, in a screenful read
before the rest of the list's ids arrived, is read when it is painted, never left blank."""

from __future__ import annotations

from collections.abc import Callable

from netdesk.ui import contact_list_model
from netdesk.ui.contact_list_model import ContactListModel, Role
from netdesk.ui.context import AppContext


def test_a_screenful_read_before_the_whole_list_gets_its_later_rows(
    app_context: AppContext, person: Callable[..., int]
) -> None:
    page, screen = contact_list_model.PAGE_SIZE, contact_list_model.SUMMARY_PAGE
    assert page % screen, "the first page ends inside a screenful (100 ids, 32 rows)"
    for n in range(page + screen):
        person(f"P{n:04d}")
    model = ContactListModel(app_context)
    model.load_first_page()
    assert model.rowCount() == page + screen  # counted; only the first page's ids listed
    last_known = page - 1
    assert model.index(last_known).data() == f"P{last_known:04d}"  # its screenful read now
    model.complete()
    after = page + 1  # in the same screenful as the last known row
    assert after // screen == last_known // screen
    assert model.index(after).data() == f"P{after:04d}"
    assert model.index(after).data(Role.SUMMARY) is not None
