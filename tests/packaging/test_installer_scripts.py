"""The Windows and macOS packaging inputs say what netdesk promises (built only on those OSes)."""

from __future__ import annotations

import re

from packaging_helpers import PACKAGING

ISS = (PACKAGING / "windows" / "netdesk.iss").read_text(encoding="utf-8")
SPEC = (PACKAGING / "netdesk.spec").read_text(encoding="utf-8")


def test_inno_setup_installs_per_user_with_start_menu_and_uninstaller() -> None:
    assert "PrivilegesRequired=lowest" in ISS
    assert '{group}\\{#AppName}"; Filename: "{app}\\netdesk.exe"' in ISS
    assert "{uninstallexe}" in ISS
    assert 'Source: "{#BundleDir}\\*"' in ISS


def test_inno_setup_offers_vcf_under_open_with_without_taking_the_default() -> None:
    assert re.search(
        r'Subkey: "Software\\Classes\\\.vcf\\OpenWithProgids"; .*ValueName: "\{#ProgId\}"', ISS
    )
    # Writing the (Default) value of .vcf would make netdesk the default handler.
    assert not re.search(
        r'Subkey: "Software\\Classes\\\.vcf"; ValueType: string; ValueName: ""', ISS
    )


def test_macos_bundle_declares_vcard_as_alternate_editor() -> None:
    assert 'bundle_identifier="org.netdesk.NetDesk"' in SPEC
    assert '"LSItemContentTypes": ["public.vcard"]' in SPEC
    assert '"CFBundleTypeRole": "Editor"' in SPEC
    assert '"LSHandlerRank": "Alternate"' in SPEC
    assert "version=options.version" in SPEC  # from the installed package metadata


def test_inno_setup_offers_csv_under_open_with_as_the_linux_package_does() -> None:
    """A contacts CSV opens the import on Linux (the .desktop file's text/csv); on Windows
    'Open with' did not list netdesk for one."""
    assert re.search(
        r'Subkey: "Software\\Classes\\\.csv\\OpenWithProgids"; .*ValueName: "\{#CsvProgId\}"', ISS
    )
    assert re.search(r'SupportedTypes"; ValueType: string; ValueName: "\.csv"', ISS)
    assert re.search(r'\{#CsvProgId\}\\shell\\open\\command".*netdesk\.exe"" ""%1"""', ISS)
    assert not re.search(r'Subkey: "Software\\Classes\\\.csv"; ValueType: string', ISS)


def test_macos_bundle_declares_csv_as_alternate_viewer() -> None:
    assert '"LSItemContentTypes": ["public.comma-separated-values-text"]' in SPEC
    assert '"CFBundleTypeExtensions": ["csv"]' in SPEC
