"""CSV export of any office table: UTF-8 with a BOM so Excel on a Chinese Windows opens it without mojibake."""
import csv
import io
from pathlib import Path

from station.context import Ctx
from station.files import write_atomically
from station.office.tables import table
from station.permissions import Perm


def export_table(ctx: Ctx, name: str, month: str, out: Path) -> dict:
    ctx.require(Perm.OFFICE)
    found = table(ctx, name, month)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(found.headers)
    writer.writerows(found.rows)
    write_atomically(Path(out), b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return {"table": name, "month": month, "rows": len(found.rows), "out": str(out)}
