"""Drawing the A4 notice board: large print, two columns, grouped by village group (or by code)."""
import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from station.clock import format_date
from station.i18n import tr
from station.identity import this_station
from station.parcels.codes import code_key
from station.parcels.printing import save_pdf

MARGIN = 36
GUTTER = 20
HEAD = 124  # room for the title block on each page
ROW = 26
SIZE = 18  # large print: readable from a step back by older eyes
NAME_WIDTH = 78


def _items(entries, by: str) -> list[tuple]:
    """What flows down the columns: group headings and rows of (name, codes)."""
    items: list[tuple] = []
    if by == "code":
        rows = sorted(((code, e.masked) for e in entries for code in e.codes), key=lambda r: code_key(r[0]))
        return [("row", code, [name]) for code, name in rows]
    group = None
    for entry in entries:
        name = entry.group or tr("Notices", "Other")
        if name != group:
            items.append(("heading", name))
            group = name
        items.append(("row", entry.masked, sorted(entry.codes, key=code_key)))
    return items


def _wrap(words: list[str], font: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in words:
        candidate = f"{line}  {word}" if line else word
        if line and stringWidth(candidate, font, SIZE) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + ([line] if line else [])


class _Board:
    def __init__(self, pdf, font: str, title: str, subtitle: str) -> None:
        self.pdf, self.font, self.title, self.subtitle = pdf, font, title, subtitle
        self.width, self.height = A4
        self.col_width = (self.width - 2 * MARGIN - GUTTER) / 2
        self.pages = 0
        self.column = 2
        self.y = 0.0
        self.group = ""

    def _new_page(self) -> None:
        if self.pages:
            self.pdf.showPage()
        self.pages += 1
        pdf, w, h = self.pdf, self.width, self.height
        pdf.setFont(self.font, 28)
        pdf.drawCentredString(w / 2, h - MARGIN - 26, self.title)
        pdf.setFont(self.font, 14)
        pdf.drawCentredString(w / 2, h - MARGIN - 50, self.subtitle)
        page = tr("Notices", "Page {page}").format(page=self.pages)
        pdf.drawRightString(w - MARGIN, MARGIN - 18, page)
        pdf.setLineWidth(1.5)
        rule = h - HEAD + ROW + 1  # above the first group heading's grey band, not hidden under it
        pdf.line(MARGIN, rule, w - MARGIN, rule)
        self.column = 0
        self.y = h - HEAD

    def _room(self, needed: float) -> None:
        if self.column >= 2 or self.y - needed < MARGIN:
            self.column += 1
            self.y = self.height - HEAD
            if self.column >= 2:
                self._new_page()

    @property
    def x(self) -> float:
        return MARGIN + self.column * (self.col_width + GUTTER)

    def heading(self, text: str, continued: bool = False) -> None:
        if not continued:
            self._room(ROW * 2.2)
            self.group = text
        else:
            text = tr("Notices", "{group} (continued)").format(group=text)
        self.pdf.setFillGray(0.85)
        self.pdf.rect(self.x, self.y - 8, self.col_width, ROW, stroke=0, fill=1)
        self.pdf.setFillGray(0)
        self.pdf.setFont(self.font, SIZE + 2)
        self.pdf.drawString(self.x + 6, self.y, text)
        self.y -= ROW * 1.2

    def row(self, first: str, rest: list[str]) -> None:
        lines = _wrap(rest, self.font, self.col_width - NAME_WIDTH - 10) or [""]
        column = (self.pages, self.column)
        self._room(ROW * len(lines))
        if self.group and column != (self.pages, self.column):
            self.heading(self.group, continued=True)
        self.pdf.setFont(self.font, SIZE)
        self.pdf.drawString(self.x + 6, self.y, first)
        for line in lines:
            self.pdf.drawString(self.x + NAME_WIDTH + 10, self.y, line)
            self.y -= ROW
        self.pdf.setLineWidth(0.3)
        self.pdf.line(self.x, self.y + ROW - 7, self.x + self.col_width, self.y + ROW - 7)


def render_board(entries, out: Path, now: dt.datetime, by: str) -> int:
    """Write the board PDF; returns its page count."""
    from station.pdf import cjk_font

    font = cjk_font()
    station = this_station().name
    parcels = sum(e.count for e in entries)
    title = tr("Notices", "{station}: parcels waiting for pickup").format(station=station)
    subtitle = tr("Notices", "{date} · {parcels} parcels · {people} residents · bring your pickup code").format(
        date=format_date(now), parcels=parcels, people=len(entries))
    result = {}

    def draw(pdf) -> None:
        pdf.setPageSize(A4)
        pdf.setTitle(title)
        board = _Board(pdf, font, title, subtitle)
        board._new_page()
        if not entries:
            pdf.setFont(font, SIZE + 4)
            pdf.drawCentredString(board.width / 2, board.height / 2, tr("Notices", "No parcels are waiting."))
        for item in _items(entries, by):
            if item[0] == "heading":
                board.heading(item[1])
            else:
                board.row(item[1], item[2])
        result["pages"] = board.pages

    save_pdf(draw, out)
    return result["pages"]
