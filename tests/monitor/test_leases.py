"""Source leases while a pass runs: renewed however long it takes, and the writer gives back only its own."""
from __future__ import annotations

import threading
from datetime import timedelta

from werkzeug import Request, Response

from monitor.app import open_app
from monitor.checking import ensure_sources, run_check
from monitor.leases import claim_due
from storage.models import Source
from tests.monitor.test_check import rss
from tests.waiting import WAIT, wait_for



def lease_of(app, source_id: str) -> tuple[str | None, object]:
    with app.transaction() as session:
        row = session.get(Source, source_id)
        return row.lease_owner, row.lease_until


def test_a_lease_is_renewed_while_a_long_pass_runs(tmp_path, db_url, httpserver):
    arrived, release = threading.Event(), threading.Event()

    def slow(request: Request) -> Response:
        arrived.set()
        release.wait(WAIT)
        return Response(rss(("Routine notice", "r1")), content_type="application/rss+xml")

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/slow").respond_with_handler(slow)
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n[daemon]\nlease = "2s"\n[fetch]\nallow_private = true\nretries = 0\ntimeout = "2m"\n'
                      f'[[sources]]\nid = "slow"\nkind = "feed"\nurl = "{httpserver.url_for("/slow")}"\n')
    app = open_app(str(config))
    ensure_sources(app, list(app.config.sources))
    [source] = claim_due(app, "worker-a:1")
    _, first_until = lease_of(app, "slow")
    checking = threading.Thread(target=run_check, args=(app, [source]), kwargs={"owner": "worker-a:1"})
    checking.start()
    try:
        assert arrived.wait(WAIT)
        wait_for(lambda: lease_of(app, "slow")[1] > first_until + timedelta(seconds=1), "a renewed lease")
        assert claim_due(app, "worker-b:2") == []  # the pass is alive: nobody else takes its source
    finally:
        release.set()
        checking.join(WAIT)
    assert lease_of(app, "slow") == (None, None)  # given back when written


def test_the_writer_leaves_another_workers_lease_alone(tmp_path, db_url, httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/feed").respond_with_data(rss(("Routine notice", "r1")))
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n[fetch]\nallow_private = true\n'
                      f'[[sources]]\nid = "feed"\nkind = "feed"\nurl = "{httpserver.url_for("/feed")}"\n')
    app = open_app(str(config))
    ensure_sources(app, list(app.config.sources))
    [source] = claim_due(app, "worker-b:2")  # B holds it; a `check --source feed` runs anyway
    held = lease_of(app, "feed")
    assert run_check(app, [source], owner="worker-a:1").counts == {"baseline": 1}
    assert lease_of(app, "feed") == held
