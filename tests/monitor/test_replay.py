"""A week replayed: a local server serves seven daily versions of feeds and HTML listings in English,
Indonesian, Thai, Vietnamese and Malay; ``regwatch --now DAY check --all`` runs once a day with the shipped
catalog's signals. Every real move happens once with its event date; noise, hedged phrasing, near misses,
repeats, reordering, removals, error and anti-bot pages move nothing."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from werkzeug import Response

from tests.conftest import EXAMPLE_CONFIG

PAGES = Path(__file__).resolve().parent.parent / "sources" / "pages"
DAYS = [f"2026-12-0{d}T09:00:00+08:00" for d in range(1, 8)]


def feed(*items: tuple[str, str, str]) -> str:
    body = "".join(f"<item><title>{t}</title><link>https://news.example/{k}</link><guid>{k}</guid>"
                   f"<description>{d}</description></item>" for k, t, d in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>{body}</channel></rss>'


def listing(*items: tuple[str, str, str], extra: str = "") -> str:
    body = "".join(f'<div class="news"><a href="/n/{k}">{t}</a><p>{d}</p></div>' for k, t, d in items)
    return f"<html><head><title>Berita</title></head><body><nav>Beranda</nav>{body}{extra}<footer>(c)</footer></body></html>"


OLD_ASEAN = ("old1", "ASEAN concludes negotiations for landmark digital economy pact", "31 May 2026")
HEDGED_DEFA = ("set", "ASEAN Leaders set to sign DEFA at the Summit next week",
               "The signing ceremony is scheduled for Thursday.")
SIGNED_DEFA = ("signed", "ASEAN Leaders sign landmark Digital Economy Framework Agreement",
               "KUALA LUMPUR, 3 DECEMBER 2026 – ASEAN Leaders today signed the ASEAN Digital Economy Framework "
               "Agreement (DEFA) on the sidelines of the 49th ASEAN Summit.")
SIGNED_DEFA_VIEWS = (SIGNED_DEFA[0], SIGNED_DEFA[1], SIGNED_DEFA[2] + " Views: 1,204")
ASEAN_ALL_REPEAT = ("repeat", "DEFA signed: what it means for digital trade",
                    "The DEFA was signed by ASEAN Leaders on 3 December 2026 in Kuala Lumpur.")

ID_OLD = ("id-old", "Pemerintah Bahas Peta Jalan Kecerdasan Artifisial Indonesia 2026–2029 dalam Rapat Lintas Kementerian",
          "Rapat PAK membahas rancangan.")
ID_HEDGED = ("id-soon", "Menkomdigi Sebut Perpres AI Segera Disahkan Presiden Awal Tahun Ini", "Selasa, 27 Jan 2026")
ID_SIGNED = ("id-signed", "Presiden Teken Perpres Peta Jalan Kecerdasan Artifisial Nasional",
             "JAKARTA - Presiden Prabowo Subianto telah menandatangani Peraturan Presiden tentang Peta Jalan "
             "Kecerdasan Artifisial Nasional 2026-2029 pada tanggal 4 Desember 2026.")
ID_BACKWARD = ("id-consult", "Kominfo buka konsultasi publik Rancangan Perpres Kecerdasan Artifisial",
               "Masyarakat dapat memberi masukan.")

TH_OLD = ("th-old", "ประกาศสำนักนายกรัฐมนตรี เรื่อง การกำหนดวันหยุดราชการ", "ราชกิจจานุเบกษา")
TH_HEDGED = ("th-soon", "ครม. เตรียมพิจารณาร่าง พ.ร.บ. ปัญญาประดิษฐ์ สัปดาห์หน้า", "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์")
TH_APPROVED = ("th-cabinet", "คณะรัฐมนตรีมีมติเห็นชอบร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์",
               "เมื่อวันที่ ๓ ธันวาคม ๒๕๖๙ คณะรัฐมนตรีมีมติเห็นชอบร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์")

VN_OLD = ("vn-old", "Ban hành Kế hoạch triển khai thi hành Luật Trí Tuệ nhân tạo", "04/03/2026")
VN_HEDGED = ("vn-soon", "Bộ Khoa học và Công nghệ sẽ trình danh mục hệ thống trí tuệ nhân tạo có rủi ro cao",
             "Dự kiến trong quý I/2027.")
VN_ISSUED = ("vn-list", "Thủ tướng ban hành Quyết định danh mục hệ thống trí tuệ nhân tạo có rủi ro cao",
             "Quyết định được ký ngày 01/12/2026.")

MY_OLD = ("my-old", "Kementerian Digital Rangka RUU Tadbir Urus AI, Tangani Ancaman Deepfake - Gobind", "9 Feb 2026")
MY_HEDGED = ("my-soon", "RUU Tadbir Urus Kecerdasan Buatan dijangka dibentangkan di Dewan Rakyat tahun depan", "Bernama")
MY_OTHER_COUNTRY = ("ph-bill", "Philippine Senate: AI Regulation Act tabled for second reading", "Manila")
MY_TABLED = ("my-tabled", "RUU Tadbir Urus Kecerdasan Buatan dibentangkan untuk bacaan kali pertama di Dewan Rakyat",
             "Kuala Lumpur, 6 Dis - RUU itu dibentangkan oleh Menteri Digital.")

SG_PAGE = "<html><body><main><h1>MAS news</h1><p>MAS Guidelines on AI Risk Management: consultation closed.</p>{}</main></body></html>"
SG_POSTPONED = "<p>MAS Guidelines on AI Risk Management: finalisation postponed to the first quarter of 2027.</p>"
DEFA_IN_FORCE = ("in-force", "DEFA enters into force", "The Digital Economy Framework Agreement enters into force on 1 January 2027.")


def week() -> list[dict[str, bytes | tuple[int, bytes]]]:
    """Per day, the body of every path (a (status, body) pair where the status is not 200)."""
    cloudflare = (PAGES / "cloudflare_challenge.html").read_bytes()
    error_page = (PAGES / "error_200.html").read_bytes()
    thai = lambda *items: listing(*items).encode("cp874")  # noqa: E731  (a Thai page without a charset)
    days = []
    base = {"/asean/feed": feed(OLD_ASEAN), "/asean/all": feed(OLD_ASEAN), "/id/berita": listing(ID_OLD),
            "/th/gazette": thai(TH_OLD), "/vn/rss": feed(VN_OLD), "/my/siaran": listing(MY_OLD),
            "/sg/mas": SG_PAGE.format("")}
    days.append(dict(base))
    days.append({**base, "/asean/feed": feed(HEDGED_DEFA, OLD_ASEAN), "/id/berita": listing(ID_HEDGED, ID_OLD),
                 "/th/gazette": thai(TH_HEDGED, TH_OLD), "/vn/rss": feed(VN_HEDGED, VN_OLD),
                 "/my/siaran": listing(MY_HEDGED, MY_OLD)})
    days.append({**days[-1], "/asean/feed": feed(SIGNED_DEFA, HEDGED_DEFA, OLD_ASEAN),
                 "/th/gazette": thai(TH_APPROVED, TH_HEDGED, TH_OLD),
                 "/my/siaran": listing(MY_OTHER_COUNTRY, MY_HEDGED, MY_OLD), "/sg/mas": SG_PAGE.format(SG_POSTPONED)})
    reordered = feed(OLD_ASEAN, (HEDGED_DEFA[0], "  " + HEDGED_DEFA[1] + "\n", HEDGED_DEFA[2]), SIGNED_DEFA)
    days.append({**days[-1], "/asean/all": feed(ASEAN_ALL_REPEAT, OLD_ASEAN), "/asean/feed": reordered,
                 "/id/berita": listing(ID_SIGNED, ID_HEDGED, ID_OLD), "/th/gazette": (200, cloudflare)})
    days.append({**days[-1], "/asean/feed": feed(SIGNED_DEFA_VIEWS, HEDGED_DEFA, OLD_ASEAN),
                 "/id/berita": listing(ID_BACKWARD, ID_SIGNED, ID_HEDGED, ID_OLD),
                 "/th/gazette": thai(TH_APPROVED, TH_HEDGED, TH_OLD), "/my/siaran": (200, error_page)})
    holiday = ("holiday", "ASEAN Secretariat closed for the holidays", "Office notice")
    days.append({**days[-1], "/asean/feed": feed(holiday, HEDGED_DEFA, OLD_ASEAN),
                 "/my/siaran": listing(MY_TABLED, MY_OTHER_COUNTRY, MY_HEDGED, MY_OLD),
                 "/vn/rss": feed(VN_ISSUED, VN_HEDGED, VN_OLD)})
    days.append({**days[-1], "/asean/feed": feed(DEFA_IN_FORCE, holiday, HEDGED_DEFA, OLD_ASEAN)})
    return days


SOURCES = [("asean-news", "feed", "/asean/feed", "ASEAN", ""), ("asean-all", "feed", "/asean/all", "ASEAN", ""),
           ("id-berita", "html", "/id/berita", "ID", 'items = "div.news"\ntitle = "a"\ntext = "p"\n'),
           ("th-gazette", "html", "/th/gazette", "TH", 'items = "div.news"\ntitle = "a"\ntext = "p"\n'),
           ("vn-rss", "feed", "/vn/rss", "VN", ""),
           ("my-siaran", "html", "/my/siaran", "MY", 'items = "div.news"\ntitle = "a"\ntext = "p"\n'),
           ("sg-mas", "html", "/sg/mas", "SG", 'region = "main"\n')]


def rewind(milestones: str, milestone_id: str) -> str:
    """The catalog with one milestone set back to a draft whose adoption is expected: the week's Vietnamese news
    issues the high-risk list, which the real list (Decision 33/2026, June 2026) already is in the catalog."""
    start = milestones.index(f'[[milestones]]\nid = "{milestone_id}"')
    end = milestones.find("[[milestones]]\n", start + 1)
    section = milestones[start:end if end != -1 else None]
    head, _, rest = section.partition("\n[[milestones.")
    head = re.sub(r'(?m)^status = .*$', 'status = "drafting"\nexpected = { status = "adopted" }', head)
    tables = re.split(r"(?m)^(?=\[\[milestones\.)", "[[milestones." + rest)
    kept = "".join(t for t in tables if t and not t.startswith("[[milestones.history]]"))
    return milestones[:start] + head + "\n" + kept + (milestones[end:] if end != -1 else "")


@pytest.fixture
def replay(tmp_path, db_url, httpserver, run_cli):
    today: dict[str, int] = {"day": 0}
    pages = week()

    def handler(request):
        body = pages[today["day"]][request.path]
        status, body = body if isinstance(body, tuple) else (200, body)
        kind = "application/rss+xml" if request.path.endswith(("feed", "all", "rss")) else "text/html"
        return Response(body, status=status, content_type=kind)

    for path in pages[0]:
        httpserver.expect_request(path).respond_with_handler(handler)
    catalog = EXAMPLE_CONFIG.read_text(encoding="utf-8")
    milestones = rewind(catalog[catalog.index("[[milestones]]"):], "vn-ai-high-risk-list")
    sources = "".join(f'[[sources]]\nid = "{i}"\nkind = "{k}"\nurl = "{httpserver.url_for(p)}"\n'
                      f'jurisdiction = "{j}"\nrobots = false\nofficial = true\ninterval = "1d"\n{extra}\n' for i, k, p, j, extra in SOURCES)
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n[fetch]\nallow_private = true\nbackoff = "0s"\nhost_delay = "0s"\n{sources}{milestones}',
                      encoding="utf-8")
    outputs = []
    for number, moment in enumerate(DAYS):
        today["day"] = number
        result = run_cli("--config", config, "--now", moment, "check", "--all")
        walled = any(isinstance(body, tuple) for body in pages[number].values())  # an anti-bot or error page
        assert result.exit_code == (3 if walled else 0), result.output  # 3: some sources failed
        outputs.append(result)

    def listing_of(*args: str) -> list[dict]:
        result = run_cli("--config", config, "--now", DAYS[-1], *args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def run(*args: str):
        return run_cli("--config", config, "--now", DAYS[-1], *args)

    return outputs, listing_of, run


def test_each_real_move_happens_once_with_its_event_date(replay):
    outputs, listed, _ = replay
    milestones = {m["id"]: m for m in listed("milestones")}
    moves = {"asean-defa": ("adopted", "2026-12-03"), "id-ai-perpres": ("adopted", "2026-12-04"),
             "th-ai-law": ("approval", "2026-12-03"), "my-ai-bill": ("approval", "2026-12-06"),
             "vn-ai-high-risk-list": ("adopted", "2026-12-01")}
    for milestone_id, (status, day) in moves.items():
        history = milestones[milestone_id]["history"]
        # the catalog's own entries cite their public evidence; the week's news adds exactly one entry
        signal_entries = [h for h in history
                          if (h["source_url"] or "").startswith(("https://news.example/", "http://localhost"))]
        assert [(h["status"], h["date"]) for h in signal_entries] == [(status, day)], milestone_id
        assert milestones[milestone_id]["status"] == status
    unchanged = {"asean-ai-guide": "adopted", "vn-ai-law": "in_force", "sg-mas-ai-guidelines": "consultation",
                 "ph-ai-bill": "approval", "id-pdp-law": "in_force"}
    assert {k: milestones[k]["status"] for k in unchanged} == unchanged
    alerts = listed("alerts")
    status_changes = sorted((a["milestone"], a["old_status"], a["new_status"]) for a in alerts
                            if a["kind"] == "status_change")
    assert status_changes == [("asean-defa", "approval", "adopted"), ("id-ai-perpres", "approval", "adopted"),
                              ("my-ai-bill", "drafting", "approval"), ("th-ai-law", "drafting", "approval"),
                              ("vn-ai-high-risk-list", "drafting", "adopted")]
    for alert in alerts:
        assert set(alert) == {"id", "kind", "milestone", "old_status", "new_status", "url", "created_at", "delivered"}
        assert alert["delivered"] == {"console": "sent"}
    defa = next(a for a in alerts if a["milestone"] == "asean-defa" and a["kind"] == "status_change")
    assert defa["url"] == "https://news.example/signed" and defa["created_at"].startswith("2026-12-03")
    assert "ASEAN Digital Economy Framework" in outputs[2].stdout  # the console showed the alert that day


def test_expected_date_news_and_uncertain_evidence_go_to_review(replay):
    _, listed, _ = replay
    alerts = listed("alerts")
    expected = {a["milestone"] for a in alerts if a["kind"] == "expected_change"}
    # "postponed to the first quarter of 2027", "dijangka dibentangkan ... tahun depan", "Dự kiến trong quý I/2027",
    # and "enters into force on 1 January 2027": a future entry into force is an expectation, not a move
    assert expected == {"sg-mas-ai-guidelines", "my-ai-bill", "vn-ai-high-risk-list", "asean-defa"}
    sg = next(m for m in listed("milestones") if m["id"] == "sg-mas-ai-guidelines")
    assert sg["expected"]["date"] == "2026"  # news proposes; it does not move
    proposals = listed("review", "--all")
    assert {(p["milestone"], p["proposed_status"], p["proposed_date"], p["state"]) for p in proposals
            if p["kind"] == "expected"} == {
        ("sg-mas-ai-guidelines", "adopted", "2027-Q1", "pending"), ("asean-defa", "in_force", "2027-01-01", "pending"),
        # overtaken by the move they announced, so nobody is asked about them: the Bill tabled, the list signed, and
        # "The signing ceremony is scheduled for Thursday" (read on Wednesday) once the DEFA was signed
        ("my-ai-bill", "approval", "2027", "superseded"), ("vn-ai-high-risk-list", "adopted", "2027-Q1", "superseded"),
        ("asean-defa", "adopted", "2026-12-03", "superseded")}
    assert [a for a in alerts if a["kind"] == "review"] == []


def test_health_events_are_not_changes(replay):
    outputs, listed, _ = replay
    assert "1 failed" in outputs[3].stdout and "1 failed" in outputs[4].stdout
    sources = {s["id"]: s for s in listed("sources")}
    assert all(s["consecutive_failures"] == 0 for s in sources.values())
    changes = listed("changes", "--since", "30d")
    th_changes = [c for c in changes if c["source"] == "th-gazette"]
    assert len(th_changes) == 2  # day 2 and day 3 only: the challenge page and its end changed nothing
    removed = [c for c in changes if c["source"] == "asean-news" and c["removed"]]
    assert removed  # the signing item was removed on day 6, and nothing moved back
    assert next(m for m in listed("milestones") if m["id"] == "asean-defa")["status"] == "adopted"


def test_review_decisions_are_applied_and_recorded(replay):
    _, listed, run = replay
    proposals = {p["milestone"]: p for p in listed("review")}
    assert run("review", "accept", str(proposals["sg-mas-ai-guidelines"]["id"])).exit_code == 0
    assert run("review", "reject", str(proposals["asean-defa"]["id"]), "--note", "treaty clause, not news").exit_code == 0
    # (the DEFA proposal is the expected entry into force on 1 January 2027)
    milestones = {m["id"]: m for m in listed("milestones")}
    assert milestones["sg-mas-ai-guidelines"]["expected"]["date"] == "2027-Q1"
    assert milestones["asean-defa"]["status"] == "adopted"
    assert listed("review") == []  # the rest were overtaken by the moves they announced
    assert {p["state"] for p in listed("review", "--all")} == {"superseded", "accepted", "rejected"}
    again = run("review", "accept", str(proposals["asean-defa"]["id"]))
    assert again.exit_code == 2 and "already rejected" in again.stderr
    shown = run("milestone", "show", "asean-defa").stdout
    assert "treaty clause" in shown and "review" in shown
