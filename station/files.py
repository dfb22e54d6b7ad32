"""Writing files so that a crash or power cut leaves the old file or the new one, never half of one."""
import errno
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    if path.is_dir():  # name the folder the user gave, not our temporary file
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
