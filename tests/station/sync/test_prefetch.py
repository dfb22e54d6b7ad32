"""The helper process that works ahead: results in order, None where it could not help, never a hang."""
import os
import subprocess
import sys
import time
from pathlib import Path

from station.sync import prefetch

ROOT = Path(__file__).resolve().parents[3]


def square(n: int) -> int:
    if n == 3:
        raise ValueError("the helper fails on this one")
    return n * n


def dies_at_two(n: int) -> int:
    if n == 2:
        os._exit(1)
    return n


def test_each_item_is_the_helpers_result_or_none_and_never_wrong():
    with prefetch.ahead(square, list(range(8))) as take:
        time.sleep(1)  # the helper starts and works ahead
        found = [take(i) for i in range(8)]
    assert all(value in (None, i * i) for i, value in enumerate(found))
    assert found[3] is None and any(found), found


def test_with_few_items_no_helper_is_started():
    with prefetch.ahead(square, [1, 2]) as take:
        assert [take(0), take(1)] == [None, None]


def test_a_helper_that_dies_leaves_the_rest_to_this_process_without_waiting_long():
    started = time.monotonic()
    with prefetch.ahead(dies_at_two, list(range(6)), ahead=6) as take:
        time.sleep(1)
        found = [take(i) for i in range(6)]
    assert found[0] in (None, 0) and found[1] in (None, 1) and found[2:] == [None] * 4  # sent before it died, or not
    assert time.monotonic() - started < 10


def test_a_script_without_the_main_guard_runs_its_work_once(tmp_path):
    marks = tmp_path / "marks"
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from station.sync import prefetch\n"
        "from tests.station.sync.test_prefetch import square\n"
        f"open({str(marks)!r}, 'a').write('ran\\n')\n"
        "with prefetch.ahead(square, list(range(6))) as take:\n"
        "    import time; time.sleep(1)\n"
        "    print([take(i) for i in range(6)])\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert marks.read_text() == "ran\n" and "Traceback" not in done.stderr
