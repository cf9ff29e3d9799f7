"""Translations: Qt's own (qtbase) and netdesk's catalogues from resources/i18n, by system locale.

The catalogues are ``netdesk_<lang>.ts`` files made by ``pyside6-lupdate`` from netdesk/ui and
from the import problems' templates in netdesk/interop and netdesk/core (marked there with
interop's Qt-free ``QT_TRANSLATE_NOOP("ImportProblem", …)``; see ui/import_text.py), compiled to
``.qm`` by ``pyside6-lrelease`` (both committed; tests/ui/test_i18n.py checks the ``.qm`` files
are current). ``netdesk_en`` holds only English plural forms ("%Ln day(s)" -> "1 day",
"2 days") and is installed under every other catalogue, so a language without a catalogue of
its own still reads "2 days", not "2 day(s)".

After changing a user-visible string (from the repository root)::

    pyside6-lupdate netdesk/app.py netdesk/ui/*.py netdesk/interop/*.py netdesk/core/*.py \
        -no-obsolete -source-language en -target-language es -ts resources/i18n/netdesk_es.ts
    pyside6-lupdate netdesk/app.py netdesk/ui/*.py netdesk/interop/*.py netdesk/core/*.py \
        -no-obsolete -source-language en -target-language en -pluralonly \
        -ts resources/i18n/netdesk_en.ts
    pyside6-lrelease resources/i18n/netdesk_es.ts resources/i18n/netdesk_en.ts

lupdate only sees literal texts: ``tr("…")``, ``self.tr("…", "", n)``, ``translate("Ctx", "…")``
outside f-strings, with ``n`` passed positionally (``n=`` is not recorded as a plural).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

log = logging.getLogger("netdesk.ui")

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
APP_CONTEXT = "netdesk"  # netdesk.ui.widgets.tr() translates in this context


class NetdeskTranslator(QTranslator):
    """A catalogue that also answers the module-level ``tr()`` helper's context.

    lupdate files ``tr("...")`` calls made outside a class method's ``self.tr`` under the empty
    context, while ``netdesk.ui.widgets.tr`` asks for context ``netdesk`` at run time.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context == APP_CONTEXT:
            found = super().translate("", source_text, disambiguation, n)
        # None, not "": QCoreApplication.translate() moves on to the next translator (and finally
        # the source text) only for a null QString, and PySide turns "" into an empty, non-null one.
        return found or None


def load_catalogue(language: str, parent: QObject | None = None) -> NetdeskTranslator | None:
    """netdesk's compiled catalogue for ``language`` ("es", "en"), or None if there is none."""
    translator = NetdeskTranslator(parent)
    if translator.load(f"netdesk_{language}", str(I18N_DIR), "_", ".qm"):
        return translator
    return None


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's and netdesk's translations for ``locale`` (default: the system's).

    Returns the installed translators (parented to ``app``, so they live as long as it does).
    Later-installed translators are asked first: the locale's catalogue, then English plurals.
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    english = load_catalogue("en", app)
    if english is not None:
        installed.append(english)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if locale.language() != QLocale.Language.English and qt_base.load(
        locale, "qtbase", "_", qt_dir
    ):
        installed.append(qt_base)
    ours = NetdeskTranslator(app)
    if locale.language() != QLocale.Language.English and ours.load(
        locale, "netdesk", "_", str(I18N_DIR), ".qm"
    ):
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    log.info(
        "translations for %s: %s",
        locale.name(),
        ", ".join(t.filePath() for t in installed) or "none",
    )
    return installed
