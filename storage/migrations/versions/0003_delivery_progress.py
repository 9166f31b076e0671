"""delivery progress: parts of a multi-part message already sent

Revision ID: 0003_delivery_progress
Revises: 0002_installation
Create Date: 2026-12-01 23:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_delivery_progress'
down_revision = '0002_installation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('deliveries') as batch:
        batch.add_column(sa.Column('progress', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('deliveries') as batch:
        batch.drop_column('progress')
