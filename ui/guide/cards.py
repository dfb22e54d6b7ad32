"""The guide's pages: A4 landscape, one task a page, its title at 30 pt, the screenshot, steps at 18 pt."""
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from station.i18n import tr
from station.pdf import cjk_font, wrap

TITLE_PT, STEP_PT, FOOT_PT = 30, 18, 12
MARGIN = 12 * mm


def write_cards(out: Path, cards: list) -> int:
    """`cards`: (ui.guide.Task, screenshot path) pairs. Returns the number of pages written."""
    font = cjk_font()
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(out), pagesize=landscape(A4))
    pdf.setTitle(tr("Guide", "Village Station quick guides"))
    for number, (task, shot) in enumerate(cards, 1):
        _card(pdf, font, task, shot, number, len(cards))
        pdf.showPage()
    pdf.save()
    return len(cards)


def _card(pdf, font: str, task, shot: Path, number: int, total: int) -> None:
    width, height = landscape(A4)
    top = height - MARGIN
    pdf.setFont(font, TITLE_PT)
    pdf.drawString(MARGIN, top - TITLE_PT, f"{number}. {tr(*task.title)}")
    image = ImageReader(str(shot))
    img_w, img_h = image.getSize()
    box_w = width * 0.58
    box_h = top - TITLE_PT - 10 * mm - MARGIN - FOOT_PT
    scale = min(box_w / img_w, box_h / img_h)
    y_img = top - TITLE_PT - 6 * mm - img_h * scale
    pdf.drawImage(image, MARGIN, y_img, img_w * scale, img_h * scale)
    pdf.rect(MARGIN, y_img, img_w * scale, img_h * scale)
    _steps(pdf, font, task, MARGIN + box_w + 8 * mm, top - TITLE_PT - 6 * mm, width - MARGIN)
    pdf.setFont(font, FOOT_PT)
    pdf.drawString(MARGIN, MARGIN / 2, tr("Guide", "Village Station quick guide · page {n} / {total} · F1 shows "
                                                   "every key").format(n=number, total=total))


def _steps(pdf, font: str, task, left: float, top: float, right: float) -> None:
    y = top - STEP_PT
    lead = STEP_PT * 1.35  # MIIT: line spacing at least 1.3
    for index, step in enumerate(task.steps, 1):
        lines = wrap(tr(*step), font, STEP_PT, right - left - 10 * mm)
        pdf.setFont(font, STEP_PT)
        pdf.drawString(left, y, f"{index}.")
        for line in lines:
            pdf.drawString(left + 10 * mm, y, line)
            y -= lead
        y -= STEP_PT * 0.6
