"""Three cards of one person are one group, not three pairs; a group merges in one go and its
undo puts every card back (core.duplicate_groups)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core import Core
from netdesk.core.duplicate_groups import (
    DuplicateGroup,
    duplicate_groups,
    group_members,
    joins,
    merge_group,
    pairs_within,
    undo_merge_group,
)
from netdesk.core.duplicates import DuplicatePair, find_duplicates
from netdesk.core.types import Contact, EmailAddress, PhoneNumber


def _ids(groups: list[DuplicateGroup]) -> list[list[int]]:
    return [g.ids for g in groups]


def test_three_cards_of_one_person_are_one_group(core: Core) -> None:
    add = core.contacts.create
    phone = [PhoneNumber("+447911123456")]
    ann = add(Contact(given_name="Ann", family_name="Lee", phones=phone))
    ann_work = add(Contact(given_name="Ann", family_name="Lee", organization="Acme",
                           emails=[EmailAddress("ann@acme.example")]))  # fmt: skip
    annie = add(Contact(given_name="Ann", family_name="Lee", phones=phone,
                        emails=[EmailAddress("ann@acme.example")]))  # fmt: skip
    jon = add(Contact(given_name="Jon", family_name="Smith"))
    john = add(Contact(given_name="John", family_name="Smith"))
    pairs = find_duplicates(core)
    assert len(pairs) == 4  # A-B, A-C, B-C and Jon-John
    groups = duplicate_groups(pairs)
    assert _ids(groups) == [[ann, ann_work, annie], [jon, john]]
    assert groups[0].score == 100
    assert "same email: ann@acme.example" in groups[0].reasons()
    # "not the same person" said of two of them: the group falls apart into its pairs
    split = duplicate_groups(pairs, answered={(ann, ann_work)})
    assert sorted(_ids(split)) == sorted([[ann, annie], [ann_work, annie], [jon, john]])


def test_a_chain_past_the_limit_is_left_as_pairs() -> None:
    """Hundreds joined through one another (a name here, a number there) are not one person."""
    chain = [DuplicatePair(n, n + 1, 90, [f"same phone: +1{n}"]) for n in range(1, 30)]
    assert _ids(duplicate_groups(chain, most=10)) == [[n, n + 1] for n in range(1, 30)]
    assert _ids(duplicate_groups(chain[:4], most=10)) == [[1, 2, 3, 4, 5]]


def test_namesakes_alike_by_name_alone_stay_pairs(core: Core) -> None:
    """Three John Smiths with nothing else in common may be three people: three pairs; a
    name-only pair between two cards a shared e-mail joins is the group's."""
    add = core.contacts.create
    smiths = [add(Contact(given_name="John", family_name="Smith")) for _ in range(3)]
    mail = [EmailAddress("eva@kos.example")]
    evas = [add(Contact(given_name="Eva", family_name="Kos", emails=mail)) for _ in range(2)]
    evas.append(add(Contact(given_name="Eva", family_name="Kos", organization="Acme")))
    evas.append(add(Contact(given_name="Eva", family_name="Kos", organization="Acme Inc",
                            emails=mail)))  # fmt: skip
    groups = duplicate_groups(find_duplicates(core))
    assert sorted(_ids(groups)) == sorted([
        [smiths[0], smiths[1]], [smiths[0], smiths[2]], [smiths[1], smiths[2]], evas
    ])  # fmt: skip
    assert len(next(g for g in groups if g.ids == evas).pairs) == 6


def test_a_group_merges_in_one_step_with_choices_and_undoes_whole(core: Core) -> None:
    add = core.contacts.create
    keep = add(Contact(given_name="Ann", family_name="Lee", title="CEO"))
    second = add(Contact(given_name="Ann", family_name="Lee", title="CTO",
                         phones=[PhoneNumber("+447911123456")]))  # fmt: skip
    third = add(Contact(given_name="Ann", family_name="Lee", title="COO",
                        emails=[EmailAddress("ann@lee.example")]))  # fmt: skip
    other = add(Contact(given_name="Bo", family_name="Ek"))
    core.journal.log([third], "meeting", "Coffee")
    before = core.contacts.get(keep)
    record = merge_group(core, keep, [second, third], {second: {"title"}})
    merged = core.contacts.get(keep)
    assert merged is not None
    assert merged.title == "CTO"  # chosen from the second, kept against the third
    assert [p.e164 for p in merged.phones] == ["+447911123456"]
    assert [e.value for e in merged.emails] == ["ann@lee.example"]
    assert core.contacts.get(second) is None and core.contacts.get(third) is None
    assert core.journal.count_for(keep) == 1
    undo_merge_group(core, record)
    assert core.contacts.get(keep) == before
    assert core.contacts.get(second) is not None and core.contacts.get(third) is not None
    assert core.journal.count_for(third) == 1 and core.journal.count_for(keep) == 0
    assert pairs_within([third, keep, second, other]) == [
        (keep, second), (keep, third), (keep, other), (second, third), (second, other),
        (third, other),
    ]  # fmt: skip


def _components_naively(
    pairs: list[DuplicatePair], answered: set[tuple[int, int]], most: int
) -> set[tuple[int, ...]]:
    """Every joining pair's contacts, spread to their neighbours until nothing changes."""
    edges = [
        (p.keep_id, p.other_id)
        for p in pairs
        if joins(p) and (p.keep_id, p.other_id) not in answered
    ]
    groups = [{a, b} for a, b in edges]
    merged = True
    while merged:
        merged = False
        for n, group in enumerate(groups):
            for other in groups[n + 1 :]:
                if group & other:
                    group |= other
                    groups.remove(other)
                    merged = True
                    break
            if merged:
                break
    return {
        tuple(sorted(g))
        for g in groups
        if 3 <= len(g) <= most and not any((a, b) in answered for a in g for b in g if a < b)
    }


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 12), st.integers(1, 12), st.sampled_from([88, 95, 100]), st.booleans()
        ),
        max_size=25,
    ),
    st.sets(st.tuples(st.integers(1, 12), st.integers(1, 12)), max_size=3),
)
def test_the_groups_are_the_connected_contacts(
    drawn: list[tuple[int, int, int, bool]], answered: set[tuple[int, int]]
) -> None:
    pairs = {
        (min(a, b), max(a, b)): DuplicatePair(
            min(a, b), max(a, b), score, ["same phone: +1" if shared else "same name"]
        )
        for a, b, score, shared in drawn
        if a != b
    }
    listed = list(pairs.values())
    found = group_members(listed, answered, most=5)
    assert set(found) == _components_naively(listed, answered, 5)
    assert len(found) == len(set(found))


def test_a_value_shared_by_unrelated_names_joins_no_group(core: Core) -> None:
    """Ann Lee's two cards and "Mum", who shares a mobile with one of them: the mobile pair
    (60%, proposed last) joined Mum to Ann's group, shown at 100% and merged in one click."""
    add = core.contacts.create
    mobile = [PhoneNumber("+447911123456")]
    mail = [EmailAddress("ann@acme.example")]
    ann = add(Contact(given_name="Ann", family_name="Lee", emails=mail, phones=mobile))
    ann_work = add(Contact(given_name="Ann", family_name="Lee", emails=mail))
    mum = add(Contact(given_name="Mum", phones=mobile))
    pairs = find_duplicates(core)
    weak = [p for p in pairs if mum in (p.keep_id, p.other_id)]
    assert weak and all(not joins(p) for p in weak)
    groups = duplicate_groups(pairs)
    assert sorted(_ids(groups)) == sorted([[ann, ann_work], [ann, mum]])
    assert next(g for g in groups if g.ids == [ann, mum]).score < 100
