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
