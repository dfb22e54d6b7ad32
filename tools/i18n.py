"""Keep the Qt Linguist `.ts` files in step with the code.

    python tools/i18n.py check     list strings that have no Simplified Chinese translation (exit 1 if any)
    python tools/i18n.py update    add missing strings (as unfinished) to the right area's .ts file
    python tools/i18n.py fill F    fill translations from a file of lines "context<TAB>source<TAB>translation"
    python tools/i18n.py prune     drop translations of strings the code no longer has

Strings are found with `ast`: calls `tr("Context", "text")`, `N_("Context", "text")` and station errors
(`InvalidInput("text")` …, whose context is "Errors"). Each source file belongs to an area (its .ts file)
by the first AREAS pattern its path contains; the rest go to `core`. The CLI's help texts (help=,
description=, the help of command()/group() in ui/cli/) go to `cli`, context CliHelp.
"""
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANG = "zh_CN"
SOURCE_DIRS = ("station", "db", "ui")
ERROR_CLASSES = {"StationError", "InvalidInput", "NotFound", "Refused", "PermissionDenied", "NoStation",
                 "SchemaTooNew"}
AREAS = (
    ("help_panel", "elder"), ("ui/practice", "elder"), ("station/practice", "elder"), ("guide", "elder"),
    ("station/office/", "office"), ("ui/office/", "office"), ("cmd_office", "office"), ("ui/charts", "office"),
    ("ui/pages/office", "office"), ("db/postgres", "office"),
    ("cmd_resident", "residents"), ("station/residents/", "residents"), ("station/counter/", "counter"),
    ("orders/", "orders"), ("cmd_order", "orders"), ("cmd_send", "orders"), ("cmd_cash", "orders"),
    ("parcel", "counter"), ("counter", "counter"), ("notice", "counter"), ("shelf", "counter"),
    ("problem", "counter"), ("carrier", "counter"), ("handout", "counter"), ("intake", "counter"),
    ("deliver", "delivery"), ("slip", "delivery"), ("resident", "delivery"), ("volunteer", "delivery"),
    ("sync", "sync"), ("office", "sync"), ("bundle", "sync"), ("demo", "demo"),
    ("tokens", "security"), ("inputs", "security"), ("keystore", "security"), ("cmd_keys", "security"),
    ("anchor", "security"),
    ("cases", "cases"), ("cmd_case", "cases"), ("case_text", "cases"), ("cmd_calendar", "cases"), ("charts", "cases"),
)


def area_of(path: Path) -> str:
    text = str(path.relative_to(ROOT))
    return next((area for pattern, area in AREAS if pattern in text), "core")


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


HELP_CONTEXT = "CliHelp"  # ui/cli/argparse_i18n.py translates the CLI's help texts under this context
HELP_POSITION = {"command": 3, "group": 2}  # command(subparsers, name, handler, help), group(subparsers, name, help)


def help_strings(node: ast.Call, name: str) -> set[tuple[str, str]]:
    """The CLI's help texts in one call: help=/description= keywords and the help of command()/group()."""
    texts = [_literal(k.value) for k in node.keywords if k.arg in ("help", "description")]
    position = HELP_POSITION.get(name)
    if position is not None and len(node.args) > position:
        texts.append(_literal(node.args[position]))
    return {(HELP_CONTEXT, text) for text in texts if text}


def strings_in(path: Path) -> set[tuple[str, str]]:
    found = set()
    cli = "ui/cli/" in path.as_posix()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if cli:
            found |= help_strings(node, name)
        args = [_literal(a) for a in node.args]
        if name in ("tr", "N_") and len(args) >= 2 and args[0] and args[1]:
            found.add((args[0], args[1]))
        elif name == "ntr" and len(args) >= 3 and all(args[:3]):
            found |= {(args[0], args[1]), (args[0], args[2])}
        elif name in ERROR_CLASSES and args and args[0]:
            found.add(("Errors", args[0]))
    return found


def code_strings() -> dict[tuple[str, str], Path]:
    result = {}
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for key in strings_in(path):
                result.setdefault(key, path)
    return result


def translated() -> set[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    from station.i18n import read_ts

    keys = set()
    for path in TS_DIR.glob(f"*.{LANG}.ts"):
        keys |= set(read_ts(path))
    return keys


def missing() -> dict[tuple[str, str], Path]:
    done = translated()
    return {k: p for k, p in code_strings().items() if k not in done}


def present(path: Path) -> set[tuple[str, str]]:
    if not path.exists():
        return set()
    keys = set()
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            keys.add((context.findtext("name", ""), message.findtext("source", "")))
    return keys


def update() -> int:
    added = 0
    by_area: dict[str, list[tuple[str, str]]] = {}
    for key, path in missing().items():
        by_area.setdefault("cli" if key[0] == HELP_CONTEXT else area_of(path), []).append(key)
    for area, keys in by_area.items():
        ts = TS_DIR / f"{area}.{LANG}.ts"
        new = sorted(set(keys) - present(ts))
        if new:
            _append(ts, new)
            added += len(new)
    print(f"added {added} strings as unfinished")
    return 0


def _append(ts: Path, keys: list[tuple[str, str]]) -> None:
    root = ET.parse(ts).getroot() if ts.exists() else ET.Element("TS", version="2.1", language=LANG,
                                                                   sourcelanguage="en")
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for context_name, source in keys:
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", type="unfinished")
    ET.indent(root)
    ts.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def check() -> int:
    gaps = missing()
    for (context, source), path in sorted(gaps.items()):
        print(f"{path.relative_to(ROOT)}: [{context}] {source}")
    return 1 if gaps else 0


def fill(table: str) -> int:
    """Set translations (and clear "unfinished") for the given (context, source) pairs in any .ts file."""
    wanted = {}
    for line in Path(table).read_text("utf-8").splitlines():
        if line.strip():
            context, source, translation = line.split("\t")
            wanted[(context, source)] = translation
    filled = 0
    for ts in sorted(TS_DIR.glob(f"*.{LANG}.ts")):
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            for message in context.iter("message"):
                key = (context.findtext("name", ""), message.findtext("source", ""))
                if key in wanted:
                    node = message.find("translation")
                    node.text = wanted.pop(key)
                    node.attrib.pop("type", None)
                    filled += 1
        ET.indent(tree.getroot())
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    print(f"filled {filled}; not found: {len(wanted)}")
    return 1 if wanted else 0


def unused() -> set[tuple[str, str]]:
    return translated() - set(code_strings())


def prune() -> int:
    """Remove messages whose (context, source) the code no longer uses, so old wording cannot linger."""
    gone = unused()
    for ts in sorted(TS_DIR.glob(f"*.{LANG}.ts")):
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            for message in list(context.iter("message")):
                if (context.findtext("name", ""), message.findtext("source", "")) in gone:
                    context.remove(message)
        ET.indent(tree.getroot())
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    print(f"removed {len(gone)} unused strings")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "fill":
        raise SystemExit(fill(sys.argv[2]))
    raise SystemExit({"check": check, "update": update, "prune": prune}[command]())
