"""Small helpers every counter printout and notice shares: local time, dates, masked names, PDF canvas.

Times are stored in UTC; stations are in China (UTC+8, no daylight saving), so printed and spoken times
are shifted once here rather than in each printout.
"""
import datetime as dt
import io
from pathlib import Path

from station.files import write_atomically
from station.i18n import tr

CHINA = dt.timezone(dt.timedelta(hours=8))


def local(at: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time as the station's wall-clock time."""
    if at is None:
        return None
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    return at.replace(tzinfo=dt.UTC).astimezone(CHINA).replace(tzinfo=None)


def format_date(at: dt.datetime | dt.date | None) -> str:
    if at is None:
        return ""
    return tr("Printing", "{year}-{month:02d}-{day:02d}").format(year=at.year, month=at.month, day=at.day)


def format_time(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    return f"{format_date(at)} {at.hour:02d}:{at.minute:02d}"


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


def fit_font_size(text: str, font: str, size: float, max_width: float, minimum: float = 6) -> float:
    """The largest size ≤ `size` at which `text` fits in `max_width` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > minimum and stringWidth(text, font, size) > max_width:
        size -= 0.5
    return size
