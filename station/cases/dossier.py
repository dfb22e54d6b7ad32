"""The dossier PDF of a case, to hand to 12315 or an ODR enterprise: facts, parties, what the resident asks,
timeline, evidence with SHA-256 (photos as thumbnails), clock history. Chinese font embedded.

Every evidence file is read and re-hashed while the dossier is put together; an altered or missing one stops
it (named), so a dossier never vouches for evidence that changed. Each item's custody log records the export.
"""
import io
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station.cases import CATEGORIES, OUTCOMES, SOURCE_KINDS, STATES, entry_label, label
from station.cases.clocks import CLOCK_LABELS, EVENT_LABELS, STATUS_LABELS
from station.cases.evidence import case_items, checked_bytes, is_image
from station.cases.lookup import find_case
from station.cases.views import show_case
from station.clock import format_time, local
from station.context import Ctx
from station.files import write_atomically
from station.i18n import tr
from station.identity import this_station
from station.pdf import cjk_font
from station.permissions import Perm
from station.service import service

THUMB_PX = 360


def _styles() -> dict[str, ParagraphStyle]:
    font = cjk_font()
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return {"body": body, "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
            "h1": ParagraphStyle("h1", parent=body, fontSize=20, leading=26, spaceAfter=8),
            "h2": ParagraphStyle("h2", parent=body, fontSize=14, leading=20, spaceBefore=10, spaceAfter=4)}


def _thumbnail(data: bytes) -> Image | None:
    try:
        with PILImage.open(io.BytesIO(data)) as img:
            img.thumbnail((THUMB_PX, THUMB_PX))
            out = io.BytesIO()
            img.convert("RGB").save(out, "JPEG", quality=80)
            width, height = img.size
    except Exception:  # not an image Pillow can read: listed without a thumbnail
        return None
    scale = 4 * cm / max(width, height)
    return Image(io.BytesIO(out.getvalue()), width * scale, height * scale)


def _table(rows: list[list], widths: list[float], s: dict) -> Table:
    cells = [[c if not isinstance(c, str) else Paragraph(c, s["small" if len(rows[0]) > 4 else "body"]) for c in r]
             for r in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5"))]))
    return table


def _esc(text: object) -> str:
    return str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")



def _yuan(amount: str) -> str:
    return tr("Dossier", "{amount} yuan").format(amount=amount)


def _facts(c: dict, s: dict) -> list:
    rows = [[tr("Dossier", "Case"), c["number"]], [tr("Dossier", "Complainant"), _esc(c["complainant"])],
            [tr("Dossier", "Respondent merchant"), _esc(c["merchant"])],
            [tr("Dossier", "Platform"), _esc(c["platform"]) or "—"],
            [tr("Dossier", "Category"), label(CATEGORIES, c["category"])],
            [tr("Dossier", "Amount claimed"), _yuan(c["amount_claimed"])],
            [tr("Dossier", "Complaint received"), c["opened_on"]], [tr("Dossier", "State"), label(STATES, c["state"])]]
    if c["source_kind"]:
        rows.append([tr("Dossier", "Opened from"), f"{label(SOURCE_KINDS, c['source_kind'])} {_esc(c['source_ref'])}"])
    if c["outcome"]:
        rows.append([tr("Dossier", "Outcome"), f"{label(OUTCOMES, c['outcome'])} · {_yuan(c['amount_recovered'])}"])
    if c["merged_from"]:
        rows.append([tr("Dossier", "Duplicates merged in"), ", ".join(c["merged_from"])])
    return [Paragraph(tr("Dossier", "Facts and parties"), s["h2"]), _table(rows, [4.5 * cm, 12 * cm], s),
            Paragraph(tr("Dossier", "What happened"), s["h2"]), Paragraph(_esc(c["summary"]), s["body"]),
            Paragraph(tr("Dossier", "What the resident asks"), s["h2"]), Paragraph(_esc(c["wants"]) or "—", s["body"])]


def _timeline(c: dict, s: dict) -> list:
    rows = [[tr("Dossier", "Day"), tr("Dossier", "Action"), tr("Dossier", "Notes"), tr("Dossier", "By")]]
    rows += [[e["day"], entry_label(e["action"]), _esc(e["note"]), f"{_esc(e['actor'])} · {e['case']}"]
             for e in c["timeline"]]
    return [Paragraph(tr("Dossier", "Timeline"), s["h2"]), _table(rows, [2.4 * cm, 4 * cm, 6.6 * cm, 3.5 * cm], s)]


def _evidence(c: dict, thumbs: dict[str, Image | None], s: dict) -> list:
    rows = [["#", tr("Dossier", "File"), tr("Dossier", "Kind, size, added"), "SHA-256", ""]]
    for n, e in enumerate(c["evidence"], 1):
        added = f"{e['kind']} · {e['size']} B · {format_time(local(e['added_at']))} · {_esc(e['added_by'])}"
        rows.append([str(n), _esc(e["file_name"]), added, e["sha256"], thumbs.get(e["gid"]) or ""])
    return [Paragraph(tr("Dossier", "Evidence (every hash checked while this dossier was written)"), s["h2"]),
            _table(rows, [0.8 * cm, 3.4 * cm, 3.8 * cm, 4.3 * cm, 4.3 * cm], s)]


def _clocks(c: dict, s: dict) -> list:
    out = [Paragraph(tr("Dossier", "Legal clocks (working days; the triggering day not counted)"), s["h2"])]
    for k in c["clocks"]:
        provisional = tr("Dossier", " (provisional: no calendar for {year})").format(year=k["missing_year"])
        out.append(Paragraph(f"{label(CLOCK_LABELS, k['kind'])}: {k['start']} → {k['due'] or '—'}"
                             f"{provisional if k['provisional'] else ''} · {label(STATUS_LABELS, k['status'])}",
                             s["body"]))
        rows = [[tr("Dossier", "When"), tr("Dossier", "Event"), tr("Dossier", "Due"), tr("Dossier", "Notes")]]
        rows += [[format_time(local(h["at"])), label(EVENT_LABELS, h["event"]),
                  (h["due"] or "—") + (" ?" if h["provisional"] else ""), _esc(h["note"])] for h in k["history"]]
        out.append(_table(rows, [4 * cm, 3 * cm, 3 * cm, 6.5 * cm], s))
    pauses = "; ".join(f"{p['paused_on']} → {p['resumed_on'] or '…'}" for p in c["pauses"])
    if pauses:
        out.append(Paragraph(tr("Dossier", "Pauses: {pauses}").format(pauses=pauses), s["body"]))
    return out


def render_dossier(station: str, case: dict, thumbs: dict[str, Image | None]) -> tuple[bytes, int]:
    s, buffer = _styles(), io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=f"{case['number']}")
    story = [Paragraph(tr("Dossier", "Consumer complaint dossier {number}").format(number=case["number"]), s["h1"]),
             Paragraph(_esc(station), s["body"]), Spacer(1, 6)]
    story += _facts(case, s) + _timeline(case, s) + _evidence(case, thumbs, s) + _clocks(case, s)
    doc.build(story)
    return buffer.getvalue(), doc.page


@service(Perm.CASES)
def _checked_case(ctx: Ctx, ref: str) -> tuple[str, dict, dict[str, bytes]]:
    images = {}
    for item in case_items(find_case(ref)):
        data = checked_bytes(ctx, item, "exported")  # every item, images or not: each hash is checked
        if is_image(item):
            images[item.gid] = data
    return this_station().name, show_case(ctx, ref), images


def write_dossier(ctx: Ctx, ref: str, out: Path) -> dict:
    station, case, images = _checked_case(ctx, ref)
    thumbs = {gid: _thumbnail(data) for gid, data in images.items()}
    pdf, pages = render_dossier(station, case, thumbs)
    write_atomically(Path(out), pdf)
    return {"number": case["number"], "out": str(out), "pages": pages, "evidence": len(case["evidence"])}
