"""A date typed in the right form that is no day of the calendar says so."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.card_dates import NoSuchDayError, parse_partial
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize(
    "text", ["1990-02-30", "2023-02-29", "1990-13-01", "--02-30", "0000-01-01", "0000", "0000-05"]
)
def test_the_right_form_but_no_such_day(text: str) -> None:
    with pytest.raises(NoSuchDayError):
        parse_partial(text, day_first=True)


@pytest.mark.parametrize("text", ["yesterday", "1990-2-30x", "12.13.14.15"])
def test_what_is_no_date_at_all_is_not_taken_for_one(text: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_partial(text, day_first=True)
    assert not isinstance(raised.value, NoSuchDayError)


def test_the_card_says_the_day_does_not_exist(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """It said "use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD" of a date typed just so."""
    ana = person("Ana")
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(ana)
    QTest.keyClicks(card.birthday, "1990-02-30")
    QTest.keyClicks(card.met_on, "lunch")
    assert not card.save()
    said = "“1990-02-30” is not a day of the calendar: check the month and day."
    assert card.birthday_problem.text() == said
    assert card.met_on_problem.text().startswith("“lunch” is not a date: use YYYY-MM-DD")
    assert app_context.core.contacts.get(ana).birthday is None


def test_the_card_refuses_the_year_0(qtbot: QtBot, app_context: AppContext, person) -> None:  # type: ignore[no-untyped-def]
    """It saved "0000" and "0000-05" as a meeting in the year 0 (netdesk-cli refuses them)."""
    ana = person("Ana")
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(ana)
    QTest.keyClicks(card.met_on, "0000-05")
    assert not card.save()
    assert card.met_on_problem.text() == "“0000-05” is not a year of the calendar: check the year."
    assert app_context.core.contacts.get(ana).met_on is None
