"""Writing a pass: a source the database refuses costs only that source; the database failing ends the pass
at once with one clear line; signal matching holds no write lock."""
from __future__ import annotations

import subprocess
import sys

from sqlalchemy import create_engine, select, text

from monitor.app import open_app
from monitor.checking import writer
from storage.models import Milestone, Source
from tests.monitor.test_check import replace, rss, serve, site  # noqa: F401  (site: a fixture)

DEFA = '''[[milestones]]
id = "asean-defa"
title = "ASEAN Digital Economy Framework Agreement"
jurisdiction = "ASEAN"
status = "approval"
expected = { status = "adopted", date = "2026-11" }
[[milestones.signals]]
status = "adopted"
all = ['\\bdefa\\b']
any = ['\\bsigned\\b']
'''
REFUSE_SQLITE = """CREATE TRIGGER refuse BEFORE INSERT ON snapshots WHEN NEW.source_id = 'refused'
                   BEGIN SELECT RAISE(ABORT, 'snapshot refused by a trigger'); END"""
REFUSE_POSTGRES = ("""CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN
                        IF NEW.source_id = 'refused' THEN RAISE EXCEPTION 'snapshot refused by a trigger'; END IF;
                        RETURN NEW; END $$ LANGUAGE plpgsql""",
                   "CREATE TRIGGER refuse BEFORE INSERT ON snapshots FOR EACH ROW EXECUTE FUNCTION refuse()")
DISK_FULL = ("""CREATE FUNCTION disk_full() RETURNS trigger AS $$ BEGIN
                  RAISE EXCEPTION 'could not extend file "base/1/2": No space left on device' USING ERRCODE = 'disk_full';
                  END $$ LANGUAGE plpgsql""",
             "CREATE TRIGGER disk_full BEFORE INSERT ON snapshots FOR EACH ROW EXECUTE FUNCTION disk_full()")


def execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_a_source_the_database_refuses_fails_alone_and_the_other_move_is_kept(site):
    serve(site.server, "/news", rss(("Routine notice", "r1")))
    serve(site.server, "/refused", rss(("Another notice", "x1")))
    site.source("news", "feed", "/news")
    site.source("refused", "feed", "/refused")
    site.sources.append(DEFA)
    assert site.check().counts["baseline"] == 2
    execute(site.db_url, *((REFUSE_SQLITE,) if site.db_url.startswith("sqlite") else REFUSE_POSTGRES))
    replace(site.server, "/news", rss(("ASEAN Leaders signed the DEFA", "defa"), ("Routine notice", "r1")))
    replace(site.server, "/refused", rss(("A new notice", "x2"), ("Another notice", "x1")))
    summary = site.check()
    assert summary.counts == {"changed": 1, "failed": 1}
    [(source_id, error)] = summary.failures
    assert source_id == "refused" and "could not be stored" in error and "snapshot refused by a trigger" in error
    with open_app(str(site.path)).transaction() as session:
        assert session.get(Milestone, "asean-defa").status == "adopted"  # the other source's move is kept
        refused = session.get(Source, "refused")
        assert refused.consecutive_failures == 1 and refused.last_error == error


def test_the_database_failing_ends_the_pass_with_one_line(tmp_path, postgres_url, httpserver, run_cli):
    """More sources than the writer's queue holds: the pass must end, not wait for a writer that is gone."""
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    count = 700
    for number in range(count):
        httpserver.expect_request(f"/s{number}").respond_with_data(rss((f"Notice {number}", f"n{number}")))
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{postgres_url}"\n[fetch]\nallow_private = true\nhost_delay = "0s"\nretries = 0\nper_host = 16\n'
                      + "".join(f'[[sources]]\nid = "s{n}"\nkind = "feed"\nurl = "{httpserver.url_for(f"/s{n}")}"\n'
                                for n in range(count)))
    open_app(str(config))
    execute(postgres_url, *DISK_FULL)
    result = run_cli("--config", config, "check", "--all")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: database postgresql+psycopg://postgres@127.0.0.1:5432/")
    assert "No space left on device" in line and "Checked" not in result.stdout
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM snapshots")).scalar() == 0
    engine.dispose()


def test_matching_holds_no_write_lock(site, monkeypatch):
    """While signals are matched, a person's `milestone set` in another process goes through at once."""
    serve(site.server, "/news", rss(("Routine notice", "r1")))
    site.source("news", "feed", "/news")
    site.sources.append(DEFA)
    site.check()
    replace(site.server, "/news", rss(("ASEAN Leaders signed the DEFA", "defa"), ("Routine notice", "r1")))
    outputs = []

    def find_events_beside_a_person(*args, **kwargs):
        command = [sys.executable, "-m", "monitor", "--config", str(site.path), "milestone", "set", "asean-defa",
                   "--expected", "adopted", "2026-12", "--note", "ministers' meeting moved"]
        outputs.append(subprocess.run(command, capture_output=True, text=True, timeout=120))
        return real(*args, **kwargs)

    real = writer.find_events
    monkeypatch.setattr(writer, "find_events", find_events_beside_a_person)
    assert site.check().counts == {"changed": 1}
    [person] = outputs
    assert person.returncode == 0 and person.stdout.startswith("asean-defa: approval"), person.stderr
    with open_app(str(site.path)).transaction() as session:
        row = session.get(Milestone, "asean-defa")
        assert row.status == "adopted"  # the signal's move, judged after the person's edit
        assert [(h.actor, h.expected_date) for h in row.history][-2:] == [("person", "2026-12"), ("signal", None)]
