"""``regwatch init``: a commented ``config.toml`` to start from, in the current directory.

It does not copy the shipped catalog: ``[catalog]`` takes it from the installed regwatch, so an upgrade brings
the catalog's new milestones and fixed sources with it.
"""
from __future__ import annotations

from pathlib import Path

import click

from monitor.cli.support import Failure

TEMPLATE = '''# regwatch configuration, written by `regwatch init`. Every key is described in the README.
# Try it: regwatch deadlines; regwatch check; regwatch alerts. Start the daemon with: regwatch run

[database]
url = "sqlite:///regwatch.db"           # or postgresql+psycopg://user:password@host:5432/regwatch
                                        # (pip install 'regwatch[postgresql]'; $REGWATCH_DATABASE_URL wins)

[catalog]
# The shipped catalog: the ASEAN milestones (DEFA, Indonesia's AI Perpres, Thailand's AI law, ...) and the
# regulators' pages that report on them. Your own [[milestones]] and [[sources]] below are added to it; one
# with a shipped id replaces the shipped one.
milestones = true
sources = {sources}                          # false: keep the shipped milestones, watch only your own [[sources]]

[digest]
time = "08:00"                          # when `regwatch run` sends the daily digest
timezone = "Asia/Singapore"             # also the time zone of every date and time regwatch shows

[fetch]
contact = "https://example.com/compliance"   # your contact URL: regulators see it in the User-Agent

# A source of your own (kind = feed | html | json | pdf; see `regwatch sources test ID`):
# [[sources]]
# id = "my-regulator"
# kind = "feed"
# url = "https://example.gov/news/feed"
# jurisdiction = "SG"
# interval = "6h"

# Where alerts go. Without a notifier they are printed on the console. Secrets come from the environment.
# [notifiers.slack]
# token_env = "SLACK_BOT_TOKEN"         # the app's Bot User OAuth Token (xoxb-...), with the chat:write scope
# channel = "#ai-regulation"
#
# [notifiers.email]
# host = "smtp.example.com"
# port = 587
# starttls = true                       # false for a relay that takes plain SMTP; ssl = true for port 465
# username_env = "SMTP_USER"
# password_env = "SMTP_PASSWORD"
# sender = "regwatch@example.com"
# to = ["compliance@example.com"]
'''


@click.command("init")
@click.option("--sources", "which", type=click.Choice(["catalog", "none"]), default="catalog", show_default=True,
              help="catalog: watch the shipped sources too; none: only the sources you add.")
@click.option("--force", is_flag=True, help="Replace an existing config.toml.")
def init_command(which: str, force: bool) -> None:
    """Write a commented config.toml in the current directory: the shipped catalog, your settings to fill in.

    Example: regwatch init --sources none
    """
    path = Path("config.toml")
    if path.exists() and not force:
        raise Failure(f"{path.resolve()} exists: edit it, or give --force to replace it")
    path.write_text(TEMPLATE.format(sources="true" if which == "catalog" else "false"), encoding="utf-8")
    click.echo(f"Wrote {path.resolve()}. Next: regwatch deadlines, then regwatch check.")
