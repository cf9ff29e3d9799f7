"""netdesk's real start-up makes quiet text readable (netdesk.ui.palette)."""

from __future__ import annotations

from pathlib import Path

from app_probe import run_probe

PROBE = """
import sys
from netdesk import app

def first_paint(window):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication
    from netdesk.ui.palette import contrast

    palette = window.contacts.search.palette()
    role = QPalette.ColorRole
    prompt, base = palette.color(role.PlaceholderText), palette.color(role.Base)
    a = prompt.alphaF()  # as painted over the field
    shown = QColor.fromRgbF(*(
        getattr(prompt, c)() * a + getattr(base, c)() * (1 - a) for c in ("redF", "greenF", "blueF")
    ))
    print(round(contrast(shown, base), 2))
    QApplication.instance().quit()

sys.exit(app.main(sys.argv[1:], first_paint=first_paint))
"""


def test_the_search_fields_prompt_reads_at_4_5_to_1(tmp_data_dir: Path) -> None:
    """Qt's placeholder (the text at half opacity) is 3.9:1 on white: the search field's
    "Search name, company, e-mail…" was under the 4.5:1 text needs."""
    (tmp_data_dir / "settings.ini").write_text("[app]\nno_tray_told=true\n")
    result = run_probe(PROBE, tmp_data_dir)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.split()[-1]) >= 4.5, result.stdout
