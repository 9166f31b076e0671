"""Kind ``json``: records at a dotted path, paginated requests, U+2028 kept inside one record."""
from __future__ import annotations

import json

import pytest

from sources import KINDS, BlockedPage, EmptyResult, ParseError, SettingsError

JSON = KINDS["json"]
LAW_GO_TH = {  # the real envelope and fields (see tests/sources/pages/README.md)
    "items": "data",
    "key": "survey_id",
    "title": "survey_name",
    "date": "start_date",
    "text": ["survey_type_name", "agency_name"],
    "link_template": "https://law.go.th/listeningDetail?survey_id={survey_id}",
    "method": "POST",
    "body": {"searchText": "", "size": 50, "page": 1, "sort": "desc"},
    "page_field": "page",
    "page_start": 1,
}


def parse(raw: bytes | str, settings: dict, url: str = "https://apig.law.go.th/dga-user-service-survey/surveys"):
    if isinstance(raw, str):
        raw = raw.encode()
    return JSON.parse(raw, url=url, content_type="application/json", settings=settings)


def test_law_go_th_records_with_line_separators_stay_whole(page):
    raw = page("lawgoth_surveys.json")
    assert "\u2028".encode() in raw  # raw inside a string, as the API sends it
    items = parse(raw, LAW_GO_TH).items
    assert [item.key for item in items] == ["6120", "5123", "5087"]
    hearing = items[1]
    assert hearing.title == "(ร่าง) หลักการของร่างกฎหมายว่าด้วย การส่งเสริมและสนับสนุนปัญญาประดิษฐ์"
    assert hearing.link == "https://law.go.th/listeningDetail?survey_id=5123"
    assert hearing.date == "2025-05-12"
    assert hearing.text == "ร่างพระราชบัญญัติ — สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์"


def test_vbpl_items_strip_markup_and_take_the_detail_link_from_the_id(page):
    settings = {"items": "data.items", "key": "id", "title": "title", "date": "issueDate",
                "text": ["docNum", "docAbs"], "link_template": "https://vbpl.vn/van-ban/chi-tiet/{id}"}
    items = parse(page("vbpl_docs.json"), settings,
                  "https://vbpl-bientap-gateway.moj.gov.vn/api/qtdc/public/doc/all").items
    assert [item.key for item in items] == ["180412", "179655", "178001"]
    assert items[1].text == "367/QĐ-TTg — Kế hoạch triển khai thi hành Luật Trí tuệ nhân tạo số 134/2025/QH15."
    assert items[0].text == "142/2026/NĐ-CP"  # docAbs is null: the record's other fields never become text
    assert items[2].link == "https://vbpl.vn/van-ban/chi-tiet/178001"


def test_configured_text_missing_from_a_record_is_empty_not_the_whole_record():
    body = json.dumps({"rows": [{"id": 1, "title": "A", "updated": "2026-11-30T10:00:00"}]})
    item = parse(body, {"items": "rows", "title": "title", "text": "summary"}).items[0]
    assert (item.title, item.text) == ("A", "")


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
    assert parse('{"data": [], "lastPage": 9}', LAW_GO_TH).items == []


def test_bad_json_and_html_pages(page):
    with pytest.raises(ParseError, match="invalid JSON"):
        parse('{"data": [', LAW_GO_TH)
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
    assert bodies[1] == {"searchText": "", "size": 50, "page": 2, "sort": "desc"}
    assert LAW_GO_TH["body"]["page"] == 1  # the configured body is never modified


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
    ({"items": "data", "text": ["a", 3]}, "text: expected a string or a list of strings"),
    ({"items": "data", "title": ["a", "b"]}, "title: expected a string"),
])
def test_unusable_settings_are_rejected(settings, message):
    with pytest.raises(SettingsError, match=message):
        JSON.check_settings(settings)
