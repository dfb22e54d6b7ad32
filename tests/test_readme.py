"""The README shows what it says it shows: every image it links is in the repository."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_image_the_readme_links_exists():
    text = (ROOT / "README.md").read_text("utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)
    assert images, "the README shows a screenshot of the main window"
    missing = [path for path in images if not (ROOT / path).is_file()]
    assert not missing, f"README links images that are not in the repository: {missing}"


def test_the_gallery_shows_every_page_in_both_sizes_and_stays_small():
    from ui.pages import PAGES

    text = (ROOT / "README.md").read_text("utf-8")
    for spec in PAGES:
        for size in ("normal", "large"):
            assert f"docs/gallery/{spec.key}-{size}.png" in text, (spec.key, size)
    shots = list((ROOT / "docs" / "gallery").glob("*.png"))
    assert sum(p.stat().st_size for p in shots) < 2_000_000


def test_no_committed_file_is_over_2_mib():
    import subprocess

    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode != 0:
        return  # not a git checkout (an unpacked release): nothing is committed here
    paths = [ROOT / name for name in listed.stdout.split("\0") if name]
    big = [str(p.relative_to(ROOT)) for p in paths if p.is_file() and p.stat().st_size > 2 * 1024 * 1024]
    assert big == []
