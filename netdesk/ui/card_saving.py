"""The card's Save: the form read back and checked, the save rebased on changes made
elsewhere, a contact deleted meanwhile kept as a new one, the form following what was stored."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPlainTextEdit, QWidget

from netdesk.core.contacts import ContactGoneError, ValidationError, rebase_edit
from netdesk.core.names import display_name
from netdesk.core.types import Contact, PartialDate
from netdesk.ui import card_fields as cf
from netdesk.ui import undo
from netdesk.ui.card_dates import NoSuchDayError, NoSuchYearError, format_partial, parse_partial
from netdesk.ui.widgets import InlineMessage, fill, tr

if TYPE_CHECKING:
    from netdesk.ui.contact_card import ContactCard

# what the card's undo keeps of the form (ContactCard._form_state): the values, the texts of
# the dates and "Met through", and how many rows each multi-valued field has
FormState = tuple[Contact, tuple[str, ...], tuple[int, ...]]


def save(card: ContactCard) -> bool:
    """Validate and save through the undo stack; nothing invalid is written."""
    card.photo_reader.finish()  # a photo being read is part of the edit
    if card.contact is None or not (card.dirty or card.is_new) or card._saving:
        # (_saving: asked again by the list while this save announces its change: the
        # only contact deleted elsewhere, added back, made a second one that way)
        return True
    card.refused = ("", 0)
    edited, problems = card.edited_contact()
    if edited is None:
        return True
    if problems:
        message, field = _first_shown(card)
        problem = message.text() if message is not None else None
        card.refused = (problem or problems[0], len(problems))
        card._refusal = tr("Not saved: %1").replace("%1", card.refused[0])
        card.problem_label.show_problem(card._refusal)
        # the "Nothing changed" of a Save before stood beside "Not saved: …"
        _unsay(card, tr("Nothing changed: the card is as it was."))
        if message is not None and field is not None:  # maybe a long way down the card
            card._body_column.activate()  # its message has just been shown
            # and "Not saved: …" above the view, which takes its room: scrolled before, a
            # message under a field near the bottom edge was left cut off there
            outer = card.layout()
            if outer is not None:
                outer.activate()
            card.scroll_area.ensureWidgetVisible(message, 50, 8)
            card.scroll_area.ensureWidgetVisible(field)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return False
    if not card.is_new and not touched_fields(card, edited):
        # typed and taken back ("x" then Backspace, or the field's own Ctrl+Z): an "Edit"
        # step that changed nothing went on the undo stack, and the redo before it was lost
        card._set_dirty(False)
        card.problem_label.show_problem(None)
        # said, as "Saved." is: after a refused Save, the red line and Save went without a
        # word, and whether the card was saved was left to guess
        _say(card, tr("Nothing changed: the card is as it was."))
        return True
    card._saving = True
    try:
        if card.is_new:
            card._deleted_name = None  # Save adds it back: no longer a question to ask
            command = undo.CreateContact(card.context, edited, kept=card._kept_emails)
            undo.push(card.context, command)
            new_id = command.contact_id
        else:
            assert card.contact is not None and card.contact.id is not None
            # what changed elsewhere meanwhile (a bulk tag, archive, cadence) is kept
            stored = card.context.core.contacts.get(card.contact.id)
            if stored is None:
                _deleted_meanwhile(card, edited)
                return False
            base = card._shown or card.contact
            edited = rebase_edit(base, edited, _stored_as_read(base, edited, stored))
            undo.push(card.context, undo.EditContact(card.context, stored, edited))
            new_id = edited.id
    except ContactGoneError:  # deleted after it was read just above: nothing written
        _deleted_meanwhile(card, edited)
        return False
    except ValidationError as error:
        card.refused = (error.message, 1)
        card.problem_label.show_problem(tr("Not saved: %1").replace("%1", error.message))
        return False
    finally:
        card._saving = False
    card.problem_label.show_problem(None)
    was_new = card.is_new
    card.is_new = False
    card._set_dirty(False)
    if new_id is not None and not was_new:
        _show_saved(card, new_id)
        card.saved.emit(new_id)
    elif new_id is not None:
        # the card stays where the user typed: loaded afresh it went back to its top, the
        # focus left in a field out of sight (Ctrl+S in Birthday, then typing went there)
        bar = card.scroll_area.verticalScrollBar()
        scrolled = bar.value()
        card.show_contact(new_id)
        bar.setValue(scrolled)
        card.created.emit(new_id)
    return True


def _say(card: ContactCard, text: str) -> None:
    """``text`` in the status bar of the card's window, if it is the main window."""
    window = card.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 5000)


def _unsay(card: ContactCard, text: str) -> None:
    """``text`` taken from the status bar of the card's window, if it is still there."""
    window = card.window()
    if isinstance(window, QMainWindow) and window.statusBar().currentMessage() == text:
        window.statusBar().clearMessage()


def _stored_as_read(base: Contact, edited: Contact, stored: Contact) -> Contact:
    """``stored``, the items of the lists the edit changed given as the form read them when
    loaded (``base``): a phone without its E.164 form, a label in lower case ("Work"), a
    value without its spaces. Told apart, every such item looked changed elsewhere and the
    rebase merged the stored list back in: a number edited was kept beside the new one, one
    removed came back, and the ones added went first."""
    read = dataclasses.replace(stored)
    for item in dataclasses.fields(Contact):
        theirs, before = getattr(stored, item.name), getattr(base, item.name)
        if item.name == "tags" or not isinstance(theirs, list):
            continue
        if getattr(edited, item.name) != before:
            as_read = {_loosely(value): value for value in before}
            setattr(read, item.name, [as_read.get(_loosely(value), value) for value in theirs])
    return read


def _loosely(value: object) -> object:
    """A list item as the form may read it otherwise than it is stored (see above)."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    parts = (getattr(value, f.name) for f in dataclasses.fields(value) if f.name != "e164")
    return tuple(p.strip().casefold() if isinstance(p, str) else p for p in parts)


def _deleted_meanwhile(card: ContactCard, edited: Contact) -> None:
    """The contact was deleted elsewhere (netdesk-cli, another window) while the card had
    unsaved edits: they stay on the card, now a new contact that Save adds back and Revert
    lets go. Saved over the gone contact they vanished unsaid (and with an e-mail, the
    store refused them with an error)."""
    card.contact = dataclasses.replace(
        edited,
        id=None,
        display_name="",
        created_at=None,
        updated_at=None,
        last_interaction=None,
        next_due=None,
    )
    card.is_new = True
    card._deleted_name = display_name(edited) or edited.display_name
    card._kept_emails = tuple(e.value for e in (card._shown or edited).emails)
    card.met_through.excluded_id = None
    card._set_dirty(True)
    card.problem_label.show_problem(
        fill(
            tr(
                "“%1” was deleted meanwhile (by another program such as netdesk-cli): "
                "Save adds them back with your changes, Revert lets them go."
            ),
            display_name(edited) or edited.display_name,
        )
    )


def deleted_elsewhere(card: ContactCard) -> str | None:
    """The name of the contact another program deleted while the card had unsaved edits
    of it, else None. Found gone now, the card holds the edits as a new contact, which
    Save adds (see _deleted_meanwhile)."""
    if card._deleted_name is None and card.dirty and not card.is_new:
        contact_id = card.contact_id()
        if contact_id is not None and card.context.core.contacts.get(contact_id) is None:
            edited, _problems = card.edited_contact(quiet=True)
            if edited is not None:
                _deleted_meanwhile(card, edited)
    return card._deleted_name


def _show_saved(card: ContactCard, contact_id: int) -> None:
    """After Save: the card shows the stored contact, filling again only the fields the
    store holds otherwise than the form (a phone's number normalized, a tag merged in,
    the dates it works out). Filling the whole form anew (its rows made again and laid
    out) held the window ~30 ms after every save on top of the list's reload."""
    fresh = card.context.core.contacts.get(contact_id)
    if fresh is None:
        card._load(None)
        return
    card.contact = card.edited_contact(quiet=True)[0]  # what the form shows: now saved
    card._shown = copy.deepcopy(card.contact)
    card.history.clear()  # Ctrl+Z now undoes the save
    card._loading = True
    try:
        # the typing is saved: Ctrl+Z in a field now undoes the save (the app's stack),
        # not the field's own typing, as after a whole fill
        for line in card.findChildren(QLineEdit):
            if line.isUndoAvailable() or line.isRedoAvailable():
                line.setText(line.text())
        for box in card.findChildren(QPlainTextEdit):
            box.document().clearUndoRedoStacks()
        # a date as typed ("05-14") shows as it is stored and read back ("--05-14")
        for name, edit in (
            ("met_on", card.met_on),
            ("birthday", card.birthday),
            ("anniversary", card.anniversary),
        ):
            stored_text = format_partial(getattr(card.contact, name))
            if edit.text().strip() != stored_text:
                edit.setText(stored_text)
    finally:
        card._loading = False
    _rebase(card, fresh)


def reload_after_change(card: ContactCard) -> None:
    if card.contact is None or card.contact.id is None:
        return
    fresh = card.context.core.contacts.get(card.contact.id)
    if fresh is None and card.dirty:  # deleted elsewhere: the edits are not dropped unsaid
        deleted_elsewhere(card)
    elif fresh is None:
        card._load(None)
    else:
        card.cadence.tag_days = card.context.core.contacts.tag_defaults()  # (may have moved)
        card.cadence.name_never()
        # only the fields that changed are shown again (unsaved edits stay): filling the
        # whole form anew (its rows made again, laid out) held the window ~30 ms
        _rebase(card, fresh)


def _rebase(card: ContactCard, stored: Contact) -> None:
    """The contact changed elsewhere (or was just saved): the fields the user did not
    touch show the stored values, unsaved edits stay (a bulk tag, a cadence or an
    archive made meanwhile is no longer written back over by Save)."""
    assert card.contact is not None
    edited, _problems = card.edited_contact(quiet=True)
    assert edited is not None
    touched = touched_fields(card, edited)
    base = copy.deepcopy(stored)
    for name in touched:  # the edits stay changes from what the card was loaded with
        setattr(base, name, copy.deepcopy(getattr(card.contact, name)))
    moved = {
        item.name
        for item in dataclasses.fields(Contact)
        if item.name not in touched
        and getattr(stored, item.name) != getattr(card.contact, item.name)
    }
    card.contact = base
    card._loading = True
    try:
        card._fill(base, moved)
    finally:
        card._loading = False
    shown, _problems = card.edited_contact(quiet=True)
    if card._shown is not None and shown is not None:
        for name in moved:  # the form shows the stored values of these now
            setattr(card._shown, name, copy.deepcopy(getattr(shown, name)))
        card.history.adjust(lambda state: _moved_in(card, state, moved))
    card._refresh_header(stored)


def _moved_in(card: ContactCard, state: FormState, moved: set[str]) -> FormState:
    """A state the undo keeps, with the fields changed elsewhere as the form shows them
    now: undoing a removed row must not put back a tag or a date replaced meanwhile."""
    kept, texts = copy.deepcopy(state[0]), list(state[1])
    now, now_texts, now_rows = card._form_state()
    for name in moved:
        setattr(kept, name, copy.deepcopy(getattr(now, name)))
    for index, name in enumerate(("met_on", "birthday", "anniversary", "met_through_id")):
        if name in moved:
            texts[index] = now_texts[index]
    # and as many rows as the form shows of those: the counts kept from before put an empty
    # row back beside the values stored meanwhile (Ctrl+Z of "Add e-mail")
    names = [name for name, _editor in card._value_lists()]
    rows = tuple(
        now_count if name in moved else count
        for name, count, now_count in zip(names, state[2], now_rows, strict=True)
    )
    return kept, tuple(texts), rows


def touched_fields(card: ContactCard, edited: Contact) -> set[str]:
    """The fields the unsaved edits changed from the contact as the card showed it when
    loaded (a date or a person typed but not valid yet counts as changed)."""
    base = card._shown if card._shown is not None else card.contact
    assert base is not None
    touched = {
        item.name
        for item in dataclasses.fields(Contact)
        if getattr(edited, item.name) != getattr(base, item.name)
    }
    for name, edit in (
        ("met_on", card.met_on),
        ("birthday", card.birthday),
        ("anniversary", card.anniversary),
    ):
        if edit.text().strip() != format_partial(getattr(base, name)):
            touched.add(name)
    if card.met_through.unmatched_text():
        touched.add("met_through_id")
    return touched


def edited_contact(card: ContactCard, *, quiet: bool = False) -> tuple[Contact | None, list[str]]:
    """The contact as the form shows it, and the problems that block saving it, shown
    under their fields unless ``quiet``."""
    if card.contact is None:
        return None, []
    problems: list[str] = []
    c = copy.deepcopy(card.contact)
    c.given_name = _one_line(card.given_name)
    c.family_name = _one_line(card.family_name)
    c.additional_names = _one_line(card.additional_names)
    c.prefix = _one_line(card.prefix)
    c.suffix = _one_line(card.suffix)
    c.nickname = _one_line(card.nickname)
    c.formatted_name = _one_line(card.formatted_name)
    c.organization = _one_line(card.organization)
    c.department = _one_line(card.department)
    c.title = _one_line(card.job_title)
    c.met_at = _one_line(card.met_at)
    c.met_through_id = card.met_through.contact_id
    unmatched = card.met_through.unmatched_text()
    met_through_problem = (
        tr(
            "No contact “%1”: choose the person from the list as you type, or clear the field."
        ).replace("%1", unmatched)
        if unmatched
        else None
    )
    if met_through_problem:
        problems.append(met_through_problem)
    if not quiet:
        card.met_through_problem.show_problem(met_through_problem)
    today = card.context.core.clock.now().date()
    for name, edit, message in (
        ("met_on", card.met_on, card.met_on_problem),
        ("birthday", card.birthday, card.birthday_problem),
        ("anniversary", card.anniversary, card.anniversary_problem),
    ):
        # a day met or born is one gone by ("2062" typed for "1962" was kept without a word,
        # and its birthday never said an age); one the contact came with stays as it is
        loaded = getattr(card.contact, name, None) if card.contact is not None else None
        gone_by = today if name != "anniversary" else None  # a wedding may be ahead
        value = _typed_date(edit, None if quiet else message, problems, gone_by, loaded)
        setattr(c, name, value)
    c.what_they_do = card.what_they_do.toPlainText().strip()
    c.looking_for = card.looking_for.toPlainText().strip()
    c.can_offer = card.can_offer.toPlainText().strip()
    c.notes = card.notes.toPlainText().strip()
    c.tags = card.tags.tags()
    c.photo = card._photo
    if not quiet:
        for editor in (card.emails, card.phones, card.urls, card.related, card.custom):
            problems += editor.check()
    c.emails = cf.emails_of(card.emails)
    c.phones = cf.phones_of(card.phones)
    c.addresses = cf.addresses_of(card.addresses)
    c.urls = cf.urls_of(card.urls)
    c.related = cf.related_of(card.related)
    c.custom_fields = cf.custom_of(card.custom)
    c.keep_in_touch_days = card.cadence.days()
    problem = None
    if not display_name(c):
        problem = tr("Give the contact a name (or at least an organization, e-mail or phone).")
        problems.append(problem)
    if not quiet:
        card.name_problem.show_problem(problem)
    return c, problems


def _one_line(edit: QLineEdit) -> str:
    """A one-line field's text, its runs of spaces, tabs and line breaks one space: lines
    pasted into it ("Web Summit" and "Lisbon" copied together) were stored with their line
    break. (The loaded contact is read the same way, so a value stored so is kept as it is
    unless its field is edited.)"""
    return " ".join(edit.text().split())


def _after(date: PartialDate, today: dt.date) -> bool:
    """Whether ``date`` is certainly after ``today`` (one without a year never is)."""
    if date.year is None:
        return False
    typed = (date.year, date.month or 0, date.day or 0)
    return typed > (today.year, today.month if date.month else 0, today.day if date.day else 0)


def _typed_date(
    edit: QLineEdit,
    message: InlineMessage | None,
    problems: list[str],
    gone_by: dt.date | None = None,
    loaded: PartialDate | None = None,
) -> PartialDate | None:
    """The date typed in ``edit``; its problem is shown in ``message`` (None: not shown).
    ``gone_by``: the date must not be after it, unless it is the one ``loaded``."""
    text = edit.text().strip()
    problem = None
    value = None
    if text:
        try:
            value = parse_partial(text)
            if gone_by is not None and value != loaded and _after(value, gone_by):
                problem = fill(tr("“%1” is after today: check the year."), text)
                problems.append(problem)
        except NoSuchYearError:  # "0000": no calendar has a year 0
            problem = fill(tr("“%1” is not a year of the calendar: check the year."), text)
            problems.append(problem)
        except NoSuchDayError:  # the right form: "use YYYY-MM-DD" said nothing of what was wrong
            problem = fill(tr("“%1” is not a day of the calendar: check the month and day."), text)
            problems.append(problem)
        except ValueError:
            problem = tr("“%1” is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD.").replace(
                "%1", text
            )
            problems.append(problem)
    if message is not None:
        message.show_problem(problem)
    return value


def forget_refusal(card: ContactCard) -> None:
    """The header's "Not saved: …" follows the fields' problems as each goes (as its field is
    edited): it names the first one left, and goes with the last. It named a date already
    put right."""
    if card._refusal and card.problem_label.text() == card._refusal:
        problem = _first_problem(card)[0]
        card._refusal = tr("Not saved: %1").replace("%1", problem) if problem else ""
        card.problem_label.show_problem(card._refusal or None)


def _first_problem(card: ContactCard) -> tuple[str | None, QWidget | None]:
    """The first problem shown on the card, from the top, and the field it is about."""
    message, field = _first_shown(card)
    return (message.text(), field) if message is not None else (None, None)


def _first_shown(card: ContactCard) -> tuple[InlineMessage | None, QWidget | None]:
    """The first problem's message shown on the card, from the top, and its field."""
    shown: list[tuple[InlineMessage, QWidget]] = [
        (card.name_problem, card.given_name),
        (card.met_on_problem, card.met_on),
        (card.met_through_problem, card.met_through.edit),
    ]
    for editor in (card.emails, card.phones, card.urls):
        shown += [(row.problem, row.value_edits()[0]) for row in editor.rows]
    shown += [
        (card.birthday_problem, card.birthday),
        (card.anniversary_problem, card.anniversary),
    ]
    for editor in (card.related, card.custom):
        shown += [(row.problem, row.value_edits()[0]) for row in editor.rows]
    for message, field in shown:
        if message.text():
            return message, field
    return None, None
