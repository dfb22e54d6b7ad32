"""A git merge driver for Qt Linguist .ts files: the union of both sides' messages, by (context, source).

Line-based merging breaks when two branches add messages at the same place; this merges the XML.
Set up once per clone:
    git config merge.tsunion.driver "python3 tools/ts_merge.py %O %A %B"
(.gitattributes names the driver for resources/translations/*.ts). Where both sides translate the same
string differently, ours wins; a finished translation beats an unfinished one.
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


def merge(base: str, ours: str, theirs: str) -> int:
    merged = messages(ours)
    for key, value in messages(theirs).items():
        merged[key] = better(merged.get(key), value)
    lang = "zh_CN"
    try:
        lang = ET.parse(ours).getroot().get("language", lang)
    except (ET.ParseError, FileNotFoundError):
        pass
    write(ours, merged, lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(merge(*sys.argv[1:4]))
