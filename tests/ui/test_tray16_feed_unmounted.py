"""The calendar feed's folder on a drive /etc/fstab mounts at a fixed place, while nothing is
mounted there: netdesk.ics is not written under the empty mount point (the local disk), where
the folder was made again and the calendar app, reading the drive once it was back, kept an
old file; it is written once the drive is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tray import context  # noqa: F401  (fixture)

from netdesk.core import backups
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.tray import CalendarFeed


def test_the_feed_is_not_written_under_the_mount_point_of_a_drive_not_mounted(
    context: AppContext,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    point = tmp_path / "mnt" / "usb"
    point.mkdir(parents=True)
    fstab = tmp_path / "fstab"
    fstab.write_text(f"UUID=0a1b / ext4 defaults 0 1\nLABEL=STICK {point} vfat noauto,user 0 0\n")
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n")
    monkeypatch.setattr(backups, "FSTAB", fstab)
    monkeypatch.setattr(backups, "MOUNTINFO", mountinfo)
    context.core.contacts.create(Contact(given_name="Ana"))
    folder = point / "calendar"
    context.settings.set(s.ICS_FOLDER, str(folder))
    feed = CalendarFeed(context)
    assert feed.write() is None
    assert not folder.exists()  # nothing made on the local disk under the mount point
    with mountinfo.open("a") as mounted:  # the stick plugged in and mounted
        mounted.write(f"40 22 8:17 / {point} rw,relatime - vfat /dev/sdb1 rw\n")
    assert feed.write() == folder / "netdesk.ics"
    assert (folder / "netdesk.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
