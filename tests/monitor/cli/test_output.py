"""What the CLI prints: a table only on a terminal; piped or redirected, one plain TAB-separated line per row,
never wrapped; ``--json`` on every command that prints data (the digest too); outside text always inert."""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from rich.console import Console

from monitor.app import open_app
from monitor.cli.output import cell, inert
from monitor.outbox import raise_alert

EXECUTABLE = Path(sys.executable).with_name("regwatch")
NOW = "2026-11-26T09:00:00+08:00"
BOX_DRAWING = {chr(c) for c in range(0x2500, 0x2580)}
DEADLINES = [
    "Deadline\tDays left\tJuris.\tMilestone\tMove\tBinding",
    "Q1 2026\t240 overdue\tID\tid-ai-perpres\tapproval -> adopted\tyes",
    "Sep 2026\t57 overdue\tTH\tth-ai-law\tdrafting -> approval\tyes",
    "Nov 2026\t4\tASEAN\tasean-defa\tapproval -> adopted\tyes",
    "2026\t35\tMY\tmy-ai-bill\tdrafting -> approval\tyes",
    "2026\t35\tSG\tsg-mas-ai-guidelines\tconsultation -> adopted\tyes",
]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_")}
    return env | {"COLUMNS": "40"}  # a narrow terminal width must not matter when nothing is a terminal


def test_piped_and_redirected_deadlines_are_plain_lines(tmp_path):
    piped = subprocess.run(f"'{EXECUTABLE}' --now {NOW} deadlines | cat", shell=True, cwd=tmp_path, env=_env(),
                           capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0, piped.stderr
    target = tmp_path / "f"
    with target.open("w") as out:
        redirected = subprocess.run([str(EXECUTABLE), "--now", NOW, "deadlines"], cwd=tmp_path, env=_env(),
                                    stdout=out, stderr=subprocess.PIPE, text=True, timeout=120)
    assert redirected.returncode == 0, redirected.stderr
    for text in (piped.stdout, target.read_text(encoding="utf-8")):
        assert text.splitlines() == DEADLINES  # every id whole, on its own row's line
        assert not BOX_DRAWING & set(text)
        assert "\x1b" not in text


def test_a_terminal_gets_the_table(tmp_path):
    main, secondary = pty.openpty()
    process = subprocess.Popen([str(EXECUTABLE), "--now", NOW, "deadlines"], cwd=tmp_path, stdin=secondary,
                               stdout=secondary, stderr=secondary, env=_env() | {"COLUMNS": "120"})
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert process.wait(timeout=120) == 0
    screen = b"".join(chunks).decode()
    assert "┏" in screen and "┃" in screen
    assert "sg-mas-ai-guidelines" in screen  # the id column is never split, even on a terminal


def test_json_digest_is_valid_json(run_cli, example_config):
    result = run_cli("--config", example_config, "--now", NOW, "--json", "digest")
    assert result.exit_code == 0, result.output
    digest = json.loads(result.stdout)
    assert (digest["title"], digest["day"], digest["news"]) == (
        "regwatch daily digest: no changes in the last 24 hours", "2026-11-26", False)
    assert [s["heading"] for s in digest["sections"]] == ["Overdue", "Deadlines in the next 30 days"]
    assert digest["sections"][1]["items"] == [{
        "text": "Nov 2026 (4 days): ASEAN Digital Economy Framework Agreement (DEFA): approval -> adopted",
        "url": None}]
    assert run_cli("--config", example_config, "--now", NOW, "digest", "--json").stdout == result.stdout


def test_every_data_command_takes_json(run_cli, example_config):
    for command in (["milestones"], ["deadlines"], ["milestone", "show", "asean-defa"], ["review"], ["alerts"],
                    ["changes"], ["sources"], ["status"], ["digest"], ["dispatch"]):  # check --json: test_check_exit
        result = run_cli("--config", example_config, "--now", NOW, *command, "--json")
        assert result.exit_code == 0, (command, result.output)
        json.loads(result.stdout)


def test_hostile_text_is_printed_inert(run_cli, example_config):
    hostile = "[bold red]DEFA signed[/] \x1b]8;;https://evil.example\x07click\x1b]8;;\x07 \x1b[2J\tend"
    app = open_app(str(example_config), datetime(2026, 11, 26, 1, tzinfo=timezone.utc))
    with app.transaction() as session:
        raise_alert(session, (), kind="source_failing", dedupe_key="x", now=app.now(), source_id="asean-news",
                    detail=hostile)
    result = run_cli("--config", example_config, "--now", NOW, "alerts")
    assert result.exit_code == 0
    [row] = result.stdout.splitlines()[1:]
    assert "\x1b" not in row and "\x07" not in row
    kind, subject, what = row.split("\t")[2:5]  # the text's own TAB did not make a column
    assert (kind, subject) == ("source_failing", "asean-news")
    assert what.startswith("[bold red]DEFA signed[/] ")
    # on a terminal the same text is drawn as typed, never as Rich markup
    console = Console(force_terminal=True, color_system=None, record=True, width=200)
    console.print(cell(hostile))
    assert "[bold red]DEFA signed[/]" in console.export_text()
    assert inert("  indented\x1b[31m") == "  indented"  # the whole sequence goes, not only its ESC
