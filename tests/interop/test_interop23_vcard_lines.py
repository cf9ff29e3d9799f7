"""What a vCard import says of a field names the line the field begins on, not the line of
its card's BEGIN:VCARD: a bad BDAY on line 9 of a card starting on line 3 said "line 3"."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from netdesk.interop.problems import MAX_PHOTO_BYTES
from netdesk.interop.vcard import read_vcard_file

# line 1 and 2: another card; the card in question begins on line 3
_FIRST = "BEGIN:VCARD\r\nEND:VCARD\r\n"
_BROKEN_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN"  # cut: 4n + 3
_CARD = [
    "BEGIN:VCARD",  # 3
    "VERSION:3.0",  # 4
    "FN:Ana Gil",  # 5
    "NOTE:a note folded",  # 6
    "  over two lines",  # 7
    "",  # 8
    "BDAY:someday",  # 9
    "EMAIL:ana@example.org",  # 10
    f"PHOTO;ENCODING=b;TYPE=PNG:{_BROKEN_BASE64[:30]}",  # 11
    f" {_BROKEN_BASE64[30:]}",  # 12
    "X-NETDESK-KEEP-IN-TOUCH-DAYS:often",  # 13
    "END:VCARD",  # 14
]


def _problems(tmp_path: Path, lines: list[str], end: str = "\r\n") -> list[tuple[int | None, str]]:
    path = tmp_path / "cards.vcf"
    path.write_bytes((_FIRST.replace("\r\n", end) + end.join(lines) + end).encode("utf-8"))
    result = read_vcard_file(path)
    assert [card.contact.formatted_name for card in result.cards][1] == "Ana Gil"
    return [(p.line, p.reason) for p in result.problems]


_BDAY = "BDAY: 'someday' is not a date; kept unchanged as an extra property"
_PHOTO = "unreadable PHOTO dropped (not base64)"
_DAYS = (
    "X-NETDESK-KEEP-IN-TOUCH-DAYS: 'often' is not a number of days; kept unchanged as an "
    "extra property"
)
_SAID = [(9, _BDAY), (11, _PHOTO), (13, _DAYS)]


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r"])
def test_the_line_of_the_field_is_said_on_the_text_path(tmp_path: Path, end: str) -> None:
    assert _problems(tmp_path, _CARD, end) == _SAID


def test_the_line_of_the_field_is_said_on_the_property_path(tmp_path: Path) -> None:
    """A CHARSET parameter, quoted-printable soft breaks and a 2.1 base64 photo continued
    without indentation before the bad fields: the card is read property by property."""
    card = [
        "BEGIN:VCARD",  # 3
        "VERSION:2.1",  # 4
        "FN;CHARSET=UTF-8:Ana Gil",  # 5
        "NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=",  # 6
        "=A9 and=",  # 7
        " more",  # 8
        "X-OLD;ENCODING=BASE64:AAAA",  # 9
        "AAAA",  # 10
        "",  # 11
        *_CARD[6:],  # BDAY 12, PHOTO 14, X-NETDESK-KEEP-IN-TOUCH-DAYS 16
    ]
    assert _problems(tmp_path, card) == [(12, _BDAY), (14, _PHOTO), (16, _DAYS)]


def test_a_photo_too_big_is_said_on_its_line(tmp_path: Path) -> None:
    encoded = base64.b64encode(b"\xff\xd8" + bytes(MAX_PHOTO_BYTES)).decode("ascii")
    folded = [encoded[i : i + 74] for i in range(0, len(encoded), 74)]
    card = [
        "BEGIN:VCARD",  # 3
        "FN:Ana Gil",  # 4
        "PHOTO;ENCODING=b:" + folded[0],  # 5
        *(" " + piece for piece in folded[1:]),
        "PHOTO;ENCODING=b:AAAA",
        "END:VCARD",
    ]
    assert _problems(tmp_path, card) == [(5, "photo bigger than 2 MB dropped")]


def test_a_card_cut_short_names_its_fields_lines_too(tmp_path: Path) -> None:
    # the end of the file before END:VCARD: the card's warning stays on its BEGIN line
    path = tmp_path / "cut.vcf"
    path.write_text(_FIRST + "\n".join(_CARD[:8]) + "\n", encoding="utf-8")
    result = read_vcard_file(path)
    assert [(p.line, p.severity) for p in result.problems] == [(3, "warning"), (9, "warning")]
    assert result.problems[1].reason.startswith("BDAY: 'someday' is not a date")


def test_every_property_of_the_corpus_is_found_on_its_first_line(corpus_dir: Path) -> None:
    """property_lines (looked for when something is said) agrees with tokenize on every card
    of the conformance corpus: each property begins on the line it names."""
    from netdesk.interop import vcard_tokens as tokens
    from netdesk.interop.encoding import to_utf8_bytes

    found = 0
    for path in sorted(corpus_dir.glob("*/*.vcf")):
        data = tokens.normalise_line_ends(to_utf8_bytes(path.read_bytes()))
        for chunk in tokens.split_cards(data):
            if chunk.body is None:
                continue
            properties = tokens.tokenize(chunk.body)
            lines = tokens.property_lines(chunk.body)
            assert len(lines) == len(properties), path
            written = chunk.body.split(b"\n")
            for prop, line in zip(properties, lines, strict=True):
                first = written[line]
                shown = min(len(first) - 1, 40)  # a soft break's "=" is not in the raw line
                assert prop.raw[:shown] == first[:shown], (path, line)
                found += 1
    assert found > 500
