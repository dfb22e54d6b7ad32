"""Drawing the A4 notice board: large print, two columns, grouped by village group (or by code).

Each row: the masked name (20 pt) with the phone's last four digits beside it, so two 张* of one group
can tell which line is theirs, then the pickup codes. Pages say "第 1 / 2 页": the board is laid out
once on a scratch canvas to count its pages, then drawn.
"""
import datetime as dt
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from station.audit import head_text
from station.clock import format_date
from station.i18n import ntr, tr
from station.identity import this_station
from station.parcels.codes import code_key
from station.parcels.printing import fit_masked, save_pdf
from station.pdf import MIN_PT, NAME_PT, fit_lines, page_label, shrink_to_fit

MARGIN = 36
GUTTER = 20
HEAD = 124  # room for the title block on each page
ROW = 28
SIZE = 18  # pickup codes: readable from a step back by older eyes
TAIL = 12  # the phone tail beside the name
NAME_WIDTH = 4 * NAME_PT  # a four-character masked name; longer ones push the codes right


def _items(entries, by: str) -> list[tuple]:
    """What flows down the columns: group headings and rows of (masked name, phone tail, codes)."""
    items: list[tuple] = []
    if by == "code":
        rows = sorted(((code, e) for e in entries for code in e.codes), key=lambda r: code_key(r[0]))
        return [("row", e.masked, e.phone_tail, [code]) for code, e in rows]
    group = None
    for entry in entries:
        name = entry.group or tr("Notices", "Other")
        if name != group:
            items.append(("heading", name))
            group = name
        items.append(("row", entry.masked, entry.phone_tail, sorted(entry.codes, key=code_key)))
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
    def __init__(self, pdf, font: str, title: str, subtitle: str, total: int) -> None:
        self.pdf, self.font, self.title, self.subtitle, self.total = pdf, font, title, subtitle, total
        self.t_tail = tr("Notices", "tel. {tail}")
        self.anchor = head_text()
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
        pdf.setFont(self.font, shrink_to_fit(self.title, self.font, 28, w - 2 * MARGIN, NAME_PT))
        pdf.drawCentredString(w / 2, h - MARGIN - 26, fit_lines(self.title, self.font, NAME_PT, w - 2 * MARGIN, 1)[0]
                              if stringWidth(self.title, self.font, NAME_PT) > w - 2 * MARGIN else self.title)
        pdf.setFont(self.font, 14)
        pdf.drawCentredString(w / 2, h - MARGIN - 50, fit_lines(self.subtitle, self.font, 14, w - 2 * MARGIN, 1)[0])
        page = page_label(self.pages, self.total)
        pdf.drawRightString(w - MARGIN, MARGIN - 18, page)
        pdf.setFont(self.font, MIN_PT)
        pdf.drawString(MARGIN, MARGIN - 18, self.anchor)  # the audit head on paper, to compare with later
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

    def row(self, masked: str, tail: str, codes: list[str]) -> None:
        tail = self.t_tail.format(tail=tail) if tail else ""
        tail_width = stringWidth(tail, self.font, TAIL) + 4 if tail else 0
        masked = fit_masked(masked, self.font, NAME_PT, self.col_width / 2 - tail_width)
        name_width = max(NAME_WIDTH, stringWidth(masked, self.font, NAME_PT)) + tail_width
        lines = _wrap(codes, self.font, self.col_width - name_width - 16) or [""]
        column = (self.pages, self.column)
        self._room(ROW * len(lines))
        if self.group and column != (self.pages, self.column):
            self.heading(self.group, continued=True)
        self.pdf.setFont(self.font, NAME_PT)
        self.pdf.drawString(self.x + 6, self.y, masked)
        if tail:
            self.pdf.setFont(self.font, TAIL)
            self.pdf.drawString(self.x + 6 + stringWidth(masked, self.font, NAME_PT) + 4, self.y, tail)
        self.pdf.setFont(self.font, SIZE)
        for line in lines:
            self.pdf.drawString(self.x + name_width + 12, self.y, line)
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
    subtitle = tr("Notices", "{date} · {parcels} · {people} · bring your pickup code").format(
        date=format_date(now), parcels=ntr("Notices", "1 parcel", "{count} parcels", parcels),
        people=ntr("Notices", "1 resident", "{count} residents", len(entries)))
    items = _items(entries, by)
    pages = _lay_out(Canvas(io.BytesIO()), font, title, subtitle, items, 0)

    def draw(pdf) -> None:
        pdf.setPageSize(A4)
        pdf.setTitle(title)
        _lay_out(pdf, font, title, subtitle, items, pages)

    save_pdf(draw, out)
    return pages


def _lay_out(pdf, font: str, title: str, subtitle: str, items: list[tuple], total: int) -> int:
    """Draw the board's items onto `pdf`; returns the number of pages it took."""
    board = _Board(pdf, font, title, subtitle, total)
    board._new_page()
    if not items:
        pdf.setFont(font, SIZE + 4)
        pdf.drawCentredString(board.width / 2, board.height / 2, tr("Notices", "No parcels are waiting."))
    for item in items:
        if item[0] == "heading":
            board.heading(item[1])
        else:
            board.row(*item[1:])
    return board.pages
