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


def test_echoed_input_with_a_line_or_paragraph_separator_stays_on_one_line():
    """U+2028 and U+2029 end a line for str.splitlines and for many terminals, as a newline does (the CLI fuzz found
    an amount typed with one inside it)."""
    from station.errors import InvalidInput
    from station.orders.money import parse_yuan

    for separator in ("\u2028", "\u2029", "\n", "\x85"):
        try:
            parse_yuan(f"0{separator}0")
        except InvalidInput as exc:
            assert len(str(exc).splitlines()) == 1 and len(exc.message().splitlines()) == 1, repr(str(exc))
        else:
            raise AssertionError("refused")
