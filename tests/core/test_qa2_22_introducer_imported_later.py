"""A card naming who introduced them (X-NETDESK-MET-THROUGH, as netdesk's export writes it)
imported before that person is: importing the whole export afterwards points "met through"
at them. The card read again was taken for one already imported unchanged (its text's
fingerprint), and the introduction its first import could not make was never made."""

from __future__ import annotations

from pathlib import Path

from netdesk.core import Core
from netdesk.core.importing import import_files

BEA = "urn:uuid:b85b7ab1-ccf9-4fd7-80e2-7cfd94adf196"
ANA_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Met\r\nN:Met;Ana;;;\r\n"
    "EMAIL;TYPE=internet,pref:ana@x.org\r\nUID:urn:uuid:ac1f531e-193f-4085-a8ec-4e649bda0836\r\n"
    f"X-NETDESK-MET-THROUGH:{BEA}\r\nX-NETDESK-MET-AT:PyCon\r\nEND:VCARD\r\n"
)
BEA_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Intro\r\nN:Intro;Bea;;;\r\n"
    f"EMAIL;TYPE=internet,pref:bea@x.org\r\nUID:{BEA}\r\nEND:VCARD\r\n"
)


def _ana(core: Core) -> int:
    (found,) = [i for i in core.contacts.list_ids() if core.contacts.get(i).given_name == "Ana"]  # type: ignore[union-attr]
    return found


def test_the_introducer_imported_later_is_who_introduced_them(core: Core, tmp_path: Path) -> None:
    ana_alone = tmp_path / "ana.vcf"
    ana_alone.write_bytes(ANA_CARD.encode("utf-8"))
    everyone = tmp_path / "everyone.vcf"
    everyone.write_bytes((BEA_CARD + ANA_CARD).encode("utf-8"))
    first = import_files(core, [str(ana_alone)])
    assert first.new == 1
    ana = core.contacts.get(_ana(core))
    assert ana is not None and ana.met_through_id is None  # Bea is not known yet

    second = import_files(core, [str(everyone)])

    assert (second.new, second.merged) == (1, 1)
    ana = core.contacts.get(_ana(core))
    bea = core.contacts.get(ana.met_through_id) if ana and ana.met_through_id else None
    assert bea is not None and bea.given_name == "Bea"
    assert ana is not None and ana.met_at == "PyCon"
    # and once made, the same file again changes nothing
    third = import_files(core, [str(everyone)])
    assert (third.new, third.merged, third.unchanged) == (0, 0, 2)
