"""The Linux desktop entry and AppStream metainfo are valid and describe netdesk."""

from __future__ import annotations

import configparser
import subprocess
import tomllib
import xml.etree.ElementTree as ET

from packaging_helpers import APP_ID, LINUX, REPO, require_tool

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _project_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def test_desktop_file_validates() -> None:
    validator = require_tool("desktop-file-validate")
    result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates() -> None:
    appstreamcli = require_tool("appstreamcli")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_opens_vcards_and_csv_files() -> None:
    """Opening a .csv with netdesk (its import preview) works as a .vcf does, so the file
    managers' 'Open with' offers it for both."""
    from netdesk.core.importing import IMPORT_SUFFIXES

    entry = _desktop_entry()
    assert entry["Exec"].split() == ["netdesk", "%F"]
    mime_types = set(entry["MimeType"].rstrip(";").split(";"))
    assert mime_types == {"text/vcard", "text/x-vcard", "text/csv"}
    suffixes = {"text/vcard": ".vcf", "text/x-vcard": ".vcf", "text/csv": ".csv"}
    assert {suffixes[mime] for mime in mime_types} <= set(IMPORT_SUFFIXES)  # the app reads them
    categories = entry["Categories"].rstrip(";").split(";")
    assert {"Office", "ContactManagement", "Qt"} <= set(categories)
    assert entry["Icon"] == APP_ID
    assert entry["GenericName"] == "Personal CRM"
    assert entry["StartupWMClass"] == "netdesk"
    assert entry["Keywords"]


def test_metainfo_matches_desktop_file_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.text == DESKTOP.name
    mediatypes = {node.text for node in root.iterfind("provides/mediatype")}
    assert mediatypes == {"text/vcard", "text/x-vcard", "text/csv"}
    assert root.find("content_rating") is not None
    assert root.find("screenshots/screenshot/image") is not None
    releases = [node.get("version") for node in root.iterfind("releases/release")]
    assert releases, "metainfo lists no release"
    assert releases[0] == _project_version(), "newest <release> must match pyproject's version"
