"""Peewee models: the one place that says how netdesk's data is laid out in SQLite."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)


class _Database(SqliteDatabase):
    """Once ``existing_only`` (set by open_database when the file is made and migrated), a new
    connection (a worker thread's) opens the file only if it is still there: SQLite would make
    a new, empty database where the data folder was moved or deleted while netdesk ran, and
    an import, a tag or a backup would go there. A connection that cannot be opened raises
    StoreError naming the file."""

    existing_only = False
    # While a restore puts a backup in place of the file, the thread that let go of its
    # connection for it (the GUI thread) must not open another: a timer's read did, and the
    # restore, finding the file open, refused it as "in use by another program". Such a
    # connection is refused at once (DatabaseAwayError) until the restored database is open
    # (hold_connections()): waiting for it froze the window for the whole restore.
    held_by: int | None = None
    # connections opened so far, by any thread: a count kept for the data of one connection
    # (core.followups' count_due) is no count for the next one (after a restore, data_version
    # and total_changes of a new connection start again from where another one's may be)
    connections_made = 0
    # the query of the URI an existing file is opened with (database.open_to_read: "mode=ro&
    # immutable=1" for a file whose folder cannot take the -wal and -shm)
    open_options = "mode=rw"

    def connect(self, reuse_if_open: bool = False) -> bool:
        # before peewee's lock: the restoring thread closes its own connection under it
        if self.held_by == threading.get_ident() and self.is_closed():
            from netdesk.store.database import DatabaseAwayError

            raise DatabaseAwayError(
                f"{self.database} is being replaced by a backup; try again once the restore "
                "is done."
            )
        return bool(super().connect(reuse_if_open))

    def _add_conn_hooks(self, connection: sqlite3.Connection) -> None:
        from netdesk.store import listing, text

        self.connections_made += 1
        super()._add_conn_hooks(connection)  # type: ignore[misc]
        connection.text_factory = listing.stored_text
        # the journal's text filter ignores accents and case beyond ASCII (store.journal)
        connection.create_function("netdesk_folded_in", 3, text.folded_contains, deterministic=True)

    def _connect(self) -> sqlite3.Connection:
        if not self.existing_only:
            connection: sqlite3.Connection = super()._connect()  # type: ignore[misc]
            return connection
        from netdesk.store.database import StoreError, explain

        path = Path(self.database)
        try:
            connection = sqlite3.connect(
                f"{path.absolute().as_uri()}?{self.open_options}",
                uri=True,
                timeout=self._timeout,  # type: ignore[attr-defined]
                isolation_level=None,
                **self.connect_params,
            )
        except sqlite3.Error as error:
            raise StoreError(explain(path, error)) from error
        try:
            self._add_conn_hooks(connection)
        except Exception:
            connection.close()
            raise
        return connection


# Initialised at start-up by netdesk.store.database.open_database (peewee's deferred pattern).
db = _Database(None)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Contact(BaseModel):
    id = AutoField()
    given_name = TextField(default="")
    family_name = TextField(default="")
    additional_names = TextField(default="")
    prefix = TextField(default="")
    suffix = TextField(default="")
    nickname = TextField(default="")
    formatted_name = TextField(default="")
    display_name = TextField(default="")
    sort_key = TextField(default="", index=True)  # accent- and case-folded, for locale-aware order
    organization = TextField(default="")
    department = TextField(default="")
    title = TextField(default="")
    birthday = CharField(null=True)  # PartialDate ISO text ("1985-04-15", "--04-15")
    birthday_md = CharField(null=True, index=True)  # "MM-DD" for upcoming-birthday queries
    anniversary = CharField(null=True)
    photo = BlobField(null=True)
    thumbnail = BlobField(null=True)
    photo_url = TextField(default="")
    notes = TextField(default="")
    what_they_do = TextField(default="")
    looking_for = TextField(default="")
    can_offer = TextField(default="")
    met_on = CharField(null=True)
    met_at = TextField(default="")
    met_through = ForeignKeyField("self", null=True, on_delete="SET NULL", backref="introduced")
    source = CharField(default="manual")
    source_file = TextField(default="")
    source_date = DateTimeField(null=True, index=True)
    keep_in_touch_days = IntegerField(null=True)
    archived = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    uid = CharField(default="", index=True)
    raw_properties = TextField(default="")  # unfolded vCard lines, one per line
    last_interaction = DateTimeField(null=True, index=True)
    interaction_count = IntegerField(default=0)  # journal entries involving them (schema 3)
    # earliest open follow-up, kept current on every write
    next_due = DateTimeField(null=True, index=True)
    # digest of the card a bulk import last wrote here; cleared by triggers on any edit (schema 6)
    import_fingerprint = TextField(null=True)

    if TYPE_CHECKING:
        met_through_id: int | None


class Email(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="emails")
    position = IntegerField(default=0)
    label = TextField(default="")
    value = TextField()
    value_folded = TextField(index=True)  # lower-cased, for duplicate matching
    preferred = BooleanField(default=False)


class Phone(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="phones")
    position = IntegerField(default=0)
    label = TextField(default="")
    number = TextField(column_name="raw")  # as typed or imported; "raw" would shadow Model.raw
    e164 = TextField(default="", index=True)
    preferred = BooleanField(default=False)


class Address(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="addresses")
    position = IntegerField(default=0)
    label = TextField(default="")
    preferred = BooleanField(default=False)
    po_box = TextField(default="")
    extended = TextField(default="")
    street = TextField(default="")
    locality = TextField(default="")
    region = TextField(default="")
    postal_code = TextField(default="")
    country = TextField(default="")


class Url(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="urls")
    position = IntegerField(default=0)
    label = TextField(default="")
    value = TextField()
    preferred = BooleanField(default=False)


class Related(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="related")
    position = IntegerField(default=0)
    label = TextField(default="")
    name = TextField(default="")
    related_contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")

    if TYPE_CHECKING:
        related_contact_id: int | None


class CustomField(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="custom_fields")
    position = IntegerField(default=0)
    label = TextField()
    value = TextField(default="")


class Tag(BaseModel):
    id = AutoField()
    name = CharField(unique=True, collation="NOCASE")
    default_cadence_days = IntegerField(null=True)


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", index=True)

    class Meta:
        primary_key = CompositeKey("contact", "tag")


class Interaction(BaseModel):
    id = AutoField()
    occurred_at = DateTimeField(index=True)
    kind = CharField(default="note", index=True)
    summary = TextField(default="")
    body = TextField(default="")
    created_at = DateTimeField()


class InteractionContact(BaseModel):
    interaction = ForeignKeyField(Interaction, on_delete="CASCADE")
    contact = ForeignKeyField(Contact, on_delete="CASCADE", index=True)

    class Meta:
        primary_key = CompositeKey("interaction", "contact")


class FollowUp(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="follow_ups")
    due = DateTimeField()
    has_time = BooleanField(default=True)
    note = TextField(default="")
    from_cadence = BooleanField(default=False)
    done_at = DateTimeField(null=True)
    snoozed_until = DateTimeField(null=True)
    snoozed_for = DateTimeField(null=True)  # the due the snooze holds back; moot once it moves
    snoozed_at = DateTimeField(null=True)  # when a keep-in-touch item was held (schema 12)
    effective_due = DateTimeField(index=True)  # the snooze in force, or due
    notified_due = DateTimeField(null=True)  # the due whose reminder was shown (schema 5)
    created_at = DateTimeField()


class Notified(BaseModel):
    """Which reminders were already shown, so none is shown twice."""

    key = CharField(unique=True)
    shown_at = DateTimeField()


class NotDuplicate(BaseModel):
    """Two contacts the user said are not the same person (schema 9); ``low`` < ``high``."""

    low = ForeignKeyField(Contact, on_delete="CASCADE", backref="+")
    high = ForeignKeyField(Contact, on_delete="CASCADE", backref="+", index=True)

    class Meta:
        primary_key = CompositeKey("low", "high")
        without_rowid = True

    if TYPE_CHECKING:
        low_id: int
        high_id: int


class Setting(BaseModel):
    """Settings that belong with the data (CSV column mappings, last backup)."""

    key = CharField(primary_key=True)
    value = TextField(default="")


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Contact,
    Email,
    Phone,
    Address,
    Url,
    Related,
    CustomField,
    Tag,
    ContactTag,
    Interaction,
    InteractionContact,
    FollowUp,
    Notified,
    NotDuplicate,
    Setting,
)
