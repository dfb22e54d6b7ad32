"""The main window appears without loading libraries only later work needs.

bench/startup.py holds the app to at most 2x a bare PySide6 window (about 130 ms here), which leaves
tens of milliseconds for everything of ours. Each library below costs 15-120 ms to import, so it
belongs inside the function that makes the PDF, reads the QR code or starts the scheduler (or after
the window is shown), not at the top of a page or command module.
"""
import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT
from ui.gui_main import BENCH_ENV

LATER = ("reportlab", "qrcode", "PIL", "pypdf", "zxingcpp", "apscheduler", "PySide6.QtTextToSpeech",
         "PySide6.QtMultimedia")

CHILD = textwrap.dedent("""
    import sys
    import ui.gui_main as gui_main
    from ui.cli.main import main

    seen = []
    original = gui_main._ExposedProbe.eventFilter

    def snapshot(self, obj, event):
        fired = self.fired
        result = original(self, obj, event)
        if self.fired and not fired:
            seen.extend(name for name in sys.argv[2:] if name in sys.modules)
        return result

    gui_main._ExposedProbe.eventFilter = snapshot
    code = main(["gui", "--data", sys.argv[1]])
    print("loaded at first expose:", " ".join(seen) or "-")
    sys.exit(code)
""")


def test_nothing_heavy_is_imported_before_the_window_shows(tmp_path):
    data = tmp_path / "d"
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data), *LATER], capture_output=True, text=True,
                          cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), BENCH_ENV: "1", "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("loaded at first expose:"))
    assert line == "loaded at first expose: -", line

