"""A broken or hostile file's absurd values (a name of thousands of characters, a huge note,
an e-mail of 100,000 characters, thousands of phones on one card) are cut or dropped at the
import, each said with the file, the line and the field; the real corpus meets no limit."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.importing import import_files
from netdesk.interop import limits
from netdesk.interop.csvfile import read_contacts_file, read_csv_file
from netdesk.interop.vcard import read_vcard_file

HUGE_NAME = "N" * (limits.FULL_NAME_CHARS * 2)
HUGE_EMAIL = "e" * 100_000 + "@example.org"
HUGE_NOTE = "a long note " * (limits.NOTE_CHARS // 6)
PHONES = limits.VALUES_OF_A_KIND + 50


def _card(extra: str = "") -> list[str]:
    return [
        "BEGIN:VCARD",  # 1
        "VERSION:3.0",  # 2
        *([extra] if extra else []),  # a line that sends the card down the full reading
        f"FN:{HUGE_NAME}",  # 3 (+1)
        "N:Gil;Ana;;;",  # 4
        f"EMAIL:{HUGE_EMAIL}",  # 5
        "EMAIL:ana@example.org",  # 6
        *(f"TEL:+34 600 {i:06d}" for i in range(PHONES)),  # 7 ... 156
        f"NOTE:{HUGE_NOTE}",  # 157
        "END:VCARD",
    ]


def _said(problems: list[object]) -> dict[str, tuple[str, int | None]]:
    """field -> (file, line) of each limit's warning."""
    found = {}
    for problem in problems:
        field = problem.reason.partition(":")[0]  # type: ignore[attr-defined]
        if "more than the" in problem.reason:  # type: ignore[attr-defined]
            assert problem.severity == "warning"  # type: ignore[attr-defined]
            found[field] = (problem.file, problem.line)  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("extra", ["", "X-PHONETIC;CHARSET=UTF-8:ana"])
def test_a_hostile_vcard_keeps_what_is_sensible_and_says_where(tmp_path: Path, extra: str) -> None:
    path = tmp_path / "hostile.vcf"
    path.write_text("\r\n".join(_card(extra)) + "\r\n", encoding="utf-8")
    result = read_vcard_file(path)
    contact = result.cards[0].contact
    assert contact.formatted_name == HUGE_NAME[: limits.FULL_NAME_CHARS]
    assert (contact.given_name, contact.family_name) == ("Ana", "Gil")
    assert [email.value for email in contact.emails] == ["ana@example.org"]
    assert [phone.raw for phone in contact.phones] == [
        f"+34 600 {i:06d}" for i in range(limits.VALUES_OF_A_KIND)
    ]
    assert contact.notes == HUGE_NOTE[: limits.NOTE_CHARS]
    shift = 1 if extra else 0
    name = str(path)
    assert _said(result.problems) == {
        "FN": (name, 3 + shift),
        "EMAIL": (name, 5 + shift),
        "TEL": (name, 7 + limits.VALUES_OF_A_KIND + shift),  # the first one left out
        "NOTE": (name, 7 + PHONES + shift),
    }
    reasons = " ".join(problem.reason for problem in result.problems)
    assert f"FN: {len(HUGE_NAME)} characters, more than the {limits.FULL_NAME_CHARS}" in reasons
    assert f"TEL: {PHONES} values on one card" in reasons


def test_a_huge_unknown_vcard_line_is_dropped_and_named(tmp_path: Path) -> None:
    path = tmp_path / "logo.vcf"
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Ana Gil",
        "X-ABUID:kept",
        "LOGO;ENCODING=b;TYPE=PNG:" + "A" * (limits.RAW_CHARS + 4),
        "CATEGORIES:" + ",".join(f"tag {i}" for i in range(limits.TAGS_PER_CARD + 1)),
        "END:VCARD",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    result = read_vcard_file(path)
    contact = result.cards[0].contact
    assert contact.raw_properties == ["X-ABUID:kept"]
    assert len(contact.tags) == limits.TAGS_PER_CARD
    assert _said(result.problems) == {"LOGO": (str(path), 5), "CATEGORIES": (str(path), 6)}


def test_a_hostile_csv_row_keeps_what_is_sensible_and_names_the_column(tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    phones = " ::: ".join(f"+34 600 {i:06d}" for i in range(PHONES))
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Notes"])
        writer.writerow(["Ben", "Stone", "ben@example.org", "+34 600 1", "a\nshort note"])  # 2-3
        writer.writerow(["Ana", HUGE_NAME, HUGE_EMAIL, phones, "two\nlines " + HUGE_NOTE])  # 4
    result = read_csv_file(path)
    ben, ana = (card.contact for card in result.cards)
    assert (ben.family_name, ben.notes) == ("Stone", "a\nshort note")
    assert ana.family_name == HUGE_NAME[: limits.NAME_CHARS]
    assert ana.emails == []
    assert len(ana.phones) == limits.VALUES_OF_A_KIND
    assert len(ana.notes) == limits.NOTE_CHARS
    name = str(path)
    assert _said(result.problems) == {
        "Last Name": (name, 4),
        "E-mail Address": (name, 4),
        "Mobile Phone": (name, 4),
        "Notes": (name, 4),
    }


def test_the_import_stores_the_card_within_the_limits(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "hostile.vcf"
    path.write_text("\r\n".join(_card()) + "\r\n", encoding="utf-8")
    summary = import_files(core, [str(path)])
    stored = core.contacts.get(summary.contact_ids[0])
    assert len(stored.formatted_name) == limits.FULL_NAME_CHARS
    assert [email.value for email in stored.emails] == ["ana@example.org"]
    assert len(stored.phones) == limits.VALUES_OF_A_KIND
    assert len(stored.notes) == limits.NOTE_CHARS


def test_no_card_of_the_conformance_corpus_meets_a_limit(corpus: Path) -> None:
    read = 0
    for path in sorted(corpus.rglob("*")):
        if not path.is_file() or path.suffix == ".md":
            continue
        result = read_contacts_file(path)
        read += len(result.cards)
        assert not _said(result.problems), path
        for card in result.cards:
            copy = dataclasses.replace(
                card.contact,
                **{
                    f.name: list(getattr(card.contact, f.name))
                    for f in dataclasses.fields(card.contact)
                    if isinstance(getattr(card.contact, f.name), list)
                },
            )
            assert limits.trim(copy) == [], path
    assert read >= 60


@pytest.mark.parametrize("extra", ["", "X-PHONETIC;CHARSET=UTF-8:ana"])
def test_the_lines_said_count_the_folds_before_them(tmp_path: Path, extra: str) -> None:
    """A value folded over many lines (as every writer folds at 75 characters): what is said
    of it names its first line, and of the values after it their own."""
    note = "NOTE:" + "a long note " * (limits.NOTE_CHARS // 10)
    folded_note = "\r\n ".join(note[i : i + 74] for i in range(0, len(note), 74))
    name = f"FN:{HUGE_NAME}"
    folded_name = "\r\n ".join(name[i : i + 74] for i in range(0, len(name), 74))
    lines = ["BEGIN:VCARD", "VERSION:3.0", *([extra] if extra else [])]
    lines += [folded_name, "EMAIL:ana@example.org", folded_note]
    lines += [f"TEL:+34 600 {i:06d}" for i in range(PHONES)]
    path = tmp_path / "folded.vcf"
    path.write_text("\r\n".join([*lines, "END:VCARD"]) + "\r\n", encoding="utf-8")
    result = read_vcard_file(path)
    text = path.read_bytes().decode("utf-8").split("\r\n")

    def line_of(start: str) -> int:
        return next(number for number, line in enumerate(text, 1) if line.startswith(start))

    assert _said(result.problems) == {
        "FN": (str(path), line_of("FN:")),
        "NOTE": (str(path), line_of("NOTE:")),
        "TEL": (str(path), line_of(f"TEL:+34 600 {limits.VALUES_OF_A_KIND:06d}")),
    }


def test_a_short_card_or_row_of_too_many_values_is_trimmed_too(tmp_path: Path) -> None:
    """A card or row written in fewer characters than any value's limit skips the look at
    its values' lengths, never the count of its values."""
    many = limits.VALUES_OF_A_KIND + 1
    card = tmp_path / "tags.vcf"
    # (1,001 tags are never shorter than a value's limit: the count of tags is looked at
    # on every card, however short)
    tags = ",".join(str(number) for number in range(limits.TAGS_PER_CARD + 1))
    card.write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nCATEGORIES:{tags}\nEND:VCARD\n")
    result = read_vcard_file(card)
    assert len(result.cards[0].contact.tags) == limits.TAGS_PER_CARD
    assert _said(result.problems) == {"CATEGORIES": (str(card), 4)}
    table = tmp_path / "phones.csv"
    phones = " ::: ".join(str(number) * 6 for number in range(1, many + 1))
    table.write_text(f'First Name,Last Name,E-mail Address,Mobile Phone\nAna,Gil,,"{phones}"\n')
    assert len(table.read_text()) < limits.SHORTEST
    result = read_csv_file(table)
    assert len(result.cards[0].contact.phones) == limits.VALUES_OF_A_KIND
    assert _said(result.problems) == {"Mobile Phone": (str(table), 2)}


@pytest.mark.parametrize("kind", ["4.0", "3.0", "csv"])
def test_a_contact_at_every_limit_comes_back_whole_from_its_export(
    tmp_path: Path, kind: str
) -> None:
    """What netdesk writes within the limits, its import reads back whole and says nothing:
    escaping, folding and quoting lengthen what is written, never what is read."""
    from netdesk.core.types import Contact, EmailAddress, PhoneNumber
    from netdesk.interop.csv_write import write_csv
    from netdesk.interop.vcard import write_vcards

    long_name = ("Ñandú 山田, \\;" * limits.NAME_CHARS)[: limits.NAME_CHARS]
    # (a CSV cell's spaces at either end are taken off: the note ends in a letter)
    note = ("a line; with, \\ escapes 😀\n" * limits.NOTE_CHARS)[: limits.NOTE_CHARS - 1] + "x"
    contact = Contact(
        given_name="Ana",
        family_name=long_name,
        organization=long_name,
        notes=note,
        emails=[
            EmailAddress(f"ana{n}@example.org", "work") for n in range(limits.VALUES_OF_A_KIND)
        ],
        phones=[PhoneNumber(f"+34 600 {n:06d}") for n in range(limits.VALUES_OF_A_KIND)],
        tags=[f"tag {n}" for n in range(limits.VALUES_OF_A_KIND)],
        uid="ana-1",
    )
    path = tmp_path / ("export.csv" if kind == "csv" else "export.vcf")
    text = write_csv([contact]) if kind == "csv" else write_vcards([contact], kind)
    path.write_bytes(text.encode("utf-8"))
    result = read_contacts_file(path)
    assert _said(result.problems) == {}
    back = result.cards[0].contact
    assert (back.family_name, back.organization) == (long_name, long_name)
    assert back.notes == note
    assert [e.value for e in back.emails] == [e.value for e in contact.emails]
    assert [p.raw for p in back.phones] == [p.raw for p in contact.phones]
    assert back.tags == contact.tags
