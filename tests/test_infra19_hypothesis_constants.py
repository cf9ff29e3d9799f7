"""A derandomized property test draws the same examples whatever modules are loaded: Hypothesis
drew constants from the source of local modules loaded when it drew, so a test's examples
changed with the tests collected or run before it (tests/conftest.py turns that off)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PROBE = "infra19_probe_constants"


@pytest.fixture
def probe_on_path(tmp_path: Path) -> Iterator[Path]:
    """A folder on sys.path holding a local module full of unusual constants, not loaded."""
    (tmp_path / f"{PROBE}.py").write_text(
        "LIMIT = 987654321\nNAME = 'zq-infra19-probe'\nRATIO = 0.123456789\n", encoding="utf-8"
    )
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    sys.modules.pop(PROBE, None)


def _examples() -> list[tuple[int, str, float]]:
    drawn: list[tuple[int, str, float]] = []

    @settings(derandomize=True, database=None, max_examples=300)
    @given(st.integers(), st.text(), st.floats(allow_nan=False))
    def record(number: int, text: str, ratio: float) -> None:
        drawn.append((number, text, ratio))

    record()
    return drawn


def test_a_module_loaded_between_two_runs_changes_no_example(probe_on_path: Path) -> None:
    before = _examples()
    importlib.import_module(PROBE)
    after = _examples()
    assert after == before
    assert not any(n == 987654321 or "zq-infra19" in t or r == 0.123456789 for n, t, r in after)
