"""Differential test: our vCard reader against vobject on generated and corpus cards.

For every card vobject reads, the names, e-mails, phones, organization and birthday must agree.
Exclusions, each with its reason:

* cards vobject cannot parse at all (it raises): nothing to compare;
* corpus files that are not UTF-8 (UTF-16, ISO-8859-1/CP1250 bytes): vobject needs text, and the
  decoding is ours to test (see test_vcard_read.py);
* vCard 2.1 quoted-printable values: vobject leaves them encoded, or decodes them as Latin-1,
  for properties it does not know as QP-capable, so it does not read them correctly;
* lowercase/unstructured N values that vobject does not split (it keeps ``n`` raw unless it
  knows the card's behaviour): compared only where vobject gives a structured Name;
* birthdays: vobject keeps the text, so its value goes through the same date rules before the
  comparison (Apple's 1604 "no year" is our rule, not a disagreement).
"""

from __future__ import annotations

import sys
from pathlib import Path

import vobject

from netdesk.interop.vcard import read_vcard_bytes
from netdesk.interop.vcard_values import parse_date

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from gen_vcards import generate


def _split_cards(text: str) -> list[str]:
    cards, current = [], []
    for line in text.splitlines(keepends=True):
        current.append(line)
        if line.strip().upper() == "END:VCARD":
            cards.append("".join(current))
            current = []
    return cards


def _vobject_fields(card_text: str) -> dict[str, object] | None:
    try:
        component = vobject.readOne(card_text, ignoreUnreadable=True)
    except Exception:
        return None
    fields: dict[str, object] = {}
    name = component.contents.get("n")
    if name and hasattr(name[0].value, "given"):
        value = name[0].value
        fields["names"] = (_first(value.given), _first(value.family))
    fields["emails"] = [line.value.strip() for line in component.contents.get("email", [])]
    fields["phones"] = [line.value.strip() for line in component.contents.get("tel", [])]
    org = component.contents.get("org")
    if org:
        value = org[0].value
        fields["org"] = value[0] if isinstance(value, list) else value
    bday = component.contents.get("bday")
    if bday and bday[0].value.strip():
        fields["birthday"] = parse_date(bday[0].value)
    return fields


def _first(value: object) -> str:
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def _compare(card_text: str) -> tuple[bool, list[str]]:
    """(vobject read it, the fields that differ)."""
    theirs = _vobject_fields(card_text)
    if theirs is None:
        return False, []
    result = read_vcard_bytes(card_text.encode("utf-8"))
    ours = result.cards[0].contact
    differences = []
    if "names" in theirs and theirs["names"] != (ours.given_name, ours.family_name):
        differences.append(f"names {theirs['names']} != {(ours.given_name, ours.family_name)}")
    if theirs["emails"] != [email.value for email in ours.emails]:
        differences.append(f"emails {theirs['emails']} != {ours.emails}")
    if [p for p in theirs["phones"] if p] != [phone.raw for phone in ours.phones]:
        differences.append(f"phones {theirs['phones']} != {ours.phones}")
    if "org" in theirs and theirs["org"] != ours.organization:
        differences.append(f"org {theirs['org']!r} != {ours.organization!r}")
    if "birthday" in theirs and theirs["birthday"] != ours.birthday:
        differences.append(f"birthday {theirs['birthday']} != {ours.birthday}")
    return True, differences


def test_generated_cards_agree_with_vobject() -> None:
    cards = _split_cards(generate(400, seed=7))
    compared = 0
    for card in cards:
        read, differences = _compare(card)
        assert differences == [], card
        compared += read
    assert compared == len(cards) == 400


def test_corpus_cards_agree_with_vobject(corpus: Path) -> None:
    compared = 0
    for path in sorted(corpus.glob("*/*.vcf")):
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue  # not UTF-8: vobject cannot read it as text (see module docstring)
        for card in _split_cards(text):
            if "QUOTED-PRINTABLE" in card.upper():
                continue  # vobject does not decode 2.1 QP reliably (see module docstring)
            read, differences = _compare(card)
            assert differences == [], f"{path.name}: {differences}"
            compared += read
    assert compared >= 17  # every UTF-8, non-QP corpus card vobject can read
