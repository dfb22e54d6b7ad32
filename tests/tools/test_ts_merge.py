"""The .ts merge driver keeps each side's change where the other side left the message alone (a glossary pass on
one branch was silently undone by the other branch's old wording when ours simply won)."""
import subprocess
import sys

from tests.conftest import ROOT

TS = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
      '<TS version="2.1" language="zh_CN"><context><name>C</name>{}</context></TS>')


def ts(path, **messages):
    body = "".join(f"<message><source>{source}</source><translation>{text}</translation></message>"
                   for source, text in messages.items())
    path.write_text(TS.format(body), "utf-8")
    return path


def merged(tmp_path, base, ours, theirs) -> str:
    files = [ts(tmp_path / name, **given) for name, given in (("base", base), ("ours", ours), ("theirs", theirs))]
    subprocess.run([sys.executable, str(ROOT / "tools/ts_merge.py"), *map(str, files)], check=True)
    return files[1].read_text("utf-8")


def test_their_new_wording_survives_where_we_left_the_message_alone(tmp_path):
    out = merged(tmp_path, {"parcel": "快递"}, {"parcel": "快递", "new": "新"}, {"parcel": "包裹"})
    assert "包裹" in out and "快递" not in out and "新" in out


def test_a_message_we_removed_stays_removed_and_both_changed_keeps_ours(tmp_path):
    out = merged(tmp_path, {"old": "旧", "x": "甲"}, {"x": "乙"}, {"old": "旧", "x": "丙"})
    assert "旧" not in out and "乙" in out and "丙" not in out
