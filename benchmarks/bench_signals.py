"""The status matcher on real published text: recall, false moves, false reviews and event dates.

Each item of ``tests/monitor/language/data/realtext-<part>.jsonl`` (headline + lead, with its label) is
replayed as a new feed item from an official or a press source (the item's ``official``), against every
milestone of the shipped catalog, each set to what was true the day before the item's publication
(``timeline.json``; the catalog's history where the timeline has no entry for a milestone).

Corroboration (two independent sources) is counted chronologically: items are replayed in publication order,
and a press report of a move to adopted/in force of a binding milestone that would be a review becomes
certain when an earlier item from another site raised the same review within
``monitor.language.certainty.CORROBORATION_DAYS`` days, as ``monitor.events`` does with pending proposals.

A real move is an item whose label status lies after the milestone's status of the day before. Recall counts
a certain move or a review to exactly that milestone and status; a false move is a certain move anywhere
else; a false review is a review raised on an item that reports no move. Event dates are compared where
the label states one (a month label matches any day of that month).

``--fresh`` replays every reported step as news: the labelled milestone of each ``move`` item is set to the
status just before the reported one, so repeats of a step already on the timeline count as real moves too.
That roughly triples the moves per part (more phrasing measured per language); the default is the issue's
replay.

``--user`` measures what a user gets from a milestone added with ``names`` alone: the config is
``user-milestones.toml`` (instruments the catalog does not track: other laws, decrees and regulations of the
same countries, each with only an id, a title, a jurisdiction, a status and its names), and the items are
those of ``userlabels-<part>.jsonl``, the part's items relabelled with what they report of those instruments.
Each user milestone's timeline is built from its labelled steps.

    python benchmarks/bench_signals.py --part dev [--misses] [--fresh] [--user]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor import lifecycle  # noqa: E402
from monitor.config import load  # noqa: E402
from monitor.language.certainty import CORROBORATION_DAYS, independent, settle  # noqa: E402
from monitor.language.dates import extract_event_date  # noqa: E402
from monitor.language.engine import CERTAIN  # noqa: E402
from monitor.language.matching import match  # noqa: E402
from monitor.language.normalise import PARAGRAPH  # noqa: E402

DATA = ROOT / "tests" / "monitor" / "language" / "data"
CONFIG = ROOT / "monitor" / "config.example.toml"
LANGS = ("en", "id", "th", "vi", "ms")


@dataclass
class Tally:
    moves: int = 0
    certain: int = 0
    review: int = 0
    false_moves: int = 0
    no_move_items: int = 0
    false_reviews: int = 0
    dated: int = 0
    date_right: int = 0

    def add(self, other: "Tally") -> None:
        for key in self.__dict__:
            setattr(self, key, getattr(self, key) + getattr(other, key))


@dataclass
class Outcome:
    milestone: str
    status: str
    confidence: str
    event_date: date
    reason: str = ""


@dataclass
class Replay:
    """The catalog, the timeline and the pending reviews of the chronological replay."""

    config: object
    timeline: dict[str, list[tuple[date, str]]]
    fresh: bool = False
    pending: dict[tuple[str, str], list[tuple[date, str]]] = field(default_factory=lambda: defaultdict(list))

    def status_before(self, milestone: str, item: dict) -> str:
        for label in _labels(item):
            if self.fresh and label.get("milestone") == milestone and label.get("status") in lifecycle.ORDER[1:]:
                return lifecycle.ORDER[lifecycle.rank(label["status"]) - 1]
        day = date.fromisoformat(item["published"])
        entries = [s for d, s in self.timeline.get(milestone, []) if d < day]
        return entries[-1] if entries else "announced"

    def run(self, item: dict) -> list[Outcome]:
        published = date.fromisoformat(item["published"])
        text = f"{item.get('title', '')}{PARAGRAPH}{item.get('text', '')}".strip()  # as monitor.events joins them
        found = []
        for spec in self.config.milestones:
            current = self.status_before(spec.id, item)
            finding = match(spec.target, text, current_status=current, published=published,
                            vocabulary=self.config.vocabulary)
            if not finding.matches:
                continue

            def corroborated(status: str, milestone: str = spec.id) -> bool:
                return any(published - d <= timedelta(days=CORROBORATION_DAYS)
                           and independent(url, url, item["source_url"], item["source_url"])
                           for d, url in self.pending[(milestone, status)])

            outcome = settle(finding.matches, binding=spec.binding, official=bool(item.get("official")),
                             corroborated=corroborated)
            picked = [(outcome.move, CERTAIN, "")] if outcome.move else []
            if outcome.review:
                review, decision = outcome.review
                picked.append((review, decision.confidence, decision.reason))
                self.pending[(spec.id, review.status)].append((published, item["source_url"]))
            for hit, confidence, reason in picked:
                when = extract_event_date(text, reference=published, near=hit.offset) or published
                found.append(Outcome(spec.id, hit.status, confidence, when, reason))
        return found


def _timeline(config, folder: Path) -> dict[str, list[tuple[date, str]]]:
    """timeline.json where it has a milestone, else the catalog's history."""
    path = folder / "timeline.json"
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    timeline = {}
    for spec in config.milestones:
        entries = raw.get(spec.id)
        if entries:
            timeline[spec.id] = sorted((date.fromisoformat(e["date"][:10]) if len(e["date"]) >= 10
                                        else date.fromisoformat(e["date"][:7] + "-01"), e["status"]) for e in entries)
        else:
            timeline[spec.id] = sorted((h.date.first, h.status) for h in spec.history)
    return timeline


def _labels(item: dict) -> list[dict]:
    """What an item reports: its label, or the labels of the several user milestones a user item names."""
    return item.get("labels") or [item["label"]]


def _user_items(items: list[dict], folder: Path, part: str) -> tuple[list[dict], dict[str, list[tuple[date, str]]]]:
    """The part's items carrying user labels (one line per item and instrument), relabelled, and the user
    milestones' timelines from those labels."""
    by_id = {item["id"]: item for item in items}
    labels, timeline = defaultdict(list), defaultdict(list)
    for line in (folder / f"userlabels-{part}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        labels[label["id"]].append({key: label[key] for key in ("milestone", "status", "event_date")})
        if label["status"]:
            day = label["event_date"] or by_id[label["id"]]["published"]
            timeline[label["milestone"]].append((date.fromisoformat(day if len(day) == 10 else day[:7] + "-01"),
                                                 label["status"]))
    relabelled = [{**by_id[i], "labels": found, "category": "move" if any(f["status"] for f in found)
                   else by_id[i]["category"]} for i, found in labels.items()]
    return relabelled, {m: sorted(entries) for m, entries in timeline.items()}


def _date_ok(label: str, got: date) -> bool:
    return got.isoformat().startswith(label) if len(label) < 10 else got.isoformat() == label


def score(items: list[dict], replay: Replay) -> tuple[dict[str, Tally], list[str]]:
    tallies = {lang: Tally() for lang in LANGS}
    misses = []
    for item in sorted(items, key=lambda i: (i["published"], i["id"])):
        t = tallies.setdefault(item["lang"], Tally())
        outcomes = replay.run(item)
        wanted = []
        for label in _labels(item):
            if label.get("milestone") and label.get("status"):
                before = replay.status_before(label["milestone"], item)
                if lifecycle.is_forward(before, label["status"]) or (
                        label["status"] == lifecycle.WITHDRAWN and before != lifecycle.WITHDRAWN):
                    wanted.append(((label["milestone"], label["status"]), label.get("event_date")))
        shown = "; ".join(f"{o.milestone}->{o.status} {o.confidence}" + (f" ({o.reason})" if o.reason else "")
                          for o in outcomes) or "nothing"
        for move, event_date in wanted:
            t.moves += 1
            hit = next((o for o in outcomes if (o.milestone, o.status) == move), None)
            if hit is None:
                misses.append(f"MISS   {item['id']}: {move[0]} -> {move[1]}; got {shown}")
            elif hit.confidence == CERTAIN:
                t.certain += 1
            else:
                t.review += 1
                misses.append(f"REVIEW {item['id']}: {move[0]} -> {move[1]}; {hit.reason}")
            if hit is not None and event_date:
                t.dated += 1
                if _date_ok(event_date, hit.event_date):
                    t.date_right += 1
                else:
                    misses.append(f"DATE   {item['id']}: {hit.event_date} (label {event_date})")
        if not wanted:
            t.no_move_items += 1
            if any(o.confidence != CERTAIN for o in outcomes):
                t.false_reviews += 1
                misses.append(f"FALSE REVIEW {item['id']} ({item['category']}): {shown}")
        moves = {move for move, _ in wanted}
        wrong = [o for o in outcomes if o.confidence == CERTAIN and (o.milestone, o.status) not in moves]
        if wrong:
            t.false_moves += len(wrong)
            misses.append(f"FALSE MOVE {item['id']} ({item['category']}): {shown}")
    return tallies, misses


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report(tallies: dict[str, Tally]) -> str:
    lines = [f"{'lang':5} {'moves':>5} {'recall':>7} {'certain':>8} {'review':>7} {'false mv':>8} "
             f"{'no-move':>7} {'false rv':>9} {'dates':>11}"]
    total = Tally()
    for lang, t in tallies.items():
        total.add(t)
    for lang, t in [*tallies.items(), ("total", total)]:
        lines.append(f"{lang:5} {t.moves:5d} {_pct(t.certain + t.review, t.moves):>7} {_pct(t.certain, t.moves):>8} "
                     f"{_pct(t.review, t.moves):>7} {t.false_moves:8d} {t.no_move_items:7d} "
                     f"{_pct(t.false_reviews, t.no_move_items):>9} {t.date_right:4d}/{t.dated:<3d}{_pct(t.date_right, t.dated)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--misses", action="store_true", help="list every miss, review, date error and false alert")
    parser.add_argument("--fresh", action="store_true", help="replay every reported step as news (see above)")
    parser.add_argument("--user", action="store_true", help="milestones added with names alone (see above)")
    parser.add_argument("--data", type=Path, default=DATA, help=f"folder of the data files (default {DATA})")
    args = parser.parse_args()
    path = args.data / f"realtext-{args.part}.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.user:
        config = load(str(args.data / "user-milestones.toml"))
        items, timeline = _user_items(items, args.data, args.part)
    else:
        config = load(str(CONFIG))
        timeline = _timeline(config, args.data)
    tallies, misses = score(items, Replay(config, timeline, fresh=args.fresh))
    print(f"{path.name}: {len(items)} items")
    print(report(tallies))
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
