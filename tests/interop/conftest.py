"""Shared fixtures for the file-format tests: the conformance corpus beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder; a missing corpus fails the tests instead of skipping them."""
    if not (CORPUS / "MANIFEST.md").is_file():
        pytest.fail(f"conformance corpus missing: expected it at {CORPUS}")
    return CORPUS
