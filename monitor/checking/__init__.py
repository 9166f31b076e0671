"""Checking sources: one pass fetches, parses, detects and stores; ``run_check`` is the entry point.

    passes    the pass: which sources are due, fetching and parsing them concurrently, containment
    parsing   parsing in worker processes that are replaced when they die or hang
    writer    deciding, matching and writing outcomes in short transactions
    outcome   what is carried from fetching to writing, and the pass's summary
"""
from monitor.checking.outcome import STATES, Outcome, Summary
from monitor.checking.passes import PARALLEL_PARSE_MIN, due_sources, ensure_sources, run_check

__all__ = ["PARALLEL_PARSE_MIN", "STATES", "Outcome", "Summary", "due_sources", "ensure_sources", "run_check"]
