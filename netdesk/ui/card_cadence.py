"""The card's keep-in-touch menu: a cadence of the contact's own, a custom number of days, or
what its tags give it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QSpinBox

from netdesk.core.types import NEVER_KEEP_IN_TOUCH
from netdesk.ui.card_rhythm import cadence_choices, every_text
from netdesk.ui.widgets import fill, tr


class CadenceMenu(QComboBox):
    """The cadence menu; its item data are days, None (no cadence of the contact's own),
    NEVER_KEEP_IN_TOUCH, or -1 for "Custom…", whose days ``custom_days`` holds (laid out
    beside the menu by the card).

    Signals:
        edited(): the user chose a cadence or changed the custom days.
        changed_from(object): a step for the card's undo, with the cadence shown before it
            (days, None or NEVER_KEEP_IN_TOUCH): each choice in the menu, and once each
            typing in the custom days (until Enter or the box is left), not its own undo.
    """

    edited = Signal()
    changed_from = Signal(object)

    def __init__(self, tags: Callable[[], list[str]]) -> None:
        """``tags``: the tags the card's field holds now (their defaults name an item)."""
        super().__init__()
        self._tags = tags
        self.tag_days: dict[str, int] = {}  # tags' default cadences, read with each contact
        self._preset_days: int | None = None  # the menu's last choice other than custom
        self._shown_days: int | None = None  # the cadence shown (before a change, for its step)
        self._typing = False  # the custom days' typing now has its step
        self._quiet = False  # the custom days set by the menu itself, not typed
        self._own_undo = False  # the custom days' box undoes (or redoes) its own typing
        self.setObjectName("cadenceBox")
        self.setAccessibleName(tr("Keep in touch"))
        for days, label in cadence_choices():
            self.addItem(label, days)
        # its first item names a tag's rhythm ("Every month (from its tags)"): as wide as that
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.custom_days = QSpinBox()
        self.custom_days.setRange(1, 3650)
        self._custom_days_unit(self.custom_days.value())
        self.custom_days.valueChanged.connect(self._custom_days_unit)
        self.custom_days.setAccessibleName(tr("Custom cadence in days"))
        self.custom_days.hide()
        self.activated.connect(self._chosen)
        self.custom_days.valueChanged.connect(self._typed)
        self.custom_days.valueChanged.connect(lambda _v: self.edited.emit())
        # each keystroke was a step of the card's undo, and the box's own Ctrl+Z one more
        self.custom_days.editingFinished.connect(self._typing_done)
        self.custom_days.installEventFilter(self)

    def tag_default(self, tags: list[str]) -> int | None:
        """The cadence these tags give a contact without one of its own (the shortest)."""
        given = [self.tag_days[n.casefold()] for n in tags if n.casefold() in self.tag_days]
        return min(given) if given else None

    def name_never(self, *_edited: object) -> None:
        """No cadence of the contact's own means its tags' default, when one has a default:
        the menu's first item says which, and "Never" under it overrides it (stored as
        NEVER_KEEP_IN_TOUCH). Without such a tag one item says "Never": the contact's own
        "never" while that is chosen (or stored), else no cadence at all."""
        days = self.tag_default(self._tags())
        own_never = self.currentData() == NEVER_KEEP_IN_TOUCH
        inherited = fill(tr("%1 (from its tags)"), every_text(days)) if days else tr("Never")
        self._item(None, bool(days) or not own_never, inherited)
        self._item(NEVER_KEEP_IN_TOUCH, bool(days) or own_never, tr("Never"))

    def _item(self, days: int | None, wanted: bool, text: str) -> None:
        """The menu's item for ``days`` (None or "never") there with ``text``, or not there."""
        index = self.findData(days)
        if not wanted:
            if index >= 0:
                self.removeItem(index)
        elif index < 0:  # "from its tags" first, "never" right under it
            at = 0 if days is None else self.findData(None) + 1
            self.insertItem(at, text, days)
        else:
            self.setItemText(index, text)

    def set_days(self, days: int | None) -> None:
        """Show a contact's cadence (None: none of its own)."""
        if days is None or days == NEVER_KEEP_IN_TOUCH:
            # the item may be gone: the contact shown before chose "never" with no rhythm tag,
            # and its one "Never" item was its own (a next card of none fell to "Custom… 1")
            self._item(days, True, tr("Never"))
        index = self.findData(days)
        if index < 0:
            index = self.findData(-1)
            self._set_custom_days(days or 1)
        self.setCurrentIndex(index)
        self.custom_days.setVisible(self.currentData() == -1)
        self._preset_days = days if index != self.findData(-1) else None
        self.name_never()
        self._shown_days = self.days()
        self._typing = False

    def days(self) -> int | None:
        """The cadence chosen: its days, None or NEVER_KEEP_IN_TOUCH."""
        days = self.currentData()
        return self.custom_days.value() if days == -1 else days

    def _chosen(self, _index: int) -> None:
        chosen = self.currentData()
        custom = chosen == -1
        if custom and self.custom_days.isHidden():
            # start from the rhythm that was chosen (or a month), not from "1 days"
            self._set_custom_days(self._preset_days or 30)
        self.custom_days.setVisible(custom)
        if custom:
            self.custom_days.setFocus()
            self.custom_days.selectAll()
        else:
            self._preset_days = chosen
        before, self._shown_days = self._shown_days, self.days()
        self._typing = False
        if before != self._shown_days:
            self.changed_from.emit(before)
        self.edited.emit()

    def _set_custom_days(self, days: int) -> None:
        self._quiet = True
        try:
            self.custom_days.setValue(days)
        finally:
            self._quiet = False

    def _typed(self, _days: int) -> None:
        """The custom days changed in their box: the first change of a typing is a step."""
        if self._quiet:
            return
        before, self._shown_days = self._shown_days, self.days()
        if self._own_undo or self._typing or before == self._shown_days:
            return
        self._typing = True
        self.changed_from.emit(before)

    def _typing_done(self) -> None:
        self._typing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The custom days' box undoing its own typing (Ctrl+Z in it) is no new step: the
        card's Ctrl+Z brought back the value just undone."""
        if (
            watched is self.custom_days
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or (
                    event.key() == Qt.Key.Key_Y
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                )
            )
        ):
            self._own_undo = True
            try:
                self.custom_days.event(event)  # (its filters passed: not through them again)
            finally:
                self._own_undo = False
            return True
        return super().eventFilter(watched, event)

    def _custom_days_unit(self, days: int) -> None:
        # a plural of its own: languages differ in which numbers take which form
        self.custom_days.setSuffix(tr(" day(s)", "after a number of days", days))
