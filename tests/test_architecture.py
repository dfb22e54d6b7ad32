"""ui -> station -> db, never back; station and db never import Qt (import-linter contracts)."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_layers_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    proc = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 kept, 0 broken" in proc.stdout


def test_a_back_import_is_caught(tmp_path):
    """The contract really bites: a db module importing station breaks it."""
    bad = ROOT / "db" / "_layer_probe.py"
    bad.write_text("import station.audit  # noqa\n")
    try:
        lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
        proc = subprocess.run([lint, "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    finally:
        bad.unlink()
    assert proc.returncode != 0
    assert "broken" in proc.stdout
