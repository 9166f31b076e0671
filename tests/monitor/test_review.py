"""Review decisions against the real databases: a proposal that a move overtakes is settled, not left for a person."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from monitor.app import open_app
from storage.models import Proposal

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)


def test_accepting_a_move_supersedes_the_proposals_it_overtakes(example_config, run_cli):
    assert run_cli("--config", example_config, "--now", NOW.isoformat(), "milestones").exit_code == 0  # migrates
    with open_app(str(example_config), NOW).transaction() as session:
        for kind, status, date in (("status", "adopted", None), ("expected", "adopted", "2027-Q1"),
                                   ("expected", "in_force", "2027-06"), ("status", "withdrawn", None)):
            session.add(Proposal(milestone_id="id-ai-perpres", kind=kind, proposed_status=status, proposed_date=date,
                                 url="https://example.org/perpres", state="pending", created_at=NOW))
    assert run_cli("--config", example_config, "--now", NOW.isoformat(), "review", "accept", "1").exit_code == 0
    listed = json.loads(run_cli("--config", example_config, "--now", NOW.isoformat(), "review", "--all", "--json").stdout)
    # the expected adoption happened; what lies ahead (in force) or outside the order (withdrawn) still waits
    assert {(p["kind"], p["proposed_status"], p["state"]) for p in listed} == {
        ("status", "adopted", "accepted"), ("expected", "adopted", "superseded"),
        ("expected", "in_force", "pending"), ("status", "withdrawn", "pending")}
    again = run_cli("--config", example_config, "--now", NOW.isoformat(), "review", "accept", "2")
    assert again.exit_code == 2 and "already superseded" in again.stderr
