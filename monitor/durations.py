"""Durations as people write them in config and on the command line: ``30s``, ``15m``, ``6h``, ``1d``, ``2w``."""
from __future__ import annotations

import re
from datetime import timedelta

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_PATTERN = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")


def parse_duration(text: str, *, allow_zero: bool = False) -> timedelta:
    """Parse ``<number><unit>``; raise ValueError with the accepted forms otherwise."""
    match = _PATTERN.match(text) if isinstance(text, str) else None
    if not match or (int(match.group(1)) == 0 and not allow_zero):
        raise ValueError(f"{text!r} is not a duration (use 30s, 15m, 6h, 1d or 2w)")
    return timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)])
