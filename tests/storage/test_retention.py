"""Snapshot retention through real check passes: a page with a rotating token keeps at most N snapshots."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from werkzeug import Response

from monitor.app import open_app
from monitor.config import load
from monitor.daemon import Daemon
from monitor.errors import ConfigError
from storage.models import Change, HistoryEntry, Milestone, Snapshot
from tests.passes import DEFA, FETCH, check_once as check, source

KEEP = 5


def write_config(path: Path, db_url: str, url: str, keep: object = KEEP) -> Path:
    path.write_text(f'[database]\nurl = "{db_url}"\nkeep_snapshots = {keep}\n{FETCH}{source("news", "html", url)}{DEFA}',
                    encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path, db_url, httpserver):
    state = {"token": 0, "news": ""}

    def page(_request):
        state["token"] += 1
        return Response(f"<html><body><p>Ministers met.</p>{state['news']}<p>session {state['token']:08d}</p>"
                        "</body></html>", content_type="text/html")

    httpserver.expect_request("/news").respond_with_handler(page)
    return state, write_config(tmp_path / "config.toml", db_url, httpserver.url_for("/news"))


def counts(config: Path) -> tuple[int, int, set[int]]:
    app = open_app(str(config))
    with app.transaction() as session:
        result = (session.scalar(select(func.count()).select_from(Snapshot)),
                  session.scalar(select(func.count()).select_from(Change)),
                  set(session.scalars(select(Snapshot.id))))
    app.sessions.kw["bind"].dispose()
    return result


def test_a_rotating_token_page_keeps_at_most_n_snapshots_and_every_moves_evidence(site, run_cli):
    state, config = site
    for number in range(12):
        if number == 3:
            state["news"] = "<p>ASEAN Leaders signed the DEFA.</p>"
        check(config)
        result = run_cli("--config", config, "db", "prune")
        assert result.exit_code == 0, result.output
        snapshots, changes, _ = counts(config)
        assert snapshots <= KEEP + 1 and changes <= snapshots  # the +1: the move's evidence, kept for ever
    app = open_app(str(config))
    with app.transaction() as session:
        assert session.get(Milestone, "asean-defa").status == "adopted"
        evidence = session.scalars(select(HistoryEntry.snapshot_id).where(HistoryEntry.actor == "signal")).one()
    app.sessions.kw["bind"].dispose()
    snapshots, _, ids = counts(config)
    assert evidence in ids and snapshots == KEEP + 1
    assert "Pruned 1 snapshot " in result.output  # one more version at each check, one pruned
    check(config)  # pruning never breaks change detection: the newest versions are there to compare with
    assert counts(config)[1] >= 1


def test_the_daemon_prunes_too(site):
    state, config = site
    for _ in range(KEEP + 3):
        check(config)
    assert counts(config)[0] == KEEP + 3
    app = open_app(str(config))
    Daemon(app)._prune()
    app.sessions.kw["bind"].dispose()
    assert counts(config)[0] == KEEP


@pytest.mark.parametrize("keep", [2, "'50'", "true"])
def test_keep_snapshots_is_checked(tmp_path, keep):
    config = write_config(tmp_path / "config.toml", "sqlite:///x.db", "http://127.0.0.1/", keep=keep)
    with pytest.raises(ConfigError, match=r"config.toml:3: \[database\]: keep_snapshots: must be a whole number"):
        load(str(config))
