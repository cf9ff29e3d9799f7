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

# Qt's own translations: only qtbase_xx (standard dialogs and buttons); a translator loads them by
# that name. The qt_xx files are Qt 5 era catalogues or meta files naming modules netdesk lacks.
KEPT_TRANSLATION = re.compile(r"^qtbase_.+\.qm$")

# Linux: libraries of the desktop itself. The .deb depends on their packages (worked out with ldd),
# so the bundle uses the system's copies: a bundled libstdc++ older than the one Mesa's GL drivers
# need, or a libfontconfig older than the system's fonts.conf, is a classic PyInstaller breakage.
# Pillow's vendored copies have hashed names (libxcb-9065bb12.so...) and do not match.
SYSTEM_LIBRARY = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|xcb(-[a-z-]+)?|xkbcommon(-x11)?|fontconfig|freetype|dbus-1"
    r"|glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|systemd|gcrypt|gpg-error|lz4|cap"
    r"|pcre2-8|gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils|png16|brotli(common|dec|enc)"
    r"|stdc\+\+|gcc_s|uuid|bsd|md|zstd|expat|EGL|GL|GLX|GLdispatch|OpenGL|wayland-[a-z]+)"
    r"\.so(\.\d+)*$"
)

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
    # Qt libraries can also land at the top of the bundle, where PyInstaller puts dependencies.
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
    # Pillow decodes and scales contact photos (JPEG, PNG, WebP) and draws demo portraits without
    # text: AVIF (libavif, 5 MB), FreeType text (freetype, harfbuzz, brotli: 2.7 MB), colour
    # management (lcms2) and Tk are not needed. Pillow imports each of them lazily or optionally.
    excluded += ["PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingtk", "PIL.ImageTk"]
    excluded += ["PIL._imagingft", "PIL._imagingcms", "PIL.ImageCms"]
    excluded += [f"PySide6.{module}" for module in UNUSED_QT_MODULES]
    source = _netdesk_source(repo)
    for api, modules in PHONENUMBERS_EXTRAS.items():
        if not re.search(rf"phonenumbers(\.|\s+import\s+.*\b){api}\b", source):
            excluded += modules
    return excluded


def _is_top_level_library(dest: str) -> bool:
    """A shared library PyInstaller placed at the top of _internal as someone's dependency."""
    return "/" not in dest.replace("\\", "/") and ".so" in dest and not dest.startswith("libpython")


def without_system_libraries(binaries: list) -> list:
    """Drop top-level copies of desktop system libraries (Linux only, see SYSTEM_LIBRARY)."""
    return [
        entry
        for entry in binaries
        if not (_is_top_level_library(entry[0]) and SYSTEM_LIBRARY.match(entry[0]))
    ]


def prune_unreferenced(binaries: list) -> list:
    """Drop top-level libraries that only the filtered-out plugins linked to (Linux only).

    PyInstaller analyses dependencies before the spec filters its TOC, so a dropped plugin (e.g.
    the GTK 3 theme) leaves cairo, pango, gio and friends behind. Walk the link graph again from
    what remains: Python extensions, Qt plugins and libpython.
    """
    from PyInstaller.depend.bindepend import get_imports

    by_name = {PurePosixPath(dest).name: (dest, src) for dest, src, _ in binaries}
    roots = [src for dest, src, _ in binaries if not _is_top_level_library(dest)]
    reached: set[str] = set()
    while roots:
        for name, _path in get_imports(roots.pop()):
            base = PurePosixPath(name).name
            if base in by_name and base not in reached:
                reached.add(base)
                roots.append(by_name[base][1])
    return [
        entry
        for entry in binaries
        if not _is_top_level_library(entry[0]) or PurePosixPath(entry[0]).name in reached
    ]
