"""Plain-Python domain logic: contacts, journal, follow-ups. No Qt; only netdesk.store below.

The services (and peewee under them) are imported when a Core is built, not when a submodule
such as netdesk.core.paths or netdesk.core.listing is: start-up paints before they load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netdesk.core.clock import Clock
    from netdesk.core.contacts import ContactService
    from netdesk.core.followups import FollowUpService
    from netdesk.core.journal import JournalService
    from netdesk.core.paths import Paths
    from netdesk.core.tags import TagService
    from netdesk.store.database import Store, StoreError
    from netdesk.store.migrations import NewerDatabaseError

__all__ = ["Core", "NewerDatabaseError", "StoreError"]


def __getattr__(name: str) -> type[Exception]:
    """``StoreError`` and ``NewerDatabaseError`` on first use (PEP 562): they live in the store."""
    if name == "StoreError":
        from netdesk.store.database import StoreError

        return StoreError
    if name == "NewerDatabaseError":
        from netdesk.store.migrations import NewerDatabaseError

        return NewerDatabaseError
    raise AttributeError(f"module 'netdesk.core' has no attribute {name!r}")


@dataclass
class Core:
    """The services over one open database, sharing one clock."""

    store: Store
    clock: Clock
    contacts: ContactService
    journal: JournalService
    follow_ups: FollowUpService
    tags: TagService

    @classmethod
    def over(cls, store: Store, clock: Clock | None = None) -> Core:
        from netdesk.core.clock import SystemClock
        from netdesk.core.contacts import ContactService
        from netdesk.core.followups import FollowUpService
        from netdesk.core.journal import JournalService
        from netdesk.core.tags import TagService

        use = clock or SystemClock()
        contacts = ContactService(store, use)
        return cls(
            store=store,
            clock=use,
            contacts=contacts,
            journal=JournalService(store, use),
            follow_ups=FollowUpService(store, use),
            tags=TagService(contacts),
        )

    @classmethod
    def open(cls, paths: Paths, clock: Clock | None = None) -> Core:
        """Open (create, migrate) the database under ``paths``."""
        from netdesk.store.database import open_database

        return cls.over(open_database(paths.database), clock)

    def close(self) -> None:
        self.store.close()
