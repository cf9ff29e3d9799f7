"""Numbered schema migrations applied in order at open; the version is PRAGMA user_version."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the first page reads SCHEMA_VERSION before peewee is imported
    from peewee import SqliteDatabase

log = logging.getLogger("netdesk.store")


def __getattr__(name: str) -> object:
    """``SqliteDatabase`` as before, imported on first use (PEP 562) so that reading
    ``SCHEMA_VERSION`` (the first page, before the first paint) does not import peewee."""
    if name == "SqliteDatabase":
        from peewee import SqliteDatabase

        return SqliteDatabase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Each migration is frozen SQL: never edit one that has shipped, add the next instead.
_V1 = """
CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "given_name" TEXT NOT NULL DEFAULT '',
 "family_name" TEXT NOT NULL DEFAULT '', "additional_names" TEXT NOT NULL DEFAULT '',
 "prefix" TEXT NOT NULL DEFAULT '', "suffix" TEXT NOT NULL DEFAULT '',
 "nickname" TEXT NOT NULL DEFAULT '', "formatted_name" TEXT NOT NULL DEFAULT '',
 "display_name" TEXT NOT NULL DEFAULT '', "sort_key" TEXT NOT NULL DEFAULT '',
 "organization" TEXT NOT NULL DEFAULT '', "department" TEXT NOT NULL DEFAULT '',
 "title" TEXT NOT NULL DEFAULT '', "birthday" VARCHAR(255), "anniversary" VARCHAR(255),
 "photo" BLOB, "thumbnail" BLOB, "photo_url" TEXT NOT NULL DEFAULT '',
 "notes" TEXT NOT NULL DEFAULT '', "what_they_do" TEXT NOT NULL DEFAULT '',
 "looking_for" TEXT NOT NULL DEFAULT '', "can_offer" TEXT NOT NULL DEFAULT '',
 "met_on" VARCHAR(255), "met_at" TEXT NOT NULL DEFAULT '', "met_through_id" INTEGER,
 "source" VARCHAR(255) NOT NULL DEFAULT 'manual', "source_file" TEXT NOT NULL DEFAULT '',
 "source_date" DATETIME, "keep_in_touch_days" INTEGER, "archived" INTEGER NOT NULL DEFAULT 0,
 "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
 "uid" VARCHAR(255) NOT NULL DEFAULT '', "raw_properties" TEXT NOT NULL DEFAULT '',
 "last_interaction" DATETIME, "next_due" DATETIME,
 FOREIGN KEY ("met_through_id") REFERENCES "contact" ("id") ON DELETE SET NULL);
CREATE INDEX "contact_sort_key" ON "contact" ("sort_key");
CREATE INDEX "contact_met_through_id" ON "contact" ("met_through_id");
CREATE INDEX "contact_source_date" ON "contact" ("source_date");
CREATE INDEX "contact_uid" ON "contact" ("uid");
CREATE INDEX "contact_last_interaction" ON "contact" ("last_interaction");
CREATE INDEX "contact_next_due" ON "contact" ("next_due");
CREATE TABLE "email" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL,
 "position" INTEGER NOT NULL DEFAULT 0, "label" TEXT NOT NULL DEFAULT '', "value" TEXT NOT NULL,
 "value_folded" TEXT NOT NULL, "preferred" INTEGER NOT NULL DEFAULT 0,
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "email_contact_id" ON "email" ("contact_id");
CREATE INDEX "email_value_folded" ON "email" ("value_folded");
CREATE TABLE "phone" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL,
 "position" INTEGER NOT NULL DEFAULT 0, "label" TEXT NOT NULL DEFAULT '', "raw" TEXT NOT NULL,
 "e164" TEXT NOT NULL DEFAULT '', "preferred" INTEGER NOT NULL DEFAULT 0,
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "phone_contact_id" ON "phone" ("contact_id");
CREATE INDEX "phone_e164" ON "phone" ("e164");
CREATE TABLE "address" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL,
 "position" INTEGER NOT NULL DEFAULT 0, "label" TEXT NOT NULL DEFAULT '',
 "preferred" INTEGER NOT NULL DEFAULT 0, "po_box" TEXT NOT NULL DEFAULT '',
 "extended" TEXT NOT NULL DEFAULT '', "street" TEXT NOT NULL DEFAULT '',
 "locality" TEXT NOT NULL DEFAULT '', "region" TEXT NOT NULL DEFAULT '',
 "postal_code" TEXT NOT NULL DEFAULT '', "country" TEXT NOT NULL DEFAULT '',
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "address_contact_id" ON "address" ("contact_id");
CREATE TABLE "url" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL,
 "position" INTEGER NOT NULL DEFAULT 0, "label" TEXT NOT NULL DEFAULT '', "value" TEXT NOT NULL,
 "preferred" INTEGER NOT NULL DEFAULT 0,
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "url_contact_id" ON "url" ("contact_id");
CREATE TABLE "related" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL,
 "position" INTEGER NOT NULL DEFAULT 0, "label" TEXT NOT NULL DEFAULT '',
 "name" TEXT NOT NULL DEFAULT '', "related_contact_id" INTEGER,
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
 FOREIGN KEY ("related_contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL);
CREATE INDEX "related_contact_id" ON "related" ("contact_id");
CREATE INDEX "related_related_contact_id" ON "related" ("related_contact_id");
CREATE TABLE "custom_field" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL,
 "position" INTEGER NOT NULL DEFAULT 0, "label" TEXT NOT NULL, "value" TEXT NOT NULL DEFAULT '',
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "custom_field_contact_id" ON "custom_field" ("contact_id");
CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY,
 "name" VARCHAR(255) NOT NULL COLLATE NOCASE, "default_cadence_days" INTEGER);
CREATE UNIQUE INDEX "tag_name" ON "tag" ("name");
CREATE TABLE "contact_tag" ("contact_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL,
 PRIMARY KEY ("contact_id", "tag_id"),
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
 FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_tag_tag_id" ON "contact_tag" ("tag_id");
CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "occurred_at" DATETIME NOT NULL,
 "kind" VARCHAR(255) NOT NULL DEFAULT 'note', "summary" TEXT NOT NULL DEFAULT '',
 "body" TEXT NOT NULL DEFAULT '', "created_at" DATETIME NOT NULL);
CREATE INDEX "interaction_occurred_at" ON "interaction" ("occurred_at");
CREATE INDEX "interaction_kind" ON "interaction" ("kind");
CREATE TABLE "interaction_contact" ("interaction_id" INTEGER NOT NULL,
 "contact_id" INTEGER NOT NULL, PRIMARY KEY ("interaction_id", "contact_id"),
 FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE,
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "interaction_contact_contact_id" ON "interaction_contact" ("contact_id");
CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL,
 "due" DATETIME NOT NULL, "has_time" INTEGER NOT NULL DEFAULT 1, "note" TEXT NOT NULL DEFAULT '',
 "from_cadence" INTEGER NOT NULL DEFAULT 0, "done_at" DATETIME, "snoozed_until" DATETIME,
 "effective_due" DATETIME NOT NULL, "created_at" DATETIME NOT NULL,
 FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id");
CREATE INDEX "follow_up_open_due" ON "follow_up" ("effective_due") WHERE "done_at" IS NULL;
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE VIRTUAL TABLE "contact_fts" USING fts5(names, details,
 tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4');
"""

# v2: upcoming-birthday lookups by month-day, and a record of reminders already shown.
_V2 = """
ALTER TABLE "contact" ADD COLUMN "birthday_md" VARCHAR(255);
UPDATE "contact" SET "birthday_md" = substr("birthday", -5)
 WHERE "birthday" IS NOT NULL AND length("birthday") >= 7 AND substr("birthday", -3, 1) = '-';
CREATE INDEX "contact_birthday_md" ON "contact" ("birthday_md");
CREATE TABLE "notified" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL,
 "shown_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "notified_key" ON "notified" ("key");
"""

# v3: list, count and Today queries answered from covering indexes at 100,000 contacts, and a
# per-contact interaction count so "worth reviving" needs no count over the whole journal.
# The partial sort of a 100k list reads these instead of every contact row (~300 -> ~60 ms).
_V3 = """
DROP INDEX "interaction_contact_contact_id";
CREATE INDEX "interaction_contact_contact_id" ON "interaction_contact" ("contact_id",
 "interaction_id");
ALTER TABLE "contact" ADD COLUMN "interaction_count" INTEGER NOT NULL DEFAULT 0;
UPDATE "contact" SET "interaction_count" = (SELECT count(*) FROM "interaction_contact" ic
 WHERE ic."contact_id" = "contact"."id") WHERE "id" IN (SELECT "contact_id" FROM
 "interaction_contact");
DROP INDEX "contact_sort_key";
CREATE INDEX "contact_name_order" ON "contact" ("sort_key", "id", "archived", "last_interaction");
CREATE INDEX "contact_last_order" ON "contact" ("last_interaction" IS NULL,
 "last_interaction" DESC, "id", "archived");
CREATE INDEX "contact_next_order" ON "contact" ("next_due" IS NULL, "next_due", "id", "archived",
 "last_interaction");
DROP INDEX "contact_next_due";
CREATE INDEX "contact_next_due" ON "contact" ("next_due", "id", "archived");
CREATE INDEX "contact_id_archived" ON "contact" ("id", "archived");
CREATE INDEX "contact_talks" ON "contact" ("interaction_count" DESC, "archived",
 "last_interaction");
CREATE INDEX "contact_archived" ON "contact" ("archived", "sort_key") WHERE "archived" = 1;
DROP INDEX "follow_up_open_due";
CREATE INDEX "follow_up_open_due" ON "follow_up" ("effective_due", "id", "contact_id")
 WHERE "done_at" IS NULL;
"""

# v4: the "Where did we meet?" list (origin unknown, often 40% of contacts) read from its own
# partial index, in name order, instead of every row found through met_through_id (~100 ms).
# The three always-empty origin columns are in it only so SQLite 3.40 sees it as covering.
_V4 = """
CREATE INDEX "contact_origin_unknown" ON "contact" ("sort_key", "id", "archived",
 "last_interaction", "next_due", "met_on", "met_at", "met_through_id") WHERE "met_on" IS NULL
 AND "met_at" = '' AND "met_through_id" IS NULL;
"""

# v5: reminders read only what they have not announced yet. notified_due is the effective due
# time at which an open follow-up was last announced; an edit or snooze changes effective_due
# and so brings the item back into follow_up_unannounced, a partial index that holds only the
# items still to announce (the 5,000-item backlog of an old database leaves it once shown).
# Items already announced under schema 2-4 (a "followup:<id>:<ISO due>" key) count as shown.
# Anniversaries of a day are looked up by month-day instead of a LIKE over every contact.
_V5 = """
ALTER TABLE "follow_up" ADD COLUMN "notified_due" DATETIME;
UPDATE "follow_up" SET "notified_due" = "effective_due" WHERE "done_at" IS NULL AND EXISTS
 (SELECT 1 FROM "notified" n WHERE n."key" = 'followup:' || "follow_up"."id" || ':' ||
 replace("follow_up"."effective_due", ' ', 'T'));
CREATE INDEX "follow_up_unannounced" ON "follow_up" ("effective_due", "id", "contact_id")
 WHERE "done_at" IS NULL AND "notified_due" IS NOT "effective_due";
CREATE INDEX "contact_anniversary_md" ON "contact" (substr("anniversary", -5), "archived")
 WHERE "anniversary" IS NOT NULL;
"""


# v6: a re-import tells unchanged cards without loading and merging them. import_fingerprint is
# the digest of the card a bulk import last wrote into the contact; any later change to what a
# merge compares (the contact's fields, its e-mails, phones, addresses, links, related people,
# custom fields, tags, a tag's name) clears it through these triggers, whatever the clock says,
# so a contact the user edited is compared field by field again.
_FINGERPRINTED = ("email", "phone", "address", "url", "related", "custom_field", "contact_tag")
_V6 = """
ALTER TABLE "contact" ADD COLUMN "import_fingerprint" TEXT;
CREATE TRIGGER "contact_edit_clears_fingerprint" AFTER UPDATE OF "given_name", "family_name",
 "additional_names", "prefix", "suffix", "nickname", "formatted_name", "organization",
 "department", "title", "birthday", "anniversary", "photo", "photo_url", "notes",
 "what_they_do", "looking_for", "can_offer", "met_on", "met_at", "keep_in_touch_days",
 "archived", "uid", "raw_properties", "source", "source_file", "source_date" ON "contact"
 WHEN OLD."import_fingerprint" IS NOT NULL BEGIN
 UPDATE "contact" SET "import_fingerprint" = NULL WHERE "id" = NEW."id"; END;
CREATE TRIGGER "tag_rename_clears_fingerprint" AFTER UPDATE OF "name" ON "tag" BEGIN
 UPDATE "contact" SET "import_fingerprint" = NULL WHERE "import_fingerprint" IS NOT NULL AND
 "id" IN (SELECT "contact_id" FROM "contact_tag" WHERE "tag_id" = NEW."id"); END;
""" + "".join(
    f"""CREATE TRIGGER "{table}_{event.lower()}_clears_fingerprint" AFTER {event} ON "{table}"
 BEGIN UPDATE "contact" SET "import_fingerprint" = NULL WHERE "id" = {row}."contact_id" AND
 "import_fingerprint" IS NOT NULL; END;
"""
    for table in _FINGERPRINTED
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW"))
)


# v7: schema 6's triggers on e-mails, phones, addresses, links, related people and custom fields
# cost 3-5 us per row written (a fifth of a second for a 10,000-card import) and never decide
# anything: those rows of a stored contact are only ever rewritten together with its contact
# row (store.contacts.update), whose trigger clears the fingerprint. Tags are written on their
# own (add_tag, remove_tag, a tag renamed or deleted), so their triggers stay.
_V7 = "".join(
    f'DROP TRIGGER "{table}_{event}_clears_fingerprint";\n'
    for table in ("email", "phone", "address", "url", "related", "custom_field")
    for event in ("insert", "delete", "update")
)


# v8: a re-import finds the contacts written from its unchanged cards by their fingerprints
# before reading the cards at all (a partial index: most contacts have none).
_V8 = """
CREATE INDEX "contact_import_fingerprint" ON "contact" ("import_fingerprint")
 WHERE "import_fingerprint" IS NOT NULL;
"""


# v9: the Find duplicates answers "Not the same person", kept for good. One row per pair, the
# smaller id first; an answer goes with either contact (ON DELETE CASCADE), and high_id has its
# own index so deleting contacts does not scan the table once per contact.
_V9 = """
CREATE TABLE "not_duplicate" ("low_id" INTEGER NOT NULL, "high_id" INTEGER NOT NULL,
 PRIMARY KEY ("low_id", "high_id"), CHECK ("low_id" < "high_id"),
 FOREIGN KEY ("low_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
 FOREIGN KEY ("high_id") REFERENCES "contact" ("id") ON DELETE CASCADE) WITHOUT ROWID;
CREATE INDEX "not_duplicate_high_id" ON "not_duplicate" ("high_id");
"""


# v10: a snooze holds back the item at the due it was made for (snoozed_for) and lapses while
# the due is another: a keep-in-touch item's due moves with the journal and the cadence, and
# the undo of such a move (or of a merge, a tag's cadence) finds the snooze in force again
# instead of lost. Snoozes already stored hold their item's current due.
_V10 = """
ALTER TABLE "follow_up" ADD COLUMN "snoozed_for" DATETIME;
UPDATE "follow_up" SET "snoozed_for" = "due" WHERE "snoozed_until" IS NOT NULL;
"""


# v11: the ids a delete's undo will put back, reserved in the file (store.fresh_ids) so that
# no process (the app, netdesk-cli, an import) hands them to new rows meanwhile.
_V11 = """
CREATE TABLE "held_id" ("table_name" TEXT NOT NULL PRIMARY KEY, "highest" INTEGER NOT NULL)
 WITHOUT ROWID;
"""


# v12: when a keep-in-touch item was held (snoozed_at), so that a talk logged after it ends the
# hold even when it leaves the due where it was (a second talk the same day): the item is due
# at the cadence's date again, and taking the talk back (an undo) brings the hold back. A hold
# already stored counts as made after the contact's last talk: the next one ends it.
_V12 = """
ALTER TABLE "follow_up" ADD COLUMN "snoozed_at" DATETIME;
UPDATE "follow_up" SET "snoozed_at" = (SELECT c."last_interaction" FROM "contact" c
 WHERE c."id" = "follow_up"."contact_id") WHERE "snoozed_until" IS NOT NULL AND "from_cadence" = 1;
"""


# v13: every contact has a UID (RFC 4122 version 4, as urn:uuid:), new ones as they are
# written. An export carries it, so importing the export again finds each contact by its own
# UID: without one, two people sharing an e-mail address (a family's) came back as one.
# The import fingerprints stay: a UID given here changes nothing a card of the file would
# (the trigger that clears them on a change of uid would have made the next re-import compare
# every contact again).
_V13 = """
CREATE TEMP TABLE "kept_fingerprint" AS SELECT "id", "import_fingerprint" FROM "contact"
 WHERE "import_fingerprint" IS NOT NULL AND "uid" = '';
UPDATE "contact" SET "uid" = 'urn:uuid:' || lower(hex(randomblob(4))) || '-'
 || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
 || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
 || lower(hex(randomblob(6))) WHERE "uid" = '';
UPDATE "contact" SET "import_fingerprint" = (SELECT k."import_fingerprint" FROM
 "kept_fingerprint" k WHERE k."id" = "contact"."id") WHERE "id" IN (SELECT "id" FROM
 "kept_fingerprint");
DROP TABLE "kept_fingerprint";
"""


# v14: a name written family name first keeps that order: the FN of N:山田;太郎 is 山田太郎 and of
# N:Nagy;Péter "Nagy Péter", not "太郎 山田" and "Péter Nagy" (core.names.person_name). The
# stored display names and sort keys are those of the new rule, so that a re-import finds these
# contacts by name again instead of adding them twice, and their search rows hold the new name.
# Only a CJK name or an FN other than the name shown can change: those rows alone are read
# whole (reading every name as text took 1.5 s of Python decoding at 100,000 contacts).
_V14_BATCH = 500
# a UTF-8 lead byte of a 3- or 4-byte character: every CJK character has one, no Latin,
# Greek or Cyrillic letter with an accent (2 bytes) does
_BEYOND_TWO_BYTES = re.compile(rb"[\xe1-\xf4]")


def _v14_names_as_written(database: SqliteDatabase) -> None:
    # core.names imports nothing of netdesk but core.types (plain dataclasses): no store, no
    # Qt, so store depends on core's name rule without a cycle
    from netdesk.core.names import person_name
    from netdesk.store import search
    from netdesk.store.text import fold

    candidates = [
        row[0]
        for row in database.execute_sql(
            'SELECT "id" FROM "contact" WHERE "formatted_name" <> \'\''
            ' AND "formatted_name" <> "display_name"'
        )
    ]
    candidates += [
        contact_id
        for contact_id, name in database.execute_sql(
            'SELECT "id", CAST("given_name" || "additional_names" || "family_name" AS BLOB)'
            ' FROM "contact"'
        )
        if _BEYOND_TWO_BYTES.search(name)
    ]
    ids = list(dict.fromkeys(candidates))
    changed = []
    for start in range(0, len(ids), _V14_BATCH):
        chunk = ids[start : start + _V14_BATCH]
        for contact_id, display_name, *parts in database.execute_sql(
            'SELECT "id", "display_name", "prefix", "given_name", "additional_names",'
            ' "family_name", "suffix", "formatted_name" FROM "contact" WHERE "id" IN'
            f" ({','.join('?' * len(chunk))})",
            chunk,
        ):
            name = " ".join(person_name(*parts).split())
            if name and name != display_name:
                changed.append((name, fold(name), contact_id))
    if not changed:
        return
    database.connection().executemany(
        'UPDATE "contact" SET "display_name" = ?, "sort_key" = ? WHERE "id" = ?', changed
    )
    search.reindex_names(contact_id for _, _, contact_id in changed)


# v15: a name is searched by its words joined by an apostrophe or hyphen written together
# ("obrien" finds O'Brien, "jeanluc" Jean-Luc) and from inside a CJK name ("花子" finds
# 佐藤花子): store.text.extra_name_words. Only the names column of the search rows of such
# names is written again (a byte "'" or "-", or a 3-byte character, picks the rows to look at).
_JOINED_OR_CJK = re.compile(rb"['\-\xe1-\xf4]")


def _v15_names_searched_whole(database: SqliteDatabase) -> None:
    from netdesk.store import search
    from netdesk.store.text import extra_name_words, fold

    every_name = """SELECT "id", CAST("given_name" || ' ' || "family_name" || ' ' ||
 "additional_names" || ' ' || "nickname" || ' ' || "display_name" || ' ' || "formatted_name"
 AS BLOB) FROM "contact"
"""
    ids = [
        contact_id
        for contact_id, names in database.execute_sql(every_name)
        if _JOINED_OR_CJK.search(names) and extra_name_words(fold(names.decode("utf-8", "replace")))
    ]
    search.reindex_names(ids)


# v16: sorted by last interaction or by next follow-up, contacts of the same date (or of none:
# never contacted, nothing due) come in name order, as in the name order, not in the order
# they were added. The sort key joins the order indexes so that these orders stay a walk of
# an index (no sort of 100,000 rows): store.listing.ORDER.
_V16 = """
DROP INDEX "contact_last_order";
CREATE INDEX "contact_last_order" ON "contact" ("last_interaction" IS NULL,
 "last_interaction" DESC, "sort_key", "id", "archived");
DROP INDEX "contact_next_order";
CREATE INDEX "contact_next_order" ON "contact" ("next_due" IS NULL, "next_due", "sort_key", "id",
 "archived", "last_interaction");
DROP INDEX "contact_next_due";
CREATE INDEX "contact_next_due" ON "contact" ("next_due", "sort_key", "id", "archived");
"""


# Today's birthdays of the coming days read from the index alone: through the old one each
# of ~1,000 birthdays among 100,000 contacts was a look at its contact's row, a page of the
# file apiece (~100-140 ms the first time Today opened, 3-6 ms so). Contacts without a
# birthday are no longer in it.
_V17 = """
DROP INDEX "contact_birthday_md";
CREATE INDEX "contact_birthday_md" ON "contact" ("birthday_md", "archived", "display_name",
 "birthday") WHERE "birthday_md" IS NOT NULL;
"""


# v18: a tag added to a contact no longer clears its import fingerprint. A merge only adds the
# card's tags the contact lacks, so one more tag never changes what merging the same card
# again would do (a tag taken off, renamed or moved still clears it: the card would bring it
# back). The trigger cost an UPDATE for each tag link written, and made a bulk import write
# every tagged contact twice: first without its fingerprint, then with it (~10% of the SQL
# of importing 10,000 cards, instructions counted).
_V18 = """
DROP TRIGGER IF EXISTS "contact_tag_insert_clears_fingerprint";
"""


def _script(sql: str) -> Callable[[SqliteDatabase], None]:
    def apply(database: SqliteDatabase) -> None:
        for statement in sql.split(";\n"):
            if statement.strip():
                database.execute_sql(statement)

    return apply


MIGRATIONS: tuple[Callable[[SqliteDatabase], None], ...] = (
    _script(_V1),
    _script(_V2),
    _script(_V3),
    _script(_V4),
    _script(_V5),
    _script(_V6),
    _script(_V7),
    _script(_V8),
    _script(_V9),
    _script(_V10),
    _script(_V11),
    _script(_V12),
    _script(_V13),
    _v14_names_as_written,
    _v15_names_searched_whole,
    _script(_V16),
    _script(_V17),
    _script(_V18),
)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer netdesk; it is left untouched."""

    @classmethod
    def of(cls, path: object, found: int) -> NewerDatabaseError:
        return cls(
            f"{path} was written by a newer netdesk (schema {found}, this version knows "
            f"{SCHEMA_VERSION}). Please update netdesk; the file was not changed."
        )


def schema_version(database: SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(database: SqliteDatabase, path: str, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to ``target``, all in one transaction.

    The transaction takes the write lock first (BEGIN IMMEDIATE), waiting the busy timeout
    for it, and reads the version again under it: begun as a plain BEGIN, the first statement
    read, then failed at once as "locked" while another process wrote (netdesk-cli, or a
    second netdesk migrating the same file at the same start), and a migration that waited
    would have applied again what the other had just applied.

    Returns:
        The version found before migrating.

    Raises:
        NewerDatabaseError: the file's version is newer than this netdesk knows.
    """
    found = schema_version(database)
    if found > SCHEMA_VERSION:
        raise NewerDatabaseError.of(path, found)
    if found >= target:
        return found
    with database.atomic(lock_type="IMMEDIATE"):
        found = schema_version(database)
        if found > SCHEMA_VERSION:  # (a newer netdesk wrote it meanwhile)
            raise NewerDatabaseError.of(path, found)
        for version in range(found, target):
            log.info("migrating %s to schema %d", path, version + 1)
            MIGRATIONS[version](database)
        if found < target:
            database.execute_sql(f"PRAGMA user_version = {int(target)}")
    return found
