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
    """The contract really bites: a db module importing station breaks it (in a copy of the tree, so a
    crash here can never leave the probe in the source)."""
    for part in ("db", "station", "ui"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "db" / "_layer_probe.py").write_text("import station.audit  # noqa\n")
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    proc = subprocess.run([lint, "--no-cache"], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode != 0
    assert "broken" in proc.stdout
    assert "db._layer_probe" in proc.stdout  # the copy was read, not the source tree
