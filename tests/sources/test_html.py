"""Kind ``html``: listings picked by CSS selectors, and region text."""
from __future__ import annotations

import re

import pytest

from sources import KINDS, BlockedPage, EmptyResult, ErrorPage, ScriptRendered, SettingsError

PERATURAN = {
    "items": "div.strip.grid > div.wrapper",
    "title": "hr + p",
    "link": 'p > a[title="lihat detail"]',
    "date": "a.wish_bt",
    "text": "p",
}
PERATURAN_URL = "https://peraturan.go.id/perpres/index?page=1"


def parse(body: bytes | str, url: str = "https://example.go.id/news/", content_type: str | None = None,
          **settings):
    if isinstance(body, str):
        body = body.encode()
    return KINDS["html"].parse(body, url=url, content_type=content_type, settings=settings)


def listing(*items: str) -> str:
    return f"<html><head><title>Berita</title></head><body><ul class='news'>{''.join(items)}</ul></body></html>"


def test_peraturan_listing_items(page):
    result = parse(page("peraturan_listing.html"), PERATURAN_URL, "text/html; charset=utf-8", **PERATURAN)
    first = result.items[0]
    # <base href> wins over the page URL: the relative "id/..." link is not under /perpres/.
    assert first.key == first.link == "https://peraturan.go.id/id/perpres-no-12-tahun-2026"
    assert first.title == "Peraturan Presiden Nomor 12 Tahun 2026"
    assert first.date == "2026"
    assert first.text == ("Peraturan Presiden Nomor 12 Tahun 2026 tentang Peta Jalan Kecerdasan Artifisial "
                          "Nasional Tahun 2026-2029")
    assert [item.title for item in result.items] == [
        "Peraturan Presiden Nomor 12 Tahun 2026",
        "Peraturan Presiden Nomor 98 Tahun 2025",
        "Peraturan Presiden Nomor 71 Tahun 2025",
    ]
    assert result.items[2].text.endswith("tentang Percepatan Transformasi Digital Pemerintahan")  # &nbsp;: a space


def test_reordered_and_reindented_listing_gives_the_same_items(page):
    original = page("peraturan_listing.html").decode()
    blocks = re.findall(r'<div class="strip grid">.*?</div>\s*</div>', original, re.DOTALL)
    assert len(blocks) == 3
    start, end = original.index(blocks[0]), original.index(blocks[-1]) + len(blocks[-1])
    # Re-indented between tags, line-broken inside the text, attribute values untouched.
    reindented = [re.sub(r">\s*<", ">\n\t\t<", block).replace("tentang ", "tentang\n\t  ").replace("<p>", "<p>  ")
                  for block in reversed(blocks)]
    shuffled = original[:start] + "".join(reindented) + original[end:]
    assert shuffled != original
    pairs = [{(item.key, item.text) for item in parse(body.encode(), PERATURAN_URL, **PERATURAN).items}
             for body in (original, shuffled)]
    assert pairs[0] == pairs[1]
    assert len(pairs[0]) == 3


def test_thai_listing_in_windows_874_without_charset(page):
    result = parse(page("ratchakitcha_cp874.html"), "https://ratchakitcha.soc.go.th/", "text/html",
                   items="div.post-thumbnail-entry", title="h3.title-news", date="span.date-news03")
    first = result.items[0]
    assert first.title == "พระราชบัญญัติว่าด้วยการส่งเสริมและกำกับดูแลปัญญาประดิษฐ์ พ.ศ. ๒๕๖๙"
    assert first.link == "https://ratchakitcha.soc.go.th/documents/143A061N0000000009900.pdf"
    assert first.date == "๑ ตุลาคม ๒๕๖๙"
    assert "เล่ม ๑๔๓ ตอนที่ ๖๑ ก หน้า ๙๙" in first.text


def test_defaults_title_is_first_line_link_is_first_anchor_text_is_whole_item():
    result = parse(listing(
        "<li><h3>DEFA signed</h3><p>Leaders <a href='/defa-signed'>signed</a> the DEFA.</p></li>",
        "<li><a href='https://asean.org/adgmin/'>ADGMIN <b>statement</b></a></li>",
    ), items="li")
    defa, adgmin = result.items
    assert (defa.key, defa.title, defa.text) == ("https://example.go.id/defa-signed", "DEFA signed",
                                                 "DEFA signed Leaders signed the DEFA.")
    assert adgmin.link == "https://asean.org/adgmin/"  # the item itself is the anchor's parent
    assert adgmin.title == "ADGMIN statement"


def test_item_that_is_itself_a_link():
    result = parse(listing("<a class='card' href='../doc/1'>Perpres 12/2026</a>"), items="a.card")
    assert result.items[0].key == "https://example.go.id/doc/1"


def test_javascript_links_fall_back_to_the_title_as_key():
    result = parse(listing("<li><a href='javascript:void(0)' onclick='open(7)'>Draft AI law</a></li>",
                           "<li><a href='#'>Hearing</a></li>"), items="li")
    assert [(item.key, item.link) for item in result.items] == [("Draft AI law", None), ("Hearing", None)]


def test_time_datetime_attribute_is_the_date():
    result = parse(listing("<li><a href='/a'>A</a><time datetime='2026-05-20'>20 May</time></li>",
                           "<li><a href='/b'>B</a><span class='d'>21 May 2026</span></li>"),
                   items="li", date="time, span.d")
    assert [item.date for item in result.items] == ["2026-05-20", "21 May 2026"]


def test_repeated_key_keeps_the_first_item():
    result = parse(listing("<li><a href='/a'>first</a></li>", "<li><a href='/a'>second</a></li>"), items="li")
    assert [(item.key, item.title) for item in result.items] == [("https://example.go.id/a", "first")]


def test_an_image_link_before_the_text_link_does_not_leave_the_item_untitled():
    # JDIH Komdigi's cards: a thumbnail anchor, then the headline anchor, both to /berita/view/<n>.
    result = parse(listing("<li><a href='/berita/view/9'><img src='/t.jpg' alt=''></a>"
                           "<a href='/berita/view/9'>Rancangan Perpres AI</a></li>"), items="a[href*='/berita/view/']")
    assert [(item.key, item.title) for item in result.items] == [
        ("https://example.go.id/berita/view/9", "Rancangan Perpres AI")]


def test_items_selector_matching_nothing_is_an_empty_result_naming_it(page):
    with pytest.raises(EmptyResult, match=r"div\.strip\.grid > div\.card"):
        parse(page("peraturan_listing.html"), items="div.strip.grid > div.card")


def test_region_text_keeps_lines_and_collapses_spaces(page):
    result = parse(page("peraturan_listing.html"), region="div.container")
    assert result.items is None
    assert result.text.splitlines()[:5] == [
        "2026", "Peraturan Presiden Nomor 12 Tahun 2026",
        "tentang Peta Jalan Kecerdasan Artifisial Nasional Tahun 2026-2029", "Berlaku", "2025"]
    assert "Beranda" not in result.text  # the menu is outside the region


def test_default_region_is_the_body(page):
    text = parse(page("peraturan_listing.html")).text
    assert text.startswith("Beranda\nUndang-Undang\nPeraturan Presiden\nPeraturan Presiden\n")
    assert "gtag" not in text and "Qm9ndXNUb2tlbjEyMzQ1Njc4OTA" not in text


def test_region_matching_nothing_or_empty_is_an_empty_result():
    with pytest.raises(EmptyResult, match="#content"):
        parse(listing("<li>x</li>"), region="#content")
    with pytest.raises(EmptyResult, match="no visible text"):
        parse('<html><body><div class="content"><img src="/banner.png"></div></body></html>')


def test_an_empty_framework_root_is_a_javascript_page_not_an_empty_one():
    with pytest.raises(ScriptRendered, match=r"empty #root element.*json.*fetch = \"browser\""):
        parse('<html><body><div id="root"></div><script src="/app.js"></script></body></html>')


def test_checks_run_before_the_selectors(page):
    with pytest.raises(BlockedPage):
        parse(page("cloudflare_challenge.html"), **PERATURAN)
    with pytest.raises(ErrorPage):
        parse(page("error_200.html"), **PERATURAN)


def test_bad_selector_is_a_settings_error():
    with pytest.raises(SettingsError, match="items: 'div\\[' is not a valid CSS selector"):
        parse(listing("<li>x</li>"), items="div[")
    with pytest.raises(SettingsError, match="title"):
        KINDS["html"].check_settings({"items": "li", "title": "h3 >> a"})
    KINDS["html"].check_settings(PERATURAN)
