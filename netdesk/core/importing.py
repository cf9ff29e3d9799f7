"""Importing contact files: a plan (what would change, shown before anything is written), then
one transaction that applies it. No Qt: the UI runs these on a worker thread.

Matching, in order: the same vCard UID, the same e-mail (case-insensitive), the same phone (E.164),
the same name and organization. Cards are also matched against the other cards of the same
import, so a file listing someone twice adds one contact.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdesk.core import Core, names, photos
from netdesk.core.company import company_key
from netdesk.core.followups import refresh_cadence
from netdesk.core.import_problems import BoundedProblems
from netdesk.core.import_uids import derived_uid, looks_unique, someone_else
from netdesk.core.merging import (
    FieldConflict,
    MatchKeys,
    apply_conflicts,
    contradicts,
    match_keys,
    merge_card,
    other_given_names,
)
from netdesk.core.tag_names import as_stored
from netdesk.core.types import IMPORT_SUFFIXES, Contact
from netdesk.gcpause import collector_paused
from netdesk.interop.problems import (
    QT_TRANSLATE_NOOP,
    ImportFileError,
    ImportProblem,
    ParsedCard,
    ParseResult,
    file_problem,
    problem,
)
from netdesk.store import bulk

if TYPE_CHECKING:
    from netdesk.interop.vcard_read import VCardStream

log = logging.getLogger("netdesk.core")

__all__ = [
    "FieldConflict",
    "ImportCancelled",
    "ImportPlan",
    "ImportSummary",
    "PlannedCard",
    "apply_import",
    "expand_paths",
    "import_files",
    "merge_card",
    "plan_import",
    "unknown_csv_headers",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_WRITE_CHUNK = 500


class ImportCancelled(Exception):  # noqa: N818  (the name the CLI and UI use)
    """The user cancelled; nothing was written."""


_STALE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{names} changed since the files were read (another program wrote to them); nothing was "
    "imported. Import the files again to see what they would change now.",
)


class ImportStale(Exception):  # noqa: N818  (what happened, as ImportCancelled)
    """Contacts the plan merges into changed (or went) between the plan and its apply: the
    merge was worked out from what they were, so nothing was written. ``template`` and
    ``template_args`` say it in the user's language (see interop.problems.ImportProblem)."""

    def __init__(self, names: list[str]) -> None:
        shown = ", ".join(names[:3]) + (f" (+{len(names) - 3})" if len(names) > 3 else "")
        self.template = _STALE
        self.template_args = (("names", shown),)
        super().__init__(_STALE.format(names=shown))


@dataclass(slots=True)
class PlannedCard:
    """What one contact of the import will do: become new, merge into one, or nothing."""

    # new: the draft; merge/unchanged: the existing contact with the card merged, except an
    # unchanged card settled by its fingerprint: the card as read (the contact is not loaded)
    contact: Contact
    file: str
    line: int
    action: str  # "new" | "merge" | "unchanged"
    existing_id: int | None = None
    changes: list[str] = field(default_factory=list)  # fields that change on the existing one
    conflicts: list[FieldConflict] = field(default_factory=list)
    thumbnail: bytes | None = field(default=None, repr=False)
    lines: list[tuple[str, int]] = field(default_factory=list)  # every card merged in here
    # digest of the one card behind this contact, recorded on write; None: do not record one
    fingerprint: str | None = field(default=None, repr=False)
    settled: bool = field(default=False, repr=False)  # unchanged by fingerprint, not loaded
    # merge: the stored contact as the plan read it; the apply writes only if it is still so
    base: Contact | None = field(default=None, repr=False)
    # the UIDs of the cards that make this contact, as their files give them (a card merged
    # into a stored contact keeps its UID: others of the file may name it as who introduced them)
    card_uids: list[str] = field(default_factory=list, repr=False)

    @property
    def writes(self) -> bool:
        """True when applying this card changes the database."""
        if self.action == "new":
            return True
        return bool(self.changes) or any(c.take_theirs for c in self.conflicts)


@dataclass
class ImportPlan:
    files: list[str]
    cards: list[PlannedCard] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    # how a warning names each file (a name two files share: by its folder), once read
    names_shown: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def _count(self, action: str) -> int:
        return sum(1 for card in self.cards if card.action == action)

    @property
    def new(self) -> int:
        return self._count("new")

    @property
    def merged(self) -> int:
        return self._count("merge")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def conflicts(self) -> list[tuple[PlannedCard, FieldConflict]]:
        return [(card, conflict) for card in self.cards for conflict in card.conflicts]


@dataclass
class ImportSummary:
    new: int
    merged: int
    unchanged: int
    problems: list[ImportProblem]
    contact_ids: list[int]  # every contact the cards map to: new, merged and unchanged
    # of the new contacts, those the file says are archived (netdesk's own export): they
    # are not among the contacts imported today that the list shows
    archived_new: int = 0

    def as_dict(self) -> dict[str, object]:
        """For ``netdesk import --json``."""
        return {
            "new": self.new,
            "merged": self.merged,
            "unchanged": self.unchanged,
            "contact_ids": self.contact_ids,
            "problems": [
                {"file": p.file, "line": p.line, "reason": p.reason, "severity": p.severity}
                for p in self.problems
            ],
        }


# -- reading files ---------------------------------------------------------------------------


_LOOK_EVERY = 200  # files looked at between two looks at Cancel


def _suffix(name: str) -> str:
    """``Path(name).suffix``, lower-cased, at a quarter of ``os.path.splitext``'s cost: the
    walk of a dropped /usr spent a third of its time in Path(). A name starting with its only
    dot (".vcf") has no suffix, as for Path."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


_DIGITS = re.compile(r"(\d+)")


def _in_name_order(path: str) -> tuple[list[str | int], str]:
    """A folder's file as a file manager orders it: numbers by their value, case aside
    ("contacts-2.vcf" before "contacts-10.vcf"). By the text alone a phone's 1.vcf to
    120.vcf were read, and previewed, as 1, 10, 100, 101..., 11."""
    parts: list[str | int] = _DIGITS.split(path.casefold())
    for index in range(1, len(parts), 2):  # the digits: every other part
        parts[index] = int(parts[index])
    return parts, path


def expand_paths(
    paths: Iterable[str], cancelled: Callable[[], bool] | None = None
) -> tuple[list[str], list[ImportProblem]]:
    """Files to read: given files as they are, folders as every contact file inside them.

    ``cancelled()`` is looked at after each folder listed and every ``_LOOK_EVERY`` files
    looked at: a dropped /usr went on 1.4 s after Cancel, a network folder for minutes.

    Raises:
        ImportCancelled: ``cancelled()`` turned true.
    """
    files: list[str] = []
    problems: list[ImportProblem] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            files.append(str(path))
            continue
        unreadable: list[OSError] = []
        named: list[str] = []
        for folder, _subfolders, folder_names in os.walk(path, onerror=unreadable.append):
            if cancelled and cancelled():
                raise ImportCancelled()
            named += [
                os.path.join(folder, name)
                for name in folder_names
                if _suffix(name) in IMPORT_SUFFIXES
            ]
        named.sort(key=_in_name_order)
        found: list[str] = []
        broken: list[str] = []  # a link to a contact file moved or deleted
        for number, name in enumerate(named):
            if cancelled and number % _LOOK_EVERY == 0 and cancelled():
                raise ImportCancelled()
            if os.path.isfile(name):
                found.append(name)
            elif os.path.islink(name) and not os.path.exists(name):
                broken.append(name)
        problems += [
            problem(
                name,
                None,
                QT_TRANSLATE_NOOP("ImportProblem", "a link to {target}, which is not there"),
                target=os.readlink(name),
            )
            for name in broken
        ]
        # a folder it may not enter was skipped without a word, its people missing
        problems += [
            problem(
                error.filename or str(path),
                None,
                QT_TRANSLATE_NOOP("ImportProblem", "cannot read the folder: {error}"),
                error=error.strerror or error,
            )
            for error in unreadable
        ]
        if not found and not unreadable and not broken:
            problems.append(
                problem(
                    str(path),
                    None,
                    QT_TRANSLATE_NOOP(
                        "ImportProblem",
                        "no contact file (.vcf, .vcard, .csv, .tsv) in the folder",
                    ),
                )
            )
        files += found
    return list(dict.fromkeys(files)), problems


def unknown_csv_headers(paths: Iterable[str]) -> dict[str, list[str]]:
    """CSV files among ``paths`` whose layout is not recognised: path -> their header row.

    The UI asks the user which column holds what for these before planning. Only each file's
    head is read (the header row is in it).
    """
    from netdesk.interop.csvfile import sniff_csv_head

    files, _ = expand_paths(paths)
    unknown = {}
    for file in files:
        if Path(file).suffix.lower() not in (".csv", ".tsv", ".txt"):
            continue
        try:
            sniff = sniff_csv_head(file)
        except (ImportFileError, OSError):
            continue  # reported when the file is read
        if sniff.format is None and sniff.headers:
            unknown[file] = sniff.headers
    return unknown


def _read(
    file: str,
    csv_mapping: dict[str, str] | None,
    cancelled: Cancelled | None,
    known: dict[str, int],
    progress: Progress | None,
    problems: list[ImportProblem],
) -> ParseResult | VCardStream:
    """Open a file to read; vCards whose fingerprint a stored contact still holds are not read
    (they were written from that very card and nobody changed them): ``known`` gets
    fingerprint -> id for those. A vCard file's cards are read as they are taken, what is said
    of them going to ``problems``; a CSV file's rows are read at once, with its problems."""
    from netdesk.interop.csvfile import open_contacts_file, read_csv_file

    def stored(digests: list[str]) -> set[str]:
        found = bulk.ids_by_fingerprint(f"{names.DEFAULT_REGION}:{d}" for d in digests)
        known.update(found)
        return {fingerprint.partition(":")[2] for fingerprint in found}

    result = open_contacts_file(
        file, problems=problems, cancelled=cancelled, known=stored, progress=progress
    )
    if (
        isinstance(result, ParseResult)
        and result.format == "csv-custom"
        and not result.cards
        and csv_mapping is not None
    ):
        result = read_csv_file(file, mapping=csv_mapping, cancelled=cancelled, progress=progress)
    return result


def _as_text(file_name: str) -> str:
    """A file's name as text to store: a name that is not UTF-8 (an old archive's Latin-1
    'caf\xe9.vcf') comes from the file system with stand-ins SQLite refuses to store, which
    failed the whole import; its undecodable bytes become U+FFFD."""
    try:
        file_name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(file_name).decode("utf-8", errors="replace")
    return file_name


class _StoredTags:
    """A card's tags as the stored tags they name, by the rule a tag typed on a card follows
    (core.tag_names.as_stored): "émigré" is the stored "Émigré", "open  source" the stored
    "open source". The import kept them as written and SQLite's ASCII-only NOCASE made each a
    second, near-identical tag. Each name is looked up once per plan, not once per card."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def __call__(self, tags: list[str]) -> list[str]:
        found = []
        for tag in tags:
            name = self.names.get(tag)
            if name is None:
                stored = as_stored([tag])
                name = self.names[tag] = stored[0] if stored else ""
            if name:
                found.append(name)
        return list(dict.fromkeys(found))


def _prepare_incoming(
    contact: Contact,
    file: str,
    file_format: str,
    read_at: dt.datetime,
    stored_tags: _StoredTags,
) -> None:
    """Origin, display name and E.164 phones of a card read from ``file`` (of ``file_format``,
    one of interop.problems.FORMATS) at ``read_at``; the photo is handled later."""
    if file_format == "vcard" and contact.source == "manual":
        contact.source = "vcard"
    elif contact.source == "manual":
        contact.source = "csv"
    contact.source_file = _as_text(contact.source_file or Path(file).name)
    contact.source_date = read_at  # one for the plan: a clock's look and 48 bytes a card
    for phone in contact.phones:
        phone.e164 = _e164(phone.raw)
    contact.tags = stored_tags(contact.tags)
    contact.display_name = names.display_name(contact)


_NOTHING_TO_NAME = QT_TRANSLATE_NOOP(
    "ImportProblem", "card has no name, e-mail, phone or company; not imported"
)
# A card with no name, e-mail, phone or company but a note, a web page, an address or a job
# title is imported under a name taken from that (the user renames it), rather than dropped
# with what it held: by the source of the name
_NAMED_FROM = {
    "notes": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "no name, e-mail, phone or company; imported as '{name}', the first line of its note",
    ),
    "url": QT_TRANSLATE_NOOP(
        "ImportProblem", "no name, e-mail, phone or company; imported as '{name}', its web page"
    ),
    "address": QT_TRANSLATE_NOOP(
        "ImportProblem", "no name, e-mail, phone or company; imported as '{name}', its address"
    ),
    "title": QT_TRANSLATE_NOOP(
        "ImportProblem", "no name, e-mail, phone or company; imported as '{name}', its job title"
    ),
}
_STAND_IN_LENGTH = 60
_E164_CACHE: dict[str, str] = {}
_STEPS = 1000  # the plan's progress units per file (and for the matching)
_MATCHED = 650  # of the matching's thousandths: the rest is the photos' (a third of its time)


def _stand_in_name(contact: Contact) -> tuple[str, str] | None:
    """A name for a card with none, from what else it holds: (name, where it came from)."""
    candidates = [("notes", next((li for li in contact.notes.splitlines() if li.strip()), ""))]
    candidates += [("url", link.value) for link in contact.urls]
    for address in contact.addresses:
        parts = [address.street, address.extended, address.po_box, address.locality]
        parts += [address.region, address.postal_code, address.country]
        first = next((p for p in parts if p.strip()), "")
        candidates.append(("address", first.splitlines()[0] if first.strip() else ""))
    candidates.append(("title", contact.title))
    for source, text in candidates:
        text = " ".join(text.split())
        if source == "url":
            text = text.split("://", 1)[-1].removeprefix("www.").rstrip("/")
        if text:
            if len(text) > _STAND_IN_LENGTH:
                text = text[: _STAND_IN_LENGTH - 1].rstrip() + "…"
            return text, source
    return None


def _nothing_to_go_by(contact: Contact) -> bool:
    """A card with nothing to match or name it by (no name, UID, e-mail, phone, nor a note
    or the like to name it from): not imported. Left out as it is read, rather than kept
    with its match keys until the matching (300,000 empty cards: 180 MiB more)."""
    if contact.display_name or contact.uid.strip():
        return False
    if any(e.value.strip() for e in contact.emails) or any(p.e164 for p in contact.phones):
        return False
    return _stand_in_name(contact) is None


def _e164(raw: str) -> str:
    found = _E164_CACHE.get(raw)
    if found is None:
        found = names.normalize_phone(raw)
        if len(_E164_CACHE) < 200_000:
            _E164_CACHE[raw] = found
    return found


# -- planning --------------------------------------------------------------------------------


def plan_import(
    core: Core,
    paths: Sequence[str],
    *,
    csv_mapping: dict[str, str] | None = None,
    csv_mappings: dict[str, dict[str, str]] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """Read ``paths`` (files or folders) and work out what importing them would do.

    Nothing is written. Unreadable files become problems naming the file; they never raise.
    A CSV of no known layout is read with its own column mapping from ``csv_mappings`` (by
    file, as ``expand_paths`` lists it), else with ``csv_mapping``.

    Raises:
        ImportCancelled: ``cancelled()`` returned True.
    """
    with collector_paused():
        mappings = csv_mappings or {}
        return _plan(core, paths, lambda file: mappings.get(file, csv_mapping), progress, cancelled)


def _plan(
    core: Core,
    paths: Sequence[str],
    mapping_of: Callable[[str], dict[str, str] | None],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportPlan:
    files, problems = expand_paths(paths)
    plan = ImportPlan(files=files, problems=BoundedProblems(problems))
    incoming: list[tuple[Contact, str, int, str | None]] = []
    known: dict[str, int] = {}
    unread: dict[int, ParsedCard] = {}  # index in incoming -> a card not read (known)
    stored_tags = _StoredTags()
    read_at = core.clock.now()
    # progress in steps: _STEPS per file as its cards are read, then _STEPS for the matching
    steps = (len(files) + 1) * _STEPS

    def reading(number: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, total: progress(number * _STEPS + done * _STEPS // max(total, 1), steps)

    for number, file in enumerate(files):
        _check(cancelled)
        had = len(incoming)
        said = plan.problems.mark() if isinstance(plan.problems, BoundedProblems) else None
        try:
            result = _read(file, mapping_of(file), cancelled, known, reading(number), plan.problems)
            if isinstance(result, ParseResult):
                plan.problems += result.problems
            cards = result.cards if isinstance(result, ParseResult) else result
            for card in _watched(cards, cancelled):
                if getattr(card, "known", False):
                    unread[len(incoming)] = card
                else:
                    _prepare_incoming(card.contact, file, result.format, read_at, stored_tags)
                    if _nothing_to_go_by(card.contact):
                        plan.problems.append(problem(file, card.line, _NOTHING_TO_NAME, "warning"))
                        continue
                incoming.append((card.contact, file, card.line, _fingerprint(card)))
        except ImportFileError as error:
            plan.problems.append(file_problem(file, error))
            continue
        except (OSError, ValueError, UnicodeError, MemoryError, csv.Error) as error:
            # one file the reader cannot make sense of is that file's problem, not the
            # import's: none of its cards is imported, even those read before the failure
            log.exception("reading %s failed", file)
            del incoming[had:]
            for index in [i for i in unread if i >= had]:
                del unread[index]
            if said is not None and isinstance(plan.problems, BoundedProblems):
                plan.problems.back_to(said)  # nor the warnings of those cards
            plan.problems.append(
                problem(
                    file,
                    None,
                    QT_TRANSLATE_NOOP("ImportProblem", "cannot read the file: {error}"),
                    error=error,
                )
            )
            continue
        if result.cancelled:
            raise ImportCancelled
        # the file's bytes and the cards left out go now, not after the matching (a vCard
        # file's bytes stay only while a card not read yet needs them)
        del result, cards
        if progress is not None:
            progress((number + 1) * _STEPS, steps)
    _check(cancelled)
    matching = None
    if progress is not None:  # the last _STEPS, by the matching's own thousandths
        matching = lambda share: progress(len(files) * _STEPS + share * _STEPS // 1000, steps)  # noqa: E731
    _match(plan, incoming, cancelled, _Unread(unread, known, read_at, stored_tags), matching)
    _settle_introductions(plan)
    if matching is not None:
        matching(_MATCHED)
    _prepare_photos(plan, cancelled, matching)
    if isinstance(plan.problems, BoundedProblems):
        plan.problems.close()
    if progress is not None:
        progress(steps, steps)
    return plan


# a "met through" link written by an export (X-NETDESK-MET-THROUGH) to someone neither in the
# import nor stored: the link was dropped without a word
_INTRODUCER_MISSING = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{name}: who introduced them is neither in the import nor among your contacts; "
    "'met through' left empty",
)


def _settle_introductions(plan: ImportPlan) -> None:
    """A card naming who introduced them by UID (X-NETDESK-MET-THROUGH, from an export) keeps
    it only when that UID is a contact stored or another card of this import: the apply then
    points "met through" at them. Otherwise it changes nothing."""
    wanted = {c.contact.met_through_uid for c in plan.cards if c.contact.met_through_uid}
    if not wanted:
        return
    known = set(bulk.ids_by_uid(wanted)) | {u for c in plan.cards for u in c.card_uids}
    for card in plan.cards:
        uid = card.contact.met_through_uid
        if not uid or (uid in known and uid not in (card.contact.uid, *card.card_uids)):
            continue
        if uid not in known:
            # the introducer may be imported later (a tag's export, then everyone's): the same
            # card read again must be merged, not passed over as imported unchanged
            card.fingerprint = None
            name = card.contact.display_name
            said = problem(card.file, card.line, _INTRODUCER_MISSING, "warning", name=name)
            plan.problems.append(said)
        card.contact.met_through_uid = ""
        if "met_through" in card.changes:
            card.changes.remove("met_through")
            if card.action == "merge" and not card.changes and not card.conflicts:
                card.action = "unchanged"


def _fingerprint(card: ParsedCard) -> str | None:
    """What is recorded on a contact written from ``card`` alone: its text's digest (vCards
    only: vcard_read.ParsedVCard, not imported here to keep start-up light) and the phone
    region, which decides the E.164 numbers a merge compares."""
    digest = getattr(card, "digest", "")
    return f"{names.DEFAULT_REGION}:{digest}" if digest else None


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled


# Cards between two looks at Cancel in a step over every card (a card's keys: ~2 µs; its
# preparation: ~15 µs), and keys a lookup in the database is asked at once (~2 ms a thousand):
# each stretch without a look stays well under 0.1 s.
_WATCHED = 2_000
_PART = 2_000


def _watched(items: Iterable[Any], cancelled: Cancelled | None) -> Iterator[Any]:
    """``items``, with a look at ``cancelled`` every _WATCHED of them."""
    if cancelled is None:
        yield from items
        return
    for index, item in enumerate(items):
        if index % _WATCHED == 0 and cancelled():
            raise ImportCancelled
        yield item


def _in_parts(
    lookup: Callable[[list[Any]], dict[Any, Any]], keys: Iterable[Any], cancelled: Cancelled | None
) -> dict[Any, Any]:
    """``lookup(keys)``, asked _PART distinct keys at a time with a look at ``cancelled``
    before each part. Each key is in one part: the lookups' answers (by key) join as one."""
    unique = list(dict.fromkeys(keys))
    found: dict[Any, Any] = {}
    for start in range(0, len(unique), _PART):
        _check(cancelled)
        found.update(lookup(unique[start : start + _PART]))
    return found


class _Unread:
    """The cards of this import left unread because a stored contact holds their
    fingerprint: the contact each one settles, and reading one after all."""

    def __init__(
        self,
        cards: dict[int, ParsedCard],
        known: dict[str, int],
        read_at: dt.datetime,
        stored_tags: _StoredTags,
    ) -> None:
        self.cards = cards
        self.known = known
        self.read_at = read_at
        self.stored_tags = stored_tags

    def stored_id(self, index: int, fingerprint: str | None) -> int | None:
        if index not in self.cards or fingerprint is None:
            return None
        return self.known.get(fingerprint)

    def read(self, index: int, file: str, plan: ImportPlan) -> Contact:
        contact: Contact = self.cards.pop(index).read(plan.problems)  # type: ignore[attr-defined]
        _prepare_incoming(contact, file, "vcard", self.read_at, self.stored_tags)
        return contact


class _Stored(dict[int, Contact]):
    """Stored contacts by id; those whose fingerprint settles their card are loaded only if
    something asks for them (a second card for the same person, a weak-rule check)."""

    def __init__(self, loaded: dict[int, Contact], unloaded: set[int]) -> None:
        super().__init__(loaded)
        self.unloaded = unloaded

    def __contains__(self, contact_id: object) -> bool:
        return super().__contains__(contact_id) or contact_id in self.unloaded

    def __missing__(self, contact_id: int) -> Contact:
        if contact_id not in self.unloaded:
            raise KeyError(contact_id)
        self.unloaded.discard(contact_id)
        self.update(bulk.load_contacts([contact_id]))
        return dict.__getitem__(self, contact_id)


def _match(
    plan: ImportPlan,
    incoming: list[tuple[Contact, str, int, str | None]],
    cancelled: Cancelled | None,
    unread: _Unread,
    progress: Callable[[int], None] | None = None,
) -> None:
    """``progress``: told how far the matching is, in thousandths up to _MATCHED (the
    photos take the rest). The steps are weighted by their share of the time 10,000 cards
    take against 100,000 contacts: plan_import's last half for one file, where
    `netdesk-cli import --progress` stood still at 50% for as long as the reading took."""

    def told(share: int) -> None:
        if progress is not None:
            progress(share)

    # Cancel is looked at every _WATCHED cards and between the lookups' parts of _PART keys:
    # on a 50 MB vCard against 100,000 contacts this step ran 2.2 s without a look, and the
    # import stopped that long after Cancel (see _watched)
    keys = [match_keys(contact) for contact, _, _, _ in _watched(incoming, cancelled)]
    told(100)
    shared = _shared_in_files(incoming, keys)
    _check(cancelled)
    for (contact, _, _, _), key in _watched(zip(incoming, keys, strict=True), cancelled):
        if not contact.display_name and not key.name_org:
            stand_in = _stand_in_name(contact)  # what a nameless card is imported as
            if stand_in is not None:  # found again by it: a re-import changes nothing
                key.name_org.append((stand_in[0], ""))
    # each card's keys folded once, for the lookups and the matching (the lookup by name
    # folded every name again, uncached: 3% of the plan of the bench's 10,000 cards)
    rules_of = [key.rules() for key in _watched(keys, cancelled)]
    # A card whose UID is stored is settled by it (_find never looks further), so the later
    # lookups ask only about the cards still open: a re-import of unchanged cards makes one
    # query per chunk of UIDs instead of four. An e-mail match can still be another person
    # (a family's shared address): those cards' phones and names are looked up too.
    by_uid = _in_parts(bulk.ids_by_uid, (k for key in keys for k in key.uids), cancelled)
    still_open = [i for i, key in enumerate(keys) if not any(uid in by_uid for uid in key.uids)]
    _check(cancelled)
    # every stored contact holding each address: a family's shared one is told apart by name
    emails = (k for i in still_open for k in keys[i].emails)
    by_email = _in_parts(bulk.ids_holding_emails, emails, cancelled)
    told(200)
    phones = (k for i in still_open for k in keys[i].phones)
    by_phone = _in_parts(bulk.ids_by_phone, phones, cancelled)
    told(280)
    name_orgs = (k for i in still_open for k in rules_of[i][3])
    by_name = _in_parts(lambda part: bulk.ids_by_name_org(part, company_key), name_orgs, cancelled)
    told(380)
    stored: tuple[dict[Any, Any], ...] = (by_uid, by_email, by_phone, by_name)
    wanted = {i for table in (by_uid, *stored[2:]) for i in table.values()}
    wanted |= {i for ids in by_email.values() for i in ids}
    # A stored contact still holding the fingerprint of a card in this file was written from
    # that very card and not edited since (schema 6's triggers clear it): merging the card
    # again would change nothing, so it is neither loaded nor merged.
    _check(cancelled)
    recorded = _in_parts(bulk.import_fingerprints, wanted, cancelled)
    fingerprints = {fingerprint for _, _, _, fingerprint in incoming if fingerprint}
    settled = {i for i, fingerprint in recorded.items() if fingerprint in fingerprints}
    loaded = _in_parts(bulk.load_contacts, sorted(set(recorded) - settled), cancelled)
    existing = _Stored(loaded, settled)
    existing.unloaded |= set(unread.known.values())
    told(390)
    seen: tuple[dict[object, PlannedCard], ...] = ({}, {}, {}, {})
    by_existing: dict[int, PlannedCard] = {}
    for index, (contact, file, line, fingerprint) in enumerate(incoming):
        if index % 500 == 0:
            _check(cancelled)
            told(390 + (_MATCHED - 400) * index // len(incoming))
        stored_id = unread.stored_id(index, fingerprint)
        if stored_id is not None and stored_id not in by_existing:
            # written from this very card and unchanged since: settled without reading it.
            # A later card matching it finds it through the stored values, which are its own.
            card = PlannedCard(contact, file, line, "unchanged", stored_id)
            card.settled, card.lines, card.fingerprint = True, [(file, line)], fingerprint
            card.card_uids = [contact.uid] if contact.uid else []
            by_existing[stored_id] = card
            plan.cards.append(card)
            continue
        rules: Sequence[Sequence[object]] = rules_of[index]
        target: PlannedCard | None
        existing_id: int | None
        if stored_id is not None:
            # an earlier card of this import is that stored contact too: read this one and
            # merge it into that card's
            contact = unread.read(index, file, plan)
            rules = match_keys(contact).rules()
            target, existing_id = by_existing[stored_id], None
        else:
            own = _own_uid(plan, rules, contact, file, line, seen[0], by_uid, existing)
            if own is not None:
                rules = own
                _look_up_again(rules, keys[index], stored, existing)
            target, existing_id = _find(
                rules, seen, stored, by_existing, existing, contact, file, shared
            )
        if target is not None:
            if target.settled:
                assert target.existing_id is not None
                target.contact, target.settled = existing[target.existing_id], False
                target.base = target.contact
            _merge_within(plan, target, contact, file, line)
        elif existing_id is not None:
            if fingerprint is not None and recorded.get(existing_id) == fingerprint:
                target = PlannedCard(contact, file, line, "unchanged", existing_id)
                target.settled = True
            else:
                merged, changes, conflicts = merge_card(existing[existing_id], contact)
                action = "merge" if changes or conflicts else "unchanged"
                target = PlannedCard(merged, file, line, action, existing_id, changes, conflicts)
                target.base = existing[existing_id]
            target.lines, target.fingerprint = [(file, line)], fingerprint
            by_existing[existing_id] = target
            plan.cards.append(target)
        elif not contact.display_name and _stand_in_name(contact) is None:
            # someone new with nothing to show or find them by (a card of a photo alone): a
            # '(no name)' contact no later import matches, so each re-import of an export
            # added it again. The CSV reader skips a row like it in the same words.
            plan.problems.append(problem(file, line, _NOTHING_TO_NAME, "warning"))
            continue
        elif not contact.display_name:
            # named from its note, web page, address or title: a re-import finds it by that
            # name, which it then has (FN on export)
            name, source = _stand_in_name(contact) or ("", "notes")
            contact.formatted_name = contact.display_name = name
            plan.problems.append(problem(file, line, _NAMED_FROM[source], "warning", name=name))
            target = PlannedCard(contact, file, line, "new", lines=[(file, line)])
            target.fingerprint = fingerprint
            plan.cards.append(target)
        else:
            target = PlannedCard(contact, file, line, "new", lines=[(file, line)])
            target.fingerprint = fingerprint
            plan.cards.append(target)
        if contact.uid and contact.uid not in target.card_uids:
            target.card_uids.append(contact.uid)
        for rule, values in enumerate(rules):
            for value in values:
                seen[rule].setdefault(value, target)


# A card giving the UID of someone else (an exporter that reuses UIDs): kept apart, by where
# the UID's holder is
_UID_OF_ANOTHER = {
    True: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "UID {uid} is also on line {line} ({name}), another person by name, e-mail and "
        "phone; imported as a contact of its own",
    ),
    False: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "UID {uid} is also on {file}, line {line} ({name}), another person by name, e-mail "
        "and phone; imported as a contact of its own",
    ),
}
_UID_OF_STORED = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "UID {uid} is your contact {name}'s, another person by name, e-mail and phone; "
    "imported as a contact of its own",
)


def _own_uid(
    plan: ImportPlan,
    rules: Sequence[Sequence[object]],
    contact: Contact,
    file: str,
    line: int,
    seen_uids: dict[object, PlannedCard],
    by_uid: dict[str, int],
    existing: dict[int, Contact],
) -> Sequence[Sequence[object]] | None:
    """The card's matching keys with a UID of its own (import_uids.derived_uid), when the
    UID it gives is an earlier card's or a stored contact's who is someone else (see
    core.import_uids), told as a warning; None when its UID is its own."""
    if not rules[0]:
        return None
    uid = str(rules[0][0])
    planned = seen_uids.get(uid)
    if planned is not None:
        holder = planned.contact
    elif uid in by_uid and by_uid[uid] in existing and not looks_unique(uid):
        # (a unique UID is its holder's whatever the names say: renamed since, or an
        # export of one's own imported again; two cards of one import giving one UID are
        # weighed whatever it looks like: an exporter copied it)
        holder = existing[by_uid[uid]]
    else:
        return None
    if not someone_else(holder, contact):
        return None
    contact.uid = derived_uid(uid, contact)
    name = holder.display_name
    if planned is not None:
        if not plan.names_shown:
            plan.names_shown = _names_shown(plan.files)
        first_file, first_line = planned.lines[0]
        where = plan.names_shown.get(first_file) or Path(first_file).name
        template = _UID_OF_ANOTHER[first_file == file]
        said = problem(
            file, line, template, "warning", uid=uid, file=where, line=first_line, name=name
        )
    else:
        said = problem(file, line, _UID_OF_STORED, "warning", uid=uid, name=name)
    plan.problems.append(said)
    return ([contact.uid], *rules[1:])


def _look_up_again(
    rules: Sequence[Sequence[object]],
    key: MatchKeys,
    stored: tuple[dict[Any, Any], ...],
    existing: _Stored,
) -> None:
    """The stored contacts a card kept apart from its UID's holder may be: by its own UID,
    and by the e-mails, phones and name not asked about a card its UID settled (_match)."""
    by_uid, by_email, by_phone, by_name = stored
    by_uid.update(bulk.ids_by_uid([str(rules[0][0])]))
    by_email.update(bulk.ids_holding_emails([e for e in key.emails if e not in by_email]))
    by_phone.update(bulk.ids_by_phone([p for p in key.phones if p not in by_phone]))
    names = [n for n in rules[3] if isinstance(n, tuple) and n not in by_name]
    by_name.update(bulk.ids_by_name_org(names, company_key))
    ids = {by_uid.get(rules[0][0])} | {by_phone.get(p) for p in key.phones}
    ids |= {by_name.get(n) for n in rules[3]} | {i for e in key.emails for i in by_email.get(e, ())}
    missing = [i for i in ids if i is not None and i not in existing]
    existing.update(bulk.load_contacts(missing))


# Rules from this index on (phone, name + organization) are overruled by other identifiers: an
# office switchboard number or a common name is shared by different people.
_WEAK_RULES = 2
_EMAIL_RULE = 1


def _another_person(rule: int, planned: PlannedCard, incoming: Contact, file: str) -> bool:
    """A card of this import matched by ``rule`` that is someone else. A weak rule is overruled
    by other e-mails, given names or UIDs (the cards' own, as their files give them: one merged
    into a stored contact carries netdesk's); a shared e-mail only within one file, where two
    rows or cards with other given names or UIDs are two records of the address book it comes
    from (the same person from a phone's and a Google export is one)."""
    other_uid = bool(incoming.uid and planned.card_uids and incoming.uid not in planned.card_uids)
    if rule >= _WEAK_RULES:
        return other_uid or contradicts(planned.contact, incoming, uids=False)
    if rule != _EMAIL_RULE or planned.file != file:
        return False
    return other_uid or other_given_names(planned.contact, incoming)


def _shared_in_files(
    incoming: list[tuple[Contact, str, int, str | None]], keys: list[MatchKeys]
) -> set[tuple[str, str]]:
    """(file, e-mail) of addresses one file gives to people of other given names (a family's):
    for those, a stored contact holding the address is found by the given name alone."""
    first: dict[tuple[str, str], Contact] = {}
    shared: set[tuple[str, str]] = set()
    for (contact, file, _, _), key in zip(incoming, keys, strict=True):
        for email in key.emails:
            seen = first.setdefault((file, email), contact)
            if seen is not contact and other_given_names(seen, contact):
                shared.add((file, email))
    return shared


def _holder(
    ids: list[int], existing: dict[int, Contact], incoming: Contact, *, shared: bool
) -> int | None:
    """Which stored contact holding the card's e-mail address it is: one of the same given
    name; else the only one (a nickname, "Bill" for "William", is a conflict the preview
    shows); none when several share it (a family's), or the file itself gives it to people of
    other given names (``shared``), and none has that name."""
    holders = [i for i in ids if i in existing]
    named = [i for i in holders if not other_given_names(existing[i], incoming)]
    if named:
        return named[0]
    return holders[0] if len(holders) == 1 and not shared else None


def _find(
    rules: Sequence[Sequence[object]],
    seen: tuple[dict[object, PlannedCard], ...],
    stored: tuple[dict[Any, Any], ...],
    by_existing: dict[int, PlannedCard],
    existing: dict[int, Contact],
    contact: Contact,
    file: str,
    shared: set[tuple[str, str]],
) -> tuple[PlannedCard | None, int | None]:
    """The card of this import or the stored contact ``contact`` is, by the first rule that
    matches: (planned card, None), (None, stored id) or (None, None) for someone new."""
    for rule, values in enumerate(rules):
        if not values:
            continue
        seen_by_rule, stored_by_rule = seen[rule], stored[rule]
        for value in values:
            planned = seen_by_rule.get(value)
            if planned is not None and not _another_person(rule, planned, contact, file):
                return planned, None
            # most values are no stored contact's: nothing more to ask of them
            found = stored_by_rule.get(value)
            if found is None:
                continue
            if rule == _EMAIL_RULE:
                stored_id = _holder(found, existing, contact, shared=(file, value) in shared)
            else:
                stored_id = found
                if stored_id not in existing:
                    stored_id = None
                # a stored contact's UID is netdesk's own when it was made here: only a card's
                # tells two people apart
                if (
                    stored_id is not None
                    and rule >= _WEAK_RULES
                    and contradicts(existing[stored_id], contact, uids=False)
                ):
                    stored_id = None
            if stored_id is not None:
                planned = by_existing.get(stored_id)
                if planned is None:
                    return None, stored_id
                if not _another_person(rule, planned, contact, file):
                    return planned, None  # (an earlier card of this import merged into it)
    return None, None


# A second card for the same person: the warning, by (first card in the same file, fields
# of the second card left out)
_SAME_PERSON = {
    (True, False): QT_TRANSLATE_NOOP(
        "ImportProblem", "the same person as line {line}; merged into one contact"
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the same person as line {line}; merged into one contact (kept the first card's {fields})",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "ImportProblem", "the same person as {file}, line {line}; merged into one contact"
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the same person as {file}, line {line}; merged into one contact"
        " (kept the first card's {fields})",
    ),
}


def _merge_within(
    plan: ImportPlan, target: PlannedCard, contact: Contact, file: str, line: int
) -> None:
    """A second card for someone already in this import: one contact, told as a warning."""
    merged, changes, conflicts = merge_card(target.contact, contact)
    first_file, first_line = target.lines[0]
    kept = ", ".join(c.field for c in conflicts) if target.action == "new" else ""
    if target.action == "new":
        conflicts = []
    template = _SAME_PERSON[first_file == file, bool(kept)]
    if not plan.names_shown:  # once per plan: per merged card, it was quadratic in the files
        plan.names_shown = _names_shown(plan.files)
    where = plan.names_shown.get(first_file) or Path(first_file).name
    warning = problem(file, line, template, "warning", file=where, line=first_line, fields=kept)
    plan.problems.append(warning)
    target.contact = merged
    target.lines.append((file, line))
    target.fingerprint = None  # several cards: no one card's digest describes the contact
    target.changes += [c for c in changes if c not in target.changes]
    known = {c.field for c in target.conflicts}
    target.conflicts += [c for c in conflicts if c.field not in known]
    if target.action == "unchanged" and (target.changes or target.conflicts):
        target.action = "merge"


def _names_shown(files: Sequence[str]) -> dict[str, str]:
    """Each of ``files`` as a warning names it: its name alone, or where another file of
    this import has the same name (a dropped folder's two subfolders' contacts.vcf), its path
    from the folder holding every file of the import. Worked out once for the whole import:
    per card merged within it, 2 × 2,000 one-card files took 57 s of CPU to plan, not 0.8."""
    names = {file: Path(file).name for file in files}
    counts = Counter(names.values())
    if all(count < 2 for count in counts.values()):
        return names
    try:
        top: str | None = os.path.commonpath([os.path.dirname(file) for file in files])
    except ValueError:  # on different drives: the whole path
        top = None
    for file, name in names.items():
        if counts[name] >= 2:
            names[file] = os.path.relpath(file, top) if top is not None else file
    return names


# Photos up to this size (phone-sized: a few KiB, 64-128 px) are prepared on the importer's
# thread: their work is mostly Pillow's Python (opening, headers), which holds the GIL, and a
# thread hand-off per photo cost more than the photo (1,000 of them: 0.14 s inline, 0.22-0.30 s
# in the pool). Bigger ones go to the pool, where decoding and scaling release the GIL.
_INLINE_PHOTO_BYTES = 16 * 1024


# Why a card's photo was dropped, by PhotoError.kind, as whole sentences for translators (the
# imaging library's own wording stays in the log). Only these can happen in an import: the
# reader drops a photo over MAX_PHOTO_BYTES before it gets here, and no photo fitted to 512 px
# outgrows it; any other kind reads as unreadable.
_PHOTO_DROPPED = {
    "pixels": QT_TRANSLATE_NOOP(
        "ImportProblem", "photo dropped: {width} × {height} pixels is too large to use"
    ),
    "bomb": QT_TRANSLATE_NOOP(
        "ImportProblem", "photo dropped: it would take too much memory to open"
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "ImportProblem", "photo dropped: not an image netdesk can read"
    ),
}


def _prepare_photos(
    plan: ImportPlan, cancelled: Cancelled | None, progress: Callable[[int], None] | None
) -> None:
    """Scale the photos that will be written: big ones in threads (Pillow releases the GIL
    while it decodes and scales) while this thread does the small ones. ``progress``: told
    how far the plan's matching is, in thousandths, from _MATCHED."""
    todo = [
        card
        for card in plan.cards
        if card.contact.photo is not None and (card.action == "new" or "photo" in card.changes)
    ]
    if not todo:
        return

    def prepare(card: PlannedCard) -> tuple[bytes, bytes] | photos.PhotoError:
        if cancelled is not None and cancelled():
            return photos.PhotoError("cancelled")
        try:
            return photos.prepare_photo(card.contact.photo or b"")
        except photos.PhotoError as error:
            return error

    large = [
        i for i, card in enumerate(todo) if len(card.contact.photo or b"") > _INLINE_PHOTO_BYTES
    ]
    results: list[tuple[bytes, bytes] | photos.PhotoError | None] = [None] * len(todo)
    with ThreadPoolExecutor(max_workers=4) as pool:
        pending = pool.map(prepare, [todo[i] for i in large])
        inline = set(range(len(todo))) - set(large)
        for done, i in enumerate(sorted(inline)):
            results[i] = prepare(todo[i])
            if progress is not None and done % 50 == 0:
                progress(_MATCHED + (1000 - _MATCHED) * done // len(todo))
        for done, (i, prepared) in enumerate(zip(large, pending, strict=True), len(inline)):
            results[i] = prepared
            if progress is not None and done % 10 == 0:
                progress(_MATCHED + (1000 - _MATCHED) * done // len(todo))
    _check(cancelled)
    for card, result in zip(todo, results, strict=True):
        assert result is not None
        if isinstance(result, photos.PhotoError):
            # named at its PHOTO line, as the reader names any field (a reader that does not
            # say where: the card's line); a photo a later card gave names that card's line
            file, line = getattr(card.contact.photo, "where", None) or (card.file, card.line)
            log.info("%s, line %d: photo dropped (%s)", file, line, result)
            template = _PHOTO_DROPPED.get(result.kind, _PHOTO_DROPPED["unreadable"])
            plan.problems.append(problem(file, line, template, "warning", **result.args_))
            card.contact.photo = None
            card.fingerprint = None  # the same card again must drop (and tell) again
            if card.action != "new":
                card.changes.remove("photo")
                if not card.changes and not card.conflicts:
                    card.action = "unchanged"
        else:
            card.contact.photo, card.thumbnail = result


# -- applying --------------------------------------------------------------------------------


def apply_import(
    core: Core,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Write the plan in ONE transaction: on cancel or any error nothing at all is written.

    Conflicts are resolved as each ``FieldConflict.take_theirs`` says (default: keep mine).

    Raises:
        ImportCancelled: ``cancelled()`` returned True; the database is as before.
    """
    with collector_paused():
        return _apply(core, plan, progress, cancelled)


def _apply(
    core: Core, plan: ImportPlan, progress: Progress | None, cancelled: Cancelled | None
) -> ImportSummary:
    now = core.clock.now()
    new_cards = [card for card in plan.cards if card.action == "new"]
    merges = [card for card in plan.cards if card.action != "new" and card.writes]
    total = len(new_cards) + len(merges) + 1
    done = 0
    with bulk.write_transaction():

        def handed_over(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, total)
            _check(cancelled)

        _check(cancelled)
        bulk.insert_contacts(
            [(card.contact, card.thumbnail) for card in new_cards],
            now,
            [card.fingerprint for card in new_cards],
            after_chunk=handed_over,
        )
        _check_unchanged(merges)
        kept_thumbnails = bulk.thumbnails(
            [c.existing_id for c in merges if c.existing_id is not None and c.thumbnail is None]
        )
        for start in range(0, len(merges), _WRITE_CHUNK):
            _check(cancelled)
            chunk = merges[start : start + _WRITE_CHUNK]
            updates = []
            # a conflict kept "mine" would be asked again: no fingerprint to skip past it
            fingerprints = [
                card.fingerprint if all(c.take_theirs for c in card.conflicts) else None
                for card in chunk
            ]
            for card in chunk:
                contact = apply_conflicts(card.contact, card.conflicts)
                contact.display_name = names.display_name(contact)
                assert card.existing_id is not None
                thumbnail = card.thumbnail or kept_thumbnails.get(card.existing_id)
                updates.append((contact, thumbnail if contact.photo is not None else None))
            bulk.update_contacts(updates, now, fingerprints)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        written = [c.contact.id for c in new_cards] + [c.existing_id for c in merges]
        ids = [i for i in written if i is not None]
        _introduce(plan.cards, new_cards + merges, written)
        _check(cancelled)
        refresh_cadence(bulk.ids_with_cadence(ids), now)
    if progress is not None:
        progress(total, total)
    contact_ids = [
        card.contact.id if card.action == "new" else card.existing_id for card in plan.cards
    ]
    return ImportSummary(
        new=len(new_cards),
        merged=len(merges),
        unchanged=len(plan.cards) - len(new_cards) - len(merges),
        problems=list(plan.problems),
        contact_ids=[i for i in contact_ids if i is not None],
        archived_new=sum(1 for card in new_cards if card.contact.archived),
    )


def _introduce(
    everyone: list[PlannedCard], cards: list[PlannedCard], ids: list[int | None]
) -> None:
    """Point "met through" at whom each written card names by UID, now that every contact of
    the import has its id (two cards of one file may name each other): a card of the import
    by its file's UID (merged into a stored contact or new), else a stored contact by its own."""
    named = [
        (contact_id, card.contact.met_through_uid)
        for card, contact_id in zip(cards, ids, strict=True)
        if card.contact.met_through_uid and contact_id is not None
    ]
    if not named:
        return
    by_uid = bulk.ids_by_uid(uid for _, uid in named)
    for card in everyone:
        contact_id = card.contact.id if card.action == "new" else card.existing_id
        if contact_id is not None:
            by_uid.update(dict.fromkeys(card.card_uids, contact_id))
    bulk.set_met_through((i, by_uid[uid]) for i, uid in named if uid in by_uid)


# What an import does not write, and others may change meanwhile without touching its merge
_NOT_MERGED = frozenset({"updated_at", "last_interaction", "next_due", "created_at"})


def _check_unchanged(merges: list[PlannedCard]) -> None:
    """Raise ImportStale when a contact to merge into is no longer as the plan read it (the
    preview was open while netdesk-cli or a sync wrote to it): writing the plan would put
    what it was back over that change."""
    fresh = bulk.load_contacts(c.existing_id for c in merges if c.existing_id is not None)
    stale = []
    for card in merges:
        now = fresh.get(card.existing_id) if card.existing_id is not None else None
        base = card.base
        if (
            now is None
            or base is None
            or any(
                getattr(now, f.name) != getattr(base, f.name)
                for f in dataclasses.fields(Contact)
                if f.name not in _NOT_MERGED
            )
        ):
            stale.append(now.display_name if now is not None else card.contact.display_name)
    if stale:
        raise ImportStale(stale)


def import_files(
    core: Core,
    paths: Sequence[str],
    *,
    csv_mapping: dict[str, str] | None = None,
    csv_mappings: dict[str, dict[str, str]] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Plan and apply at once, conflicts keeping the existing values (CLI, smoke test). A
    contact changed by another program between the two is read again (a few tries).

    The cyclic collector stays off from the plan to the end of the import, and the plan is
    let go before it is back: turned on between the two, it walked the plan's objects (some
    300,000 for 10,000 cards) before the import could start, and again after it.
    """
    with collector_paused():
        for attempt in range(3):
            plan = plan_import(
                core, paths, csv_mapping=csv_mapping, csv_mappings=csv_mappings, cancelled=cancelled
            )
            try:
                summary = apply_import(core, plan, progress=progress, cancelled=cancelled)
            except ImportStale:
                if attempt == 2:
                    raise
                log.info("contacts changed while importing; reading the files again")
                continue
            finally:
                del plan
            return summary
    raise AssertionError("unreachable")
