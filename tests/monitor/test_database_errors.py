"""The database failing after start-up: one line naming the database and the cause, exit 2, and nothing
reported as done that was not committed."""
from __future__ import annotations

from sqlalchemy import create_engine, text

from monitor.app import open_app
from storage.models import Milestone

REFUSE_AT_COMMIT = (
    """CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN
         RAISE EXCEPTION 'could not write to file "pg_wal/0001": No space left on device' USING ERRCODE = 'disk_full';
         END $$ LANGUAGE plpgsql""",
    """CREATE CONSTRAINT TRIGGER refuse AFTER INSERT ON milestone_history DEFERRABLE INITIALLY DEFERRED
         FOR EACH ROW EXECUTE FUNCTION refuse()""")
CATALOG = '''[[milestones]]
id = "th-ai-law"
title = "Thailand AI law"
jurisdiction = "TH"
status = "drafting"
'''


def test_milestone_set_reports_success_only_once_committed(tmp_path, postgres_url, run_cli):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{postgres_url}"\n{CATALOG}')
    open_app(str(config))
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        for statement in REFUSE_AT_COMMIT:
            connection.execute(text(statement))
    engine.dispose()
    result = run_cli("--config", config, "milestone", "set", "th-ai-law", "--status", "approval")
    assert result.exit_code == 2 and result.stdout == ""  # no "th-ai-law: approval" for a move never stored
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: database postgresql+psycopg://postgres@127.0.0.1:5432/")
    assert "No space left on device" in line
    with open_app(str(config)).transaction() as session:
        assert session.get(Milestone, "th-ai-law").status == "drafting"
