"""A git merge driver for Qt Linguist .ts files: the union of both sides' messages, by (context, source).

Line-based merging breaks when two branches add messages at the same place; this merges the XML.
Set up once per clone:
    git config merge.tsunion.driver "python3 tools/ts_merge.py %O %A %B"
(.gitattributes names the driver for resources/translations/*.ts). A three-way merge per message: a side's
change (a new translation, a message removed) is kept when the other side left that message as it was in the
base; where both sides changed it differently, ours wins, and a finished translation beats an unfinished one.
"""
import sys
import xml.etree.ElementTree as ET


def messages(path: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, FileNotFoundError):
        return {}
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            kind = node.get("type") if node is not None else "unfinished"
            found[(name, message.findtext("source", ""))] = (text, kind)
    return found


def better(ours: tuple[str, str | None] | None, theirs: tuple[str, str | None]) -> tuple[str, str | None]:
    if ours is None or (ours[1] == "unfinished" and theirs[1] != "unfinished"):
        return theirs
    return ours


def write(path: str, merged: dict[tuple[str, str], tuple[str, str | None]], lang: str) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for (context_name, source), (text, kind) in merged.items():
        if context_name not in contexts:
            contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context_name], "name").text = context_name
        message = ET.SubElement(contexts[context_name], "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation", **({"type": kind} if kind else {}))
        node.text = text or None
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def merged_messages(base: dict, ours: dict, theirs: dict) -> dict:
    merged = {}
    for key in list(ours) + [k for k in theirs if k not in ours]:
        mine, other, old = ours.get(key), theirs.get(key), base.get(key)
        if mine is None:  # theirs only: new there, or removed by us (then keep it removed unless they changed it)
            if old is None or other != old:
                merged[key] = other
        elif other is None:
            if old is None or mine != old:  # new here, or we changed what they removed
                merged[key] = mine
        elif mine == old:
            merged[key] = other  # only they changed it (or nobody did)
        else:
            merged[key] = better(mine, other)
    return merged


def merge(base: str, ours: str, theirs: str) -> int:
    merged = merged_messages(messages(base), messages(ours), messages(theirs))
    lang = "zh_CN"
    try:
        lang = ET.parse(ours).getroot().get("language", lang)
    except (ET.ParseError, FileNotFoundError):
        pass
    write(ours, merged, lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(merge(*sys.argv[1:4]))
