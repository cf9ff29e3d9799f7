"""netdesk-cli's commands on contacts, the journal and follow-ups."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import IO, Any

from netdesk.cli_names import NameParts, split_name, written_family_first
from netdesk.cli_output import (
    CliError,
    UsageError,
    address_line,
    card_json,
    contact_json,
    contact_line,
    follow_up_json,
    follow_up_when,
    interaction_json,
    note,
    one_line,
    shown,
    when_shown,
    write_json,
    write_json_list,
)
from netdesk.core import Core
from netdesk.core.contacts import ValidationError
from netdesk.core.followups import CADENCE_NOTE, effective_cadence
from netdesk.core.types import NEVER_KEEP_IN_TOUCH, Contact, EmailAddress
from netdesk.core.types import PhoneNumber as Phone


def _once(values: list[str], *, phone: bool = False) -> list[str]:
    """``values`` stripped, each given once: `--email ana@x.org --email Ana@x.org` (a script's
    two sources of one address) stored it twice, listed twice on the card. A phone is the
    same number however it is written ("+34 612 34 56 78", "+34612345678")."""
    from netdesk.core import names

    kept: dict[str, str] = {}
    for value in values:
        key = (names.normalize_phone(value) if phone else "") or value.strip().casefold()
        kept.setdefault(key, value.strip())
    return list(kept.values())


class Commands:
    """Each ``cmd_*`` method is one sub-command; it prints and returns the exit code."""

    def __init__(self, core: Core, as_json: bool, folder: Path | None = None) -> None:
        self.core = core
        self.as_json = as_json
        self.folder = folder  # the data folder, for messages that name it

    def _print(self, data: Any, text: str, stream: IO[str] | None = None) -> None:
        out = stream or sys.stdout
        if self.as_json:
            write_json(data, out)
        elif text:
            print(shown(text), file=out)

    def _print_id(self, new_id: int, what: str) -> None:
        """Print the id of what was just written. An output that cannot take it (`> /dev/full`,
        a full disk) said only "cannot write the output": the script took the write for failed
        and ran it again, doubling it."""
        try:
            self._print({"id": new_id}, str(new_id))
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise CliError(
                f"{what} was saved (id {new_id}), but its id could not be written to the "
                f"output: {error.strerror or error}"
            ) from error

    def _contact(self, contact_id: int) -> Contact:
        contact = self.core.contacts.get(contact_id)
        if contact is None:
            raise CliError(f"no contact with id {contact_id}")
        return contact

    def cmd_add(self, args: argparse.Namespace) -> int:
        from netdesk.core import names

        if args.met_through is not None:
            self._contact(args.met_through)
        for raw in args.phone:  # as the card refuses to save them
            problem = names.phone_problem(raw)
            if problem and problem.startswith("Not a phone number"):
                raise UsageError(f"--phone {raw!r} is not a phone number")
            if problem:
                raise UsageError(
                    f"--phone {raw!r} is not a valid number for its country: check the digits, "
                    "or start with + and the country code"
                )
        if args.name is not None:
            name = split_name(args.name, family_first=args.family_first)
        else:
            name = NameParts(given=" ".join((args.given or "").split()))
            name.family = " ".join((args.family or "").split())
        contact = Contact(
            # the card's "name as written": shown family name first, as typed
            formatted_name=written_family_first(name) if args.family_first else "",
            prefix=name.prefix,
            given_name=name.given,
            family_name=name.family,
            suffix=name.suffix,
            organization=(args.org or "").strip(),
            emails=[EmailAddress(e, preferred=i == 0) for i, e in enumerate(_once(args.email))],
            phones=[
                Phone(p, preferred=i == 0) for i, p in enumerate(_once(args.phone, phone=True))
            ],
            tags=args.tag,
            keep_in_touch_days=args.every,
            met_on=args.met_on,
            met_at=args.met_at or "",
            met_through_id=args.met_through,
        )
        if not names.display_name(contact):
            # the options given: --given " " was told "--name is empty", never written
            given = [o for o, v in (("--name", args.name), ("--given", args.given),
                                    ("--family", args.family)) if v is not None]  # fmt: skip
            raise UsageError(
                f"{' and '.join(given)} {'are' if len(given) > 1 else 'is'} empty: give the "
                "contact a name (or an --org, --email or --phone)"
            )
        try:
            contact_id = self.core.contacts.create(contact)
        except ValidationError as error:  # "emails: …" named no option
            option = {"emails": "--email", "keep_in_touch_days": "--every"}.get(error.field)
            if option:
                raise UsageError(f"{option} {error.message}") from error
            raise CliError(str(error)) from error
        self._print_id(contact_id, f"the contact {names.display_name(contact)}")
        told = set()
        for other, email in self._same_email(contact_id, [e.value for e in contact.emails]):
            # still added (a namesake may share an office address), but a script run twice
            # doubles everyone: say it, where a script does not read it
            note(f"{other.display_name} ({other.id}) has the e-mail {email} too")
            told.add(other.id)
        # a script that adds names alone, run twice, doubled everyone unsaid
        namesakes = [
            other
            for other in self._same_name(contact_id, names.display_name(contact))
            if other.id not in told
        ]
        if len(namesakes) == 1:
            note(f"{namesakes[0].display_name} ({namesakes[0].id}) has this name too")
        elif namesakes:  # one line, not one for each of 50 "Ana García"
            ids = ", ".join(str(other.id) for other in namesakes[:5])
            more = f" and {len(namesakes) - 5} more" if len(namesakes) > 5 else ""
            note(f"{len(namesakes)} others have this name too (ids {ids}{more})")
        return 0

    def _rhythm(self, contact: Contact) -> str:
        """The keep-in-touch rhythm as the card says it: its own, "never" whatever its tags
        say, or its tags' (the shortest)."""
        if contact.keep_in_touch_days == NEVER_KEEP_IN_TOUCH:
            return "never (whatever its tags say)"
        if contact.keep_in_touch_days is not None:
            return f"{contact.keep_in_touch_days} days"
        days = effective_cadence(contact.id) if contact.id is not None else None
        return f"{days} days (from its tags)" if days else ""

    def _same_email(self, added: int, emails: list[str]) -> list[tuple[Contact, str]]:
        """Other contacts (archived too) with one of ``emails``, and which one."""
        from netdesk.core.exporting import contacts_in_order

        found: dict[int, tuple[Contact, str]] = {}
        for email in emails:
            wanted = email.strip().casefold()
            ids = self.core.contacts.search(email, limit=50, include_archived=True)
            for other in contacts_in_order([i for i in ids if i != added and i not in found]):
                if any(e.value.strip().casefold() == wanted for e in other.emails):
                    found[other.id or 0] = (other, email.strip())
        return list(found.values())

    def _same_name(self, added: int, name: str) -> list[Contact]:
        """Other contacts (archived too) named ``name``, case, accents and spacing aside."""
        from netdesk.core.exporting import contacts_in_order
        from netdesk.core.merging import fold

        wanted = fold(" ".join(name.split()))
        ids = self.core.contacts.search(name, limit=50, include_archived=True)
        return [
            other
            for other in contacts_in_order([i for i in ids if i != added])
            if fold(" ".join(other.display_name.split())) == wanted
        ]

    def cmd_show(self, args: argparse.Namespace) -> int:
        contact = self._contact(args.id)
        through = self.core.contacts.get(contact.met_through_id) if contact.met_through_id else None
        lines = [contact_line(contact)]
        # the rest of the card, which show left out ("where does she live?" was the app's)
        addresses = [address_line(a) for a in contact.addresses if not a.is_empty()]
        related = [f"{r.label}: {r.name}" if r.label else r.name for r in contact.related if r.name]
        for label, value in (
            ("nickname", contact.nickname),
            ("title", contact.title),
            ("department", contact.department),
            ("emails", ", ".join(e.value for e in contact.emails)),
            ("phones", ", ".join(p.raw for p in contact.phones)),
            ("addresses", "; ".join(addresses)),
            ("websites", ", ".join(u.value for u in contact.urls)),
            ("tags", ", ".join(contact.tags)),
            ("birthday", contact.birthday.to_iso() if contact.birthday else ""),
            ("anniversary", contact.anniversary.to_iso() if contact.anniversary else ""),
            ("related", "; ".join(one_line(r) for r in related)),
            *(
                (one_line(f.label.strip()) or "other", one_line(f.value))
                for f in contact.custom_fields
                if f.value.strip()
            ),
            ("what they do", one_line(contact.what_they_do)),
            ("looking for", one_line(contact.looking_for)),
            ("can offer", one_line(contact.can_offer)),
            ("met on", contact.met_on.to_iso() if contact.met_on else ""),
            ("met at", contact.met_at),
            ("met through", f"{through.display_name} ({through.id})" if through else ""),
            ("every", self._rhythm(contact)),
            ("last interaction", when_shown(contact.last_interaction)),
            # the next due of a day alone is its midnight
            ("next due", when_shown(contact.next_due, has_time=False)),
            ("archived", "yes" if contact.archived else ""),
        ):
            if value:
                lines.append(f"  {label}: {value}")
        # the card's story and next steps: its notes, open follow-ups and latest journal
        assert contact.id is not None
        follow_ups = self.core.follow_ups.of_contact(contact.id)
        journal = self.core.journal.for_contact(contact.id, limit=args.journal)
        if contact.notes.strip():
            lines.append("  notes: " + "\n    ".join(contact.notes.strip().splitlines()))
        if follow_ups:
            lines.append("  follow-ups:")
            lines += [f"    {follow_up_when(f)}  {one_line(f.note)}".rstrip() for f in follow_ups]
        if journal:
            lines.append(
                f"  journal (latest {len(journal)}):" if len(journal) > 1 else "  journal:"
            )
            lines += [
                f"    {when_shown(i.occurred_at)}  {i.kind}  {one_line(i.summary)}" for i in journal
            ]
        data = (
            contact_json(contact)
            | card_json(contact)
            | {
                "follow_ups": [follow_up_json(f) for f in follow_ups],
                "journal": [interaction_json(i) for i in journal],
            }
        )
        self._print(data, "\n".join(lines))
        return 0

    def cmd_search(self, args: argparse.Namespace) -> int:
        from netdesk.core.exporting import contacts_in_order
        from netdesk.core.list_search import listed_contacts

        ids = self.core.contacts.search(
            args.text, limit=args.limit + 1, include_archived=args.archived
        )
        more = len(ids) > args.limit
        if self.as_json:
            # whole contacts a chunk at a time (one get() each took 18 s for 1,000 at
            # 100,000), written as they come
            found = contacts_in_order(ids[: args.limit])
            write_json_list((contact_json(c) for c in found), sys.stdout)
        else:
            # a line holds id, name, organization and first e-mail: read alone (whole
            # contacts took 1.6 s of CPU for 44,717 lines)
            for contact in listed_contacts(ids[: args.limit]):
                print(shown(contact_line(contact)))
        if more:
            shown_first = (
                "the first match" if args.limit == 1 else f"the first {args.limit:,} matches"
            )
            note(f"showing {shown_first}; --limit N shows more")
        if not ids:  # as grep: a script can test for "found nobody" (stdout stays empty)
            archived = not args.archived and self.core.contacts.search(
                args.text, limit=1, include_archived=True
            )
            note(
                f"no contact matches {args.text!r}"
                + ("; archived ones do: --archived lists them" if archived else "")
            )
            return 1
        return 0

    def cmd_log(self, args: argparse.Namespace) -> int:
        for contact_id in args.ids:
            self._contact(contact_id)
        now = self.core.clock.now()
        try:
            at = args.at.resolve(now) if args.at else None
            interaction_id = self.core.journal.log(args.ids, args.kind, args.summary, at=at)
        except ValueError as error:
            raise CliError(str(error)) from error
        except OverflowError as error:  # the next keep-in-touch date past the year 9999
            raise CliError(
                f"--at {at or now:%Y-%m-%d}: too far ahead for the keep-in-touch rhythm that "
                "follows it; nothing was logged"
            ) from error
        self._print_id(interaction_id, "the journal entry")
        if at is not None and at > now + dt.timedelta(days=1):  # a mistyped year, as the app asks
            note(
                f"logged for {at:%Y-%m-%d %H:%M}, in the future: until then it counts as the "
                "last talk, and keep-in-touch reminders wait for it"
            )
        return 0

    def cmd_followup(self, args: argparse.Namespace) -> int:
        contact = self._contact(args.id)
        due, has_time = args.due.resolve(self.core.clock.now()), args.due.has_time
        follow_up_id = self.core.follow_ups.add(args.id, due, args.note or "", has_time=has_time)
        self._print_id(follow_up_id, "the follow-up")
        if contact.archived:  # accepted, but never listed as due: say so
            note(f"{contact.display_name} is archived: the follow-up comes due once unarchived")
        return 0

    def cmd_due(self, args: argparse.Namespace) -> int:
        now = self.core.clock.now()
        at = args.at.end(now) if args.at else now
        items = self.core.follow_ups.due(at, limit=args.limit)
        text = "\n".join(
            f"{i.id:>6}  {follow_up_when(i)}  {one_line(i.display_name)}  {one_line(i.note)}"
            # a keep-in-touch item's own note says so already: "Keep in touch  (keep in touch)"
            f"{'  (keep in touch)' if i.from_cadence and i.note != CADENCE_NOTE else ''}".rstrip()
            for i in items
        )
        self._print([follow_up_json(i) for i in items], text)
        if not items:  # a remark: `due | while read id rest` took "Nothing due." for an item
            when = ""
            if args.at:
                timed = args.at.has_time
                when = f" at {at:%Y-%m-%d %H:%M}" if timed else f" by the end of {at:%Y-%m-%d}"
            note(f"nothing due{when}")
        if len(items) == args.limit:
            total = self.core.follow_ups.count_due(at)
            if total > len(items):
                note(f"showing {len(items):,} of {total:,} due; --limit N shows more")
        return 0

    def cmd_done(self, args: argparse.Namespace) -> int:
        item = self.core.follow_ups.get(args.id)
        if item is None or item.done_at is not None:
            raise CliError(f"no open follow-up with id {args.id} (netdesk-cli due lists them)")
        if item.from_cadence and item.effective_due > self.core.clock.now():
            # the same item again, a cycle later: a second `done 175` would log a second talk
            raise CliError(
                f"keeping in touch with {item.display_name} is not due until "
                f"{follow_up_json(item)['due']}; a talk since is logged with netdesk-cli log"
            )
        summary = (args.summary or "").strip() or item.note.strip() or "Done"
        with self.core.store.transaction():  # as Today's Done…: no longer held to a snooze
            interaction_id = self.core.journal.complete(args.id, summary, kind=args.kind)
            self.core.follow_ups.end_snooze(args.id)
        self._print_id(interaction_id, "the follow-up's journal entry")
        return 0

    def cmd_stats(self, args: argparse.Namespace) -> int:
        stats = self.core.contacts.stats()
        data = {
            "contacts": stats.contacts,
            "archived": stats.archived,
            "interactions": stats.interactions,
            "due": stats.due,
            "tags": stats.tags,
        }
        self._print(data, "\n".join(f"{key}: {value}" for key, value in data.items()))
        return 0
