"""A backup is its owner's alone while it is written too: the part file was made with the
umask's rights (0644, readable by every user of the computer) and made private only once
complete; in a backups folder others can reach (a shared drive, a folder outside the data
folder), anyone could open it during the copy and read every contact from it."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

from netdesk.core import Core, backups
from netdesk.core.types import Contact


def test_the_part_file_of_a_backup_is_private_from_its_first_page(
    core: Core, tmp_path: Path
) -> None:
    for n in range(100):
        core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 1000))
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    now = dt.datetime(2026, 3, 2, 9)
    seen: list[int] = []

    def part_mode(_done: int, _total: int) -> None:
        [part] = folder.glob(f"netdesk-{now:%Y%m%d-%H%M%S}.sqlite3.*.part")  # (a name of its own)
        seen.append(stat.S_IMODE(part.stat().st_mode))

    umask = os.umask(0o022)  # a desktop's usual one
    try:
        made = backups.backup_now(
            folder,
            now,
            progress=part_mode,
        )
    finally:
        os.umask(umask)
    assert seen and set(seen) == {0o600}
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
