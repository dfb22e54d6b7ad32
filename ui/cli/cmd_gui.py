"""station gui, station screenshot."""
from pathlib import Path

from station.i18n import tr
from ui.cli.framework import ANY_KIND, Invocation, Output, command


def register(subparsers) -> None:
    gui = command(subparsers, "gui", run_gui, "open the GUI (a demo station is made when none exists)",
                  kinds=ANY_KIND)
    gui.add_argument("--practice", action="store_true",
                     help="open the practice station (demo data beside this one; never synced)")
    gui.add_argument("--reset", action="store_true",
                     help="with --practice: wipe the practice station first and start again from fresh demo data")
    shot = command(subparsers, "screenshot", run_screenshot, "render a page of the GUI to PNG", kinds=ANY_KIND)
    shot.add_argument("--page", required=True,
                      help="the page's key, e.g. counter, parcels, residents; login: the sign-in dialog")
    shot.add_argument("--out", required=True, type=Path, help="PNG file to write")
    shot.add_argument("--size", default="1366x768", help="window size WIDTHxHEIGHT in pixels (default 1366x768)")
    shot.add_argument("--large-text", action="store_true", help="render in large text")
    shot.add_argument("--high-contrast", action="store_true", help="render in high contrast")


def run_gui(inv: Invocation) -> Output | None:
    from station.errors import InvalidInput
    from ui.gui_main import run

    if inv.args.reset and not inv.args.practice:
        raise InvalidInput("--reset starts the practice station again; give it with --practice.", why="reset_alone")
    return Output({"exit": run(inv.data_dir, getattr(inv.args, "lang", None), inv.args.practice, inv.args.reset)})


def run_screenshot(inv: Invocation) -> Output:
    from ui.screenshot import render_page

    a = inv.args
    actor = inv.ctx().actor  # signs in (or stays nobody: then only --page login renders)
    out = render_page(inv.data_dir, a.page, a.out, a.size, a.large_text, getattr(a, "lang", None), actor,
                      high_contrast=a.high_contrast)
    return Output({"out": str(out)}, tr("Cli", "Screenshot written to {out}").format(out=out))
