"""What the import finds in a card's photo (not an image, too many pixels) is said at the
PHOTO line, as what the reader says of any other field is, not at the card's BEGIN line."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from netdesk.core import Core
from netdesk.core.importing import plan_import


def _folded(line: str) -> str:
    """``line`` folded at 75 characters, as vCard writers fold a photo."""
    return "\r\n ".join([line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))])


def _bomb() -> str:
    out = io.BytesIO()
    Image.new("1", (9000, 9000)).save(out, "PNG")  # a small file of 81 million pixels
    return base64.b64encode(out.getvalue()).decode()


NOT_AN_IMAGE = base64.b64encode(b"GIF89a but not really " * 20).decode()


def _card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


@pytest.mark.parametrize("charset", ["", ";CHARSET=UTF-8"])  # read as text; as bytes
def test_a_photo_that_cannot_be_used_is_said_at_its_photo_line(
    core: Core, tmp_path: Path, charset: str
) -> None:
    note = _folded(f"NOTE{charset}:" + "met at the conference, " * 8)  # 3 lines (2 folds)
    path = tmp_path / "photos.vcf"
    path.write_text(
        _card("FN:Ana Gil", "TEL:+34 600 000 001")  # lines 1-5
        + _card(  # lines 6-: its PHOTO on line 12
            "FN:Ben Ortiz", note, _folded(f"PHOTO;ENCODING=b;TYPE=GIF:{NOT_AN_IMAGE}"), "TITLE:Chef"
        )
        + _card("FN:Cleo Diaz", "ORG:Acme", f"PHOTO;ENCODING=b;TYPE=PNG:{_bomb()}"),
        encoding="utf-8",
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    photo_lines = [n for n, text in enumerate(lines, 1) if text.startswith("PHOTO")]
    assert photo_lines == [12, 27]
    plan = plan_import(core, [str(path)])
    said = [(p.file, p.line, p.reason) for p in plan.problems]
    assert said == [
        (str(path), 12, "photo dropped: not an image netdesk can read"),
        (str(path), 27, "photo dropped: 9000 × 9000 pixels is too large to use"),
    ]


def test_a_photo_a_later_card_gave_is_said_at_that_cards_photo_line(
    core: Core, tmp_path: Path
) -> None:
    first = tmp_path / "a.vcf"
    first.write_text(_card("FN:Ana Gil", "EMAIL:ana@example.org"), encoding="utf-8")
    second = tmp_path / "b.vcf"
    second.write_text(
        _card("FN:Someone Else")
        + _card("FN:Ana Gil", "EMAIL:ana@example.org", f"PHOTO;ENCODING=b:{NOT_AN_IMAGE}"),
        encoding="utf-8",
    )
    plan = plan_import(core, [str(first), str(second)])
    dropped = [(p.file, p.line) for p in plan.problems if "photo dropped" in p.reason]
    assert dropped == [(str(second), 9)]
