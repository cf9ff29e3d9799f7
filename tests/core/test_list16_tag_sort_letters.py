"""Tags and names written with letters that do not decompose (Ł, Ø, Đ, Æ, Þ) sort among the
letters people type for them, as the store folds them: "Łódź" among the L's, not after "zeta"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from netdesk.core.listing import tag_names_by_name, tag_sort_key
from netdesk.store.text import fold

ROOT = Path(__file__).resolve().parents[2]


def test_undecomposable_letters_sort_among_their_plain_letters() -> None:
    written = ["zeta", "Łódź", "Øresund", "Đakovo", "Æbeltoft", "Þingvellir", "Lund", "Oslo"]
    written += ["Dubrovnik", "Aarhus", "Thule", "Mostar", "Ærø", "ølstue", "Paris", "Ebeltoft"]
    assert tag_names_by_name(written) == [
        "Aarhus",
        "Æbeltoft",
        "Ærø",
        "Đakovo",
        "Dubrovnik",
        "Ebeltoft",
        "Łódź",
        "Lund",
        "Mostar",
        "ølstue",
        "Øresund",
        "Oslo",
        "Paris",
        "Þingvellir",
        "Thule",
        "zeta",
    ]


def test_the_key_is_the_stores_fold() -> None:
    for name in ["Łukasz", "Ørsted", "Đorđe", "Æsir", "Þóra", "Émigré", "straße", "Ħal", "ı"]:
        assert tag_sort_key(name) == fold(name), name


def test_importing_the_listing_does_not_load_the_folding_tables() -> None:
    """The listing is imported before the first paint: the fold's module (~16 ms to build its
    accent table) only once a name needs it, and an ASCII name never does."""
    code = (
        "import sys\n"
        "from netdesk.core import listing\n"
        "assert listing.tag_sort_key('Zeta') == 'zeta'\n"
        "assert 'netdesk.store.text' not in sys.modules, 'loaded at import'\n"
        "assert listing.tag_sort_key('Łódź') == 'lodz'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
