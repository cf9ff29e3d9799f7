"""Import problems in the user's language.

The readers (netdesk.interop, netdesk.core.importing) have no Qt: each problem keeps an English
reason, which the CLI and the log print, and the template it was formatted from with its
arguments (``ImportProblem.template``/``template_args``; a whole-file ``ImportFileError``
passes its own on to the problem that reports it). The templates are marked for lupdate in
context ``ImportProblem`` where they are written (the command is in netdesk/ui/i18n.py).
"""

from __future__ import annotations

import dataclasses
import functools
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from netdesk.interop.problems import PROBLEM_CONTEXT, ImportProblem, TemplateArgs
from netdesk.ui.widgets import tr

log = logging.getLogger("netdesk.ui")

# Marked for lupdate; translated where shown, with tr(). Here, not in import_rows, which
# loads the importer: Merge two contacts and Find duplicates name fields too, and paid
# 0.1 s of the window's time for the import machinery the first time they did
FIELD_NAMES = {
    "prefix": QT_TRANSLATE_NOOP("netdesk", "Name prefix"),
    "given_name": QT_TRANSLATE_NOOP("netdesk", "First name"),
    "additional_names": QT_TRANSLATE_NOOP("netdesk", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("netdesk", "Last name"),
    "suffix": QT_TRANSLATE_NOOP("netdesk", "Name suffix"),
    "nickname": QT_TRANSLATE_NOOP("netdesk", "Nickname"),
    "formatted_name": QT_TRANSLATE_NOOP("netdesk", "Full name"),
    "organization": QT_TRANSLATE_NOOP("netdesk", "Company"),
    "department": QT_TRANSLATE_NOOP("netdesk", "Department"),
    "title": QT_TRANSLATE_NOOP("netdesk", "Job title"),
    "notes": QT_TRANSLATE_NOOP("netdesk", "Notes"),
    "what_they_do": QT_TRANSLATE_NOOP("netdesk", "What they do"),
    "looking_for": QT_TRANSLATE_NOOP("netdesk", "Looking for"),
    "can_offer": QT_TRANSLATE_NOOP("netdesk", "Can offer"),
    "met_at": QT_TRANSLATE_NOOP("netdesk", "Met at"),
    "met_on": QT_TRANSLATE_NOOP("netdesk", "Met on"),
    "met_through": QT_TRANSLATE_NOOP("netdesk", "Met through"),
    "photo_url": QT_TRANSLATE_NOOP("netdesk", "Photo link"),
    "photo": QT_TRANSLATE_NOOP("netdesk", "Photo"),
    "birthday": QT_TRANSLATE_NOOP("netdesk", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("netdesk", "Anniversary"),
    "keep_in_touch_days": QT_TRANSLATE_NOOP("netdesk", "Keep in touch (days)"),
    "uid": QT_TRANSLATE_NOOP("netdesk", "vCard UID"),
    "emails": QT_TRANSLATE_NOOP("netdesk", "E-mails"),
    "phones": QT_TRANSLATE_NOOP("netdesk", "Phones"),
    "addresses": QT_TRANSLATE_NOOP("netdesk", "Addresses"),
    "urls": QT_TRANSLATE_NOOP("netdesk", "Web pages"),
    "related": QT_TRANSLATE_NOOP("netdesk", "Related people"),
    "custom_fields": QT_TRANSLATE_NOOP("netdesk", "Custom fields"),
    "tags": QT_TRANSLATE_NOOP("netdesk", "Tags"),
    "raw_properties": QT_TRANSLATE_NOOP("netdesk", "Other vCard fields"),
}


def field_label(name: str) -> str:
    """A contact field's name as the import preview and the merges show it ("Job title")."""
    return tr(str(FIELD_NAMES.get(name, name)))  # QT_TRANSLATE_NOOP is typed as object


# arguments that are quantities, written as the user's locale writes numbers: "and 299000
# more like the previous one" stood under "300,000 warnings"
_QUANTITIES = ("{count}", "{length}", "{limit}")


def problem_text(problem: ImportProblem) -> str:
    """The problem's reason in the user's language, its arguments filled in."""
    args = problem.template_args
    template = problem.template
    if any(quantity in template for quantity in _QUANTITIES):
        args = tuple((key, _number(key, value)) for key, value in args)
        if args != problem.template_args:
            try:
                english = template.format_map(dict(args))
            except (KeyError, IndexError, ValueError, AttributeError):
                english = problem.reason
            problem = dataclasses.replace(problem, reason=english, template_args=args)
    if "{fields}" not in template:  # (a look at each argument: a fifth of a copy's time)
        return translated_reason(template, args, problem.reason)
    # contact fields, which the importer names by their attributes: "(kept the first card's
    # formatted_name, title)" is said "(kept the first card's Full name, Job title)"
    args = tuple((key, _labels(value) if key == "fields" else value) for key, value in args)
    try:
        english = problem.template.format_map(dict(args))
    except (KeyError, IndexError, ValueError, AttributeError):
        english = problem.reason
    return translated_reason(problem.template, args, english)


def _number(key: str, value: str) -> str:
    """A quantity argument written with the locale's digit grouping ("299,000")."""
    if "{" + key + "}" not in _QUANTITIES or not (value.isascii() and value.isdigit()):
        return value
    return QLocale().toString(int(value))


def _labels(fields: str) -> str:
    """ "formatted_name, title" (a problem's ``fields``) as "Full name, Job title"."""
    return ", ".join(field_label(name.strip()) for name in fields.split(","))


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
