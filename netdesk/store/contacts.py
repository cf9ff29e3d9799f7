"""Contact rows to and from core dataclasses; children are replaced whole on each save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from netdesk.core import types as t
from netdesk.store import models as m
from netdesk.store.models import db
from netdesk.store.text import fold


def _partial(text: str | None) -> t.PartialDate | None:
    return t.PartialDate.parse(text) if text else None


def _iso(value: t.PartialDate | None) -> str | None:
    return value.to_iso() if value is not None else None


def _month_day(value: t.PartialDate | None) -> str | None:
    if value is None or value.month is None or value.day is None:
        return None
    return f"{value.month:02d}-{value.day:02d}"


def _row_fields(contact: t.Contact, thumbnail: bytes | None) -> dict[str, object]:
    return {
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "additional_names": contact.additional_names,
        "prefix": contact.prefix,
        "suffix": contact.suffix,
        "nickname": contact.nickname,
        "formatted_name": contact.formatted_name,
        "display_name": contact.display_name,
        "sort_key": fold(contact.display_name),
        "organization": contact.organization,
        "department": contact.department,
        "title": contact.title,
        "birthday": _iso(contact.birthday),
        "birthday_md": _month_day(contact.birthday),
        "anniversary": _iso(contact.anniversary),
        "photo": contact.photo,
        "thumbnail": thumbnail,
        "photo_url": contact.photo_url,
        "notes": contact.notes,
        "what_they_do": contact.what_they_do,
        "looking_for": contact.looking_for,
        "can_offer": contact.can_offer,
        "met_on": _iso(contact.met_on),
        "met_at": contact.met_at,
        "met_through": contact.met_through_id,
        "source": contact.source,
        "source_file": contact.source_file,
        "source_date": contact.source_date,
        "keep_in_touch_days": contact.keep_in_touch_days,
        "archived": contact.archived,
        "uid": contact.uid,
        "raw_properties": "\n".join(contact.raw_properties),
    }


def insert(contact: t.Contact, thumbnail: bytes | None, now: dt.datetime) -> int:
    """Insert a contact with its children; keeps ``contact.id`` when set (undoing a delete)."""
    fields = _row_fields(contact, thumbnail)
    fields["created_at"] = contact.created_at or now
    fields["updated_at"] = now
    fields["last_interaction"] = contact.last_interaction
    if contact.id is not None:
        fields["id"] = contact.id
    contact_id = int(m.Contact.insert(**fields).execute())
    _write_children(contact_id, contact)
    return contact_id


def update(contact: t.Contact, thumbnail: bytes | None, now: dt.datetime) -> None:
    assert contact.id is not None
    fields = _row_fields(contact, thumbnail)
    fields["updated_at"] = now
    m.Contact.update(**fields).where(m.Contact.id == contact.id).execute()
    for child in (m.Email, m.Phone, m.Address, m.Url, m.Related, m.CustomField, m.ContactTag):
        child.delete().where(child.contact == contact.id).execute()
    _write_children(contact.id, contact)


def _write_children(contact_id: int, contact: t.Contact) -> None:
    if contact.emails:
        m.Email.insert_many(
            [
                {
                    "contact": contact_id,
                    "position": i,
                    "label": e.label,
                    "value": e.value,
                    "value_folded": e.value.strip().casefold(),
                    "preferred": e.preferred,
                }
                for i, e in enumerate(contact.emails)
            ]
        ).execute()
    if contact.phones:
        m.Phone.insert_many(
            [
                {
                    "contact": contact_id,
                    "position": i,
                    "label": p.label,
                    "number": p.raw,
                    "e164": p.e164,
                    "preferred": p.preferred,
                }
                for i, p in enumerate(contact.phones)
            ]
        ).execute()
    if contact.addresses:
        m.Address.insert_many(
            [
                {
                    "contact": contact_id,
                    "position": i,
                    "label": a.label,
                    "preferred": a.preferred,
                    "po_box": a.po_box,
                    "extended": a.extended,
                    "street": a.street,
                    "locality": a.locality,
                    "region": a.region,
                    "postal_code": a.postal_code,
                    "country": a.country,
                }
                for i, a in enumerate(contact.addresses)
            ]
        ).execute()
    if contact.urls:
        m.Url.insert_many(
            [
                {
                    "contact": contact_id,
                    "position": i,
                    "label": u.label,
                    "value": u.value,
                    "preferred": u.preferred,
                }
                for i, u in enumerate(contact.urls)
            ]
        ).execute()
    if contact.related:
        m.Related.insert_many(
            [
                {
                    "contact": contact_id,
                    "position": i,
                    "label": r.label,
                    "name": r.name,
                    "related_contact": r.contact_id,
                }
                for i, r in enumerate(contact.related)
            ]
        ).execute()
    if contact.custom_fields:
        m.CustomField.insert_many(
            [
                {"contact": contact_id, "position": i, "label": f.label, "value": f.value}
                for i, f in enumerate(contact.custom_fields)
            ]
        ).execute()
    if contact.tags:
        tag_ids = ensure_tags(contact.tags)
        m.ContactTag.insert_many(
            [{"contact": contact_id, "tag": tag_id} for tag_id in dict.fromkeys(tag_ids)]
        ).on_conflict_ignore().execute()


def ensure_tags(names: Iterable[str]) -> list[int]:
    """Ids of the named tags, creating the missing ones (names compare case-insensitively)."""
    ids = []
    for name in names:
        clean = name.strip()
        if not clean:
            continue
        row = m.Tag.get_or_none(m.Tag.name == clean)
        ids.append(row.id if row is not None else int(m.Tag.insert(name=clean).execute()))
    return ids


def get(contact_id: int) -> t.Contact | None:
    row = m.Contact.get_or_none(m.Contact.id == contact_id)
    if row is None:
        return None
    contact = t.Contact(
        id=row.id,
        given_name=row.given_name,
        family_name=row.family_name,
        additional_names=row.additional_names,
        prefix=row.prefix,
        suffix=row.suffix,
        nickname=row.nickname,
        formatted_name=row.formatted_name,
        organization=row.organization,
        department=row.department,
        title=row.title,
        birthday=_partial(row.birthday),
        anniversary=_partial(row.anniversary),
        photo=bytes(row.photo) if row.photo is not None else None,
        photo_url=row.photo_url,
        notes=row.notes,
        what_they_do=row.what_they_do,
        looking_for=row.looking_for,
        can_offer=row.can_offer,
        met_on=_partial(row.met_on),
        met_at=row.met_at,
        met_through_id=row.met_through_id,
        source=row.source,
        source_file=row.source_file,
        source_date=row.source_date,
        keep_in_touch_days=row.keep_in_touch_days,
        archived=bool(row.archived),
        uid=row.uid,
        raw_properties=row.raw_properties.split("\n") if row.raw_properties else [],
        display_name=row.display_name,
        created_at=row.created_at,
        updated_at=row.updated_at,
        last_interaction=row.last_interaction,
        next_due=row.next_due,
    )
    order = (m.Email.position,)
    contact.emails = [
        t.EmailAddress(e.value, e.label, bool(e.preferred))
        for e in m.Email.select().where(m.Email.contact == contact_id).order_by(*order)
    ]
    contact.phones = [
        t.PhoneNumber(p.number, p.label, bool(p.preferred), p.e164)
        for p in m.Phone.select().where(m.Phone.contact == contact_id).order_by(m.Phone.position)
    ]
    contact.addresses = [
        t.PostalAddress(
            a.label,
            bool(a.preferred),
            a.po_box,
            a.extended,
            a.street,
            a.locality,
            a.region,
            a.postal_code,
            a.country,
        )
        for a in m.Address.select()
        .where(m.Address.contact == contact_id)
        .order_by(m.Address.position)
    ]
    contact.urls = [
        t.WebLink(u.value, u.label, bool(u.preferred))
        for u in m.Url.select().where(m.Url.contact == contact_id).order_by(m.Url.position)
    ]
    contact.related = [
        t.RelatedPerson(r.label, r.name, r.related_contact_id)
        for r in m.Related.select()
        .where(m.Related.contact == contact_id)
        .order_by(m.Related.position)
    ]
    contact.custom_fields = [
        t.CustomField(f.label, f.value)
        for f in m.CustomField.select()
        .where(m.CustomField.contact == contact_id)
        .order_by(m.CustomField.position)
    ]
    contact.tags = tags_of(contact_id)
    return contact


def tags_of(contact_id: int) -> list[str]:
    return [
        r[0]
        for r in db.execute_sql(
            "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
            "WHERE ct.contact_id = ? ORDER BY t.name COLLATE NOCASE",
            (contact_id,),
        )
    ]


def having_tag(contact_ids: Sequence[int], name: str) -> set[int]:
    """Those of ``contact_ids`` that carry the tag ``name``, in one query."""
    if not contact_ids:
        return set()
    marks = ",".join("?" * len(contact_ids))
    return {
        r[0]
        for r in db.execute_sql(
            "SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            f"WHERE t.name = ? AND ct.contact_id IN ({marks})",
            (name, *contact_ids),
        )
    }


def exists(contact_id: int) -> bool:
    return db.execute_sql("SELECT 1 FROM contact WHERE id=?", (contact_id,)).fetchone() is not None


def delete(contact_ids: Sequence[int]) -> None:
    """Delete contacts; interactions left with nobody involved go too."""
    if not contact_ids:
        return
    marks = ",".join("?" * len(contact_ids))
    orphan_candidates = [
        r[0]
        for r in db.execute_sql(
            "SELECT DISTINCT interaction_id FROM interaction_contact "
            f"WHERE contact_id IN ({marks})",
            tuple(contact_ids),
        )
    ]
    db.execute_sql(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", tuple(contact_ids))
    db.execute_sql(f"DELETE FROM contact WHERE id IN ({marks})", tuple(contact_ids))
    for interaction_id in orphan_candidates:
        db.execute_sql(
            "DELETE FROM interaction WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM interaction_contact WHERE interaction_id = ?)",
            (interaction_id, interaction_id),
        )


def set_archived(contact_ids: Sequence[int], archived: bool, now: dt.datetime) -> None:
    m.Contact.update(archived=archived, updated_at=now).where(
        m.Contact.id.in_(list(contact_ids))
    ).execute()


def set_cadence(contact_ids: Sequence[int], days: int | None, now: dt.datetime) -> None:
    m.Contact.update(keep_in_touch_days=days, updated_at=now).where(
        m.Contact.id.in_(list(contact_ids))
    ).execute()


def add_tag(contact_ids: Sequence[int], name: str) -> None:
    (tag_id,) = ensure_tags([name])
    m.ContactTag.insert_many(
        [{"contact": cid, "tag": tag_id} for cid in contact_ids]
    ).on_conflict_ignore().execute()


def remove_tag(contact_ids: Sequence[int], name: str) -> None:
    row = m.Tag.get_or_none(m.Tag.name == name)
    if row is not None:
        m.ContactTag.delete().where(
            (m.ContactTag.tag == row.id) & (m.ContactTag.contact.in_(list(contact_ids)))
        ).execute()


def thumbnails(contact_ids: Sequence[int]) -> dict[int, bytes]:
    if not contact_ids:
        return {}
    marks = ",".join("?" * len(contact_ids))
    return {
        r[0]: bytes(r[1])
        for r in db.execute_sql(
            f"SELECT id, thumbnail FROM contact WHERE id IN ({marks}) AND thumbnail IS NOT NULL",
            tuple(contact_ids),
        )
    }


def summaries(contact_ids: Sequence[int]) -> list[t.ContactSummary]:
    """Rows for the list, in the order of ``contact_ids`` (missing ids are left out)."""
    if not contact_ids:
        return []
    marks = ",".join("?" * len(contact_ids))
    found = {}
    for row in db.execute_sql(
        "SELECT id, display_name, organization, title, last_interaction, next_due, archived, "
        f"keep_in_touch_days, thumbnail FROM contact WHERE id IN ({marks})",
        tuple(contact_ids),
    ):
        found[row[0]] = t.ContactSummary(
            id=row[0],
            display_name=row[1],
            organization=row[2],
            title=row[3],
            last_interaction=_datetime(row[4]),
            next_due=_datetime(row[5]),
            archived=bool(row[6]),
            keep_in_touch_days=row[7],
            thumbnail=bytes(row[8]) if row[8] is not None else None,
        )
    return [found[i] for i in contact_ids if i in found]


def _datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    text = str(value)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromisoformat(text[:10])


def find_by_uid(uid: str) -> int | None:
    row = db.execute_sql("SELECT id FROM contact WHERE uid = ? AND uid != '' LIMIT 1", (uid,))
    found = row.fetchone()
    return int(found[0]) if found else None


def find_by_email(email: str) -> int | None:
    found = db.execute_sql(
        "SELECT contact_id FROM email WHERE value_folded = ? LIMIT 1", (email.strip().casefold(),)
    ).fetchone()
    return int(found[0]) if found else None


def find_by_phone(e164: str) -> int | None:
    if not e164:
        return None
    found = db.execute_sql("SELECT contact_id FROM phone WHERE e164 = ? LIMIT 1", (e164,))
    row = found.fetchone()
    return int(row[0]) if row else None


def find_by_name_org(display_name: str, organization: str) -> int | None:
    found = db.execute_sql(
        "SELECT id FROM contact WHERE sort_key = ? AND organization = ? COLLATE NOCASE LIMIT 1",
        (fold(display_name), organization),
    ).fetchone()
    return int(found[0]) if found else None
