"""The real-text evaluation set stays well-formed: schema, ids, labels, the split rule, the counts.

The matcher is judged on these files (benchmarks/bench_signals.py), so a broken line, an unknown milestone
or an item in the wrong half would silently skew every figure.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from monitor import config as configuration
from tests.conftest import EXAMPLE_CONFIG

DATA = Path(__file__).parent / "data"
PARTS = {"dev": DATA / "realtext-dev.jsonl", "test": DATA / "realtext-test.jsonl"}
LANGS = {"en", "id", "th", "vi", "ms"}
STATUSES = ("announced", "drafting", "consultation", "approval", "adopted", "in_force", "withdrawn")
CATEGORIES = {"move", "plan", "hedged", "delay", "opinion", "background", "other-instrument", "other-country",
              "generic"}
KEYS = {"id", "lang", "source_url", "official", "published", "title", "text", "label", "category", "note"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EVENT = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MIN_TOTAL, MIN_PER_LANG, MIN_OFFICIAL = 260, 30, 16
LANG_ORDER = ("en", "id", "ms", "th", "vi")
CATEGORY_ORDER = ("move", "plan", "hedged", "delay", "opinion", "background", "other-instrument", "other-country",
                  "generic")


def _rows(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number}: empty line"
        rows.append(json.loads(line))
    return rows


@pytest.fixture(scope="module")
def items() -> dict[str, list[dict]]:
    return {part: _rows(path) for part, path in PARTS.items()}


@pytest.fixture(scope="module")
def milestone_ids() -> set[str]:
    config = configuration.load(str(EXAMPLE_CONFIG))
    return {m.id for m in config.milestones}


def test_every_item_has_the_schema(items, milestone_ids):
    for part, rows in items.items():
        for row in rows:
            where = f"{part} {row.get('id')}"
            assert set(row) == KEYS, where
            assert row["lang"] in LANGS and re.fullmatch(rf"{row['lang']}-\d{{3}}", row["id"]), where
            assert row["source_url"].startswith(("http://", "https://")), where
            assert isinstance(row["official"], bool) and DAY.match(row["published"]), where
            assert isinstance(row["title"], str) and row["text"].strip() and row["note"].strip(), where
            assert row["category"] in CATEGORIES, where
            label = row["label"]
            assert set(label) == {"milestone", "status", "event_date"}, where
            assert label["milestone"] is None or label["milestone"] in milestone_ids, where
            assert label["status"] is None or label["status"] in STATUSES, where


def test_labels_are_consistent(items):
    for rows in items.values():
        for row in rows:
            label, where = row["label"], row["id"]
            assert (label["status"] is not None) == (row["category"] == "move"), where
            if label["status"] is not None:
                assert label["milestone"] is not None, where
            if label["event_date"] is not None:
                assert label["status"] is not None and EVENT.match(label["event_date"]), where
                # a move's event date never lies after the text was published
                assert label["event_date"] <= row["published"], where


def test_ids_are_unique_and_the_split_rule_holds(items):
    seen = Counter(row["id"] for rows in items.values() for row in rows)
    assert not [i for i, n in seen.items() if n > 1]
    for part, rows in items.items():
        for row in rows:
            to_test = int(hashlib.sha256(row["id"].encode()).hexdigest(), 16) % 2 == 0
            assert part == ("test" if to_test else "dev"), row["id"]


def test_no_text_appears_twice(items):
    texts = Counter(row["text"] for rows in items.values() for row in rows)
    assert not [t[:60] for t, n in texts.items() if n > 1]


def test_counts_per_language_and_the_mix(items):
    rows = [row for part in items.values() for row in part]
    langs = Counter(row["lang"] for row in rows)
    assert len(rows) >= MIN_TOTAL
    assert all(langs[lang] >= MIN_PER_LANG for lang in LANGS), langs
    user_moves = {label["id"] for part in PARTS for label in _user_labels(part) if label["status"]}
    moves = sum(row["category"] == "move" or row["id"] in user_moves for row in rows)  # of a catalog or a user milestone
    assert 0.25 <= moves / len(rows) <= 0.6, moves
    assert sum(row["official"] for row in rows) >= MIN_OFFICIAL


def count_tables(rows: list[dict], parts: dict[str, list[dict]]) -> list[str]:
    """The README's count tables as markdown lines, so the README can be checked against the files."""
    cells = Counter((row["category"], row["lang"]) for row in rows)
    lines = ["| category | " + " | ".join(LANG_ORDER) + " | total |", "|---|" + "---:|" * (len(LANG_ORDER) + 1)]
    for category in CATEGORY_ORDER:
        counts = [cells[category, lang] for lang in LANG_ORDER]
        lines.append(f"| {category} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[c, lang] for c in CATEGORY_ORDER) for lang in LANG_ORDER]
    lines.append("| **total** | " + " | ".join(map(str, totals)) + f" | {len(rows)} |")
    official = Counter(row["lang"] for row in rows if row["official"])
    per_lang = ", ".join(f"{lang} {official[lang]}" for lang in LANG_ORDER)
    lines.append(f"Split: dev {len(parts['dev'])}, test {len(parts['test'])}; "
                 f"official sources {sum(official.values())} ({per_lang}).")
    moves: dict[str, Counter] = {}
    for row in rows:
        if row["category"] == "move":
            moves.setdefault(row["label"]["milestone"], Counter())[row["label"]["status"]] += 1
    lines += ["| milestone | moves (status: count) |", "|---|---|"]
    for milestone in sorted(moves):
        ordered = sorted(moves[milestone].items(), key=lambda item: STATUSES.index(item[0]))
        lines.append(f"| {milestone} | " + ", ".join(f"{status} {n}" for status, n in ordered) + " |")
    return lines


def test_readme_counts_match_the_files(items):
    rows = [row for part in items.values() for row in part]
    readme = (DATA / "README.md").read_text(encoding="utf-8").splitlines()
    missing = [line for line in count_tables(rows, items) if line not in readme]
    assert not missing, missing


def test_timeline_covers_every_milestone(milestone_ids):
    timeline = json.loads((DATA / "timeline.json").read_text(encoding="utf-8"))
    assert set(timeline) == milestone_ids
    for milestone, entries in timeline.items():
        dates = [entry["date"] for entry in entries]
        assert dates == sorted(dates), milestone
        for entry in entries:
            assert {"date", "status", "url"} <= set(entry) <= {"date", "status", "url", "note"}, milestone
            assert EVENT.match(entry["date"]) and entry["status"] in STATUSES, milestone
            assert entry["url"].startswith(("http://", "https://")), milestone


def _user_labels(part: str) -> list[dict]:
    return _rows(DATA / f"userlabels-{part}.jsonl")


@pytest.mark.parametrize("part", list(PARTS))
def test_user_milestones_load_and_their_labels_point_at_items_of_the_part(items, part: str) -> None:
    """bench_signals.py --user: the names-only milestones load as a user's config, and each label names an item of
    its own half and one of them, once."""
    config = configuration.load(str(DATA / "user-milestones.toml"))
    user = {m.id for m in config.milestones}
    assert all(m.names is not None and not m.signals and not m.names.kinds for m in config.milestones)
    rows = {item["id"]: item for item in items[part]}
    seen = set()
    for number, label in enumerate(_user_labels(part), 1):
        where = f"userlabels-{part}.jsonl:{number}"
        assert set(label) == {"id", "milestone", "status", "event_date", "note"}, where
        assert label["id"] in rows and label["milestone"] in user, where
        assert (label["id"], label["milestone"]) not in seen, where
        seen.add((label["id"], label["milestone"]))
        assert label["status"] in (None, *STATUSES[1:]), where
        assert label["event_date"] is None or (EVENT.match(label["event_date"])
                                               and label["event_date"] <= rows[label["id"]]["published"]), where
