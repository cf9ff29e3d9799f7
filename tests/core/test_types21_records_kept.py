"""netdesk.core.types names the full records (made in netdesk.core.records on first use):
once asked, they are its own names, not asked through its __getattr__ again. Asked through
it each time, ``t.Contact(...)`` cost an import statement for each contact an export read."""

from __future__ import annotations

from netdesk.core import records, types


def test_the_records_are_types_own_names_once_asked() -> None:
    assert types.Contact is records.Contact
    kept = vars(types)
    for name in ("Contact", "EmailAddress", "PhoneNumber", "PartialDate", "Interaction"):
        assert kept[name] is getattr(records, name)  # no __getattr__ call on the next ask
