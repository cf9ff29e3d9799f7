"""What Find duplicates reads beyond bulk: work domains, nationally written phones, birthdays."""

from __future__ import annotations

from netdesk.core import Core
from netdesk.core.types import Contact, EmailAddress, PartialDate, PhoneNumber
from netdesk.store import duplicate_facts
from netdesk.store.models import db


def test_a_work_domain_is_the_employers_and_free_mail_has_none() -> None:
    work_domain = duplicate_facts.work_domain
    assert work_domain("yuki@mail.lumenhealth.co.uk") == "lumenhealth.co.uk"
    assert work_domain("ana@acme.com") == "acme.com"
    assert work_domain("ana@googlemail.com") == work_domain("ana@yahoo.co.uk") == ""
    assert work_domain("ana@web.de") == work_domain("not an address") == ""


def test_the_facts_of_everyone_in_one_query_each(core: Core) -> None:
    add = core.contacts.create
    both = [EmailAddress("ana@acme.com"), EmailAddress("ana@gmail.com")]
    ana = add(Contact(given_name="Ana", birthday=PartialDate(None, 4, 2), emails=both))
    kate = add(Contact(given_name="Kate", phones=[PhoneNumber("07700 900123")]))
    uk = add(Contact(given_name="K", phones=[PhoneNumber("+44 7700 900123")]))
    # as stored by a user whose region is not Britain's (in Britain it has its E.164 form)
    db.execute_sql("UPDATE phone SET e164 = '' WHERE contact_id = ?", (kate,))
    assert duplicate_facts.work_domains() == {ana: frozenset({"acme.com"})}
    assert duplicate_facts.birthdays() == {ana: "--04-02"}
    assert duplicate_facts.national_only() == [(kate, "7700900123", "")]
    assert duplicate_facts.international_ending_in({"0900123"}) == [(uk, "+447700900123")]
    assert duplicate_facts.international_ending_in(set()) == []


def test_a_number_that_kept_another_countrys_trunk_zero_is_national(core: Core) -> None:
    """Berlin's '030 1234567' stored by a user in the US is '+10301234567', no valid number:
    it is compared as written; a valid number written with the user's own '0' is not."""
    add = core.contacts.create
    berlin = add(Contact(given_name="Jonas", phones=[PhoneNumber("030 1234567")]))
    home = add(Contact(given_name="Lena", phones=[PhoneNumber("030 7654321")]))
    rome = add(Contact(given_name="Gio", phones=[PhoneNumber("06 6982 1234")]))
    for contact_id, e164 in ((berlin, "+10301234567"), (home, "+49307654321"),
                             (rome, "+390669821234")):  # fmt: skip
        db.execute_sql("UPDATE phone SET e164 = ? WHERE contact_id = ?", (e164, contact_id))
    assert duplicate_facts.national_only() == [(berlin, "301234567", "+10301234567")]
