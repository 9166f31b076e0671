"""The shipped catalog's selectors work on pages shaped like the real sites (tests/sources/pages)."""
import pytest

from monitor import config
from monitor.detect import normalise
from sources import KINDS
from tests.conftest import EXAMPLE_CONFIG
from tests.sources.conftest import PAGES

SHIPPED = {s.id: s for s in config.load(str(EXAMPLE_CONFIG)).sources}


@pytest.mark.parametrize("source_id, page, content_type, expect", [
    ("asean-news", "asean_feed.xml", "application/rss+xml", "Digital Economy Framework Agreement"),
    ("id-peraturan-perpres", "peraturan_listing.html", "text/html", "Kecerdasan Artifisial"),
    ("th-ratchakitcha", "ratchakitcha_cp874.html", "text/html", "ปัญญาประดิษฐ์"),
    ("th-law-hearings", "lawgoth_surveys.json", "application/json", "ปัญญาประดิษฐ์"),
    ("vn-vbpl-api", "vbpl_docs.json", "application/json", "Trí tuệ nhân tạo"),
])
def test_shipped_selectors_find_items(source_id, page, content_type, expect):
    spec = SHIPPED[source_id]
    parsed = KINDS[spec.kind].parse((PAGES / page).read_bytes(), url=spec.url, content_type=content_type,
                                    settings=spec.settings)
    content = normalise(parsed, spec.ignore)
    assert content.items, f"{source_id}: no items"
    assert all(item["key"] and item["title"] for item in content.items)
    assert any(expect.casefold() in (item["title"] + " " + item["text"]).casefold() for item in content.items)
    assert all(item["link"] is None or item["link"].startswith("https://") for item in content.items)


def test_every_jurisdiction_of_the_seed_has_a_source():
    assert {"ASEAN", "ID", "TH", "VN", "SG", "MY", "PH"} <= {s.jurisdiction for s in SHIPPED.values()}
