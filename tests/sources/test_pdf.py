"""Kind ``pdf``: text of a PDF; anything else, or a damaged file, is a ParseError."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from sources import KINDS, BlockedPage, EmptyResult, ParseError

URL = "https://ratchakitcha.soc.go.th/documents/143A061N0000000009900.pdf"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A small valid PDF (Helvetica text, correct xref) with one text line per string."""
    kids = [4 + 2 * index for index in range(len(pages))]
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{' '.join(f'{kid} 0 R' for kid in kids)}] /Count {len(pages)} >>".encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    for index, lines in enumerate(pages):
        shown = " ".join(f"({line}) Tj T*" for line in lines)
        stream = f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET".encode("latin-1")
        objects[kids[index]] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                                f"<< /F1 3 0 R >> >> /Contents {kids[index] + 1} 0 R >>").encode()
        objects[kids[index] + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def parse(body: bytes):
    return KINDS["pdf"].parse(body, url=URL, content_type="application/pdf", settings={})


def test_text_of_every_page_one_line_each():
    body = make_pdf([["Personal Data Protection Act", "Advisory   Guidelines on AI"],
                     ["Issued 1 March 2026"]])
    result = parse(body)
    assert result.items is None
    assert result.text == "Personal Data Protection Act\nAdvisory Guidelines on AI\nIssued 1 March 2026"


def test_truncated_pdf_is_a_parse_error():
    body = make_pdf([["Rancangan Peraturan Presiden tentang Kecerdasan Artifisial"]])
    with pytest.raises(ParseError, match="broken PDF"):
        parse(body[:60])


def test_not_a_pdf_is_a_parse_error(page):
    with pytest.raises(ParseError, match="returned an HTML page, not a PDF"):
        parse(page("bnm_rss.html"))
    with pytest.raises(ParseError, match="not a PDF"):
        parse(b"PK\x03\x04 a zip file")


def test_challenge_page_at_a_pdf_url_is_blocked(page):
    with pytest.raises(BlockedPage):
        parse(page("cloudflare_challenge.html"))


def test_pdf_without_text_is_an_empty_result():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(EmptyResult, match="no extractable text"):
        parse(buffer.getvalue())
