"""Visible text, and the anti-bot and error-page checks that keep non-content out of change detection."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from sources import BlockedPage, ErrorPage
from sources.htmltext import check_page, looks_like_html, parse_page, strip_tags, visible_text


def test_visible_text_drops_invisible_elements_and_keeps_one_line_per_block():
    tree = parse_page(
        "<html><head><title>t</title><style>p{}</style></head><body>"
        "<script>var x = 'hidden';</script><noscript>Enable JS</noscript><template><p>tpl</p></template>"
        "<form><input type=hidden name=_token value=SECRET></form>"
        "<h2>Undang-Undang\n   Nomor 1</h2><p>Tahun <b>20</b>24 tentang\tITE</p>Dicabut<span>!</span>"
        "<ul><li>satu</li><li>dua</li></ul></body></html>")
    assert visible_text(tree.body) == "Undang-Undang Nomor 1\nTahun 2024 tentang ITE\nDicabut!\nsatu\ndua"
    assert visible_text(tree.body, one_line=True) == "Undang-Undang Nomor 1 Tahun 2024 tentang ITE Dicabut! satu dua"
    assert "SECRET" not in tree.html


def test_line_separator_inside_text_is_a_space_not_a_new_line():
    tree = parse_page("<html><body><p>หลักการ\u2028เหตุผล</p></body></html>")
    assert visible_text(tree.body) == "หลักการ เหตุผล"


def test_strip_tags_joins_inline_tags_and_separates_blocks():
    fragment = "<p>DE<b>FA</b> &amp; ADGMIN</p><p>signed&#8230;</p><script>track()</script><!-- x -->"
    assert strip_tags(fragment) == "DEFA & ADGMIN signed…"
    assert strip_tags("a < b and c > d") == "a < b and c > d"


def test_looks_like_html():
    assert looks_like_html("\n<!DOCTYPE html><html>")
    assert looks_like_html("<?xml version='1.0'?><!-- x --><html xmlns='http://www.w3.org/1999/xhtml'>")
    assert not looks_like_html('<?xml version="1.0"?><rss version="2.0">')
    assert not looks_like_html('{"data": []}')


def _check(html: str) -> None:
    check_page(LexborHTMLParser(html), html)


def test_cloudflare_challenge_is_blocked(page):
    with pytest.raises(BlockedPage, match="anti-bot"):
        parse_page(page("cloudflare_challenge.html").decode())


@pytest.mark.parametrize("html", [
    "<html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been"
    " blocked</h1><p>You are unable to access soc.go.th</p></body></html>",
    "<html><head><title>DDoS-Guard</title></head><body>Checking your browser before accessing</body></html>",
    "<html><head><title>Sucuri WebSite Firewall - Access Denied</title></head><body>Blocked</body></html>",
    "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult"
    " with your administrator.<br>Your support ID is: 1234567890</body></html>",
])
def test_other_anti_bot_pages_are_blocked(html):
    with pytest.raises(BlockedPage):
        _check(html)


def test_ordinary_page_served_through_cloudflare_is_not_blocked(page):
    tree = parse_page(page("cloudflare_served_article.html").decode())
    assert "Artificial Intelligence Governance Bill" in visible_text(tree.body)


def test_long_article_quoting_a_challenge_marker_is_not_blocked():
    article = "<p>Regulators discussed bot protection such as cf-challenge pages and DDoS-Guard.</p>" * 60
    tree = parse_page(f"<html><head><title>Bots and public data</title></head><body>{article}</body></html>")
    assert len(visible_text(tree.body).splitlines()) == 60


@pytest.mark.parametrize("title", [
    "404 Not Found", "Page not found – ASEAN Main Portal", "Error 404 - Page Not Found | MCMC",
    "Halaman Tidak Ditemukan", "ไม่พบหน้าที่คุณต้องการ", "Không tìm thấy trang", "Service Unavailable",
    "502 Bad Gateway", "Error 5xx", "Internal Server Error", "Server Error in '/' Application.",
    "Laman tidak dijumpai | Parlimen Malaysia",
])
def test_short_page_with_an_error_title_is_an_error_page(title):
    with pytest.raises(ErrorPage, match="error page"):
        _check(f"<html><head><title>{title}</title></head><body><a href='/'>Home</a></body></html>")


def test_error_heading_in_h1_is_an_error_page():
    with pytest.raises(ErrorPage):
        _check("<html><head><title>Komdigi</title></head><body><h1>Oops! That page can’t be found.</h1></body></html>")


def test_error_pages_from_fixtures(page):
    for name in ("error_200.html", "nginx_503.html"):
        with pytest.raises(ErrorPage):
            parse_page(page(name).decode())


def test_article_about_a_missing_page_is_not_an_error_page(page):
    tree = parse_page(page("article_mentions_not_found.html").decode())
    assert "withdrawn for revision" in visible_text(tree.body)


def test_long_page_is_never_an_error_page_even_with_an_error_title():
    body = "<p>Peraturan Presiden Nomor 12 Tahun 2026 tentang Strategi Nasional Kecerdasan Artifisial.</p>" * 80
    tree = parse_page(f"<html><head><title>Not Found</title></head><body>{body}</body></html>")
    assert visible_text(tree.body).count("Kecerdasan Artifisial") == 80
