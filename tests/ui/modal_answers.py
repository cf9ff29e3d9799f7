"""Answering the modal boxes a test's click opens (they block in exec())."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget


class ModalAnswers:
    """Answers each message box as it shows: records its texts and default button, and clicks
    ``answer`` where the box has it, else OK; ``act`` handles the first file dialog. Call
    ``stop()`` once the boxes expected have been answered.

    A button is found by its text with its shortcut mark or without: "Delete" presses a
    "&Delete" button. ``titles`` lists the boxes' window titles in the order seen."""

    def __init__(self, answer: str, act: Callable[[QWidget], None] | None = None) -> None:
        self.wanted = answer
        self.act = act
        self.seen: list[tuple[str, str, str]] = []
        self.titles: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            return
        if isinstance(widget, QMessageBox):
            default = widget.defaultButton()
            self.seen.append(
                (widget.text(), widget.informativeText(), default.text() if default else "")
            )
            self.titles.append(widget.windowTitle())
            buttons = {b.text().replace("&", ""): b for b in widget.findChildren(QPushButton)}
            wanted = self.wanted.replace("&", "")
            button = buttons.get(wanted, buttons.get("OK"))
            assert button is not None, f"no {wanted!r} among {sorted(buttons)}"
            button.click()
        elif self.act is not None and isinstance(widget, QFileDialog):
            act, self.act = self.act, None
            act(widget)

    def texts(self) -> str:
        return "\n".join(f"{text}\n{details}" for text, details, _default in self.seen)

    def stop(self) -> None:
        self.timer.stop()
