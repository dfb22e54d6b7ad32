"""Small helpers every counter printout and notice shares: masked names, fitting text, the PDF canvas.

Station time (UTC+8) and date formats are in station/clock.py.
"""
import io
from pathlib import Path

from station.files import write_atomically


def mask_name(name: str) -> str:
    """王秀英 → 王*英, 王英 → 王*, 欧阳秀英 → 欧**英: enough for a resident to find themselves on a wall."""
    name = (name or "").strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def surname(name: str) -> str:
    return (name or "").strip()[:1]


def save_pdf(render, out: Path) -> Path:
    """Render into memory and write the file atomically, so a crash never leaves half a PDF."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pageCompression=1)
    render(pdf)
    pdf.save()
    out = Path(out)
    write_atomically(out, buffer.getvalue())
    return out


def fit_masked(masked: str, font: str, size: float, width: float) -> str:
    """A masked name narrowed to `width` by dropping asterisks (阿****曼 → 阿*曼), never by shrinking the
    type under the printouts' minimum: the first and last characters are what a resident looks for."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while masked.count("*") > 1 and stringWidth(masked, font, size) > width:
        masked = masked.replace("*", "", 1)
    return masked


def fit_font_size(text: str, font: str, size: float, max_width: float, minimum: float = 6) -> float:
    """The largest size ≤ `size` at which `text` fits in `max_width` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > minimum and stringWidth(text, font, size) > max_width:
        size -= 0.5
    return size
