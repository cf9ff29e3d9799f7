"""netdesk-cli export --tag of a tag nobody has any more says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.cli import main
from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact


def test_an_export_of_a_tag_nobody_has_says_the_file_holds_none(
    tmp_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export --tag friends --out ~/Sync/friends.vcf` from cron, after the tag was taken
    off everyone: the synced file was emptied with a plain 'Exported 0 contacts'."""
    core = Core.open(Paths(tmp_data_dir))
    ana = core.contacts.get(core.contacts.create(Contact(given_name="Ana", tags=["friends"])))
    assert ana is not None
    ana.tags = []
    core.contacts.update(ana)
    assert [(t.name, t.count) for t in core.contacts.tags()] == [("friends", 0)]
    core.close()
    target = tmp_path / "friends.vcf"
    code = main(["--data-dir", str(tmp_data_dir), "export", "--tag", "friends", "--out",
                 str(target)])  # fmt: skip
    said = capsys.readouterr()
    assert code == 0
    assert said.out == f"Exported 0 contacts to {target}\n"
    assert said.err == f"netdesk-cli: no contact has the tag 'friends'; {target} holds none\n"
    assert main(["--data-dir", str(tmp_data_dir), "export", "--out", str(target)]) == 0
    assert capsys.readouterr().err == ""  # everyone: nothing to say
