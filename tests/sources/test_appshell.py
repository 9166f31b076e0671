"""Application shells: a page whose content JavaScript builds is a health error naming the fix, while a
server-rendered page of a JavaScript framework (scripts and all) is read as usual."""
from __future__ import annotations

import pytest

from sources import KINDS, EmptyResult, ErrorPage, ScriptRendered

HTML = KINDS["html"]


def parse(body: bytes | str, **settings):
    body = body.encode() if isinstance(body, str) else body
    return HTML.parse(body, url="https://www.example.gov/news", content_type="text/html", settings=settings)


def test_static_headings_of_a_shell_on_a_region_source_are_an_error_naming_javascript(page):
    with pytest.raises(ScriptRendered) as caught:
        parse(page("app_shell_listing.html"), region="main")
    message = str(caught.value)
    assert "rendered by JavaScript" in message and "empty #app element" in message
    assert "`json` source" in message and 'fetch = "browser"' in message


def test_the_same_shell_on_an_items_source_names_javascript_not_an_empty_selector(page):
    with pytest.raises(ScriptRendered, match="JavaScript"):
        parse(page("app_shell_listing.html"), items="div.result-card")


def test_a_server_rendered_next_js_listing_is_content(page):
    items = parse(page("digital_siaran.html"), items="main a[href*='/siaran/']",
                  title="div.flex-1 > p:first-child").items
    assert [item.title for item in items][:1] == [
        "Rang Undang-Undang Tadbir Urus Kecerdasan Buatan Dibentangkan Untuk Bacaan Kali Pertama"]
    assert "Kementerian Digital hari ini" in parse(page("digital_siaran.html"), region="main").text


def test_an_empty_custom_listing_element_like_the_bank_of_thailand_news_page():
    body = ("<html><body><header><a href='/'>Home</a> <a href='/en/news-and-media.html'>News and Media</a></header>"
            "<main><h1>News</h1><bot-listing-page resourcePath='/content/bot/en/news-and-media/news' "
            "type='newsListingResults'></bot-listing-page></main></body></html>")
    with pytest.raises(ScriptRendered, match="empty bot-listing-page element"):
        parse(body, region="main")


def test_an_enable_javascript_notice_on_a_short_page():
    body = ("<html><body><h1>Siaran Media</h1><noscript><p>Sila aktifkan JavaScript / Please enable JavaScript "
            "to view this site.</p></noscript><div class='labels'>Tahun Kategori</div></body></html>")
    with pytest.raises(ScriptRendered, match="notice"):
        parse(body, region="body")


def test_a_short_script_heavy_page():
    bundle = "<script>" + "var a=function(){return 1};" * 400 + "</script>"
    body = f"<html><body><h1>Announcements</h1><p>Loading</p>{bundle}</body></html>"
    with pytest.raises(ScriptRendered, match="bytes of script for"):
        parse(body, region="body")


def test_a_long_server_rendered_page_with_an_empty_widget_root_is_content():
    rows = "".join(f"<li><a href='/news/{n}'>Media release number {n} on the digital economy</a></li>"
                   for n in range(60))
    body = f"<html><body><main><ul>{rows}</ul><div id='app'></div></main><script src='/w.js'></script></body></html>"
    assert "Media release number 59" in parse(body, region="main").text


def test_a_changed_selector_on_a_plain_page_stays_an_empty_result():
    with pytest.raises(EmptyResult, match="matched nothing"):
        parse("<html><body><ul><li><a href='/a'>A</a></li></ul></body></html>", items="div.card")


def test_a_maintenance_decoy_served_with_200_is_an_error_page(page):
    with pytest.raises(ErrorPage, match="maintenance page: 'Maintenance'"):
        parse(page("mas_maintenance.html"), region="main")
    with pytest.raises(ErrorPage, match="maintenance page"):
        KINDS["json"].parse(page("mas_maintenance.html"), url="https://www.mas.gov.sg/api/v1/search",
                            content_type="text/html", settings={"items": "response.docs"})


@pytest.mark.parametrize("title", ["Site Maintenance", "Down for maintenance", "Sedang dalam pemeliharaan",
                                   "ปิดปรับปรุงระบบชั่วคราว", "Hệ thống đang bảo trì", "We'll be back soon"])
def test_maintenance_titles_in_the_regions_languages(title):
    with pytest.raises(ErrorPage, match="maintenance page"):
        parse(f"<html><head><title>{title}</title></head><body><p>Please come back later.</p></body></html>")


def test_an_article_about_maintenance_is_content():
    body = ("<html><head><title>Scheduled maintenance of PayNow on 5 December | MAS</title></head><body><main>"
            + "<p>PayNow will be unavailable for scheduled maintenance.</p>" * 3 + "</main></body></html>")
    assert "PayNow will be unavailable" in parse(body, region="main").text
