"""The running application: the validated config, the database, and the clock, opened once per command."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor import config as config_module
from monitor.settings import Config
from monitor.errors import DatabaseError
from monitor.milestones import sync_catalog
from storage.db import make_engine, serialize, session_factory, transaction, upgrade


@dataclass
class App:
    """What every command needs. ``fixed_now`` is ``--now``: the whole run pretends it is that moment."""

    config: Config
    sessions: sessionmaker[Session]
    fixed_now: datetime | None = None

    def now(self) -> datetime:
        """Current time in UTC (or the ``--now`` moment)."""
        return (self.fixed_now or datetime.now(timezone.utc)).astimezone(timezone.utc)

    def today(self) -> date:
        """Today's date where the team works (the digest's time zone)."""
        return self.now().astimezone(self.config.digest.tz).date()

    def local(self, moment: datetime | None) -> str:
        """A stored moment as people read it: to the minute, in the digest's time zone, zone named."""
        return moment.astimezone(self.config.digest.tz).strftime("%Y-%m-%d %H:%M %Z") if moment else "-"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with transaction(self.sessions) as session:
            yield session


def open_app(config_path: str | None = None, now: datetime | None = None) -> App:
    """Load the config, open and migrate the database, and load the catalog."""
    config = config_module.load(config_path)
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=config.digest.tz)
    app = App(config=config, sessions=session_factory(_engine(config)), fixed_now=now)
    try:
        with app.transaction() as session:
            serialize(session)
            sync_catalog(session, config.milestones, app.now())
    except SQLAlchemyError as exc:
        raise database_error(config.database_url, exc) from None
    return app


def database_error(url: str, exc: BaseException) -> DatabaseError:
    """One line naming the database (without its password) and the cause, for an error after start-up."""
    cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return DatabaseError(f"database {_safe(url)}: {cause[0] if cause else type(exc).__name__}")


def _engine(config: Config):
    url = config.database_url
    where = "$REGWATCH_DATABASE_URL" if os.environ.get("REGWATCH_DATABASE_URL") else f"[database] url in {config.path}"
    scheme = url.partition(":")[0].lower()
    if scheme in ("postgres", "postgresql", "postgresql+psycopg2"):
        raise DatabaseError(f"{where}: {_safe(url)}: write it as postgresql+psycopg://user:password@host:5432/dbname "
                            "(regwatch uses the psycopg 3 driver; SQLAlchemy does not read postgres://)")
    try:
        engine = make_engine(url)
        upgrade(engine)
    except ModuleNotFoundError as exc:
        if exc.name == "psycopg" or "psycopg" in str(exc):
            raise DatabaseError(f"{where}: {_safe(url)}: PostgreSQL support is not installed: "
                                "pip install 'regwatch[postgresql]'") from None
        raise DatabaseError(f"cannot open the database {_safe(url)}: {exc}") from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot open the database {_safe(url)}: {exc}") from None
    return engine


def _safe(url: str) -> str:
    """The URL without its password, fit for an error message."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)
