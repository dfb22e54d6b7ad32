"""The Inno Setup script and our Simplified Chinese messages, checked without Windows.

ISCC only compiles under wine (installer/build-windows-installer) and silently ignores a section it does
not know, so the script's shape is checked here; the messages are compared with Inno's own English file
when installer/build-windows-installer has fetched the compiler (build/innosetup)."""
import re

import pytest

from tests.conftest import ROOT

WINDOWS = ROOT / "installer" / "windows"
ISS = WINDOWS / "village-station.iss"
ISL = WINDOWS / "ChineseSimplified.isl"
DEFAULT_ISL = ROOT / "build/innosetup/node_modules/innosetup/bin/Default.isl"
KNOWN_SECTIONS = {"Setup", "Types", "Components", "Tasks", "Dirs", "Files", "Icons", "INI", "InstallDelete",
                  "Languages", "Messages", "CustomMessages", "LangOptions", "Registry", "Run", "UninstallDelete",
                  "UninstallRun", "Code"}


def text(path) -> str:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: ISCC reads UTF-8 only with a byte-order mark"
    return raw[3:].decode("utf-8")


def entries(content: str, section: str) -> dict[str, str]:
    body = re.search(rf"^\[{section}\]\s*$(.*?)(?=^\[|\Z)", content, re.M | re.S).group(1)
    return dict(re.findall(r"^([A-Za-z0-9_.]+)=(.*?)\r?$", body, re.M))


def test_script_uses_only_sections_inno_setup_knows():
    sections = set(re.findall(r"^\[(\w+)\]", text(ISS), re.M))
    assert sections and sections <= KNOWN_SECTIONS, sections - KNOWN_SECTIONS


def test_script_installs_per_user_keeps_data_and_names_real_files():
    setup = entries(text(ISS), "Setup")
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["AppId"].startswith("{{")  # fixed across versions and languages, so upgrades find the old one
    assert setup["DefaultDirName"] == r"{autopf}\VillageStation"  # %LOCALAPPDATA%\Programs, not the data dir
    assert (WINDOWS / setup["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    assert "UninstallDelete" not in text(ISS)  # the uninstaller removes only what it installed
    languages = re.findall(r'MessagesFile: "([^"]+)"', text(ISS))
    assert languages[0] == ISL.name and (WINDOWS / languages[0]).is_file()  # Chinese first: the default


def test_every_custom_message_exists_in_both_languages():
    custom = entries(text(ISS), "CustomMessages")
    names = {key.split(".", 1)[1] for key in custom}
    assert {f"{lang}.{name}" for lang in ("zh_CN", "en") for name in names} == set(custom)
    used = set(re.findall(r"\{cm:(\w+)", text(ISS)))
    assert used - names <= set(entries(text(ISL), "CustomMessages"))


def test_chinese_messages_are_all_translated():
    messages = entries(text(ISL), "Messages")
    assert len(messages) > 250
    placeholders_only = re.compile(r"[%\d\s()KMB（），]+")
    english_left = [key for key, value in messages.items() if value and not re.search(r"[\u4e00-\u9fff]", value)
                    and not placeholders_only.fullmatch(value)]
    assert not english_left, english_left
    assert entries(text(ISL), "LangOptions")["LanguageID"] == "$0804"


@pytest.mark.skipif(not DEFAULT_ISL.is_file(), reason="Inno Setup not fetched (installer/build-windows-installer)")
def test_chinese_messages_match_inno_setups_english_ones():
    ours = {**entries(text(ISL), "Messages"), **entries(text(ISL), "CustomMessages")}
    theirs = {**entries(text(DEFAULT_ISL), "Messages"), **entries(text(DEFAULT_ISL), "CustomMessages")}
    assert set(ours) == set(theirs)
    for key, english in theirs.items():
        assert sorted(re.findall(r"%\d|\[\w+(?:/\w+)?\]", ours[key])) == sorted(
            re.findall(r"%\d|\[\w+(?:/\w+)?\]", english)), key
