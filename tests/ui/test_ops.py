"""A file problem in GUI work is one translated message in the banner, like any refusal."""
import errno

from station.i18n import language, set_language
from ui import messages, ops


def test_an_os_error_from_an_op_is_shown_as_one_clear_message(qapp, tmp_path):
    seen = []

    def note(level, text):
        seen.append((level, text))

    messages.bridge().shown.connect(note)
    before = language()
    set_language("zh_CN")
    try:
        def fail():
            raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "b.vsb"))

        ops.Op(fail).run()
        ops.wait_idle()
    finally:
        set_language(before)
        messages.bridge().shown.disconnect(note)
    assert seen == [("error", f"无法使用 {tmp_path / 'b.vsb'}：磁盘已满。")]
