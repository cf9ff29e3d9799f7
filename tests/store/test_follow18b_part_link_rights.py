"""A backup's part file left as a link: its target's rights were changed to 0600 (the tests
that link the part to /dev/full, run as root, left /dev/full writable by root alone)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from netdesk.core import Core, backups
from netdesk.core.types import Contact


def test_a_part_left_as_a_link_keeps_its_targets_rights(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    elsewhere = tmp_path / "elsewhere.sqlite3"
    elsewhere.touch()
    elsewhere.chmod(0o644)
    target = tmp_path / "backups" / "netdesk-20260301-090000.sqlite3"
    target.parent.mkdir()
    Path(f"{target}.part").symlink_to(elsewhere)
    # (never written through: test_infra19_backup_part.py)
    assert backups.contacts_in(backups.backup_to(target)) == 1
    assert stat.S_IMODE(os.stat(elsewhere).st_mode) == 0o644


def test_a_part_made_by_the_backup_is_private(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    made = backups.backup_to(tmp_path / "netdesk-20260301-090000.sqlite3")
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
