"""Print the size of a bundle folder (what `installer/build` and bench/bundle.py report)."""
import sys
from pathlib import Path

TARGET_MB = 150  # issue 14: one-folder bundle on Linux


def folder_size(root: Path) -> int:
    return sum(path.stat().st_size for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def main(argv: list[str]) -> int:
    root = Path(argv[0] if argv else "dist/station")
    if not root.is_dir():
        print(f"no bundle at {root}", file=sys.stderr)
        return 1
    size_mb = folder_size(root) / 1e6
    files = sum(1 for path in root.rglob("*") if path.is_file())
    print(f"bundle {root}: {size_mb:.1f} MB in {files} files (target <= {TARGET_MB} MB on Linux)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
