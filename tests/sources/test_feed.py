"""Kind ``feed``: RSS and Atom entries; HTML, truncated and non-feed documents refused."""
from __future__ import annotations

import pytest

from sources import KINDS, BlockedPage, ErrorPage, NotAFeed, ParseError

RSS = "application/rss+xml; charset=UTF-8"


def parse(body: bytes | str, url: str = "https://asean.org/feed/", content_type: str | None = RSS):
    if isinstance(body, str):
        body = body.encode()
    return KINDS["feed"].parse(body, url=url, content_type=content_type, settings={})


def rss(items: str, encoding: str = "UTF-8") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>News</title>'
            f"<link>https://example.go.id/</link>{items}</channel></rss>")


def test_wordpress_feed_items_keyed_by_guid_with_full_content(page):
    items = parse(page("asean_feed.xml")).items
    assert [item.key for item in items] == [
        "https://asean.org/?p=128734", "https://asean.org/?p=131002", "https://asean.org/?p=119850"]
    defa = items[0]
    assert defa.title == "ASEAN concludes negotiations on the Digital Economy Framework Agreement (DEFA)"
    assert defa.link == ("https://asean.org/asean-concludes-negotiations-on-the-digital-economy-framework-"
                         "agreement-defa/")
    assert defa.date == "2025-11-14"
    # content:encoded, not the excerpt: the signature sentence is only in the full text; no script text.
    assert defa.text.startswith("KUALA LUMPUR, 14 NOVEMBER 2025 – ASEAN Economic Ministers announced")
    assert "expected to be signed at the 48th ASEAN Summit." in defa.text
    assert "tracking" not in defa.text
    assert items[1].title == "Joint Media Statement of the 6th ASEAN Digital Ministers’ Meeting (ADGMIN)"
    assert items[1].text == ("BANGKOK, 16 JANUARY 2026 – The Sixth ASEAN Digital Ministers’ Meeting (ADGMIN) "
                             "& related meetings were held…")


def test_atom_feed_dates_stay_on_the_publishers_calendar(page):
    items = parse(page("atom_feed.xml"), "https://www.pdpc.gov.sg/feeds/press-room.atom",
                  "application/atom+xml").items
    guidelines, consultation = items
    assert guidelines.date == "2026-05-20"  # 06:00 +08:00 is still 19 May in UTC
    assert guidelines.key == "tag:pdpc.gov.sg,2026:announcement-0520"
    assert guidelines.link == "https://www.pdpc.gov.sg/news-and-events/announcements/2026/05/advisory-guidelines-ai"
    assert guidelines.title == "Advisory Guidelines on use of Personal Data in AI Recommendation & Decision Systems"
    assert guidelines.text == "SINGAPORE – 20 MAY 2026: the PDPC issued final guidelines."
    assert consultation.date == "2026-03-02"
    assert consultation.text == "The consultation closes on 31 March 2026."


def test_truncated_feed_is_a_parse_error_not_a_shorter_list(page):
    with pytest.raises(ParseError, match="truncated.*</rss>"):
        parse(page("truncated_feed.xml"))


def test_html_landing_page_at_a_feed_url_is_not_a_feed(page):
    with pytest.raises(NotAFeed, match=r"https://www\.bnm\.gov\.my/rss returned an HTML page, not RSS/Atom"):
        parse(page("bnm_rss.html"), "https://www.bnm.gov.my/rss", "text/html; charset=utf-8")


def test_challenge_or_error_page_at_a_feed_url_says_so(page):
    with pytest.raises(BlockedPage):
        parse(page("cloudflare_challenge.html"), content_type="text/html")
    with pytest.raises(ErrorPage):
        parse(page("nginx_503.html"), content_type="text/html")


@pytest.mark.parametrize("body", [
    b'{"data": {"items": []}}',
    b"https://example.invalid/feed",  # feedparser would fetch this if handed a str
    b"/etc/passwd",                   # ... or open this file
    b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
    b"<loc>https://asean.org/</loc></url></urlset>",
])
def test_other_documents_are_not_feeds(body):
    with pytest.raises(NotAFeed, match="not RSS/Atom"):
        parse(body)


def test_well_formed_feed_without_entries_is_an_empty_list():
    assert parse(rss("")).items == []


def test_complete_but_ill_formed_feed_is_tolerated():
    body = rss("<item><title>AI & data: MCMC consultation&nbsp;paper</title><link>https://mcmc.gov.my/a</link>"
               "</item><item><title>Second</title><link>https://mcmc.gov.my/b</link></item>")
    items = parse(body).items
    assert [item.key for item in items] == ["https://mcmc.gov.my/a", "https://mcmc.gov.my/b"]
    assert items[0].title.startswith("AI & data: MCMC consultation")


def test_key_falls_back_to_link_then_title_and_raw_dates_are_kept():
    items = parse(rss("<item><title>With link</title><link>/berita/1</link><pubDate>Senin, 26 Jan 2026"
                      "</pubDate></item><item><title>Only a title</title></item>"),
                  "https://jdih.komdigi.go.id/rss").items
    assert [(item.key, item.link, item.date) for item in items] == [
        ("https://jdih.komdigi.go.id/berita/1", "https://jdih.komdigi.go.id/berita/1", "Senin, 26 Jan 2026"),
        ("Only a title", None, None),
    ]


def test_thai_feed_declared_only_in_its_xml_declaration():
    body = rss("<item><title>ร่างพระราชบัญญัติปัญญาประดิษฐ์</title><guid>th-1</guid></item>", "windows-874")
    items = parse(body.encode("cp874"), "https://www.etda.or.th/rss", "text/xml").items
    assert items[0].title == "ร่างพระราชบัญญัติปัญญาประดิษฐ์"
