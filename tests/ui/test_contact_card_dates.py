"""The card's dates typed as the user's locale writes them (23/04/1990, 23.4., 4/23)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from netdesk.core.types import PartialDate
from netdesk.ui.card_dates import parse_partial
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("typed", "day_first", "date"),
    [
        ("23/04/1990", True, PartialDate(1990, 4, 23)),
        ("23.04.1990", True, PartialDate(1990, 4, 23)),
        ("23.4.", True, PartialDate(None, 4, 23)),
        ("29/02", True, PartialDate(None, 2, 29)),
        ("4/23/1990", False, PartialDate(1990, 4, 23)),
        ("4/23", False, PartialDate(None, 4, 23)),
        ("1990/04/23", True, PartialDate(1990, 4, 23)),
        ("1990/4", False, PartialDate(1990, 4)),
        ("2024-02-29", True, PartialDate(2024, 2, 29)),  # ISO, whatever the locale
    ],
)
def test_a_date_is_read_as_the_locale_writes_it(
    typed: str, day_first: bool, date: PartialDate
) -> None:
    assert parse_partial(typed, day_first=day_first) == date


@pytest.mark.parametrize("typed", ["31/04/1990", "29/02/2023", "23/04/90", "13/13", "1/2/3/4"])
def test_a_slashed_text_that_is_no_date_is_still_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_partial(typed, day_first=True)


@pytest.fixture
def spanish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("spanish")
def test_a_spanish_user_types_a_birthday_day_first_and_it_is_saved(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", "García")
    card = main_window.card
    card.show_contact(ana)
    # "23/04/1990" was refused as no date; "5/4" is the 5th of April in Spain
    card.birthday.setText("23/04/1990")
    card.anniversary.setText("5/4")
    card.birthday.textEdited.emit("23/04/1990")
    assert card.save(), card.problem_label.text()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert (stored.birthday, stored.anniversary) == (
        PartialDate(1990, 4, 23),
        PartialDate(None, 4, 5),
    )
    assert card.birthday.text() == "1990-04-23"  # shown as it is stored, after Save
