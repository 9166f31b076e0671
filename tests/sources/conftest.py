"""Fixtures for the source-kind tests: recorded-looking pages under ``pages/``."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

PAGES = Path(__file__).parent / "pages"


@pytest.fixture
def page() -> Callable[[str], bytes]:
    """The bytes of a fixture page, by file name."""
    return lambda name: (PAGES / name).read_bytes()
