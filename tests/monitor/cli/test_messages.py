"""Error messages that name the fix, each as a user sees it on stderr, with exit 2 (or the failed delivery's
reason in ``regwatch alerts``)."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import EXAMPLE_CONFIG, milestone_table

NOW = "2026-11-26T09:00:00+08:00"
SIGNAL_CONFIG = '[database]\nurl = "sqlite:///{db}"\n' + milestone_table(
    "x-law", "X law", "TH", "drafting",
    "[[milestones.signals]]", 'status = "approval"', r"all = ['\bx law\b']", r"any = ['\bapproved\b']",
    "[[milestones.signals]]", 'status = "adoptd"', r"all = ['\bx law\b']")


def test_postgres_scheme_names_the_url_to_write(tmp_path, run_cli):
    config = tmp_path / "config.toml"
    config.write_text('[database]\nurl = "postgres://regwatch:secret@db.example:5432/regwatch"\n', encoding="utf-8")
    result = run_cli("--config", config, "deadlines")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: [database] url in {config}: postgres://regwatch:***@db.example:5432/regwatch: write it as "
        "postgresql+psycopg://user:password@host:5432/dbname (regwatch uses the psycopg 3 driver; SQLAlchemy does "
        "not read postgres://)\n")


def test_missing_psycopg_names_the_extra(tmp_path):
    # psycopg is installed here (the tests need it): this process is made to run as if it were not
    code = ("import sys; sys.modules['psycopg'] = None; from monitor.cli import main; "
            "sys.argv = ['regwatch', 'deadlines']; main()")
    env = {"PATH": "/usr/bin:/bin", "REGWATCH_DATABASE_URL": "postgresql+psycopg://regwatch@127.0.0.1:5432/x"}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert result.stderr == ("Error: $REGWATCH_DATABASE_URL: postgresql+psycopg://regwatch@127.0.0.1:5432/x: "
                             "PostgreSQL support is not installed: pip install 'regwatch[postgresql]'\n")


def test_bad_signal_status_is_reported_at_the_signals_line(tmp_path, run_cli):
    config = tmp_path / "config.toml"
    config.write_text(SIGNAL_CONFIG.format(db=tmp_path / "r.db"), encoding="utf-8")
    result = run_cli("--config", config, "milestones")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {config}:13: [[milestones.signals]] \"x-law\" signal #2: status: 'adoptd' is "
                             "not one of announced, drafting, consultation, approval, adopted, in_force, withdrawn\n")


def test_a_bad_regex_is_shown_as_written(tmp_path, run_cli):
    config = tmp_path / "config.toml"
    config.write_text(SIGNAL_CONFIG.format(db=tmp_path / "r.db").replace("['\\bapproved\\b']", "['\\bapproved(\\b']")
                      .replace('"adoptd"', '"adopted"'), encoding="utf-8")
    result = run_cli("--config", config, "milestones")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {config}:11: [[milestones.signals]] \"x-law\" signal #1: any: '\\bapproved(\\b' "
                             "is not a valid regex (missing ), unterminated subpattern at position 10)\n")


def test_unknown_jurisdiction_names_the_codes(run_cli):
    result = run_cli("--config", EXAMPLE_CONFIG, "deadlines", "--jurisdiction", "Thailand")
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "Error: Invalid value for '--jurisdiction': 'Thailand' is not a jurisdiction code: use TH for Thailand; one "
        "of ASEAN, BN, KH, ID, LA, MY, MM, PH, SG, TH, TL, VN\n")


def test_dispatch_help_has_no_rst_markup(run_cli):
    text = run_cli("dispatch", "--help").stdout
    assert "``" not in text and "`check` does this at the end of its pass unless --no-send" in " ".join(text.split())
