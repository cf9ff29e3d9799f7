"""The contact list's rows: the table they are listed in and the delegate that paints each
one (avatar, name, organization, last interaction, the due marker or the next follow-up)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from netdesk.core.types import ContactSummary

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
from netdesk.ui.contact_list_model import ContactListModel, Role, next_due_when
from netdesk.ui.context import AppContext
from netdesk.ui.widgets import avatar_pixmap, relative_past, tr

AVATAR = 36
ROW_HEIGHT = 52  # at the usual 9-11 pt fonts; a larger font makes the rows taller (row_height)
ROW_PADDING = 7  # above the first line and below the second
# Qt's pixmap cache (shared with the style) holds 10 MiB by default, and scrolling through
# thousands of contacts filled it with avatars (5 KiB each at 1x, 20 KiB at 2x). 2 MiB keeps
# several screens of them (400 at 1x).
PIXMAP_CACHE_KIB = 2 * 1024
LINES_KEPT = 512  # names and details laid out (_RowFonts.line)
_LTR, _RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def due_colour(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a65") if dark else QColor("#c2410c")


def row_height(font: QFont) -> int:
    """A row's height for the view's ``font``: its two lines and padding, at least ROW_HEIGHT.

    A fixed 52 pixels left a 14 pt font's name and organization touching, and cut larger ones.
    """
    return max(ROW_HEIGHT, 2 * QFontMetrics(font).height() + 2 * ROW_PADDING + 4)


class _RowFonts:
    """The fonts a contact row is drawn with, derived from the view's font, and their metrics."""

    def __init__(self, base: QFont) -> None:
        self.line_height = QFontMetrics(base).height()
        self.row_height = row_height(base)
        self.small = QFont(base)
        self.small.setPointSizeF(base.pointSizeF() * 0.88)
        self.small_metrics = QFontMetrics(self.small)
        self.small_bold = QFont(self.small)
        self.small_bold.setWeight(QFont.Weight.DemiBold)
        self.small_bold_metrics = QFontMetrics(self.small_bold)
        self.name = QFont(base)
        self.name.setWeight(QFont.Weight.DemiBold)
        self.name_metrics = QFontMetrics(self.name)
        self._shared: dict[tuple[bool, str], QStaticText] = {}
        self._lines: dict[tuple[bool, int, bool, str], QStaticText] = {}

    def shared(self, text: str, bold: bool = False) -> QStaticText:
        """``text`` in the small font (``bold``: its bold), laid out once: the short texts
        many rows show ("3 weeks ago", "in 2 days", "due"). Drawn with drawText, each was
        shaped twice a row (measured, then drawn), a fifth of a row's paint."""
        key = (bold, text)
        static = self._shared.get(key)
        if static is None:
            if len(self._shared) >= 1024:  # a few dozen in practice: day counts
                self._shared.clear()
            static = self._shared[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(QTransform(), self.small_bold if bold else self.small)  # size()
        return static

    def line(self, text: str, width: int, *, name: bool, rtl: bool = False) -> QStaticText:
        """A row's name (``name``) or its title and organization, cut to ``width`` pixels
        ("Pixelw…") and laid out once. Drawn with drawText, each was shaped twice a paint (cut,
        then drawn): ~a third of a row's paint. A search's keystrokes and their backspaces
        list the same contacts again and again; a list scrolled shows each once.
        A few hundred kept (about 1 KiB each), the last screens' worth.

        Laid out in the view's direction (``rtl``), as drawText did: left to its own devices,
        a static text takes it from its first letter, and "محمد Ana" read "Ana محمد"."""
        key = (name, width, rtl, text)
        static = self._lines.get(key)
        if static is None:
            if len(self._lines) >= LINES_KEPT:
                self._lines.clear()
            font, metrics = (
                (self.name, self.name_metrics) if name else (self.small, self.small_metrics)
            )
            static = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            static.setTextFormat(Qt.TextFormat.PlainText)
            option = QTextOption()
            option.setTextDirection(_RTL if rtl else _LTR)
            static.setTextOption(option)
            static.prepare(QTransform(), font)
            self._lines[key] = static
        return static


class ContactRowDelegate(QStyledItemDelegate):
    """Paints avatar, name, organization, last interaction and the due marker of one row."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._fonts: dict[str, _RowFonts] = {}
        self._last_font: tuple[QFont, _RowFonts] | None = None
        # Per row, each Qt flag combined or looked up in Python (enum.__or__, the enum's
        # attribute) and each tr() cost microseconds: ~10% of a row's paint. Done once here.
        self._selected = QStyle.StateFlag.State_Selected.value
        # what picks a row's colours: selected, and the palette's group (disabled, inactive)
        self._colour_states = (
            self._selected
            | QStyle.StateFlag.State_Enabled.value
            | QStyle.StateFlag.State_Active.value
        )
        self._panel = QStyle.ControlElement.CE_ItemViewItem
        self._antialiasing = QPainter.RenderHint.Antialiasing
        self._text_roles = (QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText)
        # (palette's cache key, states) -> the text's colour, the muted one, the due one
        self._colours: dict[tuple[int, int], tuple[QColor, QColor, QColor]] = {}
        self._due_text = tr("due")
        self._no_name = tr("(no name)")
        self._ago: dict[int | None, str] = {}  # days since -> "3 weeks ago", for _ago_day
        self._ago_day: dt.date | None = None
        self._in: dict[int, str] = {}  # days to -> "in 3 days", for _ago_day too
        # sorted by next follow-up: a row not due yet says when it is ("in 3 days") where the
        # due marker goes; the list looked unsorted, ordered by dates nobody could see
        self.next_due_shown = False
        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)

    def _fonts_for(self, base: QFont) -> _RowFonts:
        """The row's fonts and metrics, built once per view font (not per row and paint)."""
        last = self._last_font
        if last is not None and last[0] == base:  # QFont == is cheaper than key()
            return last[1]
        key = base.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = _RowFonts(base)
        self._last_font = (QFont(base), fonts)
        return fonts

    def _relative_past(self, moment: dt.datetime | None, now: dt.datetime) -> str:
        """relative_past(), kept per day count for the current day (a tr() call per row)."""
        if self._ago_day != now.date():
            self._ago, self._in, self._ago_day = {}, {}, now.date()
        days = None if moment is None else (now.date() - moment.date()).days
        text = self._ago.get(days)
        if text is None:
            text = self._ago[days] = relative_past(moment, now)
        return text

    def next_due_text(self, summary: ContactSummary, now: dt.datetime) -> str:
        """When a row's next follow-up is, if the list is sorted by it and it is not due."""
        due = summary.next_due
        if not self.next_due_shown or due is None or due <= now or summary.archived:
            return ""
        if self._ago_day != now.date():
            self._ago, self._in, self._ago_day = {}, {}, now.date()
        # kept per day count ahead (>= 1), and later today per minute of the day (as -1 and
        # below): "16:30", its time, not "today"
        key = (due.date() - now.date()).days or -1 - due.hour * 60 - due.minute
        text = self._in.get(key)
        if text is None:
            text = self._in[key] = next_due_when(due, now)
        return text

    def _colours_for(self, palette: QPalette, states: int) -> tuple[QColor, QColor, QColor]:
        """The text's colour in a row, the muted one and the due marker's, per palette and
        the ``states`` that choose among its colours (selected, enabled, active window)."""
        key = (palette.cacheKey(), states)
        colours = self._colours.get(key)
        if colours is None:
            if len(self._colours) >= 16:  # palettes change rarely (a theme switch)
                self._colours.clear()
            selected = bool(states & self._selected)
            text = palette.color(self._text_roles[selected])
            muted = QColor(text)
            muted.setAlphaF(0.62)
            colours = self._colours[key] = (text, muted, text if selected else due_colour(palette))
        return colours

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(240, self._fonts_for(option.font).row_height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        if isinstance(model, ContactListModel):  # the list's: asked in Python, not via Qt
            summary = model.painted(index.row())
        else:
            summary = index.data(Role.SUMMARY)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            # the panel only (selection, hover, focus): initStyleOption() would ask the model
            # for eight roles this delegate draws itself, for every row of every paint
            style.drawControl(self._panel, option, painter, widget)
        if summary is None:
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        # Python's enum machinery made each of these a few microseconds a row: the state as a
        # number, and the colours once per palette (Flag.__and__, QColor and setAlphaF did)
        states = option.state.value & self._colour_states
        text, muted, due_in_colour = self._colours_for(palette, states)
        painter.save()
        painter.setRenderHint(self._antialiasing)
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        key = f"nd-avatar:{summary.id}:{summary.display_name}:{hash(summary.thumbnail)}:{ratio}"
        # QPixmapCache is bounded (PIXMAP_CACHE_KIB): avatars of rows scrolled past are evicted
        pixmap = QPixmap()
        if not QPixmapCache.find(key, pixmap) or pixmap.isNull():
            pixmap = avatar_pixmap(summary.display_name, summary.thumbnail, AVATAR, ratio)
            QPixmapCache.insert(key, pixmap)
        # a right-to-left window mirrors the row: the avatar at its right end, the dates at
        # its left (only the texts followed the window, and the name ran into the date)
        rtl = painter.layoutDirection() == _RTL  # (drawText's: the application's)
        mirror = 2 * rect.left() + rect.width()

        def at(x: float, width: float) -> float:
            """Where a thing ``width`` wide that starts at ``x`` left to right starts."""
            return mirror - x - width if rtl else x

        top = rect.top() + (rect.height() - AVATAR) // 2
        painter.drawPixmap(int(at(rect.left() + 8, AVATAR)), top, pixmap)
        left = rect.left() + 8 + AVATAR + 10
        now = self.context.clock.now()
        fonts = self._fonts_for(option.font)
        small = fonts.small
        # right column: last interaction, and the due marker under it
        last = fonts.shared(self._relative_past(summary.last_interaction, now))
        last_width = last.size().width()
        right_width = int(last_width + 0.999) + 12  # as horizontalAdvance rounds it
        due = summary.next_due is not None and summary.next_due <= now and not summary.archived
        painter.setFont(small)
        painter.setPen(muted)
        line_height = fonts.line_height
        pad = ROW_PADDING
        first_line = QRect(left, rect.top() + pad, rect.right() - left - right_width, line_height)
        # right-aligned and centred in the line as drawText(AlignRight | AlignVCenter) puts it
        small_top = (line_height - last.size().height()) / 2
        painter.drawStaticText(
            QPointF(at(rect.right() - 8 - last_width, last_width), rect.top() + pad + small_top),
            last,
        )
        second_top = rect.bottom() - pad - line_height + small_top

        # the second line's end: the due marker or the next follow-up, if any; the title and
        # organization run up to it, not to where the first line's date is (cut short beside
        # an empty end, "CTO · Pixelw…" in a narrow list)
        second_right = 8
        if due:
            marker = fonts.shared(self._due_text, bold=True)
            marker_width = marker.size().width()
            width = int(marker_width + 0.999)
            colour = due_in_colour
            painter.setFont(fonts.small_bold)
            dot = QRect(
                int(at(rect.right() - 8 - width - 12, 8)),
                rect.bottom() - pad - line_height // 2 - 4,
                8,
                8,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(dot)
            painter.setPen(colour)
            marker_x = at(rect.right() - 8 - marker_width, marker_width)
            painter.drawStaticText(QPointF(marker_x, second_top), marker)
            second_right = width + 24
        elif next_due := self.next_due_text(summary, now):
            static = fonts.shared(next_due)
            next_width = static.size().width()
            next_x = at(rect.right() - 8 - next_width, next_width)
            painter.drawStaticText(QPointF(next_x, second_top), static)
            second_right = int(next_width + 0.999) + 12
        # the name and the detail at the start of their lines (beside the avatar, the right
        # end in a right-to-left window) and centred in them
        painter.setFont(fonts.name)
        painter.setPen(muted if summary.archived else text)
        room = first_line.width()
        name = fonts.line(summary.display_name or self._no_name, room, name=True, rtl=rtl)
        name_top = rect.top() + pad + (line_height - name.size().height()) / 2
        painter.drawStaticText(QPointF(at(left, name.size().width()), name_top), name)
        detail = " · ".join(p for p in (summary.title, summary.organization) if p)
        if detail:
            painter.setFont(small)
            painter.setPen(muted)
            room = rect.right() - left - second_right
            second = fonts.line(detail, room, name=False, rtl=rtl)
            painter.drawStaticText(QPointF(at(left, second.size().width()), second_top), second)
        painter.restore()


class ContactTable(QTableView):
    """The list's table: its fixed row height follows its font (a larger system font), and
    Home and End go to the first and last contact, as in a list."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            fit_rows_to_font(self)

    _alone = False  # see select_alone

    def select_alone(self, index: QModelIndex) -> None:
        """This row alone current and selected, whatever keys are held (Ctrl, just after a
        Ctrl+S, would add it to the selection), and the row a Shift+click or Shift+arrow
        selects from next. Set on the selection model alone, the row made current by the
        program (a contact opened from Today, saved, searched for) was not where the next
        Shift selection began: it began where an earlier one had, and Shift+click two rows
        down selected every contact from there."""
        self._alone = True
        try:
            self.setCurrentIndex(index)  # the view's: it moves the anchor too
        finally:
            self._alone = False

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        if self._alone:
            return _ALONE
        return super().selectionCommand(index, event)

    _pressed = QPersistentModelIndex()  # the row a left-button press landed on

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.indexAt(event.position().toPoint())
        self._pressed = QPersistentModelIndex(hit) if hit.isValid() else QPersistentModelIndex()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A move with the button held over a selected row readies a drag, as Qt's does. Qt's
        first asks for every selected index and each one's flags to learn whether anything
        can be dragged: after Ctrl+A over 30,000 contacts, 0.66 s on the window's
        thread at the first move. Every row of the list can be dragged, so the pressed row
        being selected answers it. The next move past the drag distance starts the drag."""
        if (
            self.state() == QAbstractItemView.State.NoState
            and event.buttons() & Qt.MouseButton.LeftButton
            and self.dragEnabled()
            and self._pressed.isValid()
            and self.selectionModel().isSelected(self._pressed)
        ):
            self.setState(QAbstractItemView.State.DraggingState)
            return
        super().mouseMoveEvent(event)

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        """Drag the selected contacts, read from the selection's ranges as the list's actions
        read them. Qt's own made an index for each selected row, asked each its flags and
        handed them all to mimeData(): after Ctrl+A over 97,519 contacts, 3 s on the window's
        thread before the drag began."""
        model = self.model()
        selection = self.selectionModel().selection()
        spans = sorted(
            (selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.count())
        )
        if not spans or not isinstance(model, _IdModel):
            super().startDrag(supported_actions)
            return
        from PySide6.QtGui import QCursor, QDrag  # when dragging, not at start-up

        ids: list[int] = []
        for top, bottom in spans:
            ids += model.ids_between(top, bottom)
        dragged = list(dict.fromkeys(ids))
        drag = QDrag(self)
        drag.setMimeData(model.mime_data_for(dragged))
        image, hot_spot = self.drag_image(len(dragged), QCursor.pos())
        if not image.isNull():
            drag.setPixmap(image)
            drag.setHotSpot(hot_spot)
        drag.exec(supported_actions, Qt.DropAction.CopyAction)

    def drag_image(self, count: int, pointer: QPoint) -> tuple[QPixmap, QPoint]:
        """What a drag of ``count`` contacts shows under the ``pointer`` (global): the row
        pressed (or the current one) drawn whole, with "12 contacts" on it when several go.
        A grab of the viewport showed one row and no count, and nothing at all (Qt's bare
        arrow) once the row was scrolled out of view."""
        from netdesk.ui.drag import with_count_badge  # when dragging, not at start-up

        pressed = self._pressed
        index = self.model().index(pressed.row(), 0) if pressed.isValid() else self.currentIndex()
        if not index.isValid():
            return QPixmap(), QPoint()
        ratio = self.devicePixelRatioF()
        size = QSize(min(self.viewport().width(), 420), self.rowHeight(index.row()))
        row = QPixmap(size * ratio)
        row.setDevicePixelRatio(ratio)
        palette = self.palette()
        row.fill(palette.color(QPalette.ColorRole.Base))
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(QPoint(0, 0), size)
        option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
        painter = QPainter(row)
        self.itemDelegateForIndex(index).paint(painter, option, index)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(QRect(QPoint(0, 0), size).adjusted(0, 0, -1, -1))
        painter.end()
        image, top = with_count_badge(row, count, palette, self.font())
        # where the row was pressed, as Qt's own drag holds it; a row out of view by its start
        at = self.viewport().mapFromGlobal(pointer) - self.visualRect(index).topLeft()
        if not QRect(QPoint(0, 0), size).contains(at):
            at = QPoint(AVATAR // 2 + 8, size.height() // 2)
        return image, at + QPoint(0, top)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # A table's Home and End go along the row (Ctrl for the first and last rows): in this
        # one column they did nothing. Shift+End still selects down to the last contact.
        if action in _ROW_ENDS:
            modifiers |= Qt.KeyboardModifier.ControlModifier
            if action is QAbstractItemView.CursorAction.MoveEnd:
                self._whole_search()
        return super().moveCursor(action, modifiers)

    def selectAll(self) -> None:
        self._whole_search()
        super().selectAll()

    def _whole_search(self) -> None:
        """Ctrl+A and End take every match of a search, not the first page of them listed
        while the rest is read (ContactListModel.more_coming): the rest is waited for."""
        model = self.model()
        if isinstance(model, ContactListModel) and model.more_coming:
            model.complete()


@runtime_checkable
class _IdModel(Protocol):
    """The list's model as a drag reads it (contact_list_model.ContactListModel)."""

    def ids_between(self, top: int, bottom: int) -> list[int]: ...
    def mime_data_for(self, ids: list[int]) -> QMimeData: ...


_ROW_ENDS = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)
_ALONE = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def fit_rows_to_font(view: QTableView) -> None:
    height = row_height(view.font())
    rows = view.verticalHeader()
    rows.setMinimumSectionSize(min(rows.minimumSectionSize(), height))
    rows.setDefaultSectionSize(height)
    rows.setMinimumSectionSize(height)


def contact_table(parent: QWidget) -> ContactTable:
    """The list as a one-column table with fixed row heights.

    A QListView lays out every row after each reset (two rowCount() calls per row: ~0.5 s for
    100,000 contacts, on start and whenever the search is cleared); a QTableView with a fixed
    vertical header places rows by arithmetic, so a reset costs the same for 10 or 100,000.
    """
    view = ContactTable(parent)
    # A viewport made here rather than by Qt: Python knows its type at once, where the first
    # viewport() of a Qt-made one is matched against every QWidget subclass (~20 ms at start)
    view.setViewport(QWidget(view))
    view.setObjectName("contactList")
    view.setAccessibleName(tr("Contacts"))
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    fit_rows_to_font(view)
    columns = view.horizontalHeader()
    columns.hide()
    columns.setStretchLastSection(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    view.setTabKeyNavigation(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setDragEnabled(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    view.setFrameShape(QFrame.Shape.NoFrame)
    return view
