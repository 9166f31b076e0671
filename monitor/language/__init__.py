"""The language layer: from published text to "this milestone reached this status, on this date".

The data path inside it, one direction: ``normalise`` (Unicode, case, digits) -> ``sentences`` (headline, lead)
-> ``names`` (where a milestone is named, by alias or paraphrase) and ``vocabulary`` (what each status sounds
like, shared, shipped as ``vocabulary.toml``) -> ``hedges`` (future, negation, delays, conditions) and
``dates`` (the event's date, never after the publication) -> ``engine`` (one rule per status) -> ``certainty``
(what may move without a person). ``matching`` puts it together for one milestone; ``signals`` keeps the
older regex form; ``expected`` reads new expected dates.
"""
from monitor.language.certainty import Outcome, settle
from monitor.language.engine import CERTAIN, PLAUSIBLE, Finding, Match
from monitor.language.matching import Target, match, mentions
from monitor.language.names import Names

__all__ = ["CERTAIN", "PLAUSIBLE", "Finding", "Match", "Names", "Outcome", "Target", "match", "mentions", "settle"]
