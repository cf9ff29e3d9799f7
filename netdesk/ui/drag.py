"""Dragging contacts out of the list: a .vcf file (for file managers and mail clients) plus the
vCard text itself (for apps that take text/vcard)."""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from netdesk.core.exporting import contacts_in_order, render
from netdesk.ui.context import AppContext
from netdesk.ui.widgets import tr

_folder: Path | None = None


def _drag_folder() -> Path:
    """One private temporary folder per run, removed at exit (drop targets copy the file)."""
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="netdesk-drag-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def dragged_out(path: str) -> bool:
    """True for a file this run wrote for a drag out of the list: dropped back onto the window
    (a drag that ended over the card), it is the user's own contacts, not an import."""
    if _folder is None:
        return False
    try:
        return Path(path).resolve().is_relative_to(_folder.resolve())
    except OSError:
        return False


def _file_name(names: list[str]) -> str:
    if len(names) == 1:
        base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", names[0]).strip(" .") or tr("contact")
    else:
        base = tr("%n contacts", "", len(names))
    return base[:80] + ".vcf"


def vcard_mime_data(context: AppContext, ids: Sequence[int]) -> QMimeData:
    """The dragged contacts as a temporary .vcf (urls) and as text/vcard data (vCard 3.0,
    which every address book and mail client reads)."""
    contacts = list(contacts_in_order(list(ids)))
    text = render(contacts, "vcard3")
    folder = Path(tempfile.mkdtemp(dir=_drag_folder()))  # a fresh folder: names never clash
    path = folder / _file_name([c.display_name for c in contacts])
    path.write_text(text, encoding="utf-8", newline="")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    payload = text.encode("utf-8")
    data.setData("text/vcard", payload)
    data.setData("text/x-vcard", payload)
    data.setText("\n".join(c.display_name for c in contacts))
    return data
