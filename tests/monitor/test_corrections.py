"""Corrections end to end: a wrong move alerted to Slack and email, a person moves the milestone back, a
``correction`` goes to both channels and into the digest, and a later real move alerts again. Also the
certainty policy through the whole pipeline: one press report is a review, a second independent report (or
an official source) makes the move. The milestones here have names only: no signals."""
from __future__ import annotations

import json

import pytest
from werkzeug import Response

from tests.fakes.slack_api import TOKEN_ENV
from tests.fakes.smtp import email_notifier


def feed(*items: tuple[str, str, str], site: str = "news.example") -> str:
    body = "".join(f"<item><title>{t}</title><link>https://{site}/{k}</link><guid>{k}</guid>"
                   f"<description>{d}</description></item>" for k, t, d in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>{body}</channel></rss>'


DAYS = ["2026-12-01T09:00:00+08:00", "2026-12-02T09:00:00+08:00", "2026-12-03T09:00:00+08:00",
        "2026-12-04T09:00:00+08:00"]
WRONG = ("w", "ASEAN Leaders sign the Digital Economy Framework Agreement",
         "KUALA LUMPUR - ASEAN Leaders today signed the Digital Economy Framework Agreement (DEFA).")
REAL = ("r", "DEFA signed at the ASEAN Summit",
        "ASEAN Leaders signed the DEFA on 3 December 2026 on the sidelines of the 49th ASEAN Summit.")
PRESS_EN = ("p1", "Malaysia's AI Governance Bill tabled in the Dewan Rakyat",
            "The Artificial Intelligence Governance Bill was tabled for its first reading on Thursday.")
PRESS_ID = ("p2", "Presiden Prabowo teken Perpres Peta Jalan Kecerdasan Artifisial",
            "JAKARTA - Presiden Prabowo Subianto telah menandatangani Peraturan Presiden tentang Peta Jalan "
            "Kecerdasan Artifisial Nasional pada Rabu (2/12).")
PRESS_EN_ID = ("p3", "Indonesia's president signs AI presidential regulation",
               "President Prabowo Subianto signed the presidential regulation on artificial intelligence on "
               "Wednesday, the state secretariat said.")

MILESTONES = '''
[[milestones]]
id = "asean-defa"
title = "ASEAN Digital Economy Framework Agreement"
jurisdiction = "ASEAN"
status = "approval"
binding = true
names = { en = ["DEFA", "Digital Economy Framework Agreement"] }

[[milestones]]
id = "my-ai-bill"
title = "Malaysia AI Governance Bill"
jurisdiction = "MY"
status = "drafting"
binding = true
names = { en = ["AI Governance Bill"], ms = ["RUU Tadbir Urus Kecerdasan Buatan"] }

[[milestones]]
id = "id-ai-perpres"
title = "Indonesia AI Presidential Regulation"
jurisdiction = "ID"
status = "approval"
binding = true
kind = "presidential-regulation"
topic = "ai"
names = { id = ["Perpres AI"] }
'''


@pytest.fixture
def pipeline(tmp_path, db_url, httpserver, run_cli, slack_api, smtp_server, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, slack_api.token)
    pages = {"/asean": [feed(), feed(WRONG), feed(WRONG), feed(REAL, WRONG)],
             "/press": [feed(), feed(PRESS_EN), feed(PRESS_ID, PRESS_EN), feed(PRESS_ID, PRESS_EN)],
             "/wire": [feed(), feed(), feed(), feed(PRESS_EN_ID, site="wire.example")]}
    day = {"n": 0}
    for path in pages:
        httpserver.expect_request(path).respond_with_handler(
            lambda request: Response(pages[request.path][day["n"]], content_type="application/rss+xml"))
    sources = "".join(f'[[sources]]\nid = "{name}"\nkind = "feed"\nurl = "{httpserver.url_for(path)}"\n'
                      f'robots = false\ninterval = "1d"\n{extra}\n'
                      for name, path, extra in (("asean-news", "/asean", 'official = true\njurisdiction = "ASEAN"'),
                                                ("press", "/press", ""),
                                                ("wire", "/wire", "")))
    config = tmp_path / "config.toml"
    config.write_text(f'''[database]
url = "{db_url}"
[fetch]
backoff = "0s"
host_delay = "0s"
allow_private = true
{slack_api.notifier()}{email_notifier(smtp_server.port)}{sources}{MILESTONES}''', encoding="utf-8")

    def run(n: int, *args: str):
        day["n"] = n
        result = run_cli("--config", config, "--now", DAYS[n], *args)
        assert result.exit_code == 0, result.output + result.stderr
        return result

    def listed(n: int, *args: str) -> list[dict]:
        return json.loads(run(n, *args, "--json").stdout)

    return run, listed, slack_api, smtp_server


def test_wrong_move_correction_and_a_later_real_move(pipeline):
    run, listed, slack, smtp = pipeline
    run(0, "check", "--all")  # baseline
    run(1, "check", "--all")  # the official feed reports a signing that did not happen
    defa = [a for a in listed(1, "alerts") if a["milestone"] == "asean-defa"]
    assert [(a["kind"], a["new_status"]) for a in defa] == [("status_change", "adopted")]
    assert defa[0]["delivered"] == {"slack": "sent", "email": "sent"}

    before = len(next(m for m in listed(1, "milestones") if m["id"] == "asean-defa")["history"])
    run(1, "milestone", "set", "asean-defa", "--status", "approval", "--expected", "adopted", "2026-12",
        "--note", "the ceremony was postponed; the report was wrong")
    after = next(m for m in listed(1, "milestones") if m["id"] == "asean-defa")
    assert len(after["history"]) == before + 1  # one `milestone set`, one history entry
    assert after["status"] == "approval" and after["expected"]["date"] == "2026-12"
    run(1, "dispatch")
    correction = next(a for a in listed(1, "alerts") if a["kind"] == "correction")
    assert (correction["old_status"], correction["new_status"]) == ("adopted", "approval")
    assert correction["delivered"] == {"slack": "sent", "email": "sent"}
    assert any("Correction" in m.text for m in slack.messages)
    assert any(mail.message["Subject"].startswith("[regwatch] Correction: ") for mail in smtp.received)
    digest = run(1, "digest").stdout
    assert "Corrections" in digest and "asean-defa: back from adopted to approval" in digest

    run(2, "check", "--all")  # the same wrong item again: already corrected, nothing new
    moves = [a["kind"] for a in listed(2, "alerts") if a["milestone"] == "asean-defa" and a["kind"] != "reminder"]
    assert sorted(moves) == ["correction", "status_change"]
    run(3, "check", "--all")  # the real signing: a new move, alerted again
    moves = sorted((a for a in listed(3, "alerts") if a["milestone"] == "asean-defa" and a["kind"] == "status_change"),
                   key=lambda a: a["id"])
    assert len(moves) == 2 and moves[1]["url"].endswith("/r")
    assert moves[1]["delivered"] == {"slack": "sent", "email": "sent"}
    history = next(m for m in listed(3, "milestones") if m["id"] == "asean-defa")["history"]
    assert (history[-1]["status"], history[-1]["date"]) == ("adopted", "2026-12-03")


def test_press_reports_need_an_official_source_or_a_second_independent_one(pipeline):
    run, listed, _, _ = pipeline
    run(0, "check", "--all")
    run(1, "check", "--all")  # English press: the Malaysian bill tabled (approval is not held back)
    run(2, "check", "--all")  # Indonesian press: the Perpres signed: one press report, a review
    state = {m["id"]: m["status"] for m in listed(2, "milestones")}
    assert state["my-ai-bill"] == "approval" and state["id-ai-perpres"] == "approval"
    review = next(a for a in listed(2, "alerts") if a["kind"] == "review")
    assert (review["milestone"], review["new_status"]) == ("id-ai-perpres", "adopted")
    run(3, "check", "--all")  # an English wire report of the same signing, from another site: certain
    moves = {a["milestone"]: a for a in listed(3, "alerts") if a["kind"] == "status_change"}
    assert moves["id-ai-perpres"]["new_status"] == "adopted"
    assert next(m for m in listed(3, "milestones") if m["id"] == "id-ai-perpres")["status"] == "adopted"
    assert listed(3, "review") == []  # the first report's proposal was settled by the corroboration
