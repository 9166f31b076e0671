"""A parser that crashes or hangs on a page saying so, else the real one: what a pathological page can do
to a C extension or a regex (a segfault, an endless loop), made certain. It runs in a real parsing process,
imported there by name, as monitor.detect.extract is."""
from __future__ import annotations

import os
import signal
import threading

from monitor.detect import extract as real_extract


def extract(kind: str, body: bytes, *args):
    if b"CRASH-THE-PARSER" in body:
        os.kill(os.getpid(), signal.SIGSEGV)
    if b"HANG-THE-PARSER" in body:
        threading.Event().wait()
    return real_extract(kind, body, *args)
