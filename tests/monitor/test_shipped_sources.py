"""Every shipped source, on a page shaped like its real one (tests/sources/pages), yields the items a person
would expect: through ``regwatch sources test`` against a real local server (the catalog's own settings,
headers and POST bodies, only the host changed), and with ``--file`` on the saved page."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import pytest
from werkzeug import Request, Response

from monitor import config
from tests.conftest import EXAMPLE_CONFIG
from tests.sources.conftest import PAGES

SHIPPED = {s.id: s for s in config.load(str(EXAMPLE_CONFIG)).sources}


@dataclass(frozen=True)
class Expect:
    """A source's fixture pages and what a person reading that page would list."""

    pages: tuple[str, ...]
    content_type: str
    count: int
    first_title: str
    first_link: str        # "{base}" stands for where the page was served from
    first_date: str | None = None
    moves: tuple[tuple[str, str], ...] = ()   # (milestone, status) the items propose


ASEAN = Expect(("asean_feed.xml",), "application/rss+xml; charset=UTF-8", 3,
               "ASEAN concludes negotiations on the Digital Economy Framework Agreement (DEFA)",
               "https://asean.org/asean-concludes-negotiations-on-the-digital-economy-framework-agreement-defa/",
               "2025-11-14")
MAS = Expect(("mas_search_news.json",), "application/json", 3,
             "MAS Issues Guidelines on Artificial Intelligence Risk Management",
             "{base}/news/media-releases/2026/mas-issues-guidelines-on-ai-risk-management", "2026-10-07T00:00:00Z",
             (("sg-mas-ai-guidelines", "adopted"),))
EXPECTED = {
    "asean-news": ASEAN,
    "asean-all": ASEAN,
    "id-peraturan-perpres": Expect(("peraturan_listing.html",), "text/html; charset=utf-8", 3,
                                   "Peraturan Presiden Nomor 12 Tahun 2026",
                                   "https://peraturan.go.id/id/perpres-no-12-tahun-2026", "2026",
                                   (("id-ai-perpres", "adopted"),)),  # a numbered Perpres on AI is signed
    "id-peraturan-info": Expect(("peraturan_info_rss.xml",), "application/rss+xml", 2, "Perpres No. 12 Tahun 2026",
                                "https://peraturan.info/perpres-12-2026", "2026-11-30", (("id-ai-perpres", "adopted"),)),
    "id-komdigi-jdih": Expect(("komdigi_berita.html",), "text/html; charset=utf-8", 2,
                              "Harmonisasi Rancangan Peraturan Presiden tentang Peta Jalan Kecerdasan Artifisial Nasional",
                              "https://jdih.komdigi.go.id/berita/view/412"),
    "id-ojk-press": Expect(("ojk_siaran_pers.html",), "text/html; charset=utf-8", 3,
                           "OJK Terbitkan Panduan Tata Kelola Kecerdasan Artifisial Perbankan Edisi Kedua",
                           "{base}/id/berita-dan-kegiatan/siaran-pers/Pages/"
                           "OJK-Terbitkan-Panduan-Tata-Kelola-Kecerdasan-Artifisial-Perbankan-Edisi-Kedua.aspx"),
    "th-ratchakitcha": Expect(("ratchakitcha_cp874.html",), "text/html", 3,
                              "พระราชบัญญัติว่าด้วยการส่งเสริมและกำกับดูแลปัญญาประดิษฐ์ พ.ศ. ๒๕๖๙",
                              "{base}/documents/143A061N0000000009900.pdf", "๑ ตุลาคม ๒๕๖๙",
                              (("th-ai-law", "adopted"),)),  # an Act with its year, not a draft: enacted
    "th-law-hearings": Expect(("lawgoth_surveys.json", "lawgoth_surveys_page2.json"), "application/json", 4,
                              "ร่างพระราชกฤษฎีกากำหนดหลักเกณฑ์การจัดทำร่างกฎหมายที่มีลักษณะเป็นการสร้างแพลตฟอร์มดิจิทัล",
                              "https://law.go.th/listeningDetail?survey_id=6120", "2026-11-20"),
    "th-etda-articles": Expect(("etda_articles_rss.xml",), "application/rss+xml", 2,
                               "สรุปผลการรับฟังความคิดเห็นต่อ (ร่าง) หลักการของร่างกฎหมายว่าด้วยปัญญาประดิษฐ์",
                               "https://www.etda.or.th/th/Useful-Resource/knowledge-sharing/articles/"
                               "AI-Law-Hearing-Summary.aspx", "2025-06-24"),
    "th-bot-press": Expect(("bot_news_listing.json",), "application/json", 3,
                           "BOT issues Policy Direction on AI Risk Management in the Financial Sector",
                           "{base}/en/news-and-media/news/news-20250912.html", "12 Sep 2025"),
    "vn-vbpl-api": Expect(("vbpl_docs.json",), "application/json", 3,
                          "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Trí tuệ nhân tạo",
                          "https://vbpl.vn/van-ban/chi-tiet/180412", "2026-04-30"),
    "sg-mas-news": MAS,
    "sg-mas-publications": MAS,
    "my-bnm-press": Expect(("bnm_press_releases.html",), "text/html; charset=UTF-8", 3,
                           "Bank Negara Malaysia issues Discussion Paper on Artificial Intelligence in the Malaysian "
                           "Financial Sector",
                           "https://www.bnm.gov.my/-/discussion-paper-on-artificial-intelligence-in-the-financial-sector",
                           "26 Nov 2026"),
    "my-digital-news": Expect(("digital_siaran.html",), "text/html; charset=utf-8", 2,
                              "Rang Undang-Undang Tadbir Urus Kecerdasan Buatan Dibentangkan Untuk Bacaan Kali Pertama",
                              "{base}/siaran/RUU-Tadbir-Urus-AI-Dibentangkan-Di-Dewan-Rakyat", "24 Nov 2026",
                              (("my-ai-bill", "approval"),)),
    "ph-official-gazette": Expect(("officialgazette_feed.xml",), "application/rss+xml; charset=UTF-8", 2,
                                  "Republic Act No. 12300",
                                  "https://www.officialgazette.gov.ph/2026/11/27/republic-act-no-12300/", "2026-11-27"),
}


def test_every_shipped_source_has_a_fixture_and_expectations():
    assert set(EXPECTED) == set(SHIPPED)


def test_every_jurisdiction_of_the_seed_has_a_source():
    assert {"ASEAN", "ID", "TH", "VN", "SG", "MY", "PH"} <= {s.jurisdiction for s in SHIPPED.values()}


def test_every_shipped_source_says_where_its_shape_comes_from():
    """The comment block above each [[sources]] table names its evidence and verdict."""
    text = EXAMPLE_CONFIG.read_text(encoding="utf-8")
    for source_id in SHIPPED:
        block = text[:text.index(f'id = "{source_id}"')].rsplit("\n\n", 1)[-1]
        assert re.search(r"^# (Confirmed|Fixed|Replaced|Unknown|New)\b", block, re.MULTILINE), source_id


def test_only_the_mirror_is_not_official():
    assert [s.id for s in SHIPPED.values() if not s.official] == ["id-peraturan-info"]


@pytest.fixture
def served(tmp_path, httpserver):
    """Serve one shipped source's fixture pages at its real path; returns (config path, requests seen)."""
    seen: list[Request] = []

    def serve(source_id: str):
        spec, expect = SHIPPED[source_id], EXPECTED[source_id]
        parts = urlsplit(spec.url)
        bodies = [(PAGES / name).read_bytes() for name in expect.pages]

        def respond(request: Request) -> Response:
            seen.append(request)
            number = json.loads(request.data)["page"] - 1 if request.method == "POST" and len(bodies) > 1 else 0
            body = bodies[number] if number < len(bodies) else b'{"data": [], "lastPage": 27}'
            return Response(body, content_type=expect.content_type)

        httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
        httpserver.expect_request(unquote(parts.path)).respond_with_handler(respond)
        local = httpserver.url_for(parts.path) + (f"?{parts.query}" if parts.query else "")
        text = EXAMPLE_CONFIG.read_text(encoding="utf-8").replace(f'url = "{spec.url}"', f'url = "{local}"', 1)
        text = text.replace('host_delay = "2s"', 'host_delay = "0s"\nbackoff = "0s"\nallow_private = true', 1)
        path = tmp_path / "config.toml"
        path.write_text(text, encoding="utf-8")
        return path, seen

    return serve


@pytest.mark.parametrize("source_id", sorted(EXPECTED))
def test_shipped_source_through_a_real_local_server(source_id, served, run_cli, httpserver):
    path, seen = served(source_id)
    result = run_cli("--config", path, "sources", "test", source_id, "--json")
    assert result.exit_code == 0, result.output
    probe = json.loads(result.stdout)
    _check(probe, EXPECTED[source_id], httpserver.url_for("").rstrip("/"))
    spec = SHIPPED[source_id]
    requests = [r for r in seen if r.path != "/robots.txt"]
    assert len(requests) == len(EXPECTED[source_id].pages)
    for name, value in spec.headers.items():
        assert all(r.headers.get(name) == value for r in requests), name
    if spec.user_agent:
        assert all(r.headers["User-Agent"] == spec.user_agent for r in requests)
    else:
        assert all(r.headers["User-Agent"].startswith("regwatch/") for r in requests)
    if spec.settings.get("method") == "POST":
        assert all(r.headers["Content-Type"].startswith("application/json") for r in requests)
        assert all(json.loads(r.data) for r in requests)
    if "page_field" in spec.settings:
        assert [json.loads(r.data)["page"] for r in requests] == list(range(1, len(requests) + 1))


@pytest.mark.parametrize("source_id", sorted(EXPECTED))
def test_shipped_source_on_its_saved_page(source_id, run_cli):
    expect = EXPECTED[source_id]
    result = run_cli("sources", "test", source_id, "--file", PAGES / expect.pages[0])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1] == "health: ok"
    count = expect.count if len(expect.pages) == 1 else 3  # --file reads the first page only
    assert lines[2] == f"{count} items:"
    assert lines[3] == f"  1. {expect.first_title}"
    base = "{0.scheme}://{0.netloc}".format(urlsplit(SHIPPED[source_id].url))
    assert expect.first_link.replace("{base}", base) in lines[4]
    for milestone, status in expect.moves:
        assert any(line.startswith(f"  {milestone} -> {status} (") for line in lines), result.stdout


def _check(probe: dict, expect: Expect, base: str) -> None:
    assert probe["health"] == "ok" and probe["error"] is None and probe["text"] is None
    assert len(probe["items"]) == expect.count
    first = probe["items"][0]
    assert set(first) == {"key", "title", "link", "date", "text"}
    assert first["title"] == expect.first_title
    assert first["link"] == expect.first_link.replace("{base}", base)
    assert first["date"] == expect.first_date
    assert all(item["key"] and item["title"] for item in probe["items"])
    assert {(p["milestone"], p["status"]) for p in probe["proposals"]} == set(expect.moves)


def test_the_browser_only_sources_load_when_uncommented(tmp_path):
    """sg-imda-press and ph-senate-sb25 wait, commented out, for the browser extra: uncommented, they load."""
    text = EXAMPLE_CONFIG.read_text(encoding="utf-8")
    for source_id in ("sg-imda-press", "ph-senate-sb25"):
        block = re.search(rf"^# \[\[sources\]\]\n# id = \"{source_id}\"\n(?:# [a-z_]+ = .*\n)+", text, re.MULTILINE)
        assert block, source_id
        text = text.replace(block.group(0), re.sub(r"^# ", "", block.group(0), flags=re.MULTILINE))
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    loaded = {s.id: s for s in config.load(str(path)).sources}
    assert {loaded[i].fetch for i in ("sg-imda-press", "ph-senate-sb25")} == {"browser"}
    assert loaded["ph-senate-sb25"].settings == {"region": "#content"}
    assert loaded["sg-imda-press"].wait_for and loaded["sg-imda-press"].official
