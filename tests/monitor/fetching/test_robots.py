"""robots.txt per RFC 9309: rules apply; 4xx allows everything; 5xx or no answer disallows for that pass, and
the sources of that origin fail with a message saying robots.txt was unavailable."""
from __future__ import annotations

import pytest

from monitor.fetching import FetchError, Request
from tests.monitor.fetching.conftest import Answer, fetch, fetch_config

PAGE = Answer(headers={"Content-Type": "text/html"}, body=b"<p>Siaran media</p>")


@pytest.mark.parametrize("status", [404, 403, 410])
def test_robots_4xx_allows_everything(serve, status):
    site = serve({"/robots.txt": Answer(status, body=b"nope"), "/news": PAGE})
    [response] = fetch(fetch_config(), Request(url=site.url("/news")))
    assert response.body == PAGE.body and site.paths() == ["/robots.txt", "/news"]


@pytest.mark.parametrize("status", [500, 503, 429])
def test_robots_5xx_disallows_the_origin_for_the_pass(serve, status):
    site = serve({"/robots.txt": Answer(status, body=b"down"), "/news": PAGE, "/other": PAGE})
    with pytest.raises(FetchError, match=rf"robots.txt was unavailable \(HTTP {status}\), so nothing on .* is "
                                         r"fetched this pass \(RFC 9309\)"):
        fetch(fetch_config(retries=1), Request(url=site.url("/news")))
    assert "/news" not in site.paths() and site.paths().count("/robots.txt") == 2  # retried like any 5xx


def test_unreachable_robots_disallows(serve):
    site = serve({"/robots.txt": lambda seen: Answer(301, headers={"Location": "http://nonexistent.invalid/"}),
                  "/news": PAGE})
    with pytest.raises(FetchError, match=r"robots.txt was unavailable \(.*does not resolve"):
        fetch(fetch_config(), Request(url=site.url("/news")))
    assert "/news" not in site.paths()


def test_robots_rules_apply_to_the_user_agent_sent(serve):
    rules = b"User-agent: regwatch\nDisallow: /private\n\nUser-agent: *\nDisallow: /\n"
    site = serve({"/robots.txt": Answer(body=rules), "/news": PAGE, "/private/x": PAGE})
    [response] = fetch(fetch_config(), Request(url=site.url("/news")))
    assert response.body == PAGE.body
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        fetch(fetch_config(), Request(url=site.url("/private/x")))
    with pytest.raises(FetchError, match="disallowed by robots.txt"):  # another agent falls under *
        fetch(fetch_config(), Request(url=site.url("/news"), user_agent="Mozilla/5.0 (X11; Linux x86_64)"))


def test_robots_is_read_once_per_origin_per_pass(serve):
    site = serve({"/robots.txt": Answer(body=b"User-agent: *\nAllow: /\n"), "/a": PAGE, "/b": PAGE})
    fetch(fetch_config(), Request(url=site.url("/a")), Request(url=site.url("/b")))
    assert site.paths() == ["/robots.txt", "/a", "/b"]
