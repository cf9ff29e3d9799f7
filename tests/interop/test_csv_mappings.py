"""The app's remembered CSV column mappings read without Qt, as QSettings wrote them."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from netdesk.interop.csv_mappings import (
    header_signature,
    remembered_mapping,
    remembered_mappings,
    unescape_ini_value,
)


def _written_by_qt(file: Path, values: dict[str, str]) -> None:
    raw = QSettings(str(file), QSettings.Format.IniFormat)
    raw.clear()
    for key, value in values.items():
        raw.setValue(key, value)
    raw.sync()
    del raw


def test_a_mapping_the_app_remembered_is_read_back(tmp_path: Path) -> None:
    file = tmp_path / "settings.ini"
    headers = ["Persona", "Correo, trabajo", 'Apodo "alias"', "Año; notas", "  Tel  "]
    mapping = {
        "Persona": "full_name",
        "Correo, trabajo": "email",
        'Apodo "alias"': "nickname",
        "Año; notas": "notes",
        "  Tel  ": "phone",
    }
    _written_by_qt(  # what netdesk.ui.csv_mapping.remember_mapping writes, beside others
        file,
        {
            "backups/keep_daily": "3",
            f"csv_mappings/{header_signature(headers)}": json.dumps(mapping, ensure_ascii=False),
            "window/last_contact": "12",
        },
    )
    assert remembered_mapping(file, headers) == mapping
    assert remembered_mapping(file, [" persona ", "CORREO,  TRABAJO", *headers[2:]]) == mapping
    assert remembered_mapping(file, ["Other"]) is None


def test_a_missing_or_odd_settings_file_remembers_nothing(tmp_path: Path) -> None:
    assert remembered_mappings(tmp_path / "none.ini") == {}
    odd = tmp_path / "odd.ini"
    odd.write_text(
        '[csv_mappings]\nabc=not json\nlist=a, b\nnum=@Variant(\\0\\0\\0\\x2)\ngood="{}"\n'
        '[other]\nx="{\\"a\\": \\"b\\"}"\n',
        encoding="utf-8",
    )
    assert remembered_mappings(odd) == {"good": {}}


def test_qt_escapes_are_undone() -> None:
    assert unescape_ini_value(r"a\x1\x62") == "a\x01b"
    assert unescape_ini_value(r'"semi;colon"') == "semi;colon"
    assert unescape_ini_value("plain ; a comment") == "plain"
    assert unescape_ini_value("@@at") == "@at"
    assert unescape_ini_value(r"@String(\0)") == "\x00"
    assert unescape_ini_value(r"\"q\" \\ \t") == '"q" \\ \t'


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.text(st.characters(exclude_categories=["Cs"]), max_size=12),
        st.sampled_from(["full_name", "email", "ignore", "notes"]),
        max_size=5,
    )
)
def test_any_mapping_written_by_qsettings_reads_back_the_same(
    tmp_path_factory: object, mapping: dict[str, str]
) -> None:
    folder = tmp_path_factory.mktemp("ini")  # type: ignore[attr-defined]
    file = folder / "settings.ini"
    headers = list(mapping)
    _written_by_qt(
        file, {f"csv_mappings/{header_signature(headers)}": json.dumps(mapping, ensure_ascii=False)}
    )
    assert remembered_mapping(file, headers) == mapping
