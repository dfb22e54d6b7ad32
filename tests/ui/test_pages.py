"""The page table: every page it names exists, and listing the pages imports none of them (startup)."""
import importlib
import subprocess
import sys

from tests.conftest import ROOT
from ui.pages import PAGES, Page


def test_every_page_in_the_table_names_a_page_class():
    assert len({spec.key for spec in PAGES}) == len(PAGES) >= 9
    for spec in PAGES:
        if spec.widget is not None:
            module, name = spec.widget.split(":")
            assert issubclass(getattr(importlib.import_module(module), name), Page), spec.key


def test_listing_the_pages_imports_no_page_module():
    probe = ("import sys; from ui.pages import usable_specs; usable_specs('admin'); "
             "print(sorted(m for m in sys.modules if m.startswith('ui.') and m != 'ui.pages' "
             "and m not in ('ui.qt',)))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "[]", proc.stdout
