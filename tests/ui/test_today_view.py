"""The Today view lists each section's rows and its buttons act on the follow-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, PartialDate
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DoneDialog, DueChoice
from netdesk.ui.i18n import load_catalogue
from netdesk.ui.today_view import TODAY_PAGE, TodayView, short_date, short_time

D = dt.datetime
OpenMenu = Callable[[QToolButton], QMenu]


@pytest.fixture(autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """As netdesk.app installs it: "%n day(s) late" reads "3 days late"."""
    catalogue = load_catalogue("en")
    assert catalogue is not None
    qapp.installTranslator(catalogue)
    yield
    qapp.removeTranslator(catalogue)


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context``: the undo stack emptied at the end (see test_follow_up_panel.py)."""
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


def person(core: Core, name: str, **fields: object) -> int:
    return core.contacts.create(Contact(given_name=name, **fields))  # type: ignore[arg-type]


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, clock: FixedClock) -> TodayView:
    core = context.core
    clock.set(D(2026, 2, 1, 9))
    ana = person(core, "Ana", birthday=PartialDate(1986, 3, 4))
    old = person(core, "Olga", keep_in_touch_days=30)
    pia = person(core, "Pia")
    for day in (1, 2, 3):  # Olga and Pia once mattered: three talks, then silence
        core.journal.log([old], "call", f"talk {day}", at=D(2025, 1, day))
        core.journal.log([pia], "call", f"talk {day}", at=D(2025, 1, day))
    clock.set(D(2026, 3, 2, 9))
    core.follow_ups.add(ana, D(2026, 2, 27, 10), "Send the proposal")
    bob = person(core, "Bob")
    core.follow_ups.add(bob, D(2026, 3, 2, 15), "Call back")
    cy = person(core, "Cy")
    core.follow_ups.add(cy, D(2026, 3, 6), "Lunch", has_time=False)
    dee = person(core, "Dee")
    core.follow_ups.add(dee, D(2026, 3, 20), "Far away", has_time=False)
    widget = TodayView(context)
    qtbot.addWidget(widget)
    widget.show()  # hidden, it waits to be shown before it rebuilds
    return widget


def test_sections_list_the_right_rows(view: TodayView) -> None:
    assert view.objectName() == "todayView"
    overdue = view.row_texts("overdue")
    assert [t.split(" — ")[0] for t in overdue] == ["Olga", "Ana"]
    assert overdue[1].startswith("Ana — Send the proposal · 3 days late")
    assert [t.split(" · ")[0] for t in view.row_texts("later")] == ["Bob — Call back"]
    assert [t.split(" · ")[0] for t in view.row_texts("week")] == ["Cy — Lunch"]
    assert view.row_texts("birthdays") == [f"Ana turns 40 · {short_date(dt.date(2026, 3, 4))}"]
    # Olga, overdue, is not listed again there
    assert [t.split(" — ")[0] for t in view.row_texts("cobwebs")] == ["Pia"]
    assert view.due_label.text() == "2 follow-ups due"


def _row(view: TodayView, section: str, name: str):  # type: ignore[no-untyped-def]
    return next(r for r in view.sections[section].rows if r.text.startswith(name))


def test_done_logs_and_restarts_the_cadence(
    qtbot: QtBot, view: TodayView, context: AppContext
) -> None:
    asked = []
    view.item_actions.ask_summary = lambda _parent, prefill: asked.append(prefill) or "Called her"
    row = _row(view, "overdue", "Olga")
    with qtbot.waitSignal(context.changes.follow_ups_changed):
        row.findChild(QToolButton, "doneButton").click()
    assert asked == ["Kept in touch"]
    olga = row.contact_id
    assert context.core.journal.for_contact(olga)[0].summary == "Called her"
    (next_item,) = context.core.follow_ups.of_contact(olga)
    assert next_item.due == D(2026, 4, 1)
    qtbot.waitUntil(lambda: [t.split(" — ")[0] for t in view.row_texts("overdue")] == ["Ana"])


def test_snooze_menu_moves_the_item(
    qtbot: QtBot, view: TodayView, context: AppContext, open_menu: OpenMenu
) -> None:
    row = _row(view, "overdue", "Ana")
    menu = open_menu(row.findChild(QToolButton, "snoozeButton"))
    tomorrow = next(a for a in menu.actions() if a.text().startswith("&Tomorrow"))
    tomorrow.trigger()
    (item,) = context.core.follow_ups.of_contact(row.contact_id)
    assert item.effective_due == D(2026, 3, 3, 9)
    qtbot.waitUntil(lambda: any(t.startswith("Ana —") for t in view.row_texts("week")))
    assert not any(t.startswith("Ana —") for t in view.row_texts("overdue"))


def test_more_menu_reschedule_skip_and_open(
    qtbot: QtBot, view: TodayView, context: AppContext, open_menu: OpenMenu
) -> None:
    view.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 10, 11), True)
    row = _row(view, "later", "Bob")
    actions = {a.text(): a for a in open_menu(row.findChild(QToolButton, "moreButton")).actions()}
    actions["&Reschedule…"].trigger()
    (item,) = context.core.follow_ups.of_contact(row.contact_id)
    assert item.due == D(2026, 3, 10, 11)
    with qtbot.waitSignal(context.changes.open_contact) as opened:
        actions["&Open contact"].trigger()
    assert opened.args == [row.contact_id]
    qtbot.waitUntil(lambda: not view.row_texts("later"))
    olga = _row(view, "overdue", "Olga")
    more = open_menu(olga.findChild(QToolButton, "moreButton")).actions()
    next(a for a in more if a.text() == "S&kip this cycle").trigger()
    (skipped,) = context.core.follow_ups.of_contact(olga.contact_id)
    assert skipped.effective_due > D(2026, 3, 2, 9)


def test_cobweb_log_records_an_interaction(
    qtbot: QtBot, view: TodayView, context: AppContext
) -> None:
    row = _row(view, "cobwebs", "Pia")
    with qtbot.waitSignal(context.changes.journal_changed):
        row.findChild(QToolButton, "logButton").click()
        dialog = view.findChild(QDialog, "logInteractionDialog")
        dialog.summary.setText("Coffee")
        dialog.accept()
    assert context.core.journal.for_contact(row.contact_id)[0].summary == "Coffee"
    qtbot.waitUntil(lambda: not view.row_texts("cobwebs"))
    assert context.undo_stack.undoText() == "Log interaction — Pia"  # Ctrl+Z takes it back
    context.undo_stack.undo()
    assert next(e.summary for e in context.core.journal.for_contact(row.contact_id)) == "talk 3"
    qtbot.waitUntil(lambda: view.row_texts("cobwebs") != [])


def test_a_long_backlog_does_not_hide_today_and_this_week(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    core = context.core
    for n in range(TODAY_PAGE + 7):  # more overdue items than one page
        core.follow_ups.add(person(core, f"Late{n:02d}"), D(2026, 2, 1, 10), "Old promise")
    core.follow_ups.add(person(core, "Today"), D(2026, 3, 2, 15), "Call back")
    core.follow_ups.add(person(core, "Friday"), D(2026, 3, 6), "Lunch", has_time=False)
    gone = person(core, "Archived")
    core.follow_ups.add(gone, D(2026, 2, 1, 10), "Hidden")
    core.contacts.set_archived([gone], True)
    widget = TodayView(context)
    qtbot.addWidget(widget)
    widget.show()
    overdue = widget.sections["overdue"]
    assert len(overdue.rows) == TODAY_PAGE
    assert f"({TODAY_PAGE + 7})" in overdue.title.text()
    assert overdue.more.isVisible()
    assert overdue.more.text() == "Show 7 more"
    assert [t.split(" — ")[0] for t in widget.row_texts("later")] == ["Today"]
    assert [t.split(" — ")[0] for t in widget.row_texts("week")] == ["Friday"]
    assert widget.due_label.text() == f"{TODAY_PAGE + 7} follow-ups due"
    overdue.more.click()
    assert len(overdue.rows) == TODAY_PAGE + 7
    assert widget.row_texts("overdue")[-1].startswith(f"Late{TODAY_PAGE + 6:02d} — ")
    assert not overdue.more.isVisible()


def test_a_week_of_many_birthdays_shows_a_page_of_them(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    """On 100,000 contacts a week holds ~500 birthdays: a row each took 5 s to show."""
    core = context.core
    for n in range(TODAY_PAGE + 3):
        person(core, f"Born{n:02d}", birthday=PartialDate(1990, 3, 3))
    widget = TodayView(context)
    qtbot.addWidget(widget)
    widget.show()
    birthdays = widget.sections["birthdays"]
    assert len(birthdays.rows) == TODAY_PAGE
    assert f"({TODAY_PAGE + 3})" in birthdays.title.text()
    assert birthdays.more.text() == "Show 3 more"
    birthdays.more.click()
    assert len(widget.row_texts("birthdays")) == TODAY_PAGE + 3


def test_birthdays_not_told_on_their_day_are_listed_first(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    """The tray's late message ("Ana's birthday — Turned 40 on Saturday.") opened Today,
    where the birthdays of the week ahead only were listed: nothing of Ana's."""
    from netdesk.core.reminders import QuietHours, ReminderPlanner

    core = context.core
    person(core, "Ana", birthday=PartialDate(1986, 2, 28))  # Saturday, slept through
    person(core, "Bob", birthday=PartialDate(None, 3, 1))  # yesterday
    person(core, "Cy", birthday=PartialDate(1990, 2, 27))  # Friday, told on the day
    person(core, "Dee", birthday=PartialDate(1990, 2, 20))  # too long ago
    person(core, "Eve", birthday=PartialDate(1990, 3, 3))  # tomorrow
    clock.set(D(2026, 2, 27, 10))
    ReminderPlanner(core, quiet_hours=QuietHours(dt.time(0), dt.time(0))).take()
    clock.set(D(2026, 3, 2, 9))
    widget = TodayView(context)
    qtbot.addWidget(widget)
    widget.show()
    listed = [
        f"Ana turned 40 · {short_date(dt.date(2026, 2, 28))}",
        "Bob's birthday · yesterday",
        "Eve turns 36 · tomorrow",
    ]
    assert widget.row_texts("birthdays") == listed
    ReminderPlanner(core, quiet_hours=QuietHours(dt.time(0), dt.time(0))).take()  # told late
    widget.refresh()
    assert widget.row_texts("birthdays") == listed


def test_hidden_the_view_rebuilds_when_it_is_shown_again(
    qtbot: QtBot, view: TodayView, context: AppContext
) -> None:
    """Any edit anywhere changes contacts; a Today page nobody can see must not rebuild its
    rows each time (on 100,000 contacts that was seconds after every save)."""
    view.hide()
    rows_before = list(view.sections["week"].rows)
    core = context.core
    core.follow_ups.add(person(core, "Eve"), D(2026, 3, 5), "Coffee", has_time=False)
    context.changes.follow_ups_changed.emit()  # as the window does after any change
    qtbot.wait(20)  # the change is handled in a later turn of the event loop
    assert view.sections["week"].rows == rows_before
    view.show()
    qtbot.waitUntil(lambda: any(t.startswith("Eve — Coffee") for t in view.row_texts("week")))


SPANISH = {
    "Keep in touch": "Mantener el contacto",
    "Follow up": "Hacer seguimiento",
    "%1's birthday": "Cumpleaños de %1",
    "%1 turns %2": "%1 cumple %2 años",
    "%1's anniversary": "Aniversario de %1",
}


class Spanish(QTranslator):
    """Just the words these tests look for."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return SPANISH.get(source, "")

    def isEmpty(self) -> bool:
        return False


def test_a_cadence_item_reads_in_the_users_language(
    qtbot: QtBot, qapp: QApplication, context: AppContext
) -> None:
    core = context.core
    ana = person(core, "Ana", keep_in_touch_days=30)
    core.journal.log([ana], "call", "Catch-up", at=D(2026, 1, 1, 10))  # due 31 Jan: overdue
    core.follow_ups.add(person(core, "Bob"), D(2026, 3, 2, 15), "")  # no note at all
    spanish = Spanish()
    qapp.installTranslator(spanish)
    try:
        widget = TodayView(context)
        qtbot.addWidget(widget)
        assert widget.row_texts("overdue")[0].startswith("Ana — Mantener el contacto · ")
        assert widget.row_texts("later")[0].startswith("Bob — Hacer seguimiento · ")
    finally:
        qapp.removeTranslator(spanish)


def test_an_item_snoozed_to_later_today_shows_the_time(
    qtbot: QtBot, view: TodayView, context: AppContext, open_menu: OpenMenu
) -> None:
    olga = _row(view, "overdue", "Olga")  # a cadence item: due on a day, not at a time
    menu = open_menu(olga.findChild(QToolButton, "snoozeButton"))
    next(a for a in menu.actions() if a.text().startswith("&Later today")).trigger()
    qtbot.waitUntil(lambda: any(t.startswith("Olga") for t in view.row_texts("later")))
    (text,) = [t for t in view.row_texts("later") if t.startswith("Olga")]
    assert text.endswith(" · " + short_time(D(2026, 3, 2, 12)))


def test_snoozing_from_an_old_menu_counts_from_now(
    qtbot: QtBot, view: TodayView, context: AppContext, clock: FixedClock, open_menu: OpenMenu
) -> None:
    row = _row(view, "overdue", "Ana")
    menu = open_menu(row.findChild(QToolButton, "snoozeButton"))
    clock.set(D(2026, 3, 2, 17, 30))  # the view stayed open into the evening
    next(a for a in menu.actions() if a.text().startswith("&Later today")).trigger()
    assert context.core.follow_ups.get(row.follow_up_id).effective_due == D(2026, 3, 2, 20, 30)  # type: ignore[union-attr,arg-type]
    clock.set(D(2026, 3, 3, 0, 30))  # and past midnight: "tomorrow" is the coming morning
    next(a for a in menu.actions() if a.text().startswith("&Tomorrow")).trigger()
    assert context.core.follow_ups.get(row.follow_up_id).effective_due == D(2026, 3, 3, 9)  # type: ignore[union-attr,arg-type]


def test_the_snooze_choices_say_what_they_do_at_any_hour(
    qtbot: QtBot, view: TodayView, context: AppContext, clock: FixedClock, open_menu: OpenMenu
) -> None:
    """At 22:00 "Later today (+3 h)" landed at 1:00 the next day; at 0:30 "Tomorrow" meant the
    next calendar day, 32 hours away, though for the user it was still tonight. The row's menu
    is made once: what it offers is worked out each time it opens."""
    row = _row(view, "overdue", "Ana")
    button = row.findChild(QToolButton, "snoozeButton")

    def offered() -> list[str]:
        return [a.text() for a in open_menu(button).actions() if a.isVisible()]

    assert offered()[:2] == ["&Later today (+3 h)", "&Tomorrow (9:00)"]  # 9:00
    open_menu(button).close()
    clock.set(D(2026, 3, 2, 17, 59))
    assert offered()[0] == "&Later today (+3 h)"  # 20:59: today, before the quiet hours (21:00)
    open_menu(button).close()
    clock.set(D(2026, 3, 2, 20, 0))  # 23:00 is quiet: just before they begin instead
    assert offered()[0] == "&Later today (20:45)"
    open_menu(button).close()
    clock.set(D(2026, 3, 2, 20, 59))  # 23:59 fell in the quiet hours, announced at 8:00
    assert offered()[0] == "&Tomorrow (9:00)"
    open_menu(button).close()
    clock.set(D(2026, 3, 2, 22))
    assert offered() == ["&Tomorrow (9:00)", "&Next week (Monday 9:00)", "&Pick a date…"]
    open_menu(button).close()
    clock.set(D(2026, 3, 3, 0, 30))
    assert offered()[0] == "&Tomorrow (9:00)"
    next(a for a in button.menu().actions() if a.text() == "&Tomorrow (9:00)").trigger()
    assert context.core.follow_ups.get(row.follow_up_id).effective_due == D(2026, 3, 3, 9)  # type: ignore[union-attr,arg-type]


def test_left_open_the_view_turns_over_when_the_next_item_falls_due(
    qtbot: QtBot, view: TodayView, context: AppContext, clock: FixedClock
) -> None:
    # Bob's call back is due at 15:00 today, the first moment after 9:00 that changes the view
    assert view.next_change.interval() == 6 * 3600_000 + 250
    assert view.due_label.text() == "2 follow-ups due"
    clock.set(D(2026, 3, 2, 23, 59, 59))
    view.refresh()  # as the timer does; at 23:59:59 the next change is midnight, a second away
    assert view.next_change.interval() == 1250
    assert view.due_label.text() == "3 follow-ups due"
    clock.set(D(2026, 3, 3, 0, 0, 1))
    with qtbot.waitSignal(view.next_change.timeout, timeout=3000):
        pass
    qtbot.waitUntil(lambda: "Bob" in " ".join(view.row_texts("overdue")))
    assert QLocale().toString(QDate(2026, 3, 3), QLocale.FormatType.LongFormat) in (
        view.header.text()
    )


def test_done_snooze_reschedule_and_skip_are_undone_exactly(
    qtbot: QtBot, view: TodayView, context: AppContext
) -> None:
    core, stack = context.core, context.undo_stack
    view.item_actions.ask_summary = lambda _parent, _prefill: "Called her"
    view.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 10, 11), True)
    olga = _row(view, "overdue", "Olga")
    (before,) = core.follow_ups.of_contact(olga.contact_id)
    olga.findChild(QToolButton, "doneButton").click()
    assert core.journal.for_contact(olga.contact_id)[0].summary == "Called her"
    assert stack.undoText() == "Done — Olga"
    stack.undo()  # Ctrl+Z
    assert [e.summary for e in core.journal.for_contact(olga.contact_id)] == [
        "talk 3", "talk 2", "talk 1"
    ]  # fmt: skip
    assert core.follow_ups.of_contact(olga.contact_id) == [before]
    assert core.contacts.get(olga.contact_id).last_interaction == D(2025, 1, 3)  # type: ignore[union-attr]
    stack.redo()
    assert core.journal.for_contact(olga.contact_id)[0].summary == "Called her"
    stack.undo()
    ana = _row(view, "overdue", "Ana")
    (ana_before,) = core.follow_ups.of_contact(ana.contact_id)
    for act in (
        lambda: view.item_actions.snooze(ana_before.id, D(2026, 3, 5, 9)),  # type: ignore[arg-type]
        lambda: view.item_actions.reschedule(ana_before.id),  # type: ignore[arg-type]
        lambda: view.item_actions.skip(ana_before.id),  # type: ignore[arg-type]
    ):
        act()
        assert core.follow_ups.of_contact(ana.contact_id, include_done=True) != [ana_before]
        stack.undo()
        assert core.follow_ups.of_contact(ana.contact_id, include_done=True) == [ana_before]
    qtbot.waitUntil(lambda: any(t.startswith("Ana —") for t in view.row_texts("overdue")))


def test_a_birthday_reads_as_a_whole_sentence_in_the_users_language(
    qtbot: QtBot, qapp: QApplication, context: AppContext
) -> None:
    """The name goes inside the translated text: Spanish put "cumpleaños" after the name
    ("Ana cumpleaños"), and no catalogue could move it."""
    core = context.core
    person(core, "Ana", birthday=PartialDate(None, 3, 4))
    person(core, "Bea", birthday=PartialDate(1986, 3, 5))
    person(core, "Cy", anniversary=PartialDate(None, 3, 6))
    spanish = Spanish()
    qapp.installTranslator(spanish)
    try:
        widget = TodayView(context)
        qtbot.addWidget(widget)
        assert [t.split(" · ")[0] for t in widget.row_texts("birthdays")] == [
            "Cumpleaños de Ana",
            "Bea cumple 40 años",
            "Aniversario de Cy",
        ]
    finally:
        qapp.removeTranslator(spanish)


def test_a_name_holding_a_placeholder_is_shown_as_written(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    """The cobweb row filled "%1" with the name, then "%2" with the date: a "%2" in the name
    became the date."""
    core = context.core
    clock.set(D(2025, 1, 1, 9))
    odd = person(core, "Studio 100%2")  # (with a rhythm, listed as overdue instead)
    for day in (1, 2, 3):  # talked to three times, then silence: worth reviving
        core.journal.log([odd], "call", f"talk {day}", at=D(2025, 1, day, 10))
    clock.set(D(2026, 3, 2, 9))
    widget = TodayView(context)
    qtbot.addWidget(widget)
    (text,) = widget.row_texts("cobwebs")
    assert text.startswith("Studio 100%2 — last talked ")


def test_long_overdue_items_say_how_late_in_months_or_years() -> None:
    """ "2872 days late" told nobody anything at a glance."""
    from netdesk.ui.today_view import late_text

    assert [late_text(d) for d in (1, 3, 59)] == ["1 day late", "3 days late", "59 days late"]
    assert [late_text(d) for d in (60, 95, 729)] == [
        "2 months late",
        "3 months late",
        "24 months late",
    ]
    assert [late_text(d) for d in (730, 2872)] == ["2 years late", "7 years late"]


def test_tomorrow_reads_as_tomorrow(qtbot: QtBot, context: AppContext) -> None:
    """A snooze to "Tomorrow (9:00)" read back as "Tue 3 Mar 9:00", a date to work out."""
    core = context.core  # the clock: Mon 2 Mar 2026, 09:00
    eve = person(core, "Eve", birthday=PartialDate(None, 3, 3))
    core.follow_ups.add(eve, D(2026, 3, 3, 9), "Call back")
    fay = person(core, "Fay")
    core.follow_ups.add(fay, D(2026, 3, 3), "Lunch", has_time=False)
    gus = person(core, "Gus")
    core.follow_ups.add(gus, D(2026, 3, 4), "Later", has_time=False)
    widget = TodayView(context)
    qtbot.addWidget(widget)
    assert widget.row_texts("week") == [
        "Fay — Lunch · tomorrow",  # a day's item comes before the day's times
        "Eve — Call back · tomorrow " + short_time(D(2026, 3, 3, 9)),
        "Gus — Later · " + short_date(dt.date(2026, 3, 4)),
    ]
    assert widget.row_texts("birthdays") == ["Eve's birthday · tomorrow"]


def test_two_people_of_one_name_are_told_apart(qtbot: QtBot, context: AppContext) -> None:
    """Two rows reading "Henry Davies — Ask about the intro" left the user to guess."""
    core = context.core
    acme = person(core, "Henry", family_name="Davies", organization="Acme")
    other = person(core, "Henry", family_name="Davies", title="Designer")
    plain = person(core, "Henry", family_name="Davies")
    lone = person(core, "Ivy", organization="Acme")
    for contact_id in (acme, other, plain, lone):
        core.follow_ups.add(contact_id, D(2026, 3, 1), "Ask about the intro", has_time=False)
    core.follow_ups.add(acme, D(2026, 3, 4), "Lunch", has_time=False)
    widget = TodayView(context)
    qtbot.addWidget(widget)
    assert sorted(widget.row_texts("overdue")) == [
        "Henry Davies (Acme) — Ask about the intro · 1 day late",
        "Henry Davies (Designer) — Ask about the intro · 1 day late",
        "Henry Davies — Ask about the intro · 1 day late",
        "Ivy — Ask about the intro · 1 day late",
    ]
    assert widget.row_texts("week") == [
        f"Henry Davies (Acme) — Lunch · {short_date(dt.date(2026, 3, 4))}"
    ]


@pytest.mark.qt_log_ignore("does not support")  # offscreen: the dialog is not sized or raised
def test_done_asks_in_a_dialog_that_names_whom_it_is_about(
    qtbot: QtBot, view: TodayView, context: AppContext
) -> None:
    """From a row of two Henry Davies, or the tray with the window hidden, the question's
    title said "Done" alone."""
    core = context.core
    hal = person(core, "Hal", organization="Acme")
    core.follow_ups.add(hal, D(2026, 3, 1), "Ask about the intro", has_time=False)
    view.refresh()
    seen = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DoneDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog.windowTitle())
        dialog.summary.setText("Asked him")
        dialog.accept()

    QTimer.singleShot(0, answer)
    _row(view, "overdue", "Hal").findChild(QToolButton, "doneButton").click()
    assert seen == ["Done — Hal (Acme)"]
    assert core.journal.for_contact(hal)[0].summary == "Asked him"


def test_an_empty_section_says_so_readably(qtbot: QtBot, context: AppContext) -> None:
    """Disabled, "Nothing overdue." was drawn at 1.6:1 against the window."""
    from PySide6.QtGui import QPalette

    from netdesk.ui.today_view import Section

    view = TodayView(context)
    qtbot.addWidget(view)
    view.refresh()
    empties = [s.empty for s in view.findChildren(Section) if s.empty.isVisibleTo(view)]
    assert empties
    for label in empties:
        assert label.isEnabled()
        assert label.foregroundRole() == QPalette.ColorRole.PlaceholderText


def test_a_rows_buttons_say_whom_they_are_for(view: TodayView) -> None:
    """A screen reader heard "Done…" on every row, and nothing at all for "⋯"."""
    from netdesk.ui.today_view import Row

    row = next(r for r in view.findChildren(Row) if r.text.startswith("Bob — Call back"))
    names = {b.objectName(): b.accessibleName() for b in row.findChildren(QToolButton)}
    assert names["doneButton"] == f"Done…: {row.text}"
    assert names["moreButton"] == f"More actions: {row.text}"


def test_a_date_being_picked_outlives_a_rebuild_of_the_rows(
    qtbot: QtBot, view: TodayView, context: AppContext, open_menu: OpenMenu
) -> None:
    """Reschedule… asks in a dialog its row's ⋯ button owns: the view rebuilding its rows
    meanwhile (the next item falling due, midnight, a change elsewhere) deleted it with the
    date being picked, and the item stayed where it was."""
    picked: list[str] = []

    def pick_while_the_view_rebuilds() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, pick_while_the_view_rebuilds)
            return
        view.refresh()
        dialog.date_edit.setDate(QDate(2026, 3, 5))  # type: ignore[attr-defined]
        QTimer.singleShot(20, lambda: picked.append(dialog.objectName()) or dialog.accept())  # type: ignore[attr-defined]

    QTimer.singleShot(0, pick_while_the_view_rebuilds)
    row = _row(view, "later", "Bob")
    more = {a.text(): a for a in open_menu(row.findChild(QToolButton, "moreButton")).actions()}
    more["&Reschedule…"].trigger()
    assert picked == ["followUpDialog"]
    (item,) = context.core.follow_ups.of_contact(row.contact_id)
    assert item.due == D(2026, 3, 5, 15)
    qtbot.waitUntil(lambda: any(t.startswith("Bob —") for t in view.row_texts("week")))


def test_after_a_suspend_the_view_turns_over_within_a_minute(
    qtbot: QtBot, view: TodayView, clock: FixedClock
) -> None:
    """A QTimer counts only the time the machine is awake: a laptop shut on Friday at 18:00
    and opened on Monday showed Friday's Today (its header, "Due today", no overdue) for as
    long as the timer still had to run (hours)."""
    assert view.next_change.isActive() and view.clock_check.isActive()
    assert view.clock_check.interval() == 60_000
    clock.set(D(2026, 3, 5, 9, 30))  # the machine wakes three days later
    view.clock_check.look()  # its minute: the view's own timer still has hours to run
    qtbot.waitUntil(lambda: "Bob" in " ".join(view.row_texts("overdue")))
    assert QLocale().toString(QDate(2026, 3, 5), QLocale.FormatType.LongFormat) in (
        view.header.text()
    )
    with qtbot.assertNotEmitted(view.clock_check.passed):
        view.clock_check.look()  # once per turn-over: nothing read again each minute


def test_a_rows_menu_open_while_the_view_rebuilds_stays_and_works(
    qtbot: QtBot, view: TodayView, context: AppContext
) -> None:
    """A row's Snooze menu runs its own exec() from the button: the view rebuilding its rows
    meanwhile (the next item falling due, midnight, a change netdesk-cli made) deleted the
    button and the menu under it, and netdesk crashed."""
    seen: list[bool] = []

    def rebuild_while_the_menu_is_open() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, rebuild_while_the_menu_is_open)
            return
        view.refresh()
        QTimer.singleShot(50, lambda: pick_tomorrow(menu))  # in the menu's own exec()

    def pick_tomorrow(menu: QMenu) -> None:
        seen.append(menu.isVisible())
        next(a for a in menu.actions() if a.text() == "&Tomorrow (9:00)").trigger()
        menu.close()

    QTimer.singleShot(0, rebuild_while_the_menu_is_open)
    row = _row(view, "later", "Bob")
    QTest.mouseClick(row.findChild(QToolButton, "snoozeButton"), Qt.MouseButton.LeftButton)
    assert seen == [True]
    (item,) = context.core.follow_ups.of_contact(row.contact_id)
    assert item.effective_due == D(2026, 3, 3, 9)


def test_back_from_a_holiday_every_overdue_item_is_snoozed_at_once_and_undone_at_once(
    qtbot: QtBot, view: TodayView, context: AppContext, open_menu: OpenMenu
) -> None:
    """300 items overdue after a holiday were 300 Snooze menus to open, 20 a page."""
    core = context.core
    overdue = {r.follow_up_id for r in view.sections["overdue"].rows}
    assert len(overdue) == 2  # Ana's proposal and Olga's keep in touch
    button = view.snooze_all
    assert button.isVisibleTo(view)
    menu = open_menu(button)
    with qtbot.waitSignal(context.changes.follow_ups_changed):
        next(a for a in menu.actions() if a.text() == "&Next week (Monday 9:00)").trigger()
    assert {core.follow_ups.get(i).effective_due for i in overdue} == {D(2026, 3, 9, 9)}  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not view.row_texts("overdue"))
    assert not button.isVisibleTo(view)
    stack = context.undo_stack
    # "Snooze 2 follow-ups" once the catalogue has the new string's English plural
    assert stack.count() == 1 and stack.undoText().startswith("Snooze 2 follow-up")
    stack.undo()
    assert all(core.follow_ups.get(i).effective_due < D(2026, 3, 2) for i in overdue)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len(view.row_texts("overdue")) == 2)
    stack.redo()
    assert {core.follow_ups.get(i).effective_due for i in overdue} == {D(2026, 3, 9, 9)}  # type: ignore[union-attr]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_many_overdue_items_are_snoozed_on_the_worker_and_a_failure_changes_nothing(
    qtbot: QtBot, context: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.ui import today_view

    core = context.core
    for n in range(6):
        person(core, f"P{n}", keep_in_touch_days=7)
    clock.set(D(2026, 3, 20, 9))
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    monkeypatch.setattr(today_view, "SNOOZE_ALL_ON_THE_GUI_THREAD", 3)
    assert view.sections["overdue"].title.text() == "<b>Overdue</b> (6)"
    real_snooze = core.follow_ups.snooze
    calls: list[int] = []

    def snooze_until_the_disk_is_full(item_id: int, until: dt.datetime):  # type: ignore[no-untyped-def]
        calls.append(item_id)
        if len(calls) == 3:
            raise OSError("the disk is full")
        return real_snooze(item_id, until)

    monkeypatch.setattr(core.follow_ups, "snooze", snooze_until_the_disk_is_full)
    from netdesk.ui import operations

    monkeypatch.setattr(operations, "show_problem", lambda *args: None)
    assert view.snooze_overdue(lambda now: D(2026, 3, 21, 9))
    qtbot.waitUntil(lambda: not operations.Operation.running_now(), timeout=10_000)
    assert core.follow_ups.count_due() == 6  # one transaction: none of them moved
    assert context.undo_stack.count() == 0
    monkeypatch.setattr(core.follow_ups, "snooze", real_snooze)
    with qtbot.waitSignal(context.changes.follow_ups_changed, timeout=10_000):
        view.snooze_overdue(lambda now: D(2026, 3, 21, 9))
    assert core.follow_ups.count_due() == 0
    assert context.undo_stack.undoText().startswith("Snooze 6 follow-up")
    with qtbot.waitSignal(context.changes.follow_ups_changed, timeout=10_000):
        context.undo_stack.undo()  # on the worker too
    assert core.follow_ups.count_due() == 6
