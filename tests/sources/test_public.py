"""The package's public surface, its registry, and that importing it stays light."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sources
from sources import KINDS, Kind, SourceError

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = {"KINDS", "Item", "Page", "Kind", "SourceError", "BlockedPage", "ErrorPage", "NotAFeed", "EmptyResult",
          "ParseError", "ScriptRendered", "SettingsError", "decode"}


def test_public_names():
    assert set(sources.__all__) == PUBLIC
    assert all(hasattr(sources, name) for name in PUBLIC)


def test_every_error_is_a_source_error():
    errors = [getattr(sources, name) for name in PUBLIC if name.endswith(("Error", "Page", "Feed", "Result", "Rendered"))
              and name != "Page"]
    assert len(errors) == 8
    assert all(issubclass(error, SourceError) for error in errors)


def test_registry_names_each_kind_with_one_line_of_help():
    assert set(KINDS) == {"feed", "html", "json", "pdf"}
    for name, kind in KINDS.items():
        assert isinstance(kind, Kind) and kind.name == name
        doc = type(kind).__doc__ or ""
        assert doc.strip() and "\n" not in doc.strip()
        assert not set(kind.required) & set(kind.optional)
    assert KINDS["json"].required == ("items",)


def test_import_does_not_load_heavy_parsers():
    code = ("import sys, sources; "
            "print(sorted(m for m in ('feedparser', 'pypdf', 'charset_normalizer', 'bs4', 'lxml') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_sources_never_imports_the_application():
    code = "import sys, sources; print([m for m in sys.modules if m.split('.')[0] in ('monitor', 'storage')])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout
    assert out.strip() == "[]"
