"""What a parsing process holds: multiprocessing runs the main script again in each one, so the console
script must keep the command line (and what it imports) out of them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
COMMAND_LINE = ("monitor.cli", "click", "rich", "sqlalchemy")  # what `import monitor.cli` brings (about 45 MB)
CHECK = """
if __name__ == "__main__":
    import asyncio, json
    from monitor.checking.parsing import Parsers
    from tests.monitor.checking.test_parsing import loaded_modules

    async def ask() -> list[str]:
        parsers = Parsers(1, 60)
        try:
            return await parsers.run(loaded_modules)
        finally:
            parsers.close()
    print(json.dumps(asyncio.run(ask())))
"""


def loaded_modules() -> list[str]:
    """Run in a parsing process: the names of the modules it has imported."""
    return sorted(sys.modules)


def test_a_parsing_process_started_from_the_console_script_holds_no_command_line(tmp_path):
    target = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]["regwatch"]
    module, _, function = target.partition(":")
    script = tmp_path / "regwatch"  # what pip writes for the entry point, then a parsing call
    script.write_text(f"import sys\nfrom {module} import {function}\n{CHECK}")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stdout))
    assert "monitor.detect" in modules  # the forkserver's preload: this is a parsing process
    assert not [name for name in modules if any(name == m or name.startswith(m + ".") for m in COMMAND_LINE)]
