"""decode(): the charset a page really uses, whatever its header or meta tag claims."""
from __future__ import annotations

import codecs
import unicodedata

import pytest

from sources import decode

THAI_TITLE = "พระราชบัญญัติว่าด้วยการส่งเสริมและกำกับดูแลปัญญาประดิษฐ์ พ.ศ. ๒๕๖๙"


@pytest.mark.parametrize("content_type", [
    None,                                   # no header at all
    "text/html",                            # header without charset
    "text/html; charset=ISO-8859-1",        # a server default that lies (latin-1 decodes anything)
    "text/html; charset=utf-8",             # a header that lies and fails
    "text/html; charset=windows-874",       # the honest label, unknown to Python's codecs by that name
    "text/html; charset=TIS-620",
])
def test_thai_windows_874_page_without_meta_decodes_to_thai(page, content_type):
    text = decode(page("ratchakitcha_cp874.html"), content_type)
    assert THAI_TITLE in text
    assert "ราชกิจจานุเบกษา - ประกาศล่าสุด" in text


def test_short_thai_page_uses_its_http_equiv_meta():
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
            "</head><body>ประกาศ</body></html>")
    assert decode(html.encode("cp874"), None) == html


def test_byte_order_mark_beats_a_wrong_header():
    assert decode(codecs.BOM_UTF8 + "Luật Trí tuệ nhân tạo".encode(), "text/html; charset=windows-874") \
        == "Luật Trí tuệ nhân tạo"
    assert decode(codecs.BOM_UTF16_LE + "ปัญญาประดิษฐ์".encode("utf-16-le"), None) == "ปัญญาประดิษฐ์"


def test_utf8_page_behind_a_latin1_server_default_is_utf8():
    html = '<p>Nghị định 13/2026/NĐ-CP – “Luật Trí tuệ nhân tạo”</p>'
    assert decode(html.encode(), "text/html; charset=iso-8859-1") == html


def test_valid_utf8_beats_a_single_byte_label():
    html = '<meta charset="windows-1250"><p>Home › News › ADGMIN</p>'
    assert decode(html.encode(), "text/html; charset=windows-1250") == html


def test_genuine_latin1_page_keeps_its_latin1_header():
    html = "<p>Les autorités ont publié un règlement. Société générale, déjà vu.</p>"
    assert decode(html.encode("latin-1"), "text/html; charset=iso-8859-1") == html


def test_windows_1252_quotes_under_a_latin1_label_read_as_browsers_read_them():
    html = "<p>Malaysia’s AI bill – “draft”</p>"
    assert decode(html.encode("cp1252"), "text/html; charset=ISO-8859-1") == html


def test_header_that_decodes_cleanly_beats_the_meta_tag():
    html = '<meta charset="windows-1258"><p>ประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม</p>'
    assert decode(html.encode("cp874"), "text/html; charset=windows-874") == html


def test_xml_declaration_names_the_feed_encoding():
    xml = '<?xml version="1.0" encoding="windows-874"?><rss><channel><title>ข่าว</title></channel></rss>'
    assert decode(xml.encode("cp874"), "text/xml") == xml


def test_utf8_page_with_one_stray_byte_stays_utf8():
    text = "Thông tư hướng dẫn Luật Trí tuệ nhân tạo. " * 20
    body = text.encode() + b"\x96 end"
    decoded = decode(body, "text/html; charset=windows-1250")  # the label decodes cleanly, and is wrong
    assert decoded.startswith(text)
    assert decoded.endswith("\ufffd end")


def test_result_is_nfc():
    decomposed = unicodedata.normalize("NFD", "Nghị định số 13/2026/NĐ-CP")
    assert decomposed != "Nghị định số 13/2026/NĐ-CP"
    assert decode(decomposed.encode(), "text/html; charset=utf-8") == "Nghị định số 13/2026/NĐ-CP"
