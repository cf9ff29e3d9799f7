"""Writing a contact another program deleted meanwhile: said plainly, nothing written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.contacts import ContactGoneError
from netdesk.core.types import Contact, EmailAddress

ROOT = Path(__file__).resolve().parents[2]
DELETE = (
    "import sys; from pathlib import Path; from netdesk.core import Core; "
    "from netdesk.core.paths import Paths; core = Core.open(Paths(Path(sys.argv[1]))); "
    "core.contacts.delete([int(sys.argv[2])]); core.close()"
)


def delete_elsewhere(data_dir: Path, contact_id: int) -> None:
    """Delete the contact from another process, as a script over the same data folder."""
    subprocess.run(
        [sys.executable, "-c", DELETE, str(data_dir), str(contact_id)],
        check=True,
        cwd=ROOT,
        timeout=60,
    )


def _rows_of(data_dir: Path, contact_id: int) -> dict[str, int]:
    """How many rows of each table that names a contact still name this one."""
    database = next(data_dir.glob("*.sqlite3"))
    with sqlite3.connect(database) as raw:
        tables = [
            r[0]
            for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if "contact_id" in [c[1] for c in raw.execute(f'PRAGMA table_info("{r[0]}")')]
        ]
        found = {
            table: raw.execute(
                f'SELECT count(*) FROM "{table}" WHERE contact_id = ?', (contact_id,)
            ).fetchone()[0]
            for table in tables
        }
        found["contact"] = raw.execute(
            "SELECT count(*) FROM contact WHERE id = ?", (contact_id,)
        ).fetchone()[0]
    return {table: count for table, count in found.items() if count}


@pytest.mark.parametrize(
    ("tags", "emails"), [([], []), (["client"], []), ([], [EmailAddress("ana@example.org")])]
)
def test_an_update_of_a_contact_deleted_elsewhere_is_refused_and_writes_nothing(
    core: Core, tmp_data_dir: Path, tags: list[str], emails: list[EmailAddress]
) -> None:
    """It was ignored without a word, or (with a tag or an e-mail) failed as an
    IntegrityError ("FOREIGN KEY constraint failed")."""
    ana = core.contacts.create(Contact(given_name="Ana", tags=tags, emails=emails))
    edited = core.contacts.get(ana)
    assert edited is not None
    delete_elsewhere(tmp_data_dir, ana)
    edited.title = "CTO"
    with pytest.raises(ContactGoneError, match="deleted"):
        core.contacts.update(edited)
    assert _rows_of(tmp_data_dir, ana) == {}
    assert core.contacts.search("Ana") == []
