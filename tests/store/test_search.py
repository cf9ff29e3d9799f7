"""Full-text search: accents, prefixes, phones, hostile input, ranking, same transaction."""

from __future__ import annotations

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact, EmailAddress, PhoneNumber
from netdesk.store import search
from netdesk.store.models import db


@pytest.fixture
def people(core: Core) -> dict[str, int]:
    ids = {
        "jose": core.contacts.create(
            Contact(
                given_name="José",
                family_name="Muñoz",
                organization="Ñandú Labs",
                emails=[EmailAddress("jose.munoz@example.es")],
                phones=[PhoneNumber("+34 612 34 56 78")],
                tags=["mentors"],
                met_at="PyCon España",
                notes="Knows everyone in Sevilla",
            )
        ),
        "ana": core.contacts.create(
            Contact(given_name="Ana", family_name="Josefsson", title="CTO", organization="Acme")
        ),
        "zoe": core.contacts.create(Contact(given_name="Zoë", family_name="Ødegård")),
    }
    return ids


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("jose", "jose"),
        ("JOSÉ", "jose"),
        ("munoz", "jose"),
        ("Muñ", "jose"),
        ("nandu", "jose"),
        ("mentor", "jose"),
        ("sevilla", "jose"),
        ("espana", "jose"),
        ("612 34", "jose"),
        ("612345678", "jose"),
        ("+34612", "jose"),
        ("jose.munoz@exa", "jose"),
        ("cto", "ana"),
        ("zoe", "zoe"),
        ("odeg", "zoe"),
    ],
)
def test_finds_by_prefix_ignoring_accents_and_case(
    core: Core, people: dict[str, int], query: str, who: str
) -> None:
    assert people[who] in core.contacts.search(query)


def test_name_matches_rank_before_other_fields(core: Core, people: dict[str, int]) -> None:
    # "jose" is José's given name but only part of Ana's family name and José's e-mail
    found = core.contacts.search("jose")
    assert found[0] == people["jose"]
    assert set(found) == {people["jose"], people["ana"]}


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '""',
        "*",
        "jo*",
        "AND",
        "OR NOT",
        "(jose",
        'jose" OR "ana',
        "NEAR(a b)",
        "{names}:x",
        "^jose",
        "-",
        "'; DROP TABLE contact; --",
        "\\",
        "\x00",
    ],
)
def test_user_input_is_never_fts_syntax(core: Core, people: dict[str, int], hostile: str) -> None:
    core.contacts.search(hostile)  # must not raise
    assert search.fts_query(hostile) is None or '"' in search.fts_query(hostile)  # type: ignore[operator]
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 3


def test_words_of_operators_are_searched_literally(core: Core) -> None:
    contact_id = core.contacts.create(Contact(given_name="Near", family_name="Andor"))
    assert core.contacts.search("near") == [contact_id]
    assert core.contacts.search("AND") == [contact_id]


def test_index_follows_edits_archive_and_delete(core: Core, people: dict[str, int]) -> None:
    contact = core.contacts.get(people["zoe"])
    assert contact is not None
    contact.family_name = "Quintana"
    core.contacts.update(contact)
    assert core.contacts.search("odegard") == []
    assert core.contacts.search("quintana") == [people["zoe"]]
    core.contacts.set_archived([people["zoe"]], True)
    assert core.contacts.search("quintana") == []
    assert core.contacts.search("quintana", include_archived=True) == [people["zoe"]]
    core.contacts.delete([people["zoe"]])
    assert core.contacts.search("quintana", include_archived=True) == []


def test_interaction_summaries_are_searchable(core: Core, people: dict[str, int]) -> None:
    core.journal.log([people["ana"]], "meeting", "Kubernetes migration lunch")
    assert core.contacts.search("kubern") == [people["ana"]]


def test_index_write_rolls_back_with_the_data(core: Core) -> None:
    with pytest.raises(RuntimeError), core.store.transaction():
        contact_id = core.contacts.create(Contact(given_name="Rollback", family_name="Ghost"))
        assert core.contacts.search("ghost") == [contact_id]
        raise RuntimeError("abort")
    assert core.contacts.search("ghost") == []


def test_broad_prefix_returns_name_matches_first(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "RANK_LIMIT", 10)  # take the unranked path for broad prefixes
    only_notes = core.contacts.create(Contact(given_name="Zed", notes="alexandrite collector"))
    names = [core.contacts.create(Contact(given_name=f"Alex{n:02d}")) for n in range(20)]
    found = core.contacts.search("alex", limit=20)
    assert sorted(found) == sorted(names)
    assert only_notes in core.contacts.search("alex", limit=25)


def test_broad_prefix_lists_other_matches_after_every_name_match_once(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Name matches (sorted by name), then those matching elsewhere only, in the order they
    were added; one matching both ways comes once, archived contacts not at all."""
    monkeypatch.setattr(search, "RANK_LIMIT", 3)  # take the unranked path
    both = core.contacts.create(
        Contact(given_name="Garza", emails=[EmailAddress("garza@example.org")])
    )
    by_name = [core.contacts.create(Contact(given_name=n)) for n in ("Garcia", "Gardner")]
    elsewhere = [
        core.contacts.create(Contact(given_name="Lee", organization="Garden Ltd")),
        core.contacts.create(Contact(given_name="Kim", notes="gardening club")),
        core.contacts.create(Contact(given_name="Ann", emails=[EmailAddress("garo@x.org")])),
    ]
    hidden = core.contacts.create(Contact(given_name="Garbo", organization="Garage"))
    core.contacts.set_archived([hidden], True)
    core.contacts.create(Contact(given_name="Nobody", organization="Acme"))
    assert core.contacts.search("gar", limit=20) == [by_name[0], by_name[1], both, *elsewhere]
    assert core.contacts.search("gar", limit=4) == [by_name[0], by_name[1], both, elsewhere[0]]
    assert core.contacts.search("gar", limit=20, include_archived=True) == [
        hidden,
        by_name[0],
        by_name[1],
        both,
        *elsewhere,
    ]


def test_a_new_contacts_document_built_in_memory_is_the_one_read_from_the_database(
    core: Core,
) -> None:
    import datetime as dt

    from netdesk.store import bulk

    core.contacts.create(Contact(given_name="Old", tags=["CLIENTS"]))  # the tag exists, upper
    contact = Contact(
        given_name="Søren",
        family_name="Åberg-Núñez",
        additional_names="Ǆemal",
        nickname="Sø",
        formatted_name="Dr. Søren Åberg-Núñez",
        organization="Straße & Co",
        department="R&D",
        title="CTO",
        notes="Met at the Ｆｕｌｌ-width fair",
        met_at="Kraków",
        what_they_do="Œuvres",
        looking_for="ﬁnance",
        can_offer="intros",
        emails=[EmailAddress("Soren@Example.org"), EmailAddress("s@x.dk")],
        phones=[
            PhoneNumber("+45 12 34 56 78", e164="+4512345678"),
            PhoneNumber("ext. 12", e164=""),
        ],
        tags=["clients", " Jazz "],
    )
    contact.display_name = "Søren Åberg-Núñez"
    with bulk.write_transaction():
        (contact_id,) = bulk.insert_contacts([(contact, None)], dt.datetime(2026, 3, 2))
    names, details = search.document_of(contact, ["clients", "Jazz"])
    stored_names, stored_details = search.documents([contact_id])[contact_id]
    assert names == stored_names
    assert sorted(details.split()) == sorted(stored_details.split())
    assert search.search_ids("aberg") == [contact_id]
    assert search.search_ids("jazz") == [contact_id]


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("06 12 34 56 78", "Amélie"),  # as written at home: the trunk 0, spaces
        ("0612345678", "Amélie"),
        ("0033 6 12 34 56 78", "Amélie"),  # the international 00
        ("+33 6 12 34 56 78", "Amélie"),
        ("020 7946 0958", "Olive"),
        ("02079460958", "Olive"),
        ("030 1234567", "Jörg"),
        ("0301234567", "Jörg"),
    ],
)
def test_a_phone_is_found_as_it_is_written_at_home(core: Core, typed: str, who: str) -> None:
    for name, phone in (
        ("Amélie", "+33 6 12 34 56 78"),
        ("Olive", "+44 20 7946 0958"),
        ("Jörg", "+49 (0)30 1234567"),
    ):
        core.contacts.create(Contact(given_name=name, phones=[PhoneNumber(phone)]))
    found = core.contacts.search(typed)
    assert core.contacts.names(found) == {found[0]: who} and len(found) == 1
    assert core.contacts.matching(typed) == set(found)


def test_names_starting_with_a_prefix_ignore_case_and_accents(core: Core) -> None:
    ids = {
        name: core.contacts.create(Contact(given_name=name, family_name="X"))
        for name in ("Álvaro", "Alba", "Ana", "Óscar", "Øyvind", "Zoë", "Straße")
    }
    assert search.name_prefix_ids("al") == {ids["Álvaro"], ids["Alba"]}
    assert search.name_prefix_ids("ÁL") == {ids["Álvaro"], ids["Alba"]}
    assert search.name_prefix_ids("o") == {ids["Óscar"], ids["Øyvind"]}
    assert search.name_prefix_ids("zoe x") == {ids["Zoë"]}
    assert search.name_prefix_ids("strass") == {ids["Straße"]}
    assert search.name_prefix_ids("") == search.name_prefix_ids(" ") == set()
    assert search.name_prefix_ids("\ud7ff") == set()  # no surrogate sent to SQLite
