"""The shipped catalog inside a team's own config: ``[catalog] milestones = true, sources = false``.

A config with a ``[catalog]`` table starts from the shipped milestones and sources and adds its own; one of its
own with a shipped id replaces the shipped one. ``sources = false`` keeps the shipped milestones and drops the
shipped sources: a shipped milestone's ``sources`` restriction then names only the sources still there, and
when none is left it listens to every source. Without ``[catalog]`` a config stands alone, as before.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from monitor.settings import MilestoneConfig, SourceConfig

KEYS = ("milestones", "sources")


@dataclass(frozen=True, kw_only=True)
class CatalogChoice:
    """What ``[catalog]`` takes from the shipped catalog."""

    milestones: bool = True
    sources: bool = True


def shipped_path() -> Path:
    """The shipped catalog (also the default config when there is none)."""
    return Path(str(resources.files("monitor") / "config.example.toml"))


def merged_sources(shipped: tuple[SourceConfig, ...], own: tuple[SourceConfig, ...],
                   choice: CatalogChoice) -> tuple[SourceConfig, ...]:
    """The shipped sources the choice keeps and the config does not replace, then the config's own."""
    mine = {s.id for s in own}
    return (*(s for s in shipped if choice.sources and s.id not in mine), *own)


def merged_milestones(shipped: tuple[MilestoneConfig, ...], own: tuple[MilestoneConfig, ...], choice: CatalogChoice,
                      source_ids: set[str]) -> tuple[MilestoneConfig, ...]:
    """As :func:`merged_sources`; a shipped milestone's source restriction keeps only the sources still there."""
    mine = {m.id for m in own}
    kept = (m for m in shipped if choice.milestones and m.id not in mine)
    return (*(replace(m, sources=_still_there(m.sources, source_ids)) for m in kept), *own)


def _still_there(restriction: tuple[str, ...] | None, source_ids: set[str]) -> tuple[str, ...] | None:
    if restriction is None:
        return None
    return tuple(s for s in restriction if s in source_ids) or None
