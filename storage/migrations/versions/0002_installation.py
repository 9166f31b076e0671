"""installation id: one row naming this database, for Message-IDs unique per installation

Revision ID: 0002_installation
Revises: 0001
Create Date: 2026-12-01 23:55:00
"""
import uuid
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa
import storage.models


revision = '0002_installation'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table('installation',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.bulk_insert(table, [{'id': uuid.uuid4().hex, 'created_at': datetime.now(timezone.utc)}])


def downgrade() -> None:
    op.drop_table('installation')
