"""The database schema (SQLAlchemy 2 declarative models). Alembic migrations mirror these tables.

Times are stored as timezone-aware UTC. Fuzzy dates are stored as their text (``2026-Q4``) plus the window's
last day, so "overdue" and "due within" are plain comparisons in SQL.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (which drops the offset) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use an aware UTC datetime")
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        from datetime import timezone

        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    pass


class Source(Base):
    """A watched URL with its conditional-GET validators and health."""

    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(Text)
    jurisdiction: Mapped[str | None] = mapped_column(String(10))
    settings_hash: Mapped[str | None] = mapped_column(String(64))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    last_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Snapshot(Base):
    """One distinct version of a source's extracted content, stored only when it changed (zlib)."""

    __tablename__ = "snapshots"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    baseline: Mapped[bool] = mapped_column(Boolean, default=False)


class Change(Base):
    """What differed between two snapshots: items added/removed/modified, or a text diff."""

    __tablename__ = "changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshots.id", ondelete="CASCADE"))
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    added: Mapped[list] = mapped_column(JSON, default=list)
    removed: Mapped[list] = mapped_column(JSON, default=list)
    modified: Mapped[list] = mapped_column(JSON, default=list)
    diff: Mapped[str | None] = mapped_column(Text)


class Milestone(Base):
    """A tracked instrument. ``config_status``/``config_expected`` remember the catalog values last applied,
    so a restart applies only catalog edits and never undoes a move made by a signal or a person."""

    __tablename__ = "milestones"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    jurisdiction: Mapped[str] = mapped_column(String(10), index=True)
    instrument: Mapped[str] = mapped_column(Text, default="")
    binding: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20))
    expected_status: Mapped[str | None] = mapped_column(String(20))
    expected_date: Mapped[str | None] = mapped_column(String(20))
    expected_last_day: Mapped[date | None] = mapped_column(Date, index=True)
    config_status: Mapped[str | None] = mapped_column(String(20))
    config_expected: Mapped[str | None] = mapped_column(String(50))
    in_catalog: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    history: Mapped[list[HistoryEntry]] = relationship(
        back_populates="milestone", order_by="HistoryEntry.id", cascade="all, delete-orphan")


class HistoryEntry(Base):
    """One move of a milestone (status and/or expected date) with its evidence and who made it."""

    __tablename__ = "milestone_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestones.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    old_status: Mapped[str | None] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(20))
    expected_status: Mapped[str | None] = mapped_column(String(20))
    expected_date: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[str | None] = mapped_column(String(100))
    url: Mapped[str | None] = mapped_column(Text)
    excerpt: Mapped[str | None] = mapped_column(Text)
    snapshot_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(20))  # catalog, config, signal, person, review
    note: Mapped[str | None] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    milestone: Mapped[Milestone] = relationship(back_populates="history")


class Proposal(Base):
    """A plausible but uncertain move waiting for a person: ``regwatch review accept|reject ID``."""

    __tablename__ = "proposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestones.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # status, expected
    proposed_status: Mapped[str | None] = mapped_column(String(20))
    proposed_date: Mapped[str | None] = mapped_column(String(20))
    event_date: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[str | None] = mapped_column(String(100))
    url: Mapped[str | None] = mapped_column(Text)
    excerpt: Mapped[str | None] = mapped_column(Text)
    snapshot_id: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Alert(Base):
    """Something to tell people. ``dedupe_key`` is unique: one real-world event gives one alert."""

    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    milestone_id: Mapped[str | None] = mapped_column(String(100), index=True)
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str | None] = mapped_column(String(20))
    expected_date: Mapped[str | None] = mapped_column(String(20))
    event_date: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[str | None] = mapped_column(String(100))
    url: Mapped[str | None] = mapped_column(Text)
    excerpt: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    proposal_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    deliveries: Mapped[list[Delivery]] = relationship(back_populates="alert", order_by="Delivery.channel")


class Delivery(Base):
    """The outbox: one row per alert and channel, claimed by a dispatcher, retried until sent or failed."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("alert_id", "channel"), Index("ix_deliveries_due", "state", "next_attempt_at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20), default="pending")  # pending, sent, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # parts of a multi-part message (the Slack digest) already sent: a retry anywhere sends only the rest
    progress: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    alert: Mapped[Alert] = relationship(back_populates="deliveries")


class Worker(Base):
    """A running ``regwatch run`` process, seen through its heartbeat."""

    __tablename__ = "workers"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    host: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Installation(Base):
    """This database's identity: one row, written by its migration, so two installations (staging beside
    production, a reset, a move to PostgreSQL) never give their messages the same Message-ID."""

    __tablename__ = "installation"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
