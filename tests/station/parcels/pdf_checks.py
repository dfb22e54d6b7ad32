"""Reading back the PDFs we print: the text a reader sees, the fonts embedded, the page sizes, QR codes."""
import subprocess
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def embedded_fonts(path: Path) -> set[str]:
    """Names of fonts embedded in the PDF (pdffonts' emb column), e.g. AAAAAA+WenQuanYiMicroHei-0."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    found = set()
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 6 and parts[-5] == "yes":
            found.add(parts[0])
    return found


def has_embedded_cjk_font(path: Path) -> bool:
    from station.fonts import cjk_font_path

    stem = cjk_font_path().stem.replace("-", "").lower()[:6]
    return any(stem in name.replace("-", "").lower() or "wenquanyi" in name.lower() for name in embedded_fonts(path))


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width) / 72 * 25.4, 1), round(float(p.mediabox.height) / 72 * 25.4, 1))
            for p in PdfReader(str(path)).pages]


def render(path: Path, out_dir: Path, dpi: int = 150) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(out_dir / "page")], check=True)
    return sorted(out_dir.glob("page*.png"))


def qr_texts(png: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    return [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
