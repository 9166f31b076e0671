"""The milestone catalog, deadlines and a person's moves through the CLI, on SQLite and PostgreSQL."""
import json

NOW = "2026-11-26T09:00:00+08:00"


def listing(run_cli, config, *args):
    result = run_cli("--config", config, "--now", NOW, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_deadlines_show_defa_due_in_4_days_and_overdue_milestones(run_cli, example_config):
    rows = {r["milestone"]: r for r in listing(run_cli, example_config, "deadlines")}
    assert rows["asean-defa"] == {
        "milestone": "asean-defa", "title": "ASEAN Digital Economy Framework Agreement (DEFA)",
        "jurisdiction": "ASEAN", "status": "approval", "expected_status": "adopted", "date": "2026-11",
        "precision": "month", "days_left": 4, "overdue": False}
    assert rows["id-ai-perpres"]["overdue"] and rows["id-ai-perpres"]["date"] == "2026-Q1"
    assert rows["th-ai-law"]["overdue"] and rows["th-ai-law"]["expected_status"] == "approval"
    assert "vn-ai-law" not in rows  # in force, nothing expected
    assert "ph-ai-bill" not in rows  # expected date unknown


def test_deadlines_filters(run_cli, example_config):
    overdue = listing(run_cli, example_config, "deadlines", "--overdue")
    assert {r["milestone"] for r in overdue} == {"id-ai-perpres", "th-ai-law"}
    soon = listing(run_cli, example_config, "deadlines", "--within", "7d", "--jurisdiction", "ASEAN")
    assert [r["milestone"] for r in soon] == ["asean-defa"]


def test_milestones_json_has_the_contract_keys_and_statuses(run_cli, example_config):
    rows = {r["id"]: r for r in listing(run_cli, example_config, "milestones")}
    expected = {"asean-defa": "approval", "id-ai-perpres": "approval", "th-ai-law": "drafting",
                "vn-ai-law": "in_force", "my-ai-bill": "drafting", "sg-mas-ai-guidelines": "consultation",
                "ph-ai-bill": "approval", "asean-ai-guide": "adopted", "vn-ai-high-risk-list": "in_force"}
    assert {k: rows[k]["status"] for k in expected} == expected
    for row in rows.values():
        assert set(row) == {"id", "title", "jurisdiction", "status", "binding", "expected", "history"}
        for entry in row["history"]:
            assert set(entry) == {"status", "date", "source_url", "detected_at"}
    assert rows["asean-defa"]["expected"] == {"status": "adopted", "date": "2026-11", "precision": "month"}
    assert rows["ph-ai-bill"]["expected"] == {"status": "adopted", "date": None, "precision": None}
    assert rows["vn-ai-law"]["expected"] is None
    assert [h["date"] for h in rows["vn-ai-law"]["history"]] == ["2025-10-07", "2025-11-12", "2025-12-10", "2026-03-01"]
    # every shipped history entry cites its public evidence
    assert all(h["source_url"].startswith("https://") for row in rows.values() for h in row["history"])


def test_person_move_is_recorded_and_survives_a_restart(run_cli, example_config):
    result = run_cli("--config", example_config, "--now", NOW, "milestone", "set", "th-ai-law",
                     "--status", "approval", "--date", "2026-11-25", "--url", "https://example.org/cabinet",
                     "--note", "Cabinet approved the draft", "--expected", "adopted", "2027-H1")
    assert result.exit_code == 0, result.output
    # a restart re-reads the unchanged catalog: the person's move stays
    shown = listing(run_cli, example_config, "milestone", "show", "th-ai-law")
    assert shown["status"] == "approval"
    assert shown["expected"] == {"status": "adopted", "date": "2027-H1", "precision": "half"}
    last = shown["history"][-1]
    assert (last["status"], last["date"], last["source_url"]) == ("approval", "2026-11-25", "https://example.org/cabinet")
    assert "th-ai-law" not in {r["milestone"] for r in listing(run_cli, example_config, "deadlines", "--overdue")}


def test_catalog_edit_is_applied_once_and_kept_in_history(run_cli, example_config):
    listing(run_cli, example_config, "milestones")
    run_cli("--config", example_config, "milestone", "set", "my-ai-bill", "--status", "consultation")
    text = example_config.read_text()
    edited = text.replace('expected = { status = "adopted", date = "2026-11" }',
                          'expected = { status = "adopted", date = "2026-12-31" }')
    example_config.write_text(edited)
    rows = {r["id"]: r for r in listing(run_cli, example_config, "milestones")}
    assert rows["asean-defa"]["expected"]["date"] == "2026-12-31"
    assert rows["my-ai-bill"]["status"] == "consultation"  # unedited catalog value does not undo the move
    notes = listing(run_cli, example_config, "milestone", "show", "asean-defa")["history"]
    assert len(notes) == 4
    # loading the same config again applies nothing new
    again = listing(run_cli, example_config, "milestone", "show", "asean-defa")["history"]
    assert len(again) == 4


def test_unknown_milestone_and_bad_usage(run_cli, example_config):
    result = run_cli("--config", example_config, "milestone", "show", "xx-nothing")
    assert result.exit_code == 2 and "no milestone 'xx-nothing'" in result.stderr
    result = run_cli("--config", example_config, "milestone", "set", "asean-defa")
    assert result.exit_code == 2 and "--status" in result.stderr
    result = run_cli("--config", example_config, "milestone", "set", "asean-defa", "--expected", "adopted", "soon")
    assert result.exit_code == 2 and "2026-Q4" in result.stderr


def test_human_tables_are_plain_when_piped(run_cli, example_config):
    result = run_cli("--config", example_config, "--now", NOW, "deadlines")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "asean-defa" in result.stdout and "240 overdue" in result.stdout
    shown = run_cli("--config", example_config, "milestone", "show", "asean-defa")
    assert "Negotiations" in shown.stdout and "approval" in shown.stdout


def test_unusable_database_exits_2(run_cli, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[database]\nurl = "sqlite:////nonexistent-dir/x/regwatch.db"\n')
    result = run_cli("--config", config, "milestones")
    assert result.exit_code == 2 and "database" in result.stderr
