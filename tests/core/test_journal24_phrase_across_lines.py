"""A phrase searched in the journal is found in pasted notes where a line break (or a
wrapped e-mail's spaces) falls between its words."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.types import Contact

D = dt.datetime

EMAIL = (
    "Hi Ana,\r\n\r\nThanks for the call. Could you send the quarterly \r\n"
    "report by Friday?\r\n\r\nBest,\r\n\tJosé"
)


def _found(core: Core, text: str) -> set[int | None]:
    by_page = {e.id for e in core.journal.page(text=text, limit=50).entries}
    everyone = {e.id for e in core.journal.all(text=text)}
    assert by_page == everyone
    return everyone


def test_a_phrase_wrapped_over_lines_of_pasted_notes_is_found(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    ascii_entry = core.journal.log(
        [ana], "email", "Report", body=EMAIL.replace("é", "e"), at=D(2026, 3, 1)
    )
    accented = core.journal.log([ana], "email", "Report again", body=EMAIL, at=D(2026, 3, 2))
    both = {ascii_entry, accented}
    assert _found(core, "quarterly report") == both  # "quarterly \r\nreport"
    assert _found(core, "QUARTERLY   Report by") == both
    assert _found(core, "best, jose") == both  # "Best,\r\n\tJosé"
    assert _found(core, "hi ana, thanks") == both  # a blank line between
    assert _found(core, "quarterly report friday") == set()  # the words must follow each other
    assert _found(core, "report") == both
