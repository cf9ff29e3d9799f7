"""The card's tag completer ignores accents as the search does: "cafe" offers "Café"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard, TagEdit
from netdesk.ui.context import AppContext

POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def offered(tags: TagEdit) -> list[str]:
    completer = tags.tag_completer
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(completer.completionCount())]


@POPUP
def test_typing_without_accents_offers_the_accented_tag_and_enter_takes_it(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    person("Ana", tags=["Café", "Résumé", "cafeteria"])
    berta = person("Berta")
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(berta)
    card.tags.setFocus()
    QTest.keyClicks(card.tags, "cafe")
    assert offered(card.tags) == ["Café", "cafeteria"]  # it offered "cafeteria" alone
    popup = card.tags.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert card.tags.text() == "Café, "  # the tag as stored, not a second "cafe"
    QTest.keyClicks(card.tags, "RESUME")
    assert offered(card.tags) == ["Résumé"]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert card.tags.text() == "Café, Résumé, "
    assert card.dirty
    assert card.save()
    assert app_context.core.contacts.get(berta).tags == ["Café", "Résumé"]


def test_accents_case_and_letters_without_a_decomposition_are_ignored(qtbot: QtBot) -> None:
    tags = TagEdit(lambda: ["Ørsted", "Łódź", "Émigré", "émigrés club", "emigration"])
    qtbot.addWidget(tags)
    tags.tag_completer.complete = lambda: None  # type: ignore[method-assign]  # offscreen
    for typed, expected in (
        ("orsted", ["Ørsted"]),
        ("lodz", ["Łódź"]),
        ("EMIGRE", ["Émigré", "émigrés club"]),
        ("émig", ["Émigré", "émigrés club", "emigration"]),
        ("Émigré, emigre", ["émigrés club"]),  # a tag in the field is not offered again
    ):
        tags.setText(typed)
        tags.textEdited.emit(typed)
        assert offered(tags) == expected, typed


def test_thousands_of_tags_are_folded_once_not_at_each_key(qtbot: QtBot) -> None:
    from netdesk.core.merging import fold  # the completer's (cached: its calls are counted)

    known = [f"Étiquette {n:05}" for n in range(20_000)]
    tags = TagEdit(lambda: known)
    qtbot.addWidget(tags)
    tags.tag_completer.complete = lambda: None  # type: ignore[method-assign]  # offscreen
    tags.setText("e")
    tags.textEdited.emit("e")  # the first key folds every tag
    assert len(offered(tags)) == 20_000
    before = fold.cache_info()
    for typed in ("etiquette 1", "etiquette 12", "etiquette 123", "etiquette 1234"):
        tags.setText(typed)
        tags.textEdited.emit(typed)
    after = fold.cache_info()
    assert offered(tags) == [f"Étiquette 1234{n}" for n in range(10)]
    assert (after.hits + after.misses) - (before.hits + before.misses) == 4  # the keys alone
