"""What the PyInstaller bundle leaves out: Qt modules, plugins and translations netdesk never uses.

netdesk uses QtCore, QtGui, QtWidgets, QtNetwork (QLocalServer/QLocalSocket) and QtSvg.
PyInstaller's PySide6 hooks collect every plugin of those modules; the ones dropped here would add
megabytes, or pull in host libraries (GTK, Vulkan, DRM) that a desktop install does not need.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

UNUSED_QT_MODULES = (  # noqa: SIM905  # a word list reads better than 47 quoted names
    "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtCharts QtConcurrent "
    "QtDataVisualization QtDesigner QtGraphs QtGraphsWidgets QtHelp QtHttpServer QtLocation "
    "QtMultimedia QtMultimediaWidgets QtNetworkAuth QtNfc QtOpenGL QtOpenGLWidgets QtPdf "
    "QtPdfWidgets QtPositioning QtPrintSupport QtQml QtQuick QtQuick3D QtQuickControls2 "
    "QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort QtSpatialAudio "
    "QtSql QtStateMachine QtTest QtTextToSpeech QtUiTools QtWebChannel QtWebEngineCore "
    "QtWebEngineQuick QtWebEngineWidgets QtWebSockets QtXml"
).split()

# Plugin folder -> stems kept (None keeps the whole folder). Folders not listed are dropped.
KEPT_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "imageformats": {"qjpeg", "qsvg", "qico", "qicns"},
    "iconengines": None,
    "styles": None,
    "platformthemes": {"qxdgdesktopportal"},  # qgtk3 would need the host's GTK 3
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "xcbglintegrations": None,
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
}

# Qt libraries only the dropped plugins link to.
UNUSED_QT_LIBRARY = re.compile(
    r"Qt6(Pdf|Qml|Quick|VirtualKeyboard|Sql|Designer|WaylandCompositor|WlShellIntegration|EglFs"
    r"|Lottie|3D|Multimedia|Labs|Test|OpenGLWidgets|UiTools|Help|Concurrent)",
)

# Qt's own translations: the qt_xx meta catalogues and qtbase_xx (standard dialogs and buttons).
KEPT_TRANSLATION = re.compile(r"^(qt_[a-z]{2,3}(_[A-Za-z]{2,4})?|qtbase_.+)\.qm$")

# phonenumbers data packages, left out unless netdesk imports the API that reads them.
PHONENUMBERS_EXTRAS = {
    "geocoder": ("phonenumbers.geocoder", "phonenumbers.geodata"),
    "carrier": ("phonenumbers.carrier", "phonenumbers.carrierdata"),
    "timezone": ("phonenumbers.timezone", "phonenumbers.tzdata"),
}


def _plugin_stem(name: str) -> str:
    stem = name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def is_kept(dest: str) -> bool:
    """Whether a bundle entry, given by its destination path, stays in the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[0] == "PySide6":
        if "plugins" in parts:
            index = parts.index("plugins")
            if len(parts) <= index + 2:
                return True
            folder, name = parts[index + 1], parts[-1]
            if folder not in KEPT_PLUGINS:
                return False
            kept = KEPT_PLUGINS[folder]
            return kept is None or _plugin_stem(name) in kept
        if "translations" in parts:
            return bool(KEPT_TRANSLATION.match(parts[-1]))
        if any(UNUSED_QT_LIBRARY.search(part) for part in parts):
            return False
    return not (parts and parts[0] in {"tcl", "tk", "_tcl_data", "_tk_data"})


def keep(toc: list) -> list:
    """Filter a PyInstaller TOC (dest, source, typecode) with `is_kept`."""
    return [entry for entry in toc if is_kept(entry[0])]


def _netdesk_source(repo: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (repo / "netdesk").rglob("*.py"))


def netdesk_submodules(repo: Path) -> list[str]:
    """Every netdesk module, so one imported lazily or by name still ends up in the bundle."""
    names = []
    for path in sorted((repo / "netdesk").rglob("*.py")):
        parts = path.relative_to(repo).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if "__main__" not in parts:
            names.append(".".join(parts))
    return names


def excluded_modules(repo: Path) -> list[str]:
    """Python modules PyInstaller must not follow into the bundle."""
    excluded = ["tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "IPython", "matplotlib"]
    excluded += [f"PySide6.{module}" for module in UNUSED_QT_MODULES]
    source = _netdesk_source(repo)
    for api, modules in PHONENUMBERS_EXTRAS.items():
        if not re.search(rf"phonenumbers(\.|\s+import\s+.*\b){api}\b", source):
            excluded += modules
    return excluded
