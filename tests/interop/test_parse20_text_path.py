"""The one-pass UTF-8 reading of a card (vcard_read build_text) against the Property path.

build_text reads each line once: a grouped value takes its X-ABLabel after the pass, a grouped
handler line has every label read before it, and what a card reports before it hands over to
the full path is dropped with it.
"""

from __future__ import annotations

import hashlib

from netdesk.core.types import Contact, PartialDate
from netdesk.interop import vcard_read as reader
from netdesk.interop import vcard_tokens as tokens
from netdesk.interop.problems import ImportProblem
from netdesk.interop.vcard import read_vcard_bytes


def _both_paths(card: bytes) -> tuple[Contact, list[ImportProblem], Contact, list[ImportProblem]]:
    """(text path's contact, its problems, Property path's contact, its problems)."""
    data = tokens.normalise_line_ends(card)
    decoder = reader._Decoder(data)
    (chunk,) = tokens.split_cards(data)
    assert chunk.body is not None
    text_problems: list[ImportProblem] = []
    built = reader._CardBuilder(decoder, "f", chunk.line, text_problems).build_text(
        chunk.body.decode("utf-8")
    )
    assert built is not None  # the card stays on the text path
    problems: list[ImportProblem] = []
    expected = reader._CardBuilder(decoder, "f", chunk.line, problems).build(
        tokens.tokenize(chunk.body), chunk.body
    )
    return built, text_problems, expected, problems


def test_a_grouped_date_and_relation_read_the_label_that_follows_them() -> None:
    card = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nitem1.TEL:+1 555 0100\n"
        b"item1.X-ABDATE:2001-06-01\nitem1.X-ABLabel:_$!<Anniversary>!$_\n"
        b"item2.X-ABRELATEDNAMES:Bea\nitem2.X-ABLabel:_$!<Sister>!$_\nEND:VCARD\n"
    )
    built, text_problems, expected, problems = _both_paths(card)
    assert built == expected and text_problems == problems
    assert built.anniversary == PartialDate(2001, 6, 1)
    assert [(phone.raw, phone.label) for phone in built.phones] == [("+1 555 0100", "anniversary")]
    assert [(person.label, person.name) for person in built.related] == [("sister", "Bea")]
    assert built.raw_properties == []


def test_a_grouped_date_drops_the_label_a_value_before_it_used() -> None:
    # X-ABDATE that is no anniversary is kept raw and unmarks its group, which an e-mail
    # before it had marked: the label is then kept raw too, as the Property path does
    card = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nitem1.EMAIL:ana@example.org\n"
        b"item1.X-ABDATE:2001-06-01\nitem1.X-ABLabel:Party\nEND:VCARD\n"
    )
    built, text_problems, expected, problems = _both_paths(card)
    assert built == expected and text_problems == problems
    assert [(email.value, email.label) for email in built.emails] == [("ana@example.org", "Party")]
    assert built.raw_properties == ["item1.X-ABDATE:2001-06-01", "item1.X-ABLabel:Party"]


def test_grouped_values_take_the_last_label_of_their_group() -> None:
    card = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nitem1.TEL:1\nitem1.X-ABLabel:Boat\nitem1.URL:x.org\n"
        b"item1.X-ABLabel:_$!<Work>!$_\nitem2.ADR:;;;;;;\nitem2.X-ABLabel:Unused\n"
        b"X-SPOUSE:Ben\nEND:VCARD\n"
    )
    built, text_problems, expected, problems = _both_paths(card)
    assert built == expected and text_problems == problems
    assert [phone.label for phone in built.phones] == ["work"]
    assert [link.label for link in built.urls] == ["work"]


def test_a_card_handed_over_midway_reports_its_problems_once() -> None:
    # the BDAY is refused before the quoted-printable NOTE sends the card to the full path
    card = (
        b"BEGIN:VCARD\nVERSION:2.1\nFN:Ana\nBDAY:not a date\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9\nEND:VCARD\n"
    )
    data = tokens.normalise_line_ends(card)
    (chunk,) = tokens.split_cards(data)
    assert chunk.body is not None
    text_problems: list[ImportProblem] = []
    builder = reader._CardBuilder(reader._Decoder(data), "f", chunk.line, text_problems)
    assert builder.build_text(chunk.body.decode("utf-8")) is None
    assert text_problems == []

    result = read_vcard_bytes(card, "ana.vcf")
    contact = result.cards[0].contact
    assert contact.notes == "café"
    assert contact.raw_properties == ["BDAY:not a date"]
    assert [problem.reason for problem in result.problems] == [
        "BDAY: 'not a date' is not a date; kept unchanged as an extra property"
    ]


def test_a_file_naming_quoted_printable_in_any_case_looks_for_soft_breaks() -> None:
    # a continuation line naming Quoted-Printable and ending in "=" joins the next line (as
    # tokenize does): the file-wide test for the words must not miss them in mixed case
    card = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana\r\nNOTE:first part\r\n ;Quoted-Printable:x=\r\n"
        b"TEL:123\r\nEND:VCARD\r\n"
    )
    contact = read_vcard_bytes(card, "ana.vcf").cards[0].contact
    assert contact.notes == "first part;Quoted-Printable:xTEL:123"
    assert contact.phones == []


def test_a_file_without_quoted_printable_reads_soft_break_lookalikes_as_text() -> None:
    # "=" at a line end (base64 padding, a note) in a file that never names the encoding
    card = b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nNOTE:a=\nTEL:1=\nEND:VCARD\n"
    contact = read_vcard_bytes(card, "ana.vcf").cards[0].contact
    assert contact.notes == "a="
    assert [phone.raw for phone in contact.phones] == ["1="]


def test_cards_are_split_at_their_marker_lines_in_file_order() -> None:
    data = (
        b"END:VCARD\n"  # 1: no card open: no card
        b"BEGIN:VCARD\nFN:A\nEND:VCARD\n"  # 2-4
        b"end : VCard \n"  # 5: a second END: no card
        b"Begin:vCard\t\nFN:B\n"  # 6-7: no END before the next BEGIN
        b"BEGIN:VCARD\nNOTE:vcard\nX-A:end:vcard\nEND:VCARD\n"  # 8-11
        b"BEGIN:VCARD\nFN:C\n"  # 12-13: cut short by the end of the file
    )
    chunks = [(chunk.line, chunk.body, chunk.cut) for chunk in tokens.split_cards(data)]
    assert chunks == [
        (2, b"\nFN:A\n", None),
        (6, None, None),
        (8, b"\nNOTE:vcard\nX-A:end:vcard\n", None),
        (12, None, b"\nFN:C\n"),
    ]


def test_each_card_digest_is_blake2b_of_its_own_text_alone() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nFN:Ben\r\nEND:VCARD\r\n"
    )
    digests = [card.digest for card in read_vcard_bytes(data).cards]  # type: ignore[attr-defined]

    def blake(body: bytes) -> str:
        return hashlib.blake2b(body, digest_size=16, person=b"netdesk-vcard-1").hexdigest()

    assert digests == [blake(b"\nVERSION:3.0\nFN:Ana\n"), blake(b"\nFN:Ben\n")]


def test_a_phone_loses_a_tel_prefix_in_any_case_only() -> None:
    card = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nTEL:TEL:+1 555\nTEL:Tel:2\nTEL:tEl:3\nTEL:tel\n"
        b"TEL:t\nTEL:+1 tel:4\n\nEND:VCARD\n\n"
    )
    built, text_problems, expected, problems = _both_paths(card)
    assert built == expected and text_problems == problems
    assert [phone.raw for phone in built.phones] == ["+1 555", "2", "3", "tel", "t", "+1 tel:4"]


def test_marker_lines_are_found_on_the_first_line_and_on_the_last_without_a_line_end() -> None:
    data = b"begin:vcard\nFN:A\nEND:VCARD\n\nBEGIN:VCARD\nFN:B\nend:vcard  "
    chunks = [(chunk.line, chunk.body) for chunk in tokens.split_cards(data)]
    assert chunks == [(1, b"\nFN:A\n"), (5, b"\nFN:B\n")]
    assert not tokens.has_card(b"X-BEGIN:VCARD\nBEGIN:VCARDS\n")
    assert list(tokens.split_cards(b"X-BEGIN:VCARD\nBEGIN:VCARDS\nEND:VCARD\n")) == []


def test_space_and_tab_folds_are_both_unfolded() -> None:
    # URL: a space fold's removal makes a tab fold, unfolded too
    card = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:An\n a\nNOTE:one\n\ttwo\n three\nTITLE:t\tab\n"
        b"EMAIL:a@\n \texample.org\nURL:x\n\n \ty\nEND:VCARD\n"
    )
    built, text_problems, expected, problems = _both_paths(card)
    assert built == expected and text_problems == problems
    assert (built.formatted_name, built.notes, built.title) == ("Ana", "onetwothree", "t\tab")
    assert [email.value for email in built.emails] == ["a@\texample.org"]
    assert [link.value for link in built.urls] == ["xy"]
