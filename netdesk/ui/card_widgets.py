"""The card's own widgets: the photo (click or drop an image) and the tag field, and the
labels' column its sections share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImageReader,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
)

from netdesk.core.types import IMPORT_SUFFIXES
from netdesk.ui.widgets import tr

PHOTO_SIZE = 88


def align_label_columns(forms: list[QFormLayout]) -> None:
    """One labels' column for every section of the card, as wide as its longest label, rows
    hidden included: each section sized its own, so Name's fields began left of Origin's and
    Work's, and Origin's moved right from a contact who introduced nobody to one who did."""
    labels: list[QLabel] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
        # the form puts a label beside its field, not its text in a label that fills the
        # column: the text too stands at the field's side, the left in a right-to-left window
        align_as_read(label, Qt.AlignmentFlag.AlignRight)


class _AlignedAsRead(QObject):
    """Keeps a label's text at one side of it as the window reads (see align_as_read)."""

    def __init__(self, label: QLabel, side: Qt.AlignmentFlag) -> None:
        super().__init__(label)
        self._side = side
        label.installEventFilter(self)
        self.align(label)

    def align(self, label: QLabel) -> None:
        vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
        # (visualAlignment adds AlignAbsolute: the text's own direction no longer turns it)
        label.setAlignment(QStyle.visualAlignment(label.layoutDirection(), self._side) | vertical)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange and isinstance(watched, QLabel):
            self.align(watched)
        return False


def align_as_read(label: QLabel, side: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    """``label``'s text at its ``side`` (AlignLeft: where a line begins) as the window reads,
    mirrored in a right-to-left one, whatever the text's script. A QLabel aligns plain text by
    the text's own direction: an English date, a file name or "Last interaction" stayed at
    the left of a right-to-left window, away from the caption (or field) beside it."""
    _AlignedAsRead(label, side)


_image_suffixes: frozenset[str] | None = None


def dropped_image(data: QMimeData) -> str | None:
    """The image file a drag holds (one local file of a kind Qt reads), else None: dropped
    anywhere on the card it is the photo, not its path typed into the field under it."""
    global _image_suffixes
    if getattr(data, "from_contact_list", False):
        return None  # our own contacts: their urls would render them all to a file
    urls = data.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    if _image_suffixes is None:
        _image_suffixes = frozenset(
            bytes(name.data()).decode("ascii", "replace").lower()
            for name in QImageReader.supportedImageFormats()
        )
    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower().lstrip(".") in _image_suffixes else None


def image_drag(event: QEvent, take: Callable[[str], None]) -> bool:
    """Takes a drag of an image file (True), giving its path to ``take`` at the drop."""
    if not isinstance(event, QDropEvent):  # (drag enter and move events are drop events)
        return False
    path = dropped_image(event.mimeData())
    if path is None:
        return False
    event.acceptProposedAction()
    if event.type() == QEvent.Type.Drop:
        take(path)
    return True


_CLICKS = (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton)  # right: its menu too


class PhotoLabel(QLabel):
    """The card's photo: click to choose, or drop an image file on it.

    Signals:
        image_dropped(str): path of a dropped image file.
    """

    image_dropped = Signal(str)
    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tr("Drop an image here, or click to choose a photo"))
        self.setAccessibleName(tr("Photo"))
        self.setAccessibleDescription(tr("Press Space to choose or remove the photo"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Any one local file is taken, so a file that is no image gets a message instead of a
        # silent "no entry" cursor; contact files go on to the window, which imports them.
        if getattr(event.mimeData(), "from_contact_list", False):
            # contacts dragged out of the list: asked for its urls, the drag read them all and
            # wrote their vCards on the window's thread (3,594: 1.5 s) just for passing over
            return
        urls = event.mimeData().urls()
        if (
            len(urls) == 1
            and urls[0].isLocalFile()
            and not urls[0].toLocalFile().lower().endswith(IMPORT_SUFFIXES)  # window: imported
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.image_dropped.emit(event.mimeData().urls()[0].toLocalFile())
        event.acceptProposedAction()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click opens the photo's menu: released over the photo, as a button's. Any
        release did: a press dragged off the photo to give up, a middle-button paste."""
        if event.button() in _CLICKS and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()  # the photo menu, from the keyboard too
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The round photo, ringed in the selection colour while it has the keyboard focus:
        a label draws no focus frame, and Tab reached the photo with nothing to show it."""
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = QRectF(self.rect())
        # the selection colour, with the window's colour inside it to stand out from any photo
        for colour, width, inset in (
            (self.palette().color(QPalette.ColorRole.Highlight), 3.0, 1.5),
            (self.palette().color(QPalette.ColorRole.Window), 1.5, 3.75),
        ):
            painter.setPen(QPen(colour, width))
            painter.drawEllipse(ring.adjusted(inset, inset, -inset, -inset))
        painter.end()


class GrowingText(QPlainTextEdit):
    """A text box as tall as its text, from ``lowest`` to ``highest`` pixels (then it scrolls).

    Its size hint was QPlainTextEdit's own, taller than ``highest``: every box stood at its
    tallest, an empty "Looking for" as tall as six lines, and the card was a long scroll.

    Signals:
        image_dropped(str): an image file dropped on it (the card's photo, not its path typed).
    """

    image_dropped = Signal(str)

    def __init__(self, lowest: int, highest: int) -> None:
        super().__init__()
        self.setMinimumHeight(lowest)
        self.setMaximumHeight(highest)
        # its hint, not less: the card's body is laid out at its smallest, a scroll area's
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._text_resized)
        self._lines = 1.0

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not image_drag(event, self.image_dropped.emit):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not image_drag(event, self.image_dropped.emit):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not image_drag(event, self.image_dropped.emit):
            super().dropEvent(event)

    def _text_resized(self, size: QSizeF) -> None:
        if size.height() != self._lines:  # (its height counts lines: a plain text's layout)
            self._lines = size.height()
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        lines = max(1.0, self._lines)
        text = lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        height = round(text) + margins.top() + margins.bottom()
        return QSize(hint.width(), max(self.minimumHeight(), min(height, self.maximumHeight())))


class TagEdit(QLineEdit):
    """Comma-separated tags with completion of the word being typed over the known tags,
    case and accents ignored as the search ignores them ("cafe" offers "Café").

    The known tags are asked for (``known_tags()``: a count over every tag link, ~20 ms at
    100,000 contacts) when the user first types a tag, and kept until ``forget_known()``:
    showing a contact never pays for it. Each is folded once with them; a key typed then
    costs one prefix test per tag.
    """

    def __init__(self, known_tags: Callable[[], list[str]] | None = None) -> None:
        super().__init__()
        self.setPlaceholderText(tr("e.g. investor, conference, mentor"))
        self.setAccessibleName(tr("Tags"))
        self._known_tags = known_tags
        self._known: list[str] | None = None
        self._folded: list[str] | None = None  # the known tags folded, in their order
        self._model = QStringListModel(self)
        self.tag_completer = QCompleter(self._model, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setWidget(self)
        self.tag_completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def set_known(self, tags: list[str]) -> None:
        self._known = list(tags)
        self._folded = None
        self._model.setStringList(self._known)

    def forget_known(self) -> None:
        """The tags changed: ask again on the next completion."""
        if self._known_tags is not None:
            self._known = None

    def known(self) -> list[str]:
        if self._known is None:
            self.set_known(self._known_tags() if self._known_tags is not None else [])
        assert self._known is not None
        return self._known

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def _being_typed(self, text: str) -> tuple[int, int]:
        """Where the tag the cursor is in starts and ends in ``text``: the last one when
        ``text`` is not the field's (a test's emitted edit). It was always the last: a tag
        typed before others was offered the last one's completions, and took its place."""
        at = self.cursorPosition() if text == self.text() else len(text)
        end = text.find(",", at)
        return text.rfind(",", 0, at) + 1, len(text) if end < 0 else end

    def _complete(self, text: str) -> None:
        start, end = self._being_typed(text)
        word = text[start:end].strip()
        popup = self.tag_completer.popup()
        if not word:
            if popup is not None:
                popup.hide()
            return
        from netdesk.core.merging import fold  # (store.text's, cached: as the search folds)

        known = self.known()
        if self._folded is None:
            self._folded = [fold(tag) for tag in known]
        typed = fold(word)
        # the tags already in the field are not offered again
        others = (text[:start] + text[end:]).split(",")
        taken = {t.strip().casefold() for t in others if t.strip()}
        # matched here, not by the completer: it ignores case but not accents, so "cafe"
        # did not offer "Café" (its prefix is empty: every tag offered is shown)
        offered = [
            tag
            for tag, folded in zip(known, self._folded, strict=True)
            if folded.startswith(typed) and tag.casefold() not in taken
        ]
        if offered != self._model.stringList():
            self._model.setStringList(offered)
        self.tag_completer.setCompletionPrefix("")
        if self.tag_completer.completionCount():
            self.tag_completer.complete()
        elif popup is not None:
            popup.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter with the completions showing takes the one highlighted, or closes them and
        keeps what was typed (as QLineEdit and QCompleter do): the completer acts so only
        on the keys its popup receives, and an Enter that reached the field itself (a test's
        key, a tool typing into the focused field) kept "inv" with "investor" highlighted."""
        popup = self.tag_completer.popup()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and popup is not None
            and popup.isVisible()
        ):
            chosen = popup.currentIndex()
            popup.hide()
            if chosen.isValid():
                self._insert(str(chosen.data()))
                event.accept()  # (so the completer, if it sent it, does not insert it again)
                return
        super().keyPressEvent(event)

    def _insert(self, tag: str) -> None:
        """The tag chosen takes the place of the one being typed; after the last one, ", "
        follows for the next."""
        text = self.text()
        start, end = self._being_typed(text)
        before = [p.strip() for p in text[:start].split(",") if p.strip()]
        after = [p.strip() for p in text[end:].split(",") if p.strip()]
        head = ", ".join([*before, tag])
        # typed over the whole text, not set: setText() emptied the field's undo, and Ctrl+Z
        # after a tag chosen undid nothing of it (insert() also says textEdited)
        self.selectAll()
        self.insert(f"{head}, {', '.join(after)}" if after else f"{head}, ")
        if after:
            self.setCursorPosition(len(head))
        popup = self.tag_completer.popup()
        if after and popup is not None:  # (the tag just chosen is not offered again)
            popup.hide()
