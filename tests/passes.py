"""What the end-to-end tests of hostile input share: config pieces and one check pass, in-process."""
from __future__ import annotations

from pathlib import Path

from monitor.app import open_app
from monitor.checking import due_sources, run_check

FETCH = '[fetch]\nallow_private = true\nretries = 0\nhost_delay = "0s"\n'  # the local servers are loopback


def milestone(milestone_id: str, jurisdiction: str, status: str, moves_to: str, subject: str, event: str,
              *, certain: bool = True) -> str:
    """A ``[[milestones]]`` table with one signal: ``subject`` and ``event`` as whole words move it to ``moves_to``."""
    return (f'[[milestones]]\nid = "{milestone_id}"\ntitle = "{milestone_id}"\njurisdiction = "{jurisdiction}"\n'
            f'status = "{status}"\n[[milestones.signals]]\nstatus = "{moves_to}"\nall = [\'\\b{subject}\\b\']\n'
            f'any = [\'\\b{event}\\b\']\ncertain = {str(certain).lower()}\n')


DEFA = milestone("asean-defa", "ASEAN", "approval", "adopted", "defa", "signed")


def source(source_id: str, kind: str, url: str, **keys: str) -> str:
    """A ``[[sources]]`` table (robots.txt not asked for: the local servers have none)."""
    extra = "".join(f'{key} = "{value}"\n' for key, value in keys.items())
    return f'[[sources]]\nid = "{source_id}"\nkind = "{kind}"\nurl = "{url}"\nrobots = false\n{extra}'


def check_once(config: Path) -> None:
    """One pass over every source, as ``regwatch check --all --no-send`` makes it."""
    app = open_app(str(config))
    run_check(app, due_sources(app, (), every=True))
    app.sessions.kw["bind"].dispose()
