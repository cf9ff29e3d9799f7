"""The import experience: files in (drop, File > Import, command line, second launch), the
column-mapping step for unknown CSVs, the preview, the import itself and its summary."""

from __future__ import annotations

import copy
import csv
import gc
import io
import logging
import os
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from netdesk.core.import_problems import counted
from netdesk.core.importing import (
    ImportCancelled,
    ImportPlan,
    ImportSummary,
    apply_import,
    expand_paths,
    import_files,
    plan_import,
)
from netdesk.gcpause import collector_paused
from netdesk.interop.problems import QT_TRANSLATE_NOOP, problem
from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import (
    CsvMappingDialog,
    columns_chosen_before,
    header_signature,
    remember_mapping,
    remembered_mapping,
)
from netdesk.ui.import_files_check import (
    FilesChanged,
    FileStates,
    changed_files,
    changed_since,
    file_states,
)
from netdesk.ui.import_preview import (
    ImportPreviewDialog,
    KeptAnswers,
    PreviewLeft,
    combined_text,
    kept_answers,
)
from netdesk.ui.import_rows import PreviewRows, preview_rows
from netdesk.ui.import_text import problem_line
from netdesk.ui.operations import Operation, run_operation
from netdesk.ui.settings import Setting
from netdesk.ui.widgets import tr

if TYPE_CHECKING:
    from netdesk.core import Core
    from netdesk.interop.csvfile import CsvSniff
    from netdesk.interop.problems import ImportProblem

log = logging.getLogger("netdesk.ui")
IMPORT_FOLDER = Setting[str]("import/last_folder", "", "where File > Import last found files")
_SHEETS = (".csv", ".tsv", ".txt")  # files that may be a sheet of unknown columns


# what the column questions change, put back as it was when Cancel goes back to the preview
_AGAIN_STATE = (
    "mappings", "remembered_for", "used_answers", "answered", "skipped", "skipped_columns"
)  # fmt: skip


FOLDER_LOOK_MS = 400  # how long File > Import waits for the last folder to answer


def is_folder(path: str) -> bool:
    """Whether ``path`` is a folder: may wait for minutes on a network share gone away."""
    return os.path.isdir(path)


class _FolderLooked(QObject):
    """Tells the window's thread that the last folder answered. Signals: done()."""

    done = Signal()


class ImportController(QObject):
    """Runs imports for one window, one at a time (files arriving meanwhile wait their turn).

    Signals:
        finished(object): the ImportSummary, or None when cancelled, failed or nothing to do.
        show_imported(): the user asked to see the contacts imported today.
    """

    finished = Signal(object)
    show_imported = Signal()

    def __init__(self, context: AppContext, parent_window: QWidget | None) -> None:
        super().__init__(parent_window)
        self.context = context
        self.window = parent_window
        self.queue: list[tuple[list[str], bool]] = []
        self.busy = False
        self.paths: list[str] = []
        self.preview_enabled = True
        self.mappings: dict[str, dict[str, str]] = {}  # by file
        self.pending_mappings: list[tuple[str, CsvSniff]] = []
        # the CSVs of this import read with columns chosen at an earlier one, and every CSV
        # of unknown layout (the preview's Columns… asks about those with columns chosen)
        self.remembered_for: set[str] = set()
        self.unknown: dict[str, CsvSniff] = {}
        # the contact files of this import, folders listed (once: a folder of 100,000 files
        # was walked again for the plan), and what listing them found wrong
        self.files: list[str] = []
        self.listed_problems: list[ImportProblem] = []
        self.skipped: list[str] = []  # CSVs left out at the column question
        self.skipped_columns: set[str] = set()  # their header signatures: alike, left out too
        self.asked_again: set[str] = set()  # CSVs read with remembered columns, asked about
        # answered in this session, by header signature: (headers, mapping). Saved for good
        # only once an import with them is applied: a preview cancelled because the columns
        # were wrong asks again (pre-filled with this answer) instead of repeating the mistake.
        self.answered: dict[str, tuple[list[str], dict[str, str]]] = {}
        self.used_answers: set[str] = set()
        self.mapping_dialog: CsvMappingDialog | None = None
        self.preview: ImportPreviewDialog | None = None
        # the preview left for Columns…, with what it was read with: shown again, as it was,
        # when the column question is cancelled (Cancel there dropped the whole import)
        self.set_aside: tuple[ImportPreviewDialog, ImportPlan, PreviewRows] | None = None
        self.before_again: dict[str, Any] = {}  # _AGAIN_STATE as the preview was read with
        self.operation: Operation | None = None
        # the plan being written, its lists and where its preview was left: a locked
        # database or a full disk brings the preview back as it was (it was lost, every
        # choice made in it with it, and the file had to be dropped again)
        self.applying: tuple[ImportPlan, PreviewRows, PreviewLeft] | None = None
        self.read_states: FileStates = {}  # the files previewed, as they were read
        # what was answered in a preview whose files changed before Import: for the next
        self.kept: KeptAnswers | None = None
        self.summary_box: QMessageBox | None = None
        self.waiting_message = ""  # in the status bar while files wait their turn
        self.choosing = False  # File > Import looking at the last folder
        self.unanswered: set[str] = set()  # last folders still being looked at
        self.combined = 0  # cards of the applied preview that went into another's contact
        self.archived_new = 0  # its new contacts that come archived
        # the last import's new contacts that "Imported today" lists (not the archived)
        self.imported_today = 0

    # -- entry points ------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        """File > Import: pick .vcf/.csv files, then the usual flow."""
        if self.choosing:  # the menu again while the last folder is looked at
            return
        self.choosing = True
        try:
            start = self._start_folder(self.context.settings.get(IMPORT_FOLDER))
        finally:
            self.choosing = False
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            tr("Import contacts"),
            start,
            either_case(tr("Contact files (*.vcf *.vcard *.csv *.tsv);;All files (*)")),
        )
        if files:
            self.context.settings.set(IMPORT_FOLDER, str(Path(files[0]).parent))
            self.start(files)
        else:
            self._window_back()

    def _start_folder(self, folder: str) -> str:
        """Where the file dialog opens: the folder files were last imported from while it is
        there, else the home folder. It is looked at on a thread of its own, for at most
        FOLDER_LOOK_MS: on a network share gone away (a laptop off the office network) a
        look at it waits for minutes, and the window, frozen, waited with it."""
        home = str(Path.home())
        if not folder or folder in self.unanswered:  # still not answering: no thread more
            return home
        answer: list[bool] = []
        loop = QEventLoop()
        looked = _FolderLooked()
        looked.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        unanswered = self.unanswered
        unanswered.add(folder)

        def look() -> None:  # (it holds ``looked`` until it is done: no emit on a deleted one)
            answer.append(is_folder(folder))
            unanswered.discard(folder)
            looked.done.emit()

        threading.Thread(target=look, name="netdesk-import-folder", daemon=True).start()
        QTimer.singleShot(FOLDER_LOOK_MS, loop, loop.quit)
        if not answer:
            # painting and timers go on; a click or a key waits for the dialog
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if not answer:
            log.info("%s did not answer; File > Import opens in the home folder", folder)
        return folder if answer and answer[0] else home

    def start(self, paths: Sequence[str], *, preview: bool = True) -> None:
        """Import ``paths`` (files or folders); with ``preview`` nothing is written unasked."""
        from netdesk.ui.drag import dragged_out

        paths = [path for path in paths if not dragged_out(path)]
        if not paths:
            return
        if self.busy:  # one preview at a time; the next once this one's summary is closed
            self.queue.append((list(paths), preview))
            self._say_waiting()
            return
        self.busy = True
        self.combined = self.archived_new = self.imported_today = 0
        self.kept = None
        self.paths = list(paths)
        self.preview_enabled = preview
        self.mappings = {}
        self.pending_mappings = []
        self.remembered_for = set()
        self.unknown = {}
        self.skipped = []
        self.skipped_columns = set()
        self.asked_again = set()
        self.used_answers = set()
        self.files, self.listed_problems = [], []
        paths = self.paths
        # listing folders and sniffing each CSV's head touches the disk: off the GUI thread
        self.operation = run_operation(
            self.context,
            self.window,
            tr("Reading contact files…"),
            lambda progress, cancelled: files_and_unknown_layouts(paths, progress, cancelled),
            on_success=self._ask_mappings,
            changes=False,
        )
        self.operation.cancelled.connect(lambda: self._end(None))
        self.operation.failed.connect(lambda _error: self._end(None))

    def may_quit(self) -> bool:
        """Asked before netdesk quits (Ctrl+Q, the tray's Quit): True when no import is being
        written, or the user chose to stop it. Quitting rolled a running import back unasked."""
        operation = self.operation
        if operation is None or not operation.running or not operation.changes:
            return True  # reading files or a preview: nothing is written yet
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Quit netdesk"),
            tr("Contacts are being imported. Stop and quit? Nothing of this import is kept."),
            parent=self.window,
        )
        stop = box.addButton(tr("&Stop and quit"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("&Keep importing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        # done while asked: nothing left to stop, and the question went under its summary
        operation.ended.connect(box.reject)
        try:
            box.exec()
        finally:
            operation.ended.disconnect(box.reject)
        if not operation.running:
            return True  # imported (and kept) or failed meanwhile: quit as asked
        if box.clickedButton() is not stop:
            return False
        operation.cancel()  # rolled back now; the app waits for it as it quits
        return True

    # -- steps -------------------------------------------------------------------------------

    def _cancelled_meanwhile(self) -> bool:
        """True when Cancel was pressed as the work ended (its result already on its way):
        heard then, the next step went on as if nobody had pressed it."""
        operation = self.operation
        return operation is not None and operation.cancel_requested.is_set()

    def _ask_mappings(self, found: FoundFiles) -> None:
        if self._cancelled_meanwhile():  # no column question, no reading of the files
            self._end(None)
            return
        self.files, self.listed_problems, unknown = found
        self.unknown = unknown
        for file, sniff in unknown.items():
            remembered = remembered_mapping(self.context, sniff.headers)
            if remembered is not None:
                self.mappings[file] = remembered
                self.remembered_for.add(file)
            else:
                self.pending_mappings.append((file, sniff))
        self._next_mapping()

    def _columns_again(self) -> None:
        """The preview's Columns…: ask again about the CSVs read with columns chosen, at an
        earlier import or at this one's question, starting from those, then read the files
        anew. The preview is where a column left out shows (names read from the company):
        the columns just chosen had no way back from it but Cancel and a new import."""
        self.before_again = {name: copy.copy(getattr(self, name)) for name in _AGAIN_STATE}
        for file in [f for f in self.unknown if f in self.mappings]:
            sniff = self.unknown[file]
            signature = header_signature(sniff.headers)
            self.answered[signature] = (sniff.headers, self.mappings.pop(file))
            self.used_answers.discard(signature)  # asked, not taken as answered
            self.pending_mappings.append((file, sniff))
            self.asked_again.add(file)
        self.remembered_for = set()
        self._next_mapping()

    def _back_to_preview(self) -> bool:
        """Cancel at the column question Columns… opened: the preview comes back as it was
        (its tab, the choices made among its differences), read with the columns it was."""
        if self.set_aside is None:
            return False
        dialog, _plan, _rows = self.set_aside
        self.set_aside = None
        # the answers too: a column changed and cancelled is not what the preview was read
        # with, nor what its import remembers; nor is a file skipped meanwhile left out
        for name, value in self.before_again.items():
            setattr(self, name, value)
        self.pending_mappings = []
        self.asked_again = set()
        self.preview = dialog
        dialog.open()
        return True

    def _let_go_set_aside(self) -> None:
        """The preview left for Columns… is of no more use: the files are read anew."""
        if self.set_aside is not None:
            dialog, plan, rows = self.set_aside
            self.set_aside = None
            dialog.deleteLater()
            dialog.let_go()
            _let_go_between_events(plan, rows)

    def _next_mapping(self) -> None:
        if not self.pending_mappings:
            self._let_go_set_aside()
            self._plan()
            return
        file, sniff = self.pending_mappings.pop(0)
        from netdesk.interop.csvfile import guess_mapping

        headers = sniff.headers
        signature = header_signature(headers)
        if signature in self.skipped_columns:  # a sheet like one skipped (the next month's)
            self.skipped.append(file)
            self._next_mapping()
            return
        if signature in self.used_answers:  # a file of this run with the same columns
            self.mappings[file] = self.answered[signature][1]
            self._next_mapping()
            return
        earlier = self.answered.get(signature)
        samples = _examples(sniff, len(headers))
        proposed = (
            earlier[1]
            if earlier
            else {
                **guess_mapping(headers),
                **columns_chosen_before(self.context, headers),
            }
        )
        dialog = CsvMappingDialog(
            Path(file).name,
            headers,
            proposed,
            samples,
            self.window,
            # other files come with it: not a folder of one CSV, which a skip left empty
            skippable=len(self.files) > 1,
            again=file in self.asked_again,
            settings=self.context.settings,
        )
        self.mapping_dialog = dialog

        def done(result: int) -> None:
            self.mapping_dialog = None
            dialog.deleteLater()
            chosen = dialog.mapping()
            if result == CsvMappingDialog.SKIP:  # not an answer: asked again next time
                self.skipped.append(file)
                self.skipped_columns.add(signature)
                self._next_mapping()
                return
            if result != QDialog.DialogCode.Accepted:
                # kept for this session, not for good: the same columns dropped again are
                # asked about starting from these (one Esc threw away every column chosen)
                if chosen != proposed:
                    self.answered[signature] = (headers, chosen)
                if not self._back_to_preview():
                    self._end(None)
                    self._window_back()
                return
            self.answered[signature] = (headers, chosen)
            self.used_answers.add(signature)
            self.mappings[file] = chosen  # this file's own: another CSV may name columns alike
            self._next_mapping()

        dialog.finished.connect(done)
        dialog.open()

    def _plan(self) -> None:
        paths, mappings, skipped = self.files, dict(self.mappings), list(self.skipped)
        listed = self.listed_problems
        core = self.context.core
        if not self.preview_enabled:
            self.operation = run_operation(
                self.context,
                self.window,
                tr("Importing contacts…"),
                lambda progress, cancelled: (
                    imported_without(core, paths, skipped, mappings, progress, cancelled, listed),
                    "",  # no summary box to list the problems in
                ),
                on_success=self._imported,
            )
        else:
            self.operation = run_operation(
                self.context,
                self.window,
                tr("Reading contact files…"),
                lambda progress, cancelled: (
                    # before they are read: a change meanwhile counts
                    file_states([path for path in paths if path not in skipped]),
                    planned_preview(core, paths, mappings, progress, cancelled, skipped, listed),
                ),
                on_success=self._read,
                changes=False,
            )
        self.operation.cancelled.connect(
            self._end_cancelled if not self.preview_enabled else lambda: self._end(None)
        )
        self.operation.failed.connect(lambda _error: self._end(None))

    def _read(self, read: tuple[FileStates, tuple[ImportPlan, PreviewRows]]) -> None:
        self.read_states, planned = read
        self._show_preview(planned)

    def _show_preview(
        self, planned: tuple[ImportPlan, PreviewRows], left: PreviewLeft | None = None
    ) -> None:
        """Show the preview of ``planned``; ``left``: as an earlier one of it was left."""
        plan, rows = planned
        if self._cancelled_meanwhile():  # no preview
            _let_go_between_events(plan, rows)
            self._end(None)
            return
        dialog = ImportPreviewDialog(
            plan,
            self.window,
            rows,
            columns_again=bool(self.mappings),  # columns chosen, now or before
            settings=self.context.settings,
        )
        if left is not None:
            dialog.restore(left)
        elif self.kept is not None:  # its files changed: read again, the answers kept
            dialog.read_again(self.kept)
        self.kept = None
        dialog.files_dropped.connect(self.start)  # they wait their turn, as said there
        self.preview = dialog
        self._say_waiting()

        def done(result: int) -> None:
            self.preview = None
            if result != ImportPreviewDialog.COLUMNS_AGAIN:
                dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.combined = rows.combined
                self.applying = (plan, rows, dialog.left_as())
                self._apply(plan)
            elif result == ImportPreviewDialog.COLUMNS_AGAIN:
                self.set_aside = (dialog, plan, rows)  # until the columns are answered
                self._columns_again()
            else:
                dialog.let_go()
                _let_go_between_events(plan, rows)
                self._end(None)
                self._window_back()

        dialog.finished.connect(done)
        dialog.open()

    def _apply(self, plan: ImportPlan) -> None:
        """Import the preview's ``plan``: first a look at its files, then the write. A file
        changed since the preview is read again, said in the preview that comes back (it
        was a "failed" box, then the preview)."""
        states = self.read_states
        self.operation = run_operation(
            self.context,
            self.window,
            tr("Importing contacts…"),
            lambda _progress, _cancelled: changed_files(states),
            on_success=lambda changed: self._write(plan, changed),
            changes=False,
        )
        self.operation.cancelled.connect(self._cancelled_before_writing)
        self.operation.failed.connect(self._not_applied)

    def _write(self, plan: ImportPlan, changed: list[str]) -> None:
        if changed:
            self._files_changed(changed)
            return
        if self._cancelled_meanwhile():
            self._cancelled_before_writing()
            return
        core = self.context.core
        states = self.read_states

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> tuple[ImportSummary, str]:
            changed_since(states)  # saved again since the look just taken: not what it says
            return applied(core, plan, progress, cancelled)

        self.operation = run_operation(
            self.context, self.window, tr("Importing contacts…"), work, on_success=self._imported
        )
        self.operation.cancelled.connect(self._end_cancelled)
        self.operation.failed.connect(self._not_applied)

    def _cancelled_before_writing(self) -> None:
        """Cancel pressed while the files were looked at: the plan goes, nothing was written."""
        applying, self.applying = self.applying, None
        if applying is not None:
            _let_go_between_events(applying[0], applying[1])
        self._end_cancelled()

    def _files_changed(self, changed: list[str]) -> None:
        """The preview's files ``changed`` since it was read: nothing is written, they are
        read again, the answers given in the preview kept."""
        applying, self.applying = self.applying, None
        if applying is None:
            self._end(None)
            return
        plan, rows, left = applying
        self.kept = kept_answers(rows, left, changed)
        _let_go_between_events(plan, rows)
        self._read_again(changed)

    def _not_applied(self, error: BaseException) -> None:
        """The import failed, its message said why (nothing was written). On a locked
        database, a full disk, a read-only folder: the preview again, as it was left, to
        be imported once that is solved, or closed."""
        from netdesk.core import StoreError  # the store's: loaded by now

        if isinstance(error, FilesChanged):  # read again at once: what would they do now?
            self._files_changed(error.files)
            return
        applying, self.applying = self.applying, None
        if applying is None:
            self._end(None)
            return
        plan, rows, left = applying
        if isinstance(error, StoreError) and plan.cards:
            self._show_preview((plan, rows), left)
            return
        _let_go_between_events(plan, rows)  # written over meanwhile ("stale"), or a fault
        self._end(None)

    def _read_again(self, changed: list[str]) -> None:
        """The files ``changed`` since their preview: the import is planned again with
        the answers given for the others (the files skipped at their column question are
        not read, nor their columns asked again). It began again from its files: every
        column question and Skip over, and every choice among the differences lost. A CSV
        among them whose columns are no longer those answered is asked about again, alone."""
        sheets = [file for file in changed if Path(file).suffix.lower() in _SHEETS]
        self.operation = run_operation(
            self.context,
            self.window,
            tr("Reading contact files…"),
            lambda progress, cancelled: unknown_csv_layouts(sheets, progress, cancelled),
            on_success=lambda unknown: self._ask_changed_columns(sheets, unknown),
            changes=False,
        )
        self.operation.cancelled.connect(lambda: self._end(None))
        self.operation.failed.connect(lambda _error: self._end(None))

    def _ask_changed_columns(self, sheets: list[str], unknown: dict[str, CsvSniff]) -> None:
        """Ask again about the changed CSVs (``sheets``) whose header is not the one their
        columns were chosen for (``unknown``: those of a layout netdesk does not know)."""
        if self._cancelled_meanwhile():
            self._end(None)
            return
        for file in sheets:
            before, now = self.unknown.get(file), unknown.get(file)
            if now is None:  # a layout netdesk knows now, or no rows: read as it is
                self.unknown.pop(file, None)
                self.mappings.pop(file, None)
            elif before is None or header_signature(before.headers) != header_signature(
                now.headers
            ):
                self.unknown[file] = now
                chosen = self.mappings.pop(file, None)
                signature = header_signature(now.headers)
                if chosen and signature not in self.answered:
                    # asked starting from the fields chosen for the columns it still has
                    # (by name: a column moved keeps its field)
                    from netdesk.interop.csvfile import column_keys

                    kept = set(column_keys(now.headers))
                    fields = {key: field for key, field in chosen.items() if key in kept}
                    self.answered[signature] = (now.headers, fields)
                    self.asked_again.add(file)
                self.pending_mappings.append((file, now))
        self._next_mapping()

    def _end_cancelled(self) -> None:
        """Cancel pressed while importing: the progress dialog just went, so say that what
        was written so far was rolled back (was 90% of a 10,000-card file kept?)."""
        from PySide6.QtWidgets import QMainWindow

        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(tr("Cancelled; nothing was changed."), 10_000)
        self._end(None)

    def _imported(self, imported: tuple[ImportSummary, str]) -> None:
        summary, details = imported
        self.applying = None
        for signature in self.used_answers:  # the columns were right: next time, no question
            headers, mapping = self.answered.pop(signature)
            remember_mapping(self.context, headers, mapping)
        self.used_answers = set()
        # as written, with or without a preview (the preview's count missed the smoke
        # test's import, whose archived new contacts were all said to be imported today)
        self.archived_new = min(summary.archived_new, summary.new)
        self.imported_today = summary.new - self.archived_new
        log.info(
            "imported %s: %d new (%d archived), %d merged, %d unchanged, %d problems",
            ", ".join(self.paths), summary.new, self.archived_new, summary.merged,
            summary.unchanged, sum(counted(summary.problems)),
        )  # fmt: skip
        if self.preview_enabled:
            self._show_summary(summary, details)
        self._end(summary)

    def _show_summary(self, summary: ImportSummary, details: str) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Import finished"))
        text = tr("%Ln new contact(s)", "", summary.new) + ", "
        text += tr("%Ln merged", "", summary.merged) + ", "
        text += tr("%Ln already up to date", "", summary.unchanged)
        if self.combined:
            text += ", " + combined_text(self.combined)
        text += "."
        errors, warnings = counted(summary.problems)  # "and N more like it" as its N
        if errors:
            text += "\n" + tr("%Ln card(s) or file(s) could not be imported.", "", errors)
        if warnings:
            # most warnings leave nothing out: a phone "pager" kept as written was said to be
            # "something left out or two cards combined"
            text += "\n" + tr(
                "%Ln warning(s): a file, card or value left out, kept as written or combined "
                "with another; the details say which, by file and line.",
                "",
                warnings,
            )
        box.setText(text)
        if details:  # the preview's problems are gone by now: say which and why here
            box.setDetailedText(details)
        # those the file says are archived are not in "Imported today" (the list leaves
        # archived contacts out): 300 new contacts were said to be there, 291 were listed
        archived, listed = self.archived_new, self.imported_today
        said = []
        if listed == 1:  # "1 new contact ... The new contacts are in": which others?
            said.append(
                tr("The new contact is in “Imported today”: tag them, set where you met or a "
                   "keep-in-touch cadence.")
            )  # fmt: skip
        elif listed:
            said.append(
                tr("The new contacts are in “Imported today”: tag them, set where you met or a "
                   "keep-in-touch cadence, or archive them, all at once.")
            )  # fmt: skip
        if archived:
            said.append(
                tr("%Ln new contact(s) archived, as the file says: under “Archived”, not in "
                   "“Imported today”.", "", archived)
            )  # fmt: skip
        box.setInformativeText("\n".join(said))
        if listed:
            show = box.addButton(tr("&Show imported contacts"), QMessageBox.ButtonRole.AcceptRole)
            show.clicked.connect(self.show_imported.emit)
        box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _result: self._summary_closed(box))
        self.summary_box = box
        box.open()

    def _summary_closed(self, box: QMessageBox) -> None:
        if self.summary_box is box:
            self.summary_box = None
            self._window_back()
            self._next()

    def _window_back(self) -> None:
        """The window made active again once the user closed the import's last box (the file
        dialog, a column question, the preview, the summary): no window was (no window
        manager gives a dialog's parent the keys back), and Ctrl+I, for the next file, did
        nothing. Only when none is: a window opened meanwhile keeps the keys."""
        from PySide6.QtWidgets import QApplication

        window = self.window
        if window is not None and window.isVisible() and QApplication.activeWindow() is None:
            window.activateWindow()

    def _end(self, summary: ImportSummary | None) -> None:
        self.applying = None
        self.kept = None
        self._let_go_set_aside()
        _thaw_plan()
        self.finished.emit(summary)
        if self.summary_box is None:
            self._next()
        # else files that arrived meanwhile wait for the summary to be closed: started at
        # once, their preview covered it, and the Enter or Esc meant for it answered theirs

    def _next(self) -> None:
        self.busy = False
        if self.queue:
            paths, preview = self.queue.pop(0)
            self._say_waiting()
            self.start(paths, preview=preview)

    def _say_waiting(self) -> None:
        """The files waiting their turn, named in the status bar: handed over during an
        import, they bring the window forward showing the import before them."""
        from PySide6.QtWidgets import QMainWindow

        waiting = [path for paths, _preview in self.queue for path in paths]
        if self.preview is not None:  # over the window's status bar: said in it too
            self.preview.say_waiting(waiting_text(waiting))
        if not isinstance(self.window, QMainWindow):
            return
        bar = self.window.statusBar()
        if not waiting:  # their turn: the message is taken back (unless another replaced it)
            if bar.currentMessage() == self.waiting_message:
                bar.clearMessage()
            return
        self.waiting_message = waiting_text(waiting)
        bar.showMessage(self.waiting_message, 60_000)


def waiting_text(waiting: Sequence[str]) -> str:
    """What the status bar says of the files ``waiting`` for this import ("" for none)."""
    if not waiting:
        return ""
    names = ", ".join(Path(path).name for path in waiting[:3])
    if len(waiting) > 3:
        names += ", …"
    return tr("%1 will be imported once this import is done.").replace("%1", names)


def either_case(filters: str) -> str:
    """A file dialog's ``filters`` ("Contact files (*.vcf *.csv);;All files (*)") with each
    pattern in capitals too ("*.VCF"): GTK's dialog, the one Linux desktops show, matches
    patterns case and all, and hid the PHONE.VCF of an old phone or of a Windows export
    (which a drop imports)."""

    def both(patterns: re.Match[str]) -> str:
        globs = patterns[1].split()
        return "(" + " ".join([*globs, *(g.upper() for g in globs if g.upper() not in globs)]) + ")"

    return re.sub(r"\(([^()]*)\)", both, filters)


# the contact files of an import's paths (its folders listed), the problems listing them
# found, and the CSVs among them whose layout netdesk does not know
FoundFiles = tuple[list[str], list["ImportProblem"], dict[str, "CsvSniff"]]


def files_and_unknown_layouts(
    paths: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FoundFiles:
    """The contact files ``paths`` hold (folders searched), what listing them found wrong,
    and :func:`unknown_csv_layouts` of them. Runs on the worker thread.

    Raises:
        ImportCancelled: ``cancelled()`` turned true (heard between two folders listed).
    """
    files, problems = expand_paths(paths, cancelled)
    return files, problems, unknown_csv_layouts(files, progress, cancelled)


def unknown_csv_layouts(
    paths: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, CsvSniff]:
    """CSV files among ``paths`` (folders searched) whose layout is not recognised.

    Reads only the head of each file (``sniff_csv_head``): the header row and a sample row are
    all the mapping step needs. Runs on the worker thread.

    Raises:
        ImportCancelled: ``cancelled()`` turned true.
    """
    from netdesk.interop.csvfile import has_rows, sniff_csv_head
    from netdesk.interop.problems import ImportFileError

    files, _ = expand_paths(paths)
    csv_files = [f for f in files if Path(f).suffix.lower() in _SHEETS]
    unknown = {}
    for done, file in enumerate(csv_files):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, len(csv_files))
        try:
            sniff = sniff_csv_head(file)
        except (ImportFileError, OSError):
            continue  # reported when the file is read
        # a file of column names alone is not asked about: it is reported as such when read
        if sniff.format is None and sniff.headers and has_rows(sniff):
            unknown[file] = sniff
    return unknown


def without_skipped(
    paths: Sequence[str], skipped: Sequence[str]
) -> tuple[list[str], list[ImportProblem]]:
    """``paths`` to read, the files ``skipped`` at the column question left out (folders
    listed for that), and a warning for each of these. Runs on the worker thread."""
    if not skipped:
        return list(paths), []
    files, problems = expand_paths(paths)  # the folders' own problems: said once, here
    left_out = QT_TRANSLATE_NOOP("ImportProblem", "left out: you skipped it")
    problems += [problem(file, None, left_out, "warning") for file in skipped]
    leave = set(skipped)
    return [file for file in files if file not in leave], problems


def imported_without(
    core: Core,
    paths: Sequence[str],
    skipped: Sequence[str],
    mappings: dict[str, dict[str, str]],
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    listed: Sequence[ImportProblem] = (),
) -> ImportSummary:
    """``import_files`` of ``paths`` but the files ``skipped``, on the worker thread;
    ``listed``: the problems found listing the folders ``paths`` came from, said first."""
    files, problems = without_skipped(paths, skipped)
    summary = import_files(
        core, files, csv_mappings=mappings, progress=progress, cancelled=cancelled
    )
    summary.problems[:0] = [*listed, *problems]
    return summary


def planned_preview(
    core: Core,
    paths: Sequence[str],
    mappings: dict[str, dict[str, str]],
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    skipped: Sequence[str] = (),
    listed: Sequence[ImportProblem] = (),
) -> tuple[ImportPlan, PreviewRows]:
    """The plan and the preview's lists, both worked out on the worker thread: sorting
    10,000 cards into the preview's tabs is no work for the window's thread. The files
    ``skipped`` at the column question are not read; ``listed``: the problems found
    listing the folders ``paths`` came from, said first."""
    with collector_paused():
        files, problems = without_skipped(paths, skipped)
        plan = plan_import(
            core, files, csv_mappings=mappings, progress=progress, cancelled=cancelled
        )
        plan.problems[:0] = [*listed, *problems]
        # cancellable too: the orders of 100,000 cards take seconds, and a Cancel pressed
        # meanwhile went unheard (the preview opened once they were done)
        try:
            rows = preview_rows(plan, cancelled)
        except ImportCancelled:
            rows = None  # out of the handler, its traceback (and the lists it holds) is gone
        if rows is None:
            _let_go(plan)  # here, not with the error on the window's thread
            raise ImportCancelled()
        _freeze_plan()
    return plan, rows


def applied(
    core: Core,
    plan: ImportPlan,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> tuple[ImportSummary, str]:
    """Apply ``plan``; on the worker thread too: the summary's list of problems (7,500 of
    them: 0.1 s) and letting the plan's cards go (the finished Operation drops this work
    function, so nothing keeps the plan for the session), unless a locked database or a
    full disk failed it: the preview comes back, its plan whole."""
    from netdesk.core import StoreError

    try:
        summary = apply_import(core, plan, progress=progress, cancelled=cancelled)
    except StoreError:
        raise  # kept whole for the preview that comes back, to be imported again
    except BaseException:
        _let_go(plan)
        raise
    _let_go(plan)
    return summary, problem_details(summary.problems)


def _let_go(plan: ImportPlan) -> None:
    """Free the plan's cards a slice at a time. At once, 10,000 cards are one stretch of C code
    (50-100 ms) that holds the interpreter lock, and the window waits for it."""
    while plan.cards:
        del plan.cards[-500:]


def _let_go_between_events(plan: ImportPlan, rows: PreviewRows) -> None:
    """A cancelled preview's cards, freed a slice per turn of the event loop: at once, 5,000
    merges and their differences held the window 50-110 ms. The lists are emptied in place,
    as every holder of a card shares them."""
    holders: list[list[Any]] = [rows.conflicts, rows.merges, rows.new, plan.cards]

    def next_slice() -> None:
        for cards in holders:
            if cards:
                del cards[-500:]
                QTimer.singleShot(0, next_slice)
                return

    next_slice()


def problem_details(problems: Sequence[ImportProblem]) -> str:
    """The summary's detailed text: every problem in the user's language, errors first, then
    by file and line as the preview lists them (a file's problems found while matching came
    after all the others, apart from those of the lines around them)."""
    ordered = sorted(problems, key=lambda p: (p.severity != "error", p.file, p.line or 0))
    return "\n".join(problem_line(p) for p in ordered)


_froze_alone = False  # the plan's freeze was the only one: _thaw_plan may undo it


def _freeze_plan() -> None:
    """Keep the collector off the plan's objects (some 200,000 for 10,000 cards) until the
    import ends. Left to it, the collections that follow the pause walked them all (generations
    0, 1 and 2 in a row: 0.2 to 0.5 s holding the interpreter lock, the window frozen) and
    every full collection walked them again while the preview was open. Frozen objects are
    still freed when their last reference goes; only cycles among them wait for the thaw."""
    global _froze_alone
    # a preview planned again (its columns chosen anew) finds its own first freeze in place
    _froze_alone = _froze_alone or gc.get_freeze_count() == 0
    gc.freeze()


def _thaw_plan() -> None:
    """Undo :func:`_freeze_plan` once the plan is let go, unless something else (start-up)
    froze objects too: thawing would undo that as well, and what the import froze is freed
    by reference counting anyway."""
    global _froze_alone
    if _froze_alone:
        gc.unfreeze()
    _froze_alone = False


def _examples(sniff: CsvSniff, width: int) -> list[str]:
    """An example value per column for the mapping dialog: each column's first non-empty
    cell among the rows under the header. The first row alone left most columns of a sparse
    sheet (a CRM's export, a LinkedIn one without e-mails) with no example to tell them by."""
    examples = [""] * width
    missing = set(range(width))
    reader = csv.reader(
        io.StringIO(sniff.text, newline=""),
        delimiter=sniff.delimiter,
        skipinitialspace=sniff.skip_initial_space,
    )
    for index, row in enumerate(reader):
        if index > sniff.header_row + 200 or not missing:
            break
        if index > sniff.header_row:
            for column in [c for c in missing if c < len(row) and row[c].strip()]:
                examples[column] = row[column].strip()
                missing.discard(column)
    return examples
