"""Import problems in the user's language.

The readers (netdesk.interop, netdesk.core.importing) have no Qt: each problem keeps an English
reason, which the CLI and the log print, and the template it was formatted from with its
arguments (``ImportProblem.template``/``template_args``; a whole-file ``ImportFileError``
passes its own on to the problem that reports it). The templates are marked for lupdate in
context ``ImportProblem`` where they are written (the command is in netdesk/ui/i18n.py).
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication

from netdesk.interop.problems import PROBLEM_CONTEXT, ImportProblem, TemplateArgs
from netdesk.ui.widgets import tr

log = logging.getLogger("netdesk.ui")


def problem_text(problem: ImportProblem) -> str:
    """The problem's reason in the user's language, its arguments filled in."""
    return translated_reason(problem.template, problem.template_args, problem.reason)


def problem_line(problem: ImportProblem) -> str:
    """ "file:line: error: reason", in the user's language: a problem as one line of text (the
    summary's details, the preview's copied problems)."""
    kind = tr("error") if problem.severity == "error" else tr("warning")
    where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    return f"{where}: {kind}: {problem_text(problem)}"


def translated_reason(template: str, args: TemplateArgs, english: str) -> str:
    """``template`` translated and formatted with ``args``; ``english`` when there is no
    template, no translation, or the translation does not format (a misspelt placeholder)."""
    if not template:
        return english
    text = QCoreApplication.translate(PROBLEM_CONTEXT, template)
    if text == template:
        return english  # untranslated: the English reason is this very text, formatted
    try:
        return text.format_map(dict(args))
    except (KeyError, IndexError, ValueError, AttributeError):
        _bad_translation(template, text)
        return english


@functools.cache
def _bad_translation(template: str, text: str) -> None:
    """Logged once, not at every repaint of the problems table."""
    log.warning("the translation of %r does not format: %r", template, text)
