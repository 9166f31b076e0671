"""Kind ``json``: records at a dotted path, paginated requests, U+2028 kept inside one record."""
from __future__ import annotations

import json

import pytest

from sources import KINDS, BlockedPage, EmptyResult, ParseError, SettingsError

JSON = KINDS["json"]
LAW_GO_TH = {
    "items": "result.data",
    "key": "id",
    "title": "title",
    "date": "startDate",
    "text": "description",
    "link_template": "https://law.go.th/listeningDetail?survey_id={id}",
    "method": "POST",
    "body": {"searchText": "", "size": 200, "page": 0, "sort": "desc"},
    "page_field": "page",
}


def parse(raw: bytes | str, settings: dict, url: str = "https://apig.law.go.th/dga-user-service-survey/surveys"):
    if isinstance(raw, str):
        raw = raw.encode()
    return JSON.parse(raw, url=url, content_type="application/json", settings=settings)


def test_law_go_th_records_with_line_separators_stay_whole(page):
    raw = page("lawgoth_surveys.json")
    assert "\u2028".encode() in raw and b"\\u2028" in raw
    items = parse(raw, LAW_GO_TH).items
    assert len(items) == 2
    bill = items[0]
    assert bill.key == "5123"
    assert bill.link == "https://law.go.th/listeningDetail?survey_id=5123"
    assert bill.date == "2026-01-15T00:00:00.000+07:00"
    assert bill.text == ("หลักการ ให้มีกฎหมายว่าด้วยการส่งเสริมและกำกับดูแลปัญญาประดิษฐ์ เหตุผล "
                         "โดยที่ปัจจุบันมีการนำปัญญาประดิษฐ์มาใช้อย่างแพร่หลาย")
    assert items[1].text == "รับฟังความคิดเห็นต่อร่างประกาศ ระยะเวลา ๓๐ วัน"


def test_vbpl_items_strip_markup_and_are_nfc(page):
    settings = {"items": "data.items", "key": "docNum", "title": "title", "date": "issueDate", "text": "summary"}
    items = parse(page("vbpl_docs.json"), settings,
                  "https://vbpl-bientap-gateway.moj.gov.vn/api/qtdc/public/doc/all").items
    assert [item.key for item in items] == ["71/2025/QH15", "13/2026/NĐ-CP"]
    assert items[0].text == ("Luật này quy định về hoạt động nghiên cứu, phát triển, cung cấp và sử dụng hệ "
                             "thống trí tuệ nhân tạo.")
    assert items[0].link is None


def test_without_text_path_the_whole_record_is_the_text():
    body = json.dumps([{"id": 7, "title": "Draft", "agency": {"name": "MDES"}, "tags": ["AI", "law"],
                        "open": True, "note": None}])
    item = parse(body, {"items": "", "title": "title", "link": "id"}).items[0]
    assert item.text == "id: 7; title: Draft; agency: name: MDES; tags: AI law; open: true"
    assert item.key == item.link == "https://apig.law.go.th/dga-user-service-survey/7"


def test_top_level_list_and_key_fallbacks():
    body = json.dumps([{"title": "A", "url": "/a"}, {"title": "B"}, {"n": 1}, {}, None])
    items = parse(body, {"items": ".", "title": "title", "link": "url"}).items
    assert [(item.key, item.title) for item in items] == [
        ("https://apig.law.go.th/a", "A"), ("B", "B"), ("n: 1", "n: 1")]


def test_path_through_a_list_index():
    body = json.dumps({"pages": [{"rows": [{"title": "x"}]}]})
    assert parse(body, {"items": "pages.0.rows", "title": "title"}).items[0].title == "x"


def test_missing_path_is_an_empty_result_naming_it(page):
    with pytest.raises(EmptyResult, match="'data.records' not found"):
        parse(page("vbpl_docs.json"), {"items": "data.records"})
    with pytest.raises(EmptyResult, match="'data' is a dict, not a list"):
        parse(page("vbpl_docs.json"), {"items": "data"})


def test_empty_list_is_zero_items():
    assert parse('{"result": {"data": [], "lastPage": 9}}', LAW_GO_TH).items == []


def test_bad_json_and_html_pages(page):
    with pytest.raises(ParseError, match="invalid JSON"):
        parse('{"result": {"data": [', LAW_GO_TH)
    with pytest.raises(ParseError, match="returned an HTML page, not JSON"):
        parse(page("bnm_rss.html"), LAW_GO_TH)
    with pytest.raises(BlockedPage):
        parse(page("cloudflare_challenge.html"), LAW_GO_TH)


def test_paginated_post_requests_until_max_pages():
    settings = {**LAW_GO_TH, "page_start": 1, "max_pages": 3}
    requests = [JSON.request(settings, page) for page in range(4)]
    assert requests[3] is None
    assert [method for method, _ in requests[:3]] == ["POST"] * 3
    bodies = [json.loads(body) for _, body in requests[:3]]
    assert [body["page"] for body in bodies] == [1, 2, 3]
    assert bodies[0] == {"searchText": "", "size": 200, "page": 1, "sort": "desc"}
    assert LAW_GO_TH["body"]["page"] == 0  # the configured body is never modified


def test_nested_page_field_and_default_max_pages():
    settings = {"items": "data.items", "method": "post", "body": {"paging": {"pageSize": 50}},
                "page_field": "paging.pageNumber"}
    method, body = JSON.request(settings, 2)
    assert method == "POST"
    assert json.loads(body) == {"paging": {"pageSize": 50, "pageNumber": 2}}
    assert JSON.request(settings, 49) is not None and JSON.request(settings, 50) is None


def test_unpaginated_sources_make_one_request():
    assert JSON.request({"items": "data"}, 0) == ("GET", None)
    assert JSON.request({"items": "data"}, 1) is None
    method, body = JSON.request({"items": "data", "method": "POST", "body": {"q": "AI"}}, 0)
    assert (method, json.loads(body)) == ("POST", {"q": "AI"})


@pytest.mark.parametrize("settings, message", [
    ({"items": "data..items"}, "not a dotted path"),
    ({"items": "data", "method": "PUT"}, "method"),
    ({"items": "data", "max_pages": 0}, "max_pages"),
    ({"items": "data", "page_start": "1"}, "page_start"),
    ({"items": "data", "body": "page=1"}, "body"),
    ({"items": 3}, "items"),
])
def test_unusable_settings_are_rejected(settings, message):
    with pytest.raises(SettingsError, match=message):
        JSON.check_settings(settings)
