"""Engines, sessions and migrations. SQLite (the embedded default) gets WAL and a busy timeout so a CLI
command and the daemon can share one file; PostgreSQL is used as it is."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage.models import Installation

SQLITE_BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 0x7265_6777  # "regw": the PostgreSQL advisory lock held while migrating or loading the catalog
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.MULTILINE)


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite connections get WAL, a busy timeout and foreign keys."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below): savepoints then work


def _sqlite_begin(connection) -> None:
    """Take the write lock at the start: a transaction that reads, then writes, never fails half-way with
    "database is locked" because another process wrote in between; it waits (busy timeout) instead."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent; runs on every start). At the scripts' head
    already, as on almost every start, this is one query. Otherwise alembic runs in a forked child: this
    process never imports it (0.1 s and 11 MB that a first ``check`` would carry through its whole pass)."""
    if _applied(engine) == _heads():
        return
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        status = 0
        try:
            engine.dispose(close=False)  # the parent's pooled connections stay the parent's
            _migrate(engine)
            engine.dispose()
        except BaseException as exc:
            os.write(write, f"{type(exc).__name__}: {exc}".encode())
            status = 1
        os._exit(status)
    os.close(write)
    with open(read, "rb") as pipe:
        problem = pipe.read().decode(errors="replace")
    _, status = os.waitpid(pid, 0)
    if problem or status:
        raise SQLAlchemyError(f"migration failed: {problem or f'exit status {status}'}")


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # workers starting together migrate one at a time
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _applied(engine: Engine) -> set[str]:
    """The revisions recorded in the database's ``alembic_version`` table."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set()
        return set(connection.scalars(text("SELECT version_num FROM alembic_version")))


def _heads() -> set[str]:
    """The head revisions of the migration scripts, read from their ``revision`` and ``down_revision``
    lines as alembic reads them: the revisions that no script names as its parent."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            (revisions if name == "revision" else parents).update(re.findall(r"""['"]([^'"]+)['"]""", value))
    return revisions - parents


def serialize(session: Session) -> None:
    """Hold the regwatch-wide lock until the transaction ends, so workers starting together apply the
    catalog one at a time (SQLite transactions are serialised already by BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))


def storable(text: str) -> str:
    """``text`` as every database stores it: no NUL (PostgreSQL refuses it), no lone surrogate (not UTF-8)."""
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work commits together or not at all."""
    with factory() as session, session.begin():
        yield session


def installation_id(session: Session) -> str:
    """This database's id (made by its migration), the part of every Message-ID no other installation has."""
    return session.scalars(select(Installation.id)).one()
