"""A photo file just over the size limit says by how much: rounded to whole megabytes, a
40.3 MB file was "40 MB, at most 40 MB"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from netdesk.core import photos
from netdesk.ui.card_photo import read_photo

MIB = 1024 * 1024
LIMIT_MB = 20 * photos.MAX_PHOTO_BYTES // MIB


def sized(folder: Path, name: str, size: int) -> str:
    path = folder / name
    with path.open("wb") as file:
        file.truncate(size)  # sparse: the size without the disk space
    return str(path)


@pytest.fixture
def english_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_a_file_just_over_the_limit_says_its_size_to_a_tenth(
    tmp_path: Path, english_numbers: object
) -> None:
    stored, problem = read_photo(sized(tmp_path, "big.jpg", LIMIT_MB * MIB + 300 * 1024))
    assert stored is None
    assert problem == f"“big.jpg” is too large for a photo: {LIMIT_MB}.3 MB, at most {LIMIT_MB} MB."


def test_a_file_far_over_the_limit_says_whole_megabytes(
    tmp_path: Path, english_numbers: object
) -> None:
    _stored, problem = read_photo(sized(tmp_path, "huge.jpg", 100 * MIB))
    assert problem == f"“huge.jpg” is too large for a photo: 100 MB, at most {LIMIT_MB} MB."
