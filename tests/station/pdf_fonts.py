"""What size every text of a PDF is printed at, and where it starts and ends (pypdf's text visitor).

The effective size is the font size times the scale of the text and graphics matrices, so text drawn
small through a transform is not missed. Widths are measured with the station's CJK font, the one
font every printout uses."""
from pathlib import Path

from pypdf import PdfReader


def _product(tm: list[float], cm: list[float]) -> list[float]:
    a, b, c, d, e, f = tm
    A, B, C, D, E, F = cm
    return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]


def _runs(path: Path):
    """(page number, page size, text, effective size, x) for every shown text run.

    pypdf reports text inside a form XObject (drawn with `Do`) in the form's own coordinates: the
    matrices in force at each `Do` are kept on a stack and applied to what the form shows."""
    for number, page in enumerate(PdfReader(str(path)).pages, 1):
        found, outer = [], []

        def before(op, _args, cm, _tm, outer=outer):
            if op == b"Do":
                outer.append(_product(cm, outer[-1]) if outer else cm)

        def after(op, _args, _cm, _tm, outer=outer):
            if op == b"Do":
                outer.pop()

        def visit(text, cm, tm, _font, size, found=found, outer=outer):
            if text.strip():
                m = _product(tm, cm)
                if outer:
                    m = _product(m, outer[-1])
                scale = abs(m[0] * m[3] - m[1] * m[2]) ** 0.5
                found.append((text, size * scale, m[4]))

        page.extract_text(visitor_operand_before=before, visitor_operand_after=after, visitor_text=visit)
        size = (float(page.mediabox.width), float(page.mediabox.height))
        for text, effective, x in found:
            yield number, size, text, effective, x


def text_sizes(path: Path) -> list[tuple[str, float]]:
    return [(text, size) for _n, _page, text, size, _x in _runs(path)]


def text_boxes(path: Path) -> list[tuple[int, tuple[float, float], list[tuple[str, float, float]]]]:
    """Per page: its size and each text's horizontal extent (x0, x1) in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from station.pdf import cjk_font

    font = cjk_font()
    pages: dict[int, tuple[tuple[float, float], list]] = {}
    for number, size, text, effective, x in _runs(path):
        pages.setdefault(number, (size, []))[1].append((text, x, x + stringWidth(text.rstrip("\n"), font, effective)))
    return [(n, size, boxes) for n, (size, boxes) in sorted(pages.items())]
