"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL, idempotently."""
from datetime import datetime, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from storage.db import make_engine, session_factory, transaction, upgrade
from storage.models import Base, Source


def test_migrations_match_the_models(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    upgrade(engine)  # a second start changes nothing
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert {"sources", "snapshots", "changes", "milestones", "milestone_history", "proposals", "alerts",
            "deliveries", "workers"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_times_come_back_aware_utc_and_naive_times_are_refused(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    sessions = session_factory(engine)
    moment = datetime(2026, 11, 26, 1, 0, tzinfo=timezone.utc)
    with transaction(sessions) as session:
        session.add(Source(id="s", kind="feed", url="https://example.org/feed", last_ok_at=moment))
    with transaction(sessions) as session:
        assert session.get(Source, "s").last_ok_at == moment
        assert session.get(Source, "s").last_ok_at.tzinfo is not None
    with pytest.raises(Exception, match="naive datetime"):
        with transaction(sessions) as session:
            session.add(Source(id="t", kind="feed", url="u", last_ok_at=datetime(2026, 1, 1)))
    engine.dispose()


def test_sqlite_uses_wal_and_a_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    engine.dispose()
