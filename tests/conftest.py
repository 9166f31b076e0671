"""Shared fixtures: a fresh database on SQLite and on the real PostgreSQL, and a CLI runner.

PostgreSQL is reached at $REGWATCH_TEST_POSTGRES (default: the local server, trust auth, database
``test``). Each test gets its own database. When no server answers the PostgreSQL runs are skipped with a
reason in the summary, unless $REGWATCH_TEST_REQUIRE_POSTGRES is set (CI sets it): then they fail.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from monitor.cli import cli
from tests.fakes.slack_api import SlackAPIStandIn
from tests.fakes.smtp import SMTPStandIn

POSTGRES_ADMIN_URL = os.environ.get("REGWATCH_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REPO = Path(__file__).resolve().parent.parent
EXAMPLE_CONFIG = REPO / "config.example.toml"
SMTP_USER = "regwatch"
SMTP_PASSWORD = "s3cret"


def _postgres_problem() -> str | None:
    try:
        engine = create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
    except Exception as exc:  # any failure to connect means "no server here"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return None


_PG_PROBLEM = _postgres_problem()


def milestone_table(milestone_id: str, title: str, jurisdiction: str, status: str, *more: str) -> str:
    """One ``[[milestones]]`` table for a test config; ``more`` are further lines (keys, sub-tables) as written."""
    head = [f'id = "{milestone_id}"', f'title = "{title}"', f'jurisdiction = "{jurisdiction}"', f'status = "{status}"']
    return "\n".join(["[[milestones]]", *head, *more]) + "\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'regwatch.db'}"
        return
    yield from _postgres_database()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty database on the PostgreSQL server (for what only PostgreSQL can do: several workers)."""
    yield from _postgres_database()


def _postgres_database() -> Iterator[str]:
    if _PG_PROBLEM:
        if os.environ.get("REGWATCH_TEST_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL required but unreachable at {POSTGRES_ADMIN_URL}: {_PG_PROBLEM}")
        pytest.skip(f"no PostgreSQL server answers at {POSTGRES_ADMIN_URL} ({_PG_PROBLEM})")
    name = f"regwatch_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def example_config(tmp_path: Path, db_url: str) -> Path:
    """The shipped catalog, pointed at the test database."""
    text_ = EXAMPLE_CONFIG.read_text(encoding="utf-8").replace(
        'url = "sqlite:///regwatch.db"', f'url = "{db_url}"', 1)
    path = tmp_path / "config.toml"
    path.write_text(text_, encoding="utf-8")
    return path


@pytest.fixture
def run_cli(monkeypatch):
    """Run ``regwatch ARGS...`` in-process; returns the click Result (exit_code, stdout, stderr)."""
    monkeypatch.delenv("REGWATCH_CONFIG", raising=False)
    monkeypatch.delenv("REGWATCH_DATABASE_URL", raising=False)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture
def slack_api() -> Iterator[SlackAPIStandIn]:
    """A running Slack Web API + incoming-webhook stand-in; token ``slack_api.token``, URL ``slack_api.base_url``."""
    with SlackAPIStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def smtp_server() -> Iterator[SMTPStandIn]:
    """A running aiosmtpd server that accepts a login as SMTP_USER / SMTP_PASSWORD (optional)."""
    with SMTPStandIn(users={SMTP_USER: SMTP_PASSWORD}) as server:
        yield server
