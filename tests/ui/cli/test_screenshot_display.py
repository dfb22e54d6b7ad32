"""`station screenshot` renders the display modes a user can choose: high contrast and the pseudo-language."""
from PIL import Image

from db.connection import close_database


def _share_dark(path) -> float:
    image = Image.open(path).convert("L").resize((200, 112))
    pixels = image.tobytes()  # mode L: one byte a pixel
    return sum(1 for p in pixels if p < 40) / len(pixels)


def test_high_contrast_renders_black_and_normal_does_not(ctx, data_dir, tmp_path, cli):
    close_database()
    for flag, name in ((["--high-contrast"], "hc.png"), ([], "normal.png")):
        code, _out, err = cli("--data", data_dir, "screenshot", "--page", "settings", "--out", tmp_path / name,
                              "--large-text", *flag)
        assert code == 0, err
    assert _share_dark(tmp_path / "hc.png") > 0.6 > 0.2 > _share_dark(tmp_path / "normal.png")


def test_the_pseudo_language_renders(ctx, data_dir, tmp_path, cli):
    close_database()
    code, _out, err = cli("--data", data_dir, "--lang", "pseudo", "screenshot", "--page", "parcels",
                          "--out", tmp_path / "p.png")
    assert code == 0, err
    assert (tmp_path / "p.png").stat().st_size > 5000
