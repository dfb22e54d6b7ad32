"""A smaller ICU data library for the Linux bundle: what Qt can ask ICU for in a Chinese/English app.

PySide6's Linux wheels link Qt against their own ICU 73, whose data library (libicudata.so.73) holds 32 MB:
every locale's names of languages, regions, currencies and units, break-iterator dictionaries and
transliterators for all scripts, and 190 legacy code pages. Qt itself calls ICU only for code-page
conversion (QStringConverter), locale-aware case mapping, collation (QCollator) and time-zone names, so
this keeps ICU's core tables (properties, normalisation, case, aliases), the supplemental data, root /
Chinese / English locales for collation and zones, and the Chinese and Western code pages. The result is
rebuilt into a library that exports the same data symbol (icudt73_dat), so nothing else changes.

Uses Debian's icupkg (icu-devtools) to list and pack the data, and gcc to assemble the library.
tests/installer/test_icu_data.py checks Qt's ICU-backed features against the smaller data.

    python installer/icu_data.py IN_LIBICUDATA OUT_LIBICUDATA
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE_FILE = re.compile(r"^(?:(?P<tree>coll|zone)/)?(?P<locale>[a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")
KEEP_LOCALE = re.compile(r"^(zh|en)(_.*)?$")
DROP_TREES = ("curr/", "lang/", "region/", "unit/", "rbnf/", "brkitr/", "translit/")
KEEP_CODE_PAGES = re.compile(
    r"^(gb18030|windows-9(36|50)-2000|iso-ir-165|iso-8859_\d+-\d+|icu-internal-25546"
    r"|ibm-(1386|5478|1383|1373|950|5471|534[6-9]|535[0-4]|437|850|858|91[2-6]|920|921|923|813|1089)_\w+-\d+)\.cnv$")
DROP_OTHER = re.compile(r"^(confusables\.cfu|unames\.icu|rfc\d+\w*\.spp)$")  # spoof checks, char names, stringprep


def keep(item: str) -> bool:
    """Whether an item (as icupkg lists it, e.g. `coll/zh.res`) stays in the smaller data."""
    if item.startswith(DROP_TREES) or DROP_OTHER.match(item):
        return False
    if item.endswith(".cnv"):
        return bool(KEEP_CODE_PAGES.match(item))
    locale = LOCALE_FILE.match(item)
    if locale and "/" not in item.removeprefix(f"{locale['tree']}/" if locale["tree"] else ""):
        return bool(KEEP_LOCALE.match(locale["locale"]))
    return True


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol in a libicudata."""
    symbols = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    address, size, name = re.search(r"^([0-9a-f]+) g\s+DO \.rodata\s+([0-9a-f]+)\s+(icudt\d+_dat)$", symbols,
                                    re.M).groups()
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+) ([0-9a-f]+)", sections)
    offset = int(address, 16) - int(rodata[1], 16) + int(rodata[2], 16)
    return name, offset, int(size, 16)


def shrink(library: Path, out: Path) -> tuple[int, int]:
    """Write the smaller library to `out`; returns (bytes of data before, after)."""
    name, offset, size = data_symbol(library)
    package = name.removesuffix("_dat") + "l"  # icupkg names items after the file: icudt73l/coll/zh.res
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "full").mkdir()
        (work / "full" / f"{package}.dat").write_bytes(library.read_bytes()[offset:offset + size])
        listing = subprocess.run(["icupkg", "-l", f"full/{package}.dat"], cwd=work, capture_output=True, text=True,
                                 check=True).stdout.split()
        (work / "drop.txt").write_text("\n".join(item for item in listing if not keep(item)) + "\n", "ascii")
        subprocess.run(["icupkg", "-r", "drop.txt", f"full/{package}.dat", f"{package}.dat"], cwd=work, check=True,
                       capture_output=True)
        (work / "data.s").write_text(
            f'\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n{name}:\n'
            f'\t.incbin "{package}.dat"\n\t.size {name}, .-{name}\n\t.section .note.GNU-stack,"",@progbits\n', "ascii")
        soname = library.name
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", "lib.so", "data.s"], cwd=work,
                       check=True)
        shutil.copyfile(work / "lib.so", out)
        return size, (work / f"{package}.dat").stat().st_size


def tools_present() -> bool:
    return all(shutil.which(tool) for tool in ("icupkg", "gcc", "objdump", "readelf"))


def main(argv: list[str]) -> int:
    before, after = shrink(Path(argv[0]), Path(argv[1]))
    print(f"ICU data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
