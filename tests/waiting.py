"""Waiting on a condition instead of sleeping a fixed time: a test waits only as long as the machine needs."""
from __future__ import annotations

import time
from collections.abc import Callable

WAIT = 120  # seconds a condition may take on a loaded machine before the test gives up


def wait_for(condition: Callable[[], object], what: str, timeout: float = WAIT) -> None:
    """Poll ``condition`` until it is true; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)
