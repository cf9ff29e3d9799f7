"""A backups folder on a drive mounted at a fixed place (fstab: a USB stick's root at
/mnt/usb): while the drive is not mounted, its mount point stays, an empty folder of the
local disk, and the backup goes to the default folder instead of under it."""

from __future__ import annotations

from pathlib import Path

from netdesk.core.backups import folder_to_use, unmounted


def _fstab(tmp_path: Path, *points: str) -> Path:
    fstab = tmp_path / "fstab"
    lines = ["# <file system> <mount point> <type> <options> <dump> <pass>",
             "UUID=0a1b / ext4 errors=remount-ro 0 1"]  # fmt: skip
    lines += [f"LABEL=STICK {point} vfat noauto,user 0 0" for point in points]
    fstab.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return fstab


def test_a_mount_point_with_its_drive_not_mounted_is_no_backups_folder(tmp_path: Path) -> None:
    stick = tmp_path / "mnt" / "usb stick"
    (stick / "netdesk").mkdir(parents=True)  # made under it once while it was not mounted
    default = tmp_path / "data" / "backups"
    fstab = _fstab(tmp_path, str(stick).replace(" ", "\\040"))
    assert unmounted(stick, fstab) == stick
    assert folder_to_use(stick, default, fstab=fstab) == (default, stick)
    inside = stick / "netdesk"
    assert folder_to_use(inside, default, fstab=fstab) == (default, inside)


def test_a_folder_no_fstab_mount_point_holds_is_used(tmp_path: Path) -> None:
    chosen = tmp_path / "backups"
    chosen.mkdir()
    default = tmp_path / "data" / "backups"
    # the root is a mount point of every fstab, and is always mounted
    assert folder_to_use(chosen, default, fstab=_fstab(tmp_path)) == (chosen, None)
    assert folder_to_use(chosen, default, fstab=tmp_path / "none") == (chosen, None)
    mounted = Path("/proc")  # a mount point with something mounted on it
    assert unmounted(mounted, _fstab(tmp_path, "/proc")) is None


def test_a_bind_mount_of_a_folder_of_the_same_disk_counts_as_mounted(tmp_path: Path) -> None:
    """fstab's "/data/Documents /home/u/Documents none bind": os.path.ismount() is False for
    it (same device), so the backups went to the default folder with "drive not mounted"
    every day (reviewer). The kernel's list of mounts says it is there."""
    documents = tmp_path / "home" / "u" / "My Documents"
    (documents / "backups").mkdir(parents=True)
    fstab = _fstab(tmp_path, str(documents).replace(" ", "\\040"))
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        f"98 22 8:1 /data/Documents {str(documents).replace(' ', chr(92) + '040')} rw,relatime"
        " shared:1 - ext4 /dev/sda1 rw\n",
        encoding="utf-8",
    )
    assert unmounted(documents / "backups", fstab, mountinfo) is None
    assert unmounted(documents / "backups", fstab, tmp_path / "no-proc") == documents  # ismount
    empty = tmp_path / "empty-mountinfo"
    empty.write_text("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n", encoding="utf-8")
    assert unmounted(documents / "backups", fstab, empty) == documents
