"""Build a realistic synthetic netdesk database (100,000 contacts, 1,000,000 interactions) fast.

Usage: python -m bench.generate [OUT.sqlite3] [--contacts N] [--interactions N] [--seed S]
Without OUT the file goes to bench/out/ and is reused while the parameters match.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import os
import random
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from bench import names as words
from netdesk.core.followups import CADENCE_NOTE
from netdesk.core.names import display_name
from netdesk.core.types import Contact, EmailAddress, PhoneNumber
from netdesk.store import search
from netdesk.store.database import open_database
from netdesk.store.models import db
from netdesk.store.text import fold

GENERATOR_VERSION = 3  # bump when the data shape changes, so cached files are rebuilt
OUT = Path(__file__).resolve().parent / "out"
DAY = 86_400
HISTORY_DAYS = 6 * 365  # interactions reach back six years
OWN_CADENCES = (7, 14, 30, 30, 60, 60, 90, 90, 180, 365)

_FIELD = re.compile(r"\{(cc|n|[a-z]\d)\}")


def _stamp(moment: dt.datetime) -> str:
    """The text sqlite3 stores for a datetime (what peewee and the store compare against)."""
    return moment.isoformat(" ")


class _Clock:
    """Seconds before ``now`` to stored text, whole minutes like a person would log."""

    def ago(self, seconds: float) -> dt.datetime:
        return self.now - dt.timedelta(minutes=int(seconds // 60))

    def stamp(self, seconds: float) -> str:
        """``_stamp(self.ago(seconds))`` from two small tables: a million of these add up."""
        minute = self._now_minute - int(seconds // 60)
        day, of_day = divmod(minute, 1440)
        return self._days[day - self._first_day] + self._times[of_day]

    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        midnight = dt.datetime.combine(now.date(), dt.time())
        self._now_minute = (now - dt.datetime(2000, 1, 1)) // dt.timedelta(minutes=1)
        days_back = HISTORY_DAYS + 800
        self._first_day = (midnight - dt.datetime(2000, 1, 1)).days - days_back
        self._days = [
            (midnight - dt.timedelta(days=days_back - n)).strftime("%Y-%m-%d ")
            for n in range(days_back + 1)
        ]
        self._times = [f"{m // 60:02d}:{m % 60:02d}:00" for m in range(1440)]


def _phone(rng: random.Random, group: str) -> tuple[str, str]:
    """(raw as a person would type it, E.164) for a plausible number of the group's country."""
    style = "us" if group == "en" and rng.random() < 0.35 else group
    code, length, formats = words.PHONE_STYLES[style]
    national = str(rng.choice("6789")) + "".join(rng.choices("0123456789", k=length - 1))
    template = rng.choice(formats)
    position = 0

    def field(match: re.Match[str]) -> str:
        nonlocal position
        name = match.group(1)
        if name == "cc":
            return code
        if name == "n":
            return national
        width = int(name[1:])
        piece = national[position : position + width]
        position += width
        return piece

    return _FIELD.sub(field, template), f"+{code}{national}"


_FOLDED: dict[str, str] = {}


def _fold(text: str) -> str:
    """fold() word by word through a cache: names come from small pools, folding is per word."""
    words_folded = []
    for word in text.split(" "):
        folded = _FOLDED.get(word)
        if folded is None:
            folded = _FOLDED[word] = fold(word)
        words_folded.append(folded)
    return " ".join(words_folded)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(text))


class _Builder:
    """Holds the generated rows; every derived column is computed from them before writing."""

    def __init__(self, seed: int, now: dt.datetime, cadence_share: float) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.clock = _Clock(now)
        self.cadence_share = cadence_share
        groups = list(words.PEOPLE)
        self.groups = groups
        self.group_weights = list(itertools.accumulate(words.PEOPLE[g][0] for g in groups))
        self.contacts: list[tuple[object, ...]] = []
        self.emails: list[tuple[object, ...]] = []
        self.phones: list[tuple[object, ...]] = []
        self.contact_tags: list[tuple[int, int]] = []
        self.first_names: list[str] = []
        self.orgs: list[str] = []
        self.created: list[dt.datetime] = [dt.datetime.min]  # index = contact id
        self.cadence: list[int | None] = [None]
        self.archived: list[bool] = [False]
        self.weight: list[float] = []

    # -- contacts ----------------------------------------------------------------------------

    def contact_rows(self, count: int) -> None:
        rng = self.rng
        cadence_tags = [(i + 1, d) for i, (_, d) in enumerate(words.TAGS) if d is not None]
        plain_tags = [i + 1 for i, (_, d) in enumerate(words.TAGS) if d is None]
        orgs = [
            f"{rng.choice(words.COMPANY_HEADS)} {rng.choice(words.COMPANY_TAILS)}"
            for _ in range(4000)
        ] + list(words.UNIVERSITIES)
        self.orgs = orgs
        imported_today = dt.datetime.combine(self.now.date(), dt.time(8, 30))
        for cid in range(1, count + 1):
            group = rng.choices(self.groups, cum_weights=self.group_weights)[0]
            _, given_pool, family_pool = words.PEOPLE[group]
            roll = rng.random()
            given = rng.choice(given_pool)
            family = rng.choice(family_pool)
            if group in ("es", "pt") and rng.random() < 0.45:
                family = f"{family} {rng.choice(family_pool)}"  # two surnames
            additional = rng.choice(given_pool) if rng.random() < 0.06 else ""
            prefix = rng.choice(words.PREFIXES) if rng.random() < 0.03 else ""
            suffix = rng.choice(words.SUFFIXES) if rng.random() < 0.015 else ""
            nickname = rng.choice(words.NICKNAMES) if rng.random() < 0.05 else ""
            organization = rng.choice(orgs) if rng.random() < 0.75 else ""
            if roll < 0.015 and organization:  # a company card, no person
                given = family = additional = prefix = suffix = nickname = ""
            email_list = []
            if rng.random() < 0.85:
                local = f"{_ascii(given)}.{_ascii(family)}".strip(".") or "info"
                domains = [rng.choice(words.EMAIL_DOMAINS)]
                if organization:
                    domains.insert(0, _ascii(organization.split()[0]) + ".com")
                for n, domain in enumerate(domains[: rng.choice((1, 1, 1, 2))]):
                    suffix_digits = str(rng.randint(1, 99)) if rng.random() < 0.2 else ""
                    email_list.append(f"{local}{suffix_digits}@{domain}")
                    self.emails.append(
                        (
                            cid,
                            n,
                            ("work", "home", "")[n % 3],
                            email_list[-1],
                            email_list[-1].casefold(),
                            int(n == 0),
                        )
                    )
            phone_count = rng.choices((0, 1, 2), (30, 58, 12))[0]
            first_phone = ""
            for n in range(phone_count):
                raw, e164 = _phone(rng, group)
                first_phone = first_phone or raw
                self.phones.append((cid, n, ("mobile", "work", "home")[n], raw, e164, int(n == 0)))
            card = Contact(
                given_name=given,
                family_name=family,
                additional_names=additional,
                prefix=prefix,
                suffix=suffix,
                nickname=nickname,
                organization=organization,
            )
            if not (given or family) and (email_list or first_phone) and rng.random() < 0.3:
                card.organization = organization = ""  # only an address or number left
            if email_list:
                card.emails = [EmailAddress(email_list[0])]
            if first_phone:
                card.phones = [PhoneNumber(first_phone)]
            name = display_name(card)
            birthday = birthday_md = None
            if rng.random() < 0.35:
                month, day = rng.randint(1, 12), rng.randint(1, 28 if rng.random() < 0.9 else 29)
                if month == 2 and day == 29 and rng.random() < 0.5:
                    day = 28
                birthday_md = f"{month:02d}-{day:02d}"
                birthday = (
                    f"--{birthday_md}"
                    if rng.random() < 0.25
                    else f"{rng.randint(1950, 2004)}-{birthday_md}"
                )
                if birthday_md == "02-29" and birthday[0] != "-":
                    year = int(birthday[:4])  # 29 February only in a leap year (1952..2004)
                    birthday = f"{year + (4 - year % 4) % 4}-{birthday_md}"
            met_on = None
            if rng.random() < 0.3:
                year = rng.randint(2005, self.now.year - 1)
                met_on = rng.choice(
                    (
                        str(year),
                        f"{year}-{rng.randint(1, 12):02d}",
                        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    )
                )
            met_at = ""
            if rng.random() < 0.35:
                met_at = rng.choice(
                    (
                        rng.choice(words.EVENTS),
                        rng.choice(words.CITIES),
                        f"{rng.choice(words.EVENTS)} in {rng.choice(words.CITIES)}",
                    )
                )
            met_through = rng.randint(1, cid - 1) if cid > 1 and rng.random() < 0.08 else None
            created = self.clock.ago(rng.uniform(0, (HISTORY_DAYS + 700) * DAY))
            source, source_file, source_date = "manual", "", None
            source_roll = rng.random()
            if source_roll < 0.6:
                source, source_file = rng.choice(
                    (
                        ("vcard", "contacts.vcf"),
                        ("csv", "google-contacts.csv"),
                        ("linkedin", "Connections.csv"),
                        ("vcard", "iCloud vCards.vcf"),
                    )
                )
                source_date = created
            if source_roll > 0.998:  # a batch imported this morning
                source, source_file, source_date = "vcard", "today.vcf", imported_today
                created = min(imported_today, self.now)
            # imported cards bring their own UID; netdesk gives one to the rest (schema 13)
            uid = (
                f"urn:uuid:{rng.getrandbits(128):032x}"
                if source == "vcard"
                else f"urn:uuid:00000000-0000-4000-8000-{cid:012x}"
            )
            in_cadence_group = rng.random() < self.cadence_share
            own_cadence = None
            tag_ids: set[int] = set()
            effective = None
            if in_cadence_group:
                if rng.random() < 0.5:
                    own_cadence = effective = rng.choice(OWN_CADENCES)
                else:
                    tag_id, effective = rng.choice(cadence_tags)
                    tag_ids.add(tag_id)
            while rng.random() < 0.42 and len(tag_ids) < 4:
                tag_ids.add(rng.choice(plain_tags))
            if in_cadence_group and own_cadence is not None and rng.random() < 0.3:
                tag_id, _ = rng.choice(cadence_tags)  # a tag cadence under an own cadence
                tag_ids.add(tag_id)
            self.contact_tags += [(cid, tag_id) for tag_id in sorted(tag_ids)]
            archived = not in_cadence_group and rng.random() < 0.03
            notes = rng.choice(words.NOTES) if rng.random() < 0.12 else ""
            self.contacts.append(
                (
                    cid,
                    given,
                    family,
                    additional,
                    prefix,
                    suffix,
                    nickname,
                    "",
                    name,
                    _fold(name),
                    organization,
                    rng.choice(words.DEPARTMENTS) if organization and rng.random() < 0.2 else "",
                    rng.choice(words.TITLES) if rng.random() < 0.7 else "",
                    birthday,
                    birthday_md,
                    notes,
                    rng.choice(words.WHAT_THEY_DO) if rng.random() < 0.1 else "",
                    rng.choice(words.LOOKING_FOR) if rng.random() < 0.05 else "",
                    rng.choice(words.CAN_OFFER) if rng.random() < 0.05 else "",
                    met_on,
                    met_at,
                    met_through,
                    source,
                    source_file,
                    _stamp(source_date) if source_date else None,
                    own_cadence,
                    int(archived),
                    _stamp(created),
                    _stamp(created),
                    uid,
                )
            )
            self.first_names.append(given or name)
            self.created.append(created)
            self.cadence.append(effective)
            self.archived.append(archived)
            # How often this person shows up in the journal: most rarely, a few constantly.
            never = rng.random() < (0.04 if in_cadence_group else 0.3)
            base = 0.0 if never else rng.lognormvariate(0, 1.1)
            self.weight.append(base * (4 if in_cadence_group else 1))

    # -- journal -----------------------------------------------------------------------------

    def journal_rows(self, count: int) -> tuple[list[tuple[object, ...]], list[tuple[int, int]]]:
        rng = self.rng
        contacts = len(self.contacts)
        planned: list[tuple[float, int]] = []  # (seconds ago, anchored contact or 0)
        # People with a cadence are mostly kept up: one recent interaction within ~1.3 cadences.
        for cid in range(1, contacts + 1):
            cadence = self.cadence[cid]
            if cadence is not None and self.weight[cid - 1] > 0 and len(planned) < count:
                planned.append((rng.uniform(0, cadence * 1.3) * DAY, cid))
        planned += [(rng.uniform(0, HISTORY_DAYS * DAY), 0) for _ in range(count - len(planned))]
        planned.sort(reverse=True)  # oldest first: ids grow with time, as when logged live
        cumulative = []
        total = 0.0
        for weight in self.weight:
            total += weight
            cumulative.append(total)
        ids = range(1, contacts + 1)
        kinds = [k for k, _ in words.KIND_WEIGHTS]
        kind_weights = [w for _, w in words.KIND_WEIGHTS]
        kind_of = rng.choices(kinds, kind_weights, k=len(planned))
        group_size = rng.choices((1, 2, 3), (72, 20, 8), k=len(planned))
        picks = iter(rng.choices(ids, cum_weights=cumulative, k=len(planned) * 2 + 10))
        interactions: list[tuple[object, ...]] = []
        links: list[tuple[int, int]] = []
        last_seen: list[float | None] = [None] * (contacts + 1)
        talks = self.talks = [0] * (contacts + 1)
        n = len(planned)
        template_of = rng.choices(words.SUMMARY_TEMPLATES, k=n)
        place_of = rng.choices(words.PLACES, k=n)
        topic_of = rng.choices(words.TOPICS, k=n)
        other_of = rng.choices(self.first_names, k=n)
        city_of = rng.choices(words.CITIES, k=n)
        doc_of = rng.choices(words.DOCS, k=n)
        event_of = rng.choices(words.EVENTS, k=n)
        org_of = rng.choices(self.orgs, k=n)
        body_of = rng.choices(words.BODIES, k=n)
        first_names = self.first_names
        stamp_of = self.clock.stamp
        for index, (ago, anchored) in enumerate(planned):
            involved = {anchored} if anchored else set()
            while len(involved) < group_size[index]:
                involved.add(next(picks, 0) or rng.choices(ids, cum_weights=cumulative)[0])
            first = min(involved)
            summary = template_of[index].format(
                place=place_of[index],
                topic=topic_of[index],
                first=first_names[first - 1],
                other=other_of[index],
                city=city_of[index],
                doc=doc_of[index],
                event=event_of[index],
                org=org_of[index],
            )
            stamp = stamp_of(ago)
            number = index + 1
            interactions.append((number, stamp, kind_of[index], summary, body_of[index], stamp))
            for cid in involved:
                links.append((number, cid))
                talks[cid] += 1
                seen = last_seen[cid]
                if seen is None or ago < seen:
                    last_seen[cid] = ago
        self.last_interaction = [None if ago is None else self.clock.ago(ago) for ago in last_seen]
        return interactions, links

    # -- follow-ups --------------------------------------------------------------------------

    def follow_up_rows(self) -> list[tuple[object, ...]]:
        rng = self.rng
        rows: list[tuple[object, ...]] = []
        today = dt.datetime.combine(self.now.date(), dt.time())
        created_now = _stamp(self.now)
        for cid in range(1, len(self.contacts) + 1):
            cadence = self.cadence[cid]
            if cadence is not None:
                start = self.last_interaction[cid] or self.created[cid]
                due = dt.datetime.combine((start + dt.timedelta(days=cadence)).date(), dt.time())
                snoozed = (
                    due + dt.timedelta(days=rng.choice((1, 3, 7)))
                    if (due <= self.now and rng.random() < 0.08)
                    else None
                )
                rows.append(
                    (
                        cid,
                        _stamp(due),
                        0,
                        CADENCE_NOTE,
                        1,
                        None,
                        _stamp(snoozed) if snoozed else None,
                        _stamp(snoozed or due),
                        created_now,
                    )
                )
            if self.archived[cid] or rng.random() > 0.06:
                continue
            for _ in range(rng.choice((1, 1, 2))):
                kind = rng.random()
                has_time = rng.random() < 0.5
                if kind < 0.3:  # overdue
                    due = self.now - dt.timedelta(days=rng.uniform(0.5, 40))
                elif kind < 0.45:  # today, earlier or later than now
                    due = today + dt.timedelta(hours=rng.uniform(7, 20))
                else:  # coming up
                    due = self.now + dt.timedelta(days=rng.uniform(0.5, 90))
                due = due.replace(second=0, microsecond=0)
                if not has_time:
                    due = dt.datetime.combine(due.date(), dt.time())
                done = None
                if kind < 0.3 and rng.random() < 0.4:
                    done = _stamp(due + dt.timedelta(hours=rng.randint(1, 48)))
                rows.append(
                    (
                        cid,
                        _stamp(due),
                        int(has_time),
                        rng.choice(words.LOOKING_FOR)
                        if rng.random() < 0.2
                        else f"Send the {rng.choice(words.DOCS)}",
                        0,
                        done,
                        None,
                        _stamp(due),
                        created_now,
                    )
                )
        return rows


_CONTACT_COLUMNS = (
    "id, given_name, family_name, additional_names, prefix, suffix, nickname, formatted_name, "
    "display_name, sort_key, organization, department, title, birthday, birthday_md, notes, "
    "what_they_do, looking_for, can_offer, met_on, met_at, met_through_id, source, source_file, "
    "source_date, keep_in_touch_days, archived, created_at, updated_at, uid, last_interaction, "
    "next_due, interaction_count"
)


@contextlib.contextmanager
def _indexes_built_after(connection: sqlite3.Connection) -> Iterator[None]:
    """Drop the secondary indexes for the load and re-create them with their own SQL after:
    one sort per index instead of a million random B-tree inserts. The schema ends identical."""
    indexes = list(
        connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('contact', 'email', 'phone', 'interaction', 'interaction_contact', "
            "'follow_up', 'contact_tag')"
        )
    )
    for name, _ in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        connection.execute(sql)


def _insert(
    connection: sqlite3.Connection, table: str, columns: str, rows: Iterable[Sequence[object]]
) -> None:
    marks = ",".join("?" * (columns.count(",") + 1))
    connection.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def generate(
    path: Path,
    *,
    contacts: int = 100_000,
    interactions: int = 1_000_000,
    seed: int = 7,
    cadence_share: float = 0.2,
    now: dt.datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Write a complete netdesk database at ``path`` (replaced if present) and its .json facts.

    Every derived column is consistent with the rows: last_interaction, next_due, the cadence
    follow-ups (last interaction or creation + cadence) and the search index.
    """
    say = progress or (lambda _text: None)
    moment = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    started = time.perf_counter()

    def step(text: str) -> None:
        say(f"{time.perf_counter() - started:6.1f}s  {text}")

    path = Path(path)
    # per process: two builds of the same cached file must not delete each other's work
    temporary = path.with_name(f"{path.name}.{os.getpid()}.part")
    for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
        leftover.unlink(missing_ok=True)
    builder = _Builder(seed, moment, cadence_share)
    builder.contact_rows(contacts)
    step(f"{contacts:,} contacts made")
    interaction_rows, link_rows = builder.journal_rows(interactions)
    step(f"{len(interaction_rows):,} interactions, {len(link_rows):,} links made")
    follow_ups = builder.follow_up_rows()
    next_due: dict[int, str] = {}
    for row in follow_ups:
        contact_id, effective_due, done_at = row[0], str(row[7]), row[5]
        if done_at is None and (contact_id not in next_due or effective_due < next_due[contact_id]):
            next_due[contact_id] = effective_due  # type: ignore[index]
    contact_rows = [
        (
            *row,
            _stamp(last) if (last := builder.last_interaction[cid]) else None,
            next_due.get(cid),
            builder.talks[cid],
        )
        for cid, row in enumerate(builder.contacts, start=1)
    ]
    step(f"{len(follow_ups):,} follow-ups made")

    store = open_database(temporary)
    connection = db.connection()
    # One bulk transaction; no rollback journal needed: a failed build leaves only a .part file.
    for pragma in (
        "journal_mode=OFF",
        "synchronous=OFF",
        "cache_size=-500000",
        "temp_store=MEMORY",
    ):
        connection.execute(f"PRAGMA {pragma}")
    with db.atomic():
        with _indexes_built_after(connection):
            _insert(
                connection,
                "tag",
                "id, name, default_cadence_days",
                [(i + 1, name, days) for i, (name, days) in enumerate(words.TAGS)],
            )
            _insert(connection, "contact", _CONTACT_COLUMNS, contact_rows)
            _insert(
                connection,
                "email",
                "contact_id, position, label, value, value_folded, preferred",
                builder.emails,
            )
            _insert(
                connection,
                "phone",
                "contact_id, position, label, raw, e164, preferred",
                builder.phones,
            )
            _insert(connection, "contact_tag", "contact_id, tag_id", builder.contact_tags)
            step("contacts written")
            _insert(
                connection,
                "interaction",
                "id, occurred_at, kind, summary, body, created_at",
                interaction_rows,
            )
            _insert(connection, "interaction_contact", "interaction_id, contact_id", link_rows)
            del interaction_rows, link_rows
            step("journal written")
            _insert(
                connection,
                "follow_up",
                "contact_id, due, has_time, note, from_cadence, "
                "done_at, snoozed_until, effective_due, created_at",
                follow_ups,
            )
            step("follow-ups written")
        step("indexes built")
        for start in range(1, contacts + 1, 5000):
            found = search.documents(range(start, min(start + 5000, contacts + 1)))
            connection.executemany(
                "INSERT INTO contact_fts (rowid, names, details) VALUES (?, ?, ?)",
                ((cid, names, details) for cid, (names, details) in found.items()),
            )
            if start % 25_000 == 1:
                step(f"search index {start + len(found) - 1:,}/{contacts:,}")
        step("search index written")
    connection.execute("PRAGMA journal_mode=wal")
    store.close()
    temporary.replace(path)
    facts = {
        "version": GENERATOR_VERSION,
        "contacts": contacts,
        "interactions": interactions,
        "seed": seed,
        "cadence_share": cadence_share,
        "now": moment.isoformat(),
    }
    _facts_path(path).write_text(json.dumps(facts, indent=1))
    step(f"done: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    return path


def _facts_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def facts(path: Path) -> dict[str, object] | None:
    """The parameters a generated file was built with (and its "now"), or None."""
    try:
        return dict(json.loads(_facts_path(path).read_text()))
    except (OSError, ValueError):
        return None


def cached(
    contacts: int = 100_000,
    interactions: int = 1_000_000,
    *,
    seed: int = 7,
    cadence_share: float = 0.2,
    path: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """The generated file for these parameters, built only if no matching one exists."""
    path = path or OUT / f"netdesk-{contacts}c-{interactions}i-s{seed}.sqlite3"
    known = facts(path)
    wanted = {
        "version": GENERATOR_VERSION,
        "contacts": contacts,
        "interactions": interactions,
        "seed": seed,
        "cadence_share": cadence_share,
    }
    if path.exists() and known is not None and all(known.get(k) == v for k, v in wanted.items()):
        if progress:
            progress(f"reusing {path} (built for now={known.get('now')})")
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    return generate(
        path,
        contacts=contacts,
        interactions=interactions,
        seed=seed,
        cadence_share=cadence_share,
        progress=progress,
    )


def _say(text: str) -> None:
    print(text, flush=True)  # progress shows live even when the output goes to a file


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, help="database file (default: bench/out/)")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cadence-share", type=float, default=0.2)
    parser.add_argument("--force", action="store_true", help="rebuild even if a match exists")
    options = parser.parse_args(argv)
    if options.force and options.out is None:
        options.out = (
            OUT / f"netdesk-{options.contacts}c-{options.interactions}i-s{options.seed}.sqlite3"
        )
    if options.force:
        options.out.parent.mkdir(parents=True, exist_ok=True)
        generate(
            options.out,
            contacts=options.contacts,
            interactions=options.interactions,
            seed=options.seed,
            cadence_share=options.cadence_share,
            progress=_say,
        )
    else:
        cached(
            options.contacts,
            options.interactions,
            seed=options.seed,
            cadence_share=options.cadence_share,
            path=options.out,
            progress=_say,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
