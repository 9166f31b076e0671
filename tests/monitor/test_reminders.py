"""Reminder alerts before an expected date and one overdue alert, each once, run by ``regwatch check``."""
import json

CONFIG = '''[database]
url = "{db}"
[[milestones]]
id = "x-law"
title = "X law"
jurisdiction = "TH"
status = "drafting"
expected = {{ status = "approval", date = "2026-12" }}
[[milestones]]
id = "old-law"
title = "Long overdue law"
jurisdiction = "ID"
status = "approval"
expected = {{ status = "adopted", date = "2025-Q1" }}
'''


def test_reminders_then_overdue_each_once(tmp_path, db_url, run_cli):
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(db=db_url))
    days = ["2026-11-25", "2026-12-01", "2026-12-02", "2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01",
            "2027-01-02", "2027-01-09"]
    for day in days:
        assert run_cli("--config", config, "--now", f"{day}T09:00:00+08:00", "check").exit_code == 0
    alerts = json.loads(run_cli("--config", config, "alerts", "--json").stdout)
    got = sorted((a["created_at"][:10], a["kind"], a["milestone"]) for a in alerts)
    # old-law was long overdue before the first run: pushed once, on that run
    assert got == [("2026-11-25", "overdue", "old-law"), ("2026-12-01", "reminder", "x-law"), ("2026-12-24", "reminder", "x-law"),
                   ("2026-12-31", "reminder", "x-law"), ("2027-01-01", "overdue", "x-law")]
    assert all(a["delivered"] == {"console": "sent"} for a in alerts)
