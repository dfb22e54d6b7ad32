"""File problems become one line in the user's language."""
import errno

from station.errors import describe_os_error
from station.i18n import language, set_language


def test_os_errors_name_the_path_and_the_reason_in_words(tmp_path):
    before = language()
    set_language("en")
    try:
        missing = FileNotFoundError(errno.ENOENT, "No such file or directory", str(tmp_path / "x.db"))
        assert describe_os_error(missing) == f"Cannot use {tmp_path / 'x.db'}: there is no such file."
        no_folder = FileNotFoundError(errno.ENOENT, "No such file or directory", str(tmp_path / "a" / "x.db"))
        assert describe_os_error(no_folder).endswith("the folder does not exist.")
        set_language("zh_CN")
        full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/b.vsb")
        assert describe_os_error(full) == "无法使用 /media/usb/b.vsb：磁盘已满。"
    finally:
        set_language(before)
