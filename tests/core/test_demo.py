"""The demo data: a newcomer's first look at netdesk, so its stories must add up."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.demo import fill_demo


def test_nobody_has_journal_entries_from_before_the_day_they_met(core: Core) -> None:
    """The demo had a contact "met on 2026-10-01" with lunch in September."""
    created = fill_demo(core, count=150, seed=3)
    checked = 0
    for contact_id in range(1, created + 1):
        contact = core.contacts.get(contact_id)
        assert contact is not None
        met = contact.met_on
        if met is None or met.year is None:
            continue
        start = dt.datetime(met.year, met.month or 1, met.day or 1)
        entries = core.journal.for_contact(contact_id)
        own = [e for e in entries if e.contact_ids == [contact_id]]
        assert all(e.occurred_at >= start for e in own), (contact.display_name, met)
        checked += bool(own)
    assert checked > 50


def test_the_complete_example_has_her_own_address(core: Core) -> None:
    """The README's screenshot shows contact 1; she kept the e-mail address drawn for the
    random name she replaced (raul.ordonez@...)."""
    for seed in (1, 7):
        fill_demo(core, count=5, seed=seed)
        lucia = next(
            c
            for c in (core.contacts.get(i) for i in core.contacts.list_ids())
            if c is not None and c.given_name == "Lucía"
        )
        assert [e.value for e in lucia.emails] == ["lucia.fernandez@bosqueventures.example"]
        core.contacts.delete(core.contacts.list_ids())


def test_polish_family_names_agree_with_the_given_name(core: Core) -> None:
    """The demo showed "Wojciech Wiśniewska" and "Małgorzata Kowalski": a Polish surname
    ending in -ski/-cki takes -ska/-cka for a woman."""
    fill_demo(core, count=300, seed=1)
    poles = [
        c
        for c in (core.contacts.get(i) for i in core.contacts.list_ids())
        if c is not None and c.given_name in ("Zofia", "Łukasz", "Małgorzata", "Wojciech")
    ]
    adjectival = [c for c in poles if c.family_name.endswith(("ski", "cki", "ska", "cka"))]
    assert len(adjectival) > 3
    for contact in adjectival:
        feminine = contact.given_name in ("Zofia", "Małgorzata")
        assert contact.family_name.endswith("a") == feminine, contact.display_name
        # and the e-mail address is made of the name as shown
        assert contact.family_name[:-1].replace("ś", "s").replace("ń", "n").lower() in (
            contact.emails[0].value
        )


def test_demo_addresses_keep_letters_that_do_not_decompose() -> None:
    """ "Groß" and "Łukasz" lost a letter: lukas.gro@…, ukasz.kowalski@…."""
    from netdesk.core.demo import _ascii

    assert _ascii("Lukas Groß") == "lukasgross"
    assert _ascii("Łukasz") == "lukasz"
    assert _ascii("Søren Ærø") == "sorenaero"
    assert _ascii("José Núñez") == "josenunez"


def test_a_contact_met_at_an_event_of_a_year_met_that_year(core: Core) -> None:
    """The demo had met on 2021-10-25 at "PyCon ES 2025, Sevilla": an event's year and the
    day they met agree, and the event is one that has been (the clock's today: 2026-03-02)."""
    import re

    created = fill_demo(core, count=300, seed=1)
    at_events = 0
    for contact_id in range(1, created + 1):
        contact = core.contacts.get(contact_id)
        assert contact is not None
        year = re.search(r"\b(?:19|20)\d\d\b", contact.met_at)
        if year is None or contact.display_name == "Lucía Fernández Núñez":
            continue
        at_events += 1
        met = contact.met_on
        assert met is not None and met.year == int(year.group()), (contact.met_at, met)
        month = {"PyCon ES": 10, "Web Summit": 11, "FOSDEM": 2}[contact.met_at[:-5]]
        assert met.month in (None, month), (contact.met_at, met)
        assert dt.date(met.year, met.month or 1, met.day or 1) < core.clock.now().date()
    assert at_events > 20


def test_every_demo_address_is_one_the_card_takes(core: Core) -> None:
    """The company "Ferro & Partners" gave zofia.nowak@ferro&part.example, refused on the card."""
    from netdesk.core.names import email_problem

    fill_demo(core, count=300, seed=1)
    emails = [e.value for i in core.contacts.list_ids() for e in core.contacts.get(i).emails]  # type: ignore[union-attr]
    assert len(emails) >= 250
    assert [e for e in emails if email_problem(e) is not None] == []
    assert any("@ferropartn.example" in e for e in emails)
