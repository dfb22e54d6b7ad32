"""station guide: one illustrated card per counter task, from real screenshots of this version."""
from pathlib import Path

from station.i18n import tr
from ui.cli.framework import ANY_KIND, Invocation, Output, command


def register(subparsers) -> None:
    guide = command(subparsers, "guide", run_guide, "print quick guides: one illustrated page per counter task",
                    kinds=ANY_KIND)
    guide.add_argument("--out", required=True, type=Path, help="PDF file to write")
    guide.add_argument("--normal-text", action="store_true", help="screenshots in normal text (default: large)")


def run_guide(inv: Invocation) -> Output:
    from ui.guide import make_guide  # here: Qt is loaded only for this command

    a = inv.args
    done = make_guide(a.out, getattr(a, "lang", None), large_text=not a.normal_text)
    return Output(done, tr("Guide", "Quick guides written to {out} (pages: {pages}).").format(**done))
