"""station guide: one illustrated page per counter task, real screenshots, large type, in the chosen language."""
import subprocess

import pytest

from ui.guide import TASKS


def _text(pdf) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


def _rendered(pdf, tmp_path) -> list:
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
    return sorted(tmp_path.glob("page-*.png"))


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "words"), [("zh_CN", ["收件", "两位居民同名", "换人登录", "第 1/6 页"]),
                                             ("en", ["Take a parcel in", "Switch user", "page 1 / 6"])])
def test_guide_has_a_page_per_task_with_screenshots(cli, tmp_path, lang, words):
    out = tmp_path / "guide.pdf"
    code, _out, err = cli("--data", tmp_path / "nowhere", "--lang", lang, "guide", "--out", out, signed_in=False)
    assert code == 0, err
    pages = _text(out)
    assert len([p for p in pages if p.strip()]) == len(TASKS)
    joined = "\n".join(pages)
    for word in words:
        assert word in joined
    from PIL import Image

    pictures = _rendered(out, tmp_path)
    assert len(pictures) == len(TASKS)
    for picture in pictures:  # a screenshot on each page: many colours, not a blank sheet of text
        colours = Image.open(picture).convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is None or len(colours) > 200
    assert not (tmp_path / "nowhere").exists()  # no station was made or opened at --data
    assert _font_sizes(out) == {12.0, 18.0, 30.0}  # title 30 pt, steps 18 pt, only the footer smaller


def _font_sizes(pdf) -> set[float]:
    from pypdf import PdfReader

    sizes = set()

    def visit(text, _cm, tm, _font, size) -> None:
        if text.strip():
            sizes.add(round(size * tm[0], 1))

    for page in PdfReader(str(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sizes
