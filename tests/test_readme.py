"""The README's command examples run as written (those that reach the real regulator sites are only parsed)."""
import re
import shlex

import pytest

from tests.conftest import REPO

NOT_RUN = {"check", "run", "sources test"}  # the real sites / a daemon: only their options are checked (--help)


def examples() -> list[list[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```console\n(.*?)```", section, re.S).group(1)
    return [shlex.split(line.split("  #")[0])[1:] for line in block.splitlines() if line.startswith("regwatch ")]


@pytest.mark.parametrize("args", examples(), ids=lambda a: " ".join(a)[:60])
def test_readme_example_runs(args, run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REGWATCH_DATABASE_URL", f"sqlite:///{tmp_path / 'regwatch.db'}")
    words = [a for a in args if not a.startswith("-") and not re.match(r"\d{4}-", a)]
    if words[0] in NOT_RUN or " ".join(words[:2]) in NOT_RUN:
        args = [*args, "--help"]
    result = run_cli(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
