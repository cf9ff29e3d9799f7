"""Merge two contacts and Find duplicates name the fields a merge would not keep without
loading the importer: the labels came from the import preview's module, which loads
netdesk.core.importing (0.1 s of the window's time when the first pair was shown)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from netdesk.core.types import Contact
from netdesk.ui.merge_dialog import not_kept

lost = not_kept(Contact(given_name="Ana", title="CTO"), Contact(given_name="Ana", title="CEO"))
print(lost)
print("netdesk.core.importing" in sys.modules, "netdesk.ui.import_rows" in sys.modules)
"""


def test_naming_what_a_merge_loses_does_not_load_the_importer() -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    said, loaded = result.stdout.splitlines()[-2:]
    assert said == "['Job title “CEO”']"  # still the import preview's name of the field
    assert loaded == "False False"


def test_the_preview_and_the_merges_share_the_field_names() -> None:
    from netdesk.ui import import_rows, import_text

    assert import_rows.field_label is import_text.field_label
    assert import_text.field_label("title") == "Job title"
