"""The fetch layer seen from a check pass, against real local servers: requests shaped as the sites expect them
(a JSON body's Content-Type, per-source headers and User-Agent), and fetch refusals recorded as the source's
health while the other sources are checked."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.app import open_app
from monitor.checking import run_check
from storage.models import Source
from tests.monitor.fetching.conftest import Answer, config_error

FETCH = '[fetch]\nallow_private = true\nhost_delay = "0s"\nbackoff = "0s"\nretries = 0\n'
FEED = Answer(headers={"Content-Type": "application/rss+xml"},
              body=b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>A</title>'
                   b'<link>https://asean.org/a</link><guid>a</guid></item></channel></rss>')


def check(tmp_path: Path, sources: str, fetch: str = FETCH):
    """Run one pass over ``sources`` (TOML) and return the summary and each source's last error."""
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "regwatch.db"}"\n{fetch}\n{sources}', encoding="utf-8")
    app = open_app(str(path))
    summary = run_check(app, list(app.config.sources))
    with app.transaction() as session:
        errors = {row.id: row.last_error for row in session.query(Source)}
    app.sessions.kw["bind"].dispose()
    return summary, errors


def json_api(seen_bodies: list) -> callable:
    def answer(seen):
        seen_bodies.append(seen)
        page = json.loads(seen.body)["page"] if seen.body else 0
        return Answer(headers={"Content-Type": "application/json"},
                      body=json.dumps({"result": [{"id": page, "title": f"Hearing {page}"}] if page < 2 else []}).encode())
    return answer


def test_a_json_post_body_is_sent_as_application_json(serve, tmp_path):
    seen: list = []
    site = serve({"/api": json_api(seen), "/robots.txt": Answer(404)})
    summary, _ = check(tmp_path, f'[[sources]]\nid = "law"\nkind = "json"\nurl = "{site.url("/api")}"\n'
                                 'items = "result"\ntitle = "title"\nmethod = "POST"\n'
                                 'body = { searchText = "", page = 0 }\npage_field = "page"\n')
    assert summary.counts["baseline"] == 1
    assert [s.headers["Content-Type"] for s in seen] == ["application/json"] * 3
    assert [json.loads(s.body)["page"] for s in seen] == [0, 1, 2]


def test_a_source_sets_its_own_headers_content_type_and_user_agent(serve, tmp_path):
    seen: list = []
    site = serve({"/api": json_api(seen), "/robots.txt": Answer(404)})
    summary, _ = check(tmp_path, f'[[sources]]\nid = "law"\nkind = "json"\nurl = "{site.url("/api")}"\n'
                                 'items = "result"\ntitle = "title"\nmethod = "POST"\nbody = { page = 5 }\n'
                                 'headers = { "Content-Type" = "application/json; charset=utf-8", '
                                 '"X-Requested-With" = "XMLHttpRequest" }\n'
                                 'user_agent = "Mozilla/5.0 (X11; Linux x86_64) regwatch"\n')
    assert summary.counts["baseline"] == 1
    [request] = [s for s in seen if s.path == "/api"]
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert request.headers["X-Requested-With"] == "XMLHttpRequest"
    assert request.headers["User-Agent"] == "Mozilla/5.0 (X11; Linux x86_64) regwatch"


def test_the_default_user_agent_names_regwatch_and_the_contact(serve, tmp_path):
    site = serve({"/feed": FEED, "/robots.txt": Answer(404)})
    check(tmp_path, f'[[sources]]\nid = "f"\nkind = "feed"\nurl = "{site.url("/feed")}"\n',
          FETCH + 'contact = "https://compliance.example/regwatch"\n')
    agents = {s.headers["User-Agent"] for s in site.seen}
    assert agents == {"regwatch/0.1.0 (+https://compliance.example/regwatch)"}
    assert "Content-Type" not in site.seen[-1].headers  # a GET has no body and no type


def test_robots_5xx_fails_that_source_and_the_others_are_checked(serve, tmp_path):
    down = serve({"/robots.txt": Answer(503, body=b"maintenance"), "/feed": FEED})
    up = serve({"/robots.txt": Answer(404), "/feed": FEED}, host="127.0.0.2")
    summary, errors = check(tmp_path, f'[[sources]]\nid = "down"\nkind = "feed"\nurl = "{down.url("/feed")}"\n'
                                      f'[[sources]]\nid = "up"\nkind = "feed"\nurl = "{up.url("/feed")}"\n')
    assert summary.counts["failed"] == 1 and summary.counts["baseline"] == 1
    assert "robots.txt was unavailable (HTTP 503)" in errors["down"] and errors["up"] is None
    assert "/feed" not in down.paths()


def test_many_pages_stop_at_the_source_cap_with_a_health_error(serve, tmp_path):
    served = []

    def page(seen):
        served.append(json.loads(seen.body)["page"])
        return Answer(headers={"Content-Type": "application/json"},
                      body=json.dumps({"result": [{"id": n, "title": "t" * 900} for n in range(100)]}).encode())

    site = serve({"/api": page, "/robots.txt": Answer(404)})
    summary, errors = check(tmp_path, f'[[sources]]\nid = "big"\nkind = "json"\nurl = "{site.url("/api")}"\n'
                                      'items = "result"\ntitle = "title"\nkey = "id"\nmethod = "POST"\n'
                                      'body = { page = 0 }\npage_field = "page"\nmax_pages = 50\n',
                            FETCH + "max_bytes = 500_000\n")
    assert summary.counts["failed"] == 1
    assert "over the limit of 500,000 bytes for one source ([fetch] max_bytes, counted across all its pages)" \
        in errors["big"]
    assert len(served) == 6  # five pages of about 96 KB fit, the sixth passes the cap


def test_a_refused_redirect_is_the_source_health_event(serve, tmp_path):
    internal = serve({"/admin": Answer(body=b"secret")}, host="127.0.0.1")
    outside = serve({"/news": Answer(302, headers={"Location": internal.url("/admin")}),
                     "/robots.txt": Answer(404)}, host="127.0.0.2")
    summary, errors = check(tmp_path, f'[[sources]]\nid = "news"\nkind = "html"\nurl = "{outside.url("/news")}"\n',
                            FETCH.replace("allow_private = true", 'allow_private = ["127.0.0.2"]'))
    assert summary.counts["failed"] == 1 and "a loopback address" in errors["news"]
    assert internal.seen == []


@pytest.mark.parametrize("setting, needle", [
    ('headers = { "User-Agent" = "x" }', "'User-Agent' cannot be set here: set user_agent"),
    ('headers = { "Accept-Encoding" = "br" }', "regwatch asks for gzip and deflate"),
    ('headers = { "X-Token" = "a\\r\\nBcc: x" }', "'X-Token': the value must be one line"),
    ('headers = { "Bad Name" = "x" }', "'Bad Name' is not a valid header name"),
    ('headers = { "X-Page" = 2 }', "must be a table of strings"),
    ('user_agent = ""', "must be one line of text"),
    ('user_agent = "a\\nb"', "must be one line of text"),
])
def test_bad_request_settings_are_config_errors(tmp_path, setting, needle):
    path, error = config_error(tmp_path, f'[[sources]]\nid = "s"\nkind = "html"\nurl = "https://asean.org/"\n'
                                         f'{setting}\n')
    assert f'{path}:5: [[sources]] "s": {setting.split(" ")[0]}: ' in error and needle in error
