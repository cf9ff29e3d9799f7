"""Small shared widgets and formatting: avatars, relative dates, inline messages, pickers."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QClipboard,
    QColor,
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.names import initials
from netdesk.ui.icons import icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

    from netdesk.ui.settings import Settings

# The pickers' and button boxes' classes are imported where they are used: this module is
# loaded before the first paint, and making their Python types (with their enums) then cost
# the start-up milliseconds for widgets it does not show.


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("netdesk", text, disambiguation, n)


_PLACE = re.compile(r"%([1-9])")


def fill(text: str, *values: str) -> str:
    """``text`` with %1, %2... replaced by ``values`` in one pass, as QString.arg does: a value
    that holds "%2" itself (a name, a file name) is shown as written, not filled in again."""

    def value(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return values[number - 1] if number <= len(values) else found.group(0)

    return _PLACE.sub(value, text)


def escape_html(text: str) -> str:
    """``text`` (a name, a path) for its place in a label built as rich text on purpose."""
    import html  # here: html.entities' table is ~8 million instructions before the first paint

    return html.escape(text, quote=False)


def shown_as_written(text: str, *, wrap: bool = True) -> str:
    """``text`` for a place that guesses its format (a QMessageBox's text, a tooltip): shown
    exactly as written. Qt takes text that looks like HTML for HTML (``Qt::mightBeRichText``):
    a contact named "<b>Bob</b>" came out bold as "Bob", "a &lt; b" as "a < b". Such text is
    escaped into a paragraph that keeps its spaces and line breaks (and, unless ``wrap`` is
    False, wraps long lines); other text is unchanged."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    spaces = "pre-wrap" if wrap else "pre"
    return f"<p style='white-space:{spaces}'>{escape_html(text)}</p>"


def tooltip_as_written(text: str) -> str:
    """``text`` (a name, a note, an imported value) for a tooltip, shown as written and, as a
    plain tooltip is, one line per line: a rich tooltip wraps after a few words."""
    return shown_as_written(text, wrap=False)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for text from the user's data (names, notes, file names): never read as HTML."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ElidedLabel(QLabel):
    """One line of the user's text (a name, a title), cut with "…" to the width the layout
    gives it, the whole of it in the tooltip; ``text()`` is the whole text. As a plain label a
    long name set the window's minimum width (a 90-letter name: 1,640 pixels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._whole = ""
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # any width, down to none
        self.setSizePolicy(policy)
        self._align()

    def _align(self) -> None:
        """At the start of the line as the window reads, whatever the script: an Arabic or
        Hebrew name was pushed to the far side, away from its avatar."""
        start = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        self.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def setText(self, text: str) -> None:
        self._whole = text
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:
        return self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def selected_whole(self) -> str:
        """The selected text as the whole text reads: a selection that takes in the "…" runs
        on to the end of what it stands for."""
        selected = self.selectedText()
        shown = QLabel.text(self)
        if not selected or shown == self._whole or not shown.endswith("…"):
            return selected
        # Qt counts in UTF-16 units: an emoji in a name is two
        units = shown.encode("utf-16-le")
        start = self.selectionStart()
        end = start + len(selected.encode("utf-16-le")) // 2
        if end * 2 < len(units):  # it stops before the "…": shown as it is
            return selected
        before = units[: start * 2].decode("utf-16-le", errors="ignore")
        if not self._whole.startswith(before):
            return selected
        return self._whole[len(before) :]

    def _copy_whole(self, mode: QClipboard.Mode) -> None:
        """The text Qt copied from the selection (Ctrl+C; on X11 a mouse selection, Ctrl+A)
        made the whole of it: a long name came out cut, "Maximiliana Fernánde…"."""
        selected = self.selectedText()
        whole = self.selected_whole()
        clipboard = QGuiApplication.clipboard()
        if whole != selected and clipboard.text(mode) == selected:
            clipboard.setText(whole, mode)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy_whole(QClipboard.Mode.Clipboard)
        elif event.matches(QKeySequence.StandardKey.SelectAll):  # X11's selection
            self._copy_whole(QClipboard.Mode.Selection)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Copy and Select All, as Qt's menu has them; Copy copies the whole of what the
        selection stands for, or with none the whole text (Qt's copied the "…")."""
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        copy = menu.addAction(tr("&Copy"), self._copy_to_clipboard)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))  # shown; keys are Qt's
        copy.setEnabled(bool(self._whole))
        menu.addSeparator()
        every = menu.addAction(tr("Select &All"), self._select_all)
        every.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
        every.setEnabled(bool(self._whole))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.selected_whole() or self._whole)

    def _select_all(self) -> None:
        self.setSelection(0, len(QLabel.text(self).encode("utf-16-le")) // 2)
        if QGuiApplication.clipboard().supportsSelection():
            QGuiApplication.clipboard().setText(self._whole, QClipboard.Mode.Selection)

    _drag_from: QPoint | None = None  # a press in the selection: where, for a drag of it

    def mousePressEvent(self, event: QMouseEvent) -> None:
        selected = self.selectedText()
        super().mousePressEvent(event)
        # Qt keeps the selection for a press inside it (a drag of it may follow)
        inside = bool(selected) and self.selectedText() == selected
        left = event.button() == Qt.MouseButton.LeftButton
        self._drag_from = event.position().toPoint() if inside and left else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A press in the selection moved far enough drags the whole of what it stands for:
        Qt's own drag of it carried the shown text, "…" and all."""
        start = self._drag_from
        if start is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        if (event.position().toPoint() - start).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._drag_from = None
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QDrag

        data = QMimeData()
        data.setText(self.selected_whole())
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)
        self._copy_whole(QClipboard.Mode.Selection)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self._whole, Qt.TextElideMode.ElideRight, max(width, 1))
        QLabel.setText(self, shown)
        self.setToolTip(tooltip_as_written(self._whole) if shown != self._whole else "")


def _folded(text: str) -> str:
    """``text`` without case or accents, for comparing a typed name with a stored one."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def relative_past(moment: dt.datetime | None, now: dt.datetime) -> str:
    """ "today", "yesterday", "3 days ago", "3 weeks ago", "5 months ago", "2 years ago"."""
    if moment is None:
        return tr("never")
    days = (now.date() - moment.date()).days
    if days < 0:
        return relative_future(moment, now)
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("yesterday")
    if days < 14:
        return tr("%Ln days ago", None, days)
    if days < 60:
        return tr("%Ln weeks ago", None, days // 7)
    if days < 720:  # up to "23 months ago"; 720-729 days read "24 months ago"
        return tr("%Ln months ago", None, days // 30)
    return tr("%Ln years ago", None, max(2, days // 365))


def relative_future(moment: dt.datetime | None, now: dt.datetime) -> str:
    if moment is None:
        return ""
    days = (moment.date() - now.date()).days
    if days < 0:
        return relative_past(moment, now)
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days < 14:
        return tr("in %Ln days", None, days)
    if days < 60:
        return tr("in %Ln weeks", None, days // 7)
    if days < 720:
        return tr("in %Ln months", None, days // 30)
    return tr("in %Ln years", None, max(2, days // 365))


def date_text(moment: dt.date | None) -> str:
    """ "27 Nov 2026" in the user's language (strftime's month names are always English)."""
    if moment is None:
        return ""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")


def avatar_colour(key: str) -> QColor:
    """A stable, muted hue per name, readable with white initials in light and dark themes."""
    hue = int(hashlib.md5(key.encode("utf-8")).hexdigest()[:4], 16) % 360
    return QColor.fromHsl(hue, 110, 120)


def _round_avatar(
    size: int, ratio: float, paint: Callable[[QPainter, QPainterPath, int], None]
) -> QPixmap:
    """A transparent square of ``size`` points at ``ratio``, ``paint``ed with its disc."""
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QPainterPath()
    disc.addEllipse(QRectF(0, 0, pixels, pixels))
    paint(painter, disc, pixels)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def avatar_pixmap(name: str, thumbnail: bytes | None, size: int, ratio: float = 1.0) -> QPixmap:
    """A round photo, or round initials on a colour derived from the name."""

    def paint(painter: QPainter, disc: QPainterPath, pixels: int) -> None:
        photo = QPixmap()
        if thumbnail and photo.loadFromData(thumbnail):
            painter.setClipPath(disc)
            scaled = photo.scaled(
                pixels,
                pixels,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x, y = (pixels - scaled.width()) // 2, (pixels - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
            return
        painter.fillPath(disc, avatar_colour(name))
        font = QFont()
        font.setPixelSize(max(8, int(pixels * 0.4)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, pixels, pixels), Qt.AlignmentFlag.AlignCenter, initials(name))

    return _round_avatar(size, ratio, paint)


PLACEHOLDER_AVATAR = "#8c8c8c"  # a neutral grey under white, like the initials' colours


def avatar_placeholder(glyph: QIcon, size: int, ratio: float = 1.0) -> QPixmap:
    """A round avatar for a contact with no name or photo yet: ``glyph`` (white) on grey."""

    def paint(painter: QPainter, disc: QPainterPath, pixels: int) -> None:
        painter.fillPath(disc, QColor(PLACEHOLDER_AVATAR))
        side = round(pixels * 0.45)
        offset = (pixels - side) // 2
        painter.drawPixmap(offset, offset, glyph.pixmap(side, side))

    return _round_avatar(size, ratio, paint)


class _ScrollPast(QObject):
    """See scroll_past."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # on to what holds it (the card's scroll area), which scrolls
            return True
        return False


def scroll_past(box: QWidget) -> None:
    """The wheel turns ``box`` (a menu of choices) once it has the focus (a click, Tab), and
    otherwise scrolls what holds it: a card scrolled with the wheel turned each label and the
    cadence the pointer went over ("work" to "other", "Every month" to "Every 3 months"),
    unseen, and Save stored them."""
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # (the wheel alone gives no focus)
    box.installEventFilter(_ScrollPast(box))


class WrappingLabel(QLabel):
    """Plain text in lines that break between words, and inside a word too long for the
    width, as tall as they need: QLabel breaks only between words, and a word with nowhere
    to wrap (a pasted token, a long e-mail address quoted in a message) set its narrowest
    width, widening what holds it (a card's fields cut off beside a scroll bar), or was cut
    off where the label's width is set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def _lines(self, width: float) -> QtGui.QTextLayout:
        # a line break of the text is one of the layout's, as QLabel (drawText) makes it
        text = self.text().replace("\n", "\u2028")
        layout = QtGui.QTextLayout(text, self.font(), self)
        # mirrored in a right-to-left window, as a QLabel is (AlignLeft there is the right)
        direction = self.layoutDirection()
        option = QtGui.QTextOption(QStyle.visualAlignment(direction, self.alignment()))
        option.setTextDirection(direction)
        option.setWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        top = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, top))
            top += line.height()
        layout.endLayout()
        return layout

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inside = width - margins.left() - margins.right()
        height = self._lines(inside).boundingRect().height()
        return int(height + 0.999) + margins.top() + margins.bottom()

    def minimumSizeHint(self) -> QSize:
        # a dozen letters at least; a longer word breaks (its height follows, heightForWidth)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 12), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        area = self.contentsRect()
        lines = self._lines(area.width())
        top = float(area.top())
        if self.alignment() & Qt.AlignmentFlag.AlignVCenter:  # (QLabel's, in a taller row)
            top += max(0.0, (area.height() - lines.boundingRect().height()) / 2)
        lines.draw(painter, QPointF(area.left(), top))


class InlineMessage(WrappingLabel):
    """A one-line problem shown right under the field it is about; hidden when empty. Plain
    text: problems quote what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setForegroundRole(QPalette.ColorRole.BrightText)
        self.hide()
        self._apply_colour()

    def _apply_colour(self) -> None:
        # The palette has no "error" role; a red that stays readable on light and dark bases.
        base = self.palette().color(QPalette.ColorRole.Base)
        palette = self.palette()
        red = QColor("#ff8a80") if base.lightness() < 128 else QColor("#b3261e")
        if palette.color(QPalette.ColorRole.WindowText) == red:
            return  # also ends the PaletteChange that setPalette sends back
        palette.setColor(QPalette.ColorRole.WindowText, red)
        self.setPalette(palette)
        self.setForegroundRole(QPalette.ColorRole.WindowText)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system theme turned dark or light
            self._apply_colour()

    def show_problem(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class IconGlyph(QWidget):
    """A small UI icon beside a title, drawn in the palette's colour of the moment."""

    def __init__(self, name: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = icon(name)
        self.setFixedSize(size, size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.icon.paint(painter, self.rect())
        painter.end()


def form_row(
    form: QFormLayout, text: str, field: QWidget | QLayout, focus: QWidget | None = None
) -> QLabel:
    """Adds the row ``text`` ("&Notes") ``field`` to ``form``; the label's Alt+letter puts the
    focus in ``focus`` (by default ``field``): the line edit of a row of several widgets, or
    of a box that holds a field and its message. ``QFormLayout.addRow(text, layout)`` gives
    such a row no Alt+letter at all, and a box as buddy takes no focus."""
    label = QLabel(text)
    target = focus if focus is not None else field
    assert isinstance(target, QWidget), "a row of several widgets says which takes the focus"
    label.setBuddy(target)
    form.addRow(label, field)
    return label


def without_mnemonic(text: str) -> str:
    """``text`` ("&Differences (3)", "Smith && Co") as read out, without its Alt+letter mark."""
    return re.sub(r"&(.)", r"\1", text)


class LinksLabel(QLabel):
    """Rich text whose links Tab reaches one by one and Enter opens, as a click does.

    A QLabel made keyboard-accessible takes the focus first with no link chosen (Enter did
    nothing) and keeps Shift+Tab on its first link for ever; here Tab and Shift+Tab come in
    on the first or last link and go out after the last or before the first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:
        super().focusInEvent(event)
        forward = event.reason() == Qt.FocusReason.TabFocusReason
        if (forward or event.reason() == Qt.FocusReason.BacktabFocusReason) and (
            not self.hasSelectedText()
        ):
            self.focusNextPrevChild(forward)

    def focusNextPrevChild(self, next: bool) -> bool:
        before = self.selectedText()
        if super().focusNextPrevChild(next) and self.selectedText() != before:
            return True  # on to the next link
        return QWidget.focusNextPrevChild(self, next)  # past the last (or first): out


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    return label


class ContactPicker(QWidget):
    """Pick one contact by typing part of a name (search is core's, accents ignored).

    Signals:
        picked(object): the chosen contact id, or None when cleared.
    """

    picked = Signal(object)

    def __init__(
        self, core: object, parent: QWidget | None = None, *, include_archived: bool = False
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._include_archived = include_archived
        self._ids: list[int] = []
        self._names: list[str] = []
        self.contact_id: int | None = None
        self._picked_name = ""
        self.excluded_id: int | None = None  # never offered (a contact is not met through itself)
        self._setting = False  # set_contact is filling the field
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("Type a name…"))
        self.edit.setClearButtonEnabled(True)
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QCompleter

        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self._timer = QTimer(self, singleShot=True)
        self._timer.setInterval(60)  # interval= is refused in Turkish
        self._timer.timeout.connect(self._refresh)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._maybe_cleared)
        self.edit.editingFinished.connect(self._pick_typed_name)
        self.completer.activated.connect(self._choose_text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def unmatched_text(self) -> str:
        """What is typed but names no chosen contact ("" when empty or a contact is chosen)."""
        return "" if self.contact_id is not None else self.edit.text().strip()

    def _typed(self, text: str) -> None:
        # typing over a chosen name un-chooses it: the field must never show one person and
        # hold another
        if self.contact_id is not None and text.strip() != self._picked_name:
            self.contact_id = None
            self._picked_name = ""
            self.picked.emit(None)
        self._timer.start()

    def _matches(self, text: str) -> dict[int, str]:
        ids = self._core.contacts.search(  # type: ignore[attr-defined]
            text, limit=12, include_archived=self._include_archived
        )
        names = self._core.contacts.names([i for i in ids if i != self.excluded_id])  # type: ignore[attr-defined]
        return {i: names[i] for i in ids if i in names}

    def _pick_typed_name(self) -> None:
        """A whole name typed without choosing from the list picks that contact when only one
        contact has it (accents and case aside)."""
        text = self.edit.text().strip()
        if self.contact_id is not None or not text:
            return
        wanted = _folded(text)
        found = [i for i, name in self._matches(text).items() if _folded(name) == wanted]
        if len(found) == 1:
            self.set_contact(found[0])
            self.picked.emit(self.contact_id)

    def _refresh(self) -> None:
        text = self.edit.text().strip()
        names = self._matches(text) if text else {}
        self._ids = list(names)
        self._names = self._labels(names)
        self._model.setStringList(self._names)
        if self._names:
            self.completer.complete()
        elif (popup := self.completer.popup()) is not None:
            popup.hide()  # an empty list box would cover the field and its message

    def _labels(self, names: dict[int, str]) -> list[str]:
        """What the list offers: a name several matches share says who each one is (job title,
        company, or the e-mail of one with no company; else the record number), so two "Ana
        García" can be told apart."""
        counts = Counter(names.values())
        shared = [i for i, name in names.items() if counts[name] > 1]
        details = {}
        if shared:
            for summary in self._core.contacts.summaries(shared):  # type: ignore[attr-defined]
                where = summary.organization or self._email_of(summary.id)
                details[summary.id] = " · ".join(p for p in (summary.title, where) if p)
        labels: list[str] = []
        for contact_id, name in names.items():
            label = name
            if counts[name] > 1:
                label = f"{name} — {details.get(contact_id) or f'#{contact_id}'}"
                if label in labels:
                    label = f"{label} (#{contact_id})"
            labels.append(label)
        return labels

    def _email_of(self, contact_id: int) -> str:
        """The contact's preferred (else first) e-mail, or ""."""
        contact = self._core.contacts.get(contact_id)  # type: ignore[attr-defined]
        emails = contact.emails if contact is not None else []
        chosen = next((e for e in emails if e.preferred), emails[0] if emails else None)
        return chosen.value if chosen is not None else ""

    def label_of(self, contact_id: int) -> str:
        """The contact's name as the list offers it: with who they are when a namesake
        exists ("Ana García — Acme"), so the field shows what was chosen."""
        name = self._core.contacts.names([contact_id]).get(contact_id, "")  # type: ignore[attr-defined]
        if not name.strip():
            return name
        found = self._core.contacts.search(  # type: ignore[attr-defined]
            name, limit=12, include_archived=True
        )
        names = self._core.contacts.names(found)  # type: ignore[attr-defined]
        names = {i: n for i, n in names.items() if n == name or i == contact_id}
        names[contact_id] = name
        return self._labels(names)[list(names).index(contact_id)]

    def _choose_text(self, text: str) -> None:
        if text in self._names:
            self.set_contact(self._ids[self._names.index(text)], text)
            self.picked.emit(self.contact_id)

    def _maybe_cleared(self, text: str) -> None:
        if not text and self.contact_id is not None and not self._setting:
            self.contact_id = None
            self._picked_name = ""
            self.picked.emit(None)

    def set_contact(self, contact_id: int | None, name: str | None = None) -> None:
        self.contact_id = contact_id
        self._picked_name = ""
        if contact_id is not None and name is None:
            name = self.label_of(contact_id)
        self._picked_name = (name or "").strip()
        # not blockSignals(): the field's clear button follows its textChanged, and stayed
        # shown on an emptied field (or hidden on a filled one)
        self._setting = True
        try:
            self.edit.setText(name or "")
        finally:
            self._setting = False
        self.edit.setCursorPosition(0)  # a long "name — who" shows its name, not its end


class PeoplePicker(QWidget):
    """Several contacts: a picker to add and a list of chosen people (removable)."""

    changed = Signal()

    def __init__(self, core: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self.picker = ContactPicker(core, self)
        self.picker.edit.setPlaceholderText(tr("Add someone else who was there…"))
        from PySide6.QtWidgets import QListWidget

        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(tr("Also there"))  # the log dialog's label for this
        self.chosen.setMaximumHeight(90)
        # one line each: the list need not measure every row of an entry with 20,000 people
        # (an edit dialog showed in 1.8 s for 97,519), and contact_ids() walks the rows once
        # per change, not at every call (the edit dialog asks at opening, Cancel and Save)
        self.chosen.setUniformItemSizes(True)
        self._ids: list[int] | None = None
        model = self.chosen.model()
        model.rowsInserted.connect(self._forget_ids)
        model.rowsRemoved.connect(self._forget_ids)
        model.modelReset.connect(self._forget_ids)
        model.dataChanged.connect(self._forget_ids)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.picker.picked.connect(self._add)
        self.remove_button.clicked.connect(self._remove_current)
        self.chosen.currentRowChanged.connect(lambda r: self.remove_button.setEnabled(r >= 0))

    def add_contact(self, contact_id: int, label: str = "") -> None:
        """Add someone; ``label``: how the list of names told them apart ("Ana García —
        Acme"), kept so that two chosen namesakes do not both read "Ana García"."""
        if contact_id in self.contact_ids():
            return
        name = label or self._core.contacts.names([contact_id]).get(contact_id, "")  # type: ignore[attr-defined]
        from PySide6.QtWidgets import QListWidgetItem

        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        self.chosen.addItem(item)
        self.changed.emit()

    def _add(self, contact_id: object) -> None:
        if isinstance(contact_id, int):
            self.add_contact(contact_id, self.picker.edit.text().strip())
            self.picker.set_contact(None)

    def _remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            # the last one taken off: the keyboard goes to the field that adds one. It stayed
            # in the empty list (Delete), or went on to Save as Remove turned off
            had_focus = self.chosen.hasFocus() or self.remove_button.hasFocus()
            self.chosen.takeItem(row)
            if had_focus and self.chosen.count() == 0:
                self.picker.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.changed.emit()

    def contact_ids(self) -> list[int]:
        if self._ids is None:
            self._ids = [
                int(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.chosen.count())
            ]
        return list(self._ids)

    def _forget_ids(self, *_args: object) -> None:
        self._ids = None


def menu_on_shift_f10(view: QAbstractItemView) -> None:
    """Shift+F10 opens ``view``'s context menu at its current row, as the Menu key does: many
    laptops have no Menu key, and Shift+F10 is the usual way on Linux and Windows."""

    def request() -> None:
        index = view.currentIndex()
        rect = view.visualRect(index) if index.isValid() else QRect()
        where = rect.center() if rect.isValid() else QPoint(4, 4)
        view.customContextMenuRequested.emit(where)

    shortcut = QShortcut(QKeySequence("Shift+F10"), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(request)


class _TabAsShown(QObject):
    """Puts a button box's buttons in the Tab chain in the order the box shows them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtWidgets import QDialogButtonBox

        if event.type() == QEvent.Type.Show and isinstance(watched, QDialogButtonBox):
            flip = -1 if watched.isRightToLeft() else 1
            shown = sorted(
                (b for b in watched.buttons() if b.isVisibleTo(watched)),
                key=lambda b: flip * b.geometry().x(),
            )
            for before, after in itertools.pairwise(shown):
                QWidget.setTabOrder(before, after)
        return False


def tab_as_shown(box: QDialogButtonBox) -> None:
    """Tab through ``box``'s buttons left to right as the platform lays them out.

    The box places its buttons by role (Windows and KDE: "Merge  Cancel", GNOME the other way
    round) but Tab follows the order they were made in, so a button added after a standard one
    was reached after the button shown to its right.
    """
    box.installEventFilter(_TabAsShown(box))


class _SizeKept(QObject):
    """Saves its dialog's size as the dialog closes (see ``remember_size``)."""

    def __init__(self, dialog: QDialog, settings: Settings, key: str) -> None:
        super().__init__(dialog)  # the dialog's child: no reference held back to it
        self.settings, self.key = settings, key
        dialog.finished.connect(self.keep)

    def keep(self, _result: int) -> None:
        dialog = self.parent()
        if isinstance(dialog, QWidget):
            size = f"{dialog.width()}x{dialog.height()}".encode()
            self.settings.save_geometry(self.key, QByteArray(size))


# What a window manager's title bar and borders add around a window, whose size Qt sets
# inside them: a window sized to a screen's whole free area lost its bottom (the status bar,
# a dialog's buttons) under the title bar on a small screen (1400x900 at 200%: 700x450)
FRAME_ALLOWANCE = QSize(16, 40)


def window_room(window: QWidget) -> QSize:
    """The largest size ``window`` may take on its screen, its frame left room for."""
    free = window.screen().availableGeometry().size()
    return QSize(
        max(free.width() - FRAME_ALLOWANCE.width(), 1),
        max(free.height() - FRAME_ALLOWANCE.height(), 1),
    )


def remember_size(dialog: QDialog, settings: Settings, name: str) -> None:
    """Open ``dialog`` at the size the user last gave it, within the screen it opens on, and
    keep the size it has when it closes (by any button, Esc or its title bar).

    A list of duplicates or tags made larger to read its long rows was back at its first
    size at each opening. Kept as ``WIDTHxHEIGHT`` under ``geometry/NAME_size``, as the
    journal entry dialog keeps its own; the dialog's layout still sets its minimum.
    """
    key = f"{name}_size"
    saved = settings.geometry(key)
    room = window_room(dialog)
    if saved is not None:
        try:
            width, height = (int(n) for n in bytes(saved.data()).decode().split("x"))
        except (UnicodeError, ValueError):
            width = height = 0  # not a size (the file edited by hand)
        if width > 0 and height > 0:
            dialog.resize(min(width, room.width()), min(height, room.height()))
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        # the dialog's own first size too: the import preview's 820x520 went past the edge
        # of a 1400x900 screen at 200% (700x450), its buttons out of reach
        dialog.resize(dialog.size().boundedTo(room))
    _SizeKept(dialog, settings, key)


def open_folder(parent: QWidget | None, folder: str | os.PathLike[str]) -> bool:
    """Show ``folder`` in the file manager; True once one took it.

    Where nothing could open it (a desktop without a file manager, no ``xdg-open``), a box
    says where the folder is, its path selectable to copy: the button did nothing at all, or
    said so in a line that went by.
    """
    # here: QDesktopServices and QMessageBox's enums cost the start-up before the first paint
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    path = os.fspath(folder)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
        return True
    box = QMessageBox(parent)
    box.setObjectName("folderNotOpened")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Open folder"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path, as written
    box.setText(fill(tr("No file manager could open this folder:\n%1"), path))
    box.setInformativeText(
        tr("Open it yourself in a file manager or a terminal; select the path to copy it.")
    )
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
    box.deleteLater()
    return False
