"""Where a USB drive is likely mounted, so the export folder can be picked without browsing."""
import getpass
from pathlib import Path


def removable_folders() -> list[Path]:
    """Mounted drives under the usual Linux removable-media roots (Windows drive letters D: … when present)."""
    user = getpass.getuser()
    # Where desktops mount USB drives; /mnt holds the machine's own mounts, never offered.
    roots = [Path("/media") / user, Path("/run/media") / user, Path("/media")]
    found: list[Path] = []
    for root in roots:
        try:
            found += [p for p in sorted(root.iterdir()) if p.is_dir() and p not in roots and p.name != user]
        except OSError:
            continue
    found += [Path(f"{letter}:/") for letter in "DEFGH" if Path(f"{letter}:/").exists()]
    return list(dict.fromkeys(found))
