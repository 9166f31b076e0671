"""regwatch's own exceptions, one tree. Library errors are translated into these at the boundary.

    RegwatchError             anything regwatch reports to a person; the CLI exits 2 with its message
    ├── ConfigError           the config file is unusable (names the file, line, table and key)
    ├── DatabaseError         the database cannot be opened or migrated
    └── NotFoundError         a milestone, proposal, source or alert id that does not exist

Sources raise ``sources.SourceError`` and notifiers ``notifiers.DeliveryError``: those packages do not
import ``monitor``, and their errors are health or retry events rather than reasons to stop.
"""
from __future__ import annotations


class RegwatchError(Exception):
    """An error with a message meant for a person."""


class ConfigError(RegwatchError):
    """The config file cannot be used as written."""


class DatabaseError(RegwatchError):
    """The database URL is unusable or the schema cannot be brought up to date."""


class NotFoundError(RegwatchError):
    """An id given on the command line names nothing."""
