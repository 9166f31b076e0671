"""The ``regwatch`` command line. The contract (commands, options, JSON keys) is in design.md: keep it stable.

Exit codes: 0 success; 2 unusable config or database, an unknown id, or bad usage.

Each command lives in the module of its area and is loaded only when it runs or help is listed (``LAZY_COMMANDS``),
so ``regwatch check`` starts without the exporters.
"""
from __future__ import annotations

from datetime import datetime

import click

from monitor.cli.support import Group, Moment

LAZY_COMMANDS = {
    **{name: f"monitor.cli.milestones:{name}_command" for name in ("milestones", "deadlines")},
    **{name: f"monitor.cli.milestones:{name}_group" for name in ("milestone", "review", "db")},
    **{name: f"monitor.cli.watch:{name}_command" for name in ("check", "changes", "sources")},
    **{name: f"monitor.cli.alerts:{name}_command" for name in ("alerts", "dispatch", "digest")},
    "notify": "monitor.cli.alerts:notify_group",
    **{name: f"monitor.cli.daemon:{name}_command" for name in ("run", "status", "demo")},
    "init": "monitor.cli.init:init_command",
    "export": "monitor.cli.export:export_group",
    **{name: f"monitor.cli.export:{name}_command" for name in ("report", "serve")},
}


@click.group(cls=Group, lazy=LAZY_COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", metavar="PATH",
              help="Config file (default: $REGWATCH_CONFIG, ./config.toml, else the shipped example).")
@click.option("--now", type=Moment(), help="Pretend the current time is this (tests, demos, back-fills).")
@click.option("--json", "as_json", is_flag=True, help="JSON output for every listing.")
@click.version_option(package_name="regwatch")
def cli(config_path: str | None, now: datetime | None, as_json: bool) -> None:
    """Watch ASEAN regulators for AI-regulation milestones and alert the people who must know.

    Example: regwatch deadlines --within 90d
    """


def main() -> None:
    cli(prog_name="regwatch")
