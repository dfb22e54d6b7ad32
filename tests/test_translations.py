"""Every user-visible string in the code has a Simplified Chinese translation."""
import subprocess
import sys
from pathlib import Path

from station.i18n import set_language, tr

ROOT = Path(__file__).resolve().parent.parent


def test_every_string_has_a_chinese_translation():
    proc = subprocess.run([sys.executable, "tools/i18n.py", "check"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, "untranslated strings:\n" + proc.stdout


def test_no_translation_is_kept_for_a_string_the_code_no_longer_has():
    """Old wording left in the .ts files resurfaces when a string comes back, and hides what a message says now."""
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n

    assert not i18n.unused(), "run python tools/i18n.py prune: " + repr(sorted(i18n.unused())[:10])


def test_language_switch_changes_text():
    set_language("zh_CN")
    assert tr("Pages", "Counter") == "柜台"
    set_language("en")
    assert tr("Pages", "Counter") == "Counter"


def test_extraction_takes_the_error_text_and_not_its_code(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    source = tmp_path / "raises.py"
    source.write_text('raise Refused("Parcel {code} was already picked up.", why="already_picked_up", code=c)\n')
    assert tool.strings_in(source) == {("Errors", "Parcel {code} was already picked up.")}
