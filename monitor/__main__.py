"""``regwatch`` (the console script) and ``python -m monitor``: the command line, imported only when it runs.

Every parsing process runs the main script again before its first call (multiprocessing re-imports
``__main__`` from its path in each forkserver child; ``python -m monitor`` is skipped, being a package's
``__main__``). The console script is ``from monitor.__main__ import main``, so this module imports nothing at
the top: a parsing process then holds what parsing needs, not the command line and the database layer
(about 45 MB more in each).
"""
from __future__ import annotations


def main() -> None:
    """Run the command line (``monitor.cli``)."""
    from monitor.cli import main as command_line

    command_line()


if __name__ == "__main__":
    main()
