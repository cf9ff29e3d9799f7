"""Plain-Python domain logic: contacts, journal, follow-ups. No Qt; only netdesk.store below."""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.core.clock import Clock, SystemClock
from netdesk.core.contacts import ContactService
from netdesk.core.followups import FollowUpService
from netdesk.core.journal import JournalService
from netdesk.core.paths import Paths
from netdesk.store.database import Store, StoreError, open_database
from netdesk.store.migrations import NewerDatabaseError

__all__ = ["Core", "NewerDatabaseError", "StoreError"]


@dataclass
class Core:
    """The services over one open database, sharing one clock."""

    store: Store
    clock: Clock
    contacts: ContactService
    journal: JournalService
    follow_ups: FollowUpService

    @classmethod
    def over(cls, store: Store, clock: Clock | None = None) -> Core:
        use = clock or SystemClock()
        return cls(
            store=store,
            clock=use,
            contacts=ContactService(store, use),
            journal=JournalService(store, use),
            follow_ups=FollowUpService(store, use),
        )

    @classmethod
    def open(cls, paths: Paths, clock: Clock | None = None) -> Core:
        """Open (create, migrate) the database under ``paths``."""
        return cls.over(open_database(paths.database), clock)

    def close(self) -> None:
        self.store.close()
