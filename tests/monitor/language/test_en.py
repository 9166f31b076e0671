"""English (regulators, ASEAN, the regional press): each failure kind of issue 11, in our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.language.catalog import C, P, event_date, outcome

CASES = [
    # paraphrased subjects: no name of the instrument, its kind + topic + jurisdiction instead
    ("vn-ai-law", "adopted", ("in_force", C), "A law regulating artificial intelligence went into effect in Vietnam "
                                             "on Sunday, the government said."),
    ("asean-defa", "drafting", ("approval", C), "Southeast Asian officials concluded negotiations on the bloc's first "
                                                "region-wide digital economy agreement in Manila."),
    ("th-ai-law", "drafting", ("approval", C), "Thailand's cabinet on Tuesday approved a draft law governing "
                                               "artificial intelligence."),
    # words between actor and verb
    ("ph-ai-bill", "approval", ("adopted", C), "President Marcos on Friday, after months of debate, finally signed "
                                               "the Artificial Intelligence Regulation Act into law."),
    # a future effective date in a passage story: the passage, and the entry into force only expected
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam's National Assembly passed the Law on Artificial Intelligence "
                                              "today. It takes effect on 1 March 2027."),
    ("vn-ai-law", "adopted", ("expected", "in_force", "2027-03-01"), "The Law on Artificial Intelligence takes effect "
                                                                     "on 1 March 2027, officials said."),
    ("asean-defa", "approval", ("expected", "adopted", "2026-12-05"), "ASEAN leaders are set to sign the DEFA; the "
                                                                      "signing ceremony is expected to take place on "
                                                                      "5 December."),
    # postponed, cancelled, called off
    ("asean-defa", "approval", None, "The signing of the DEFA has been postponed to the first quarter of 2027."),
    ("asean-defa", "approval", None, "DEFA signing ceremony cancelled"),
    ("asean-defa", "approval", None, "Officials called off the DEFA signing after a member state objected."),
    ("asean-defa", "approval", None, "The planned signing of the DEFA was scrapped at the last minute."),
    # future framing around a noun
    ("asean-defa", "approval", None, "The DEFA signing ceremony is expected to take place at the summit."),
    ("asean-defa", "approval", None, "Negotiators want the legal scrubbing finished before it is signed in November."),
    ("asean-defa", "approval", None, "Preparations for the signing of the DEFA are under way in Kuala Lumpur."),
    # another instrument with the same verbs
    ("th-ai-law", "drafting", None, "Thailand's cabinet approved the ASEAN digital ministers' joint statement on "
                                    "artificial intelligence."),
    ("asean-defa", "approval", None, "ASEAN and Japan signed a memorandum of understanding on digital trade; work on "
                                     "the DEFA continues."),
    ("vn-ai-law", "adopted", None, "The Prime Minister signed a decision issuing the plan to implement Vietnam's AI "
                                   "law."),
    ("sg-mas-ai-guidelines", "consultation", None, "MAS released a consultation paper on proposed Guidelines on AI "
                                                   "Risk Management."),
    ("th-ai-law", "drafting", None, "South Korea's parliament passed its AI Basic Act, a model Thailand studies for its "
                                    "own AI law."),
    # a law is passed, not "finalized"; "no ... has been enacted" is a negation, not a report
    ("th-ai-law", "drafting", None, "Thailand's draft principles of the AI law were finalized in June, officials said."),
    ("th-ai-law", "drafting", None, "As of March, no comprehensive AI statute has been enacted in Thailand."),
    ("my-ai-bill", "drafting", None, "Menteri Digital telah mengesahkan bahawa RUU Tadbir Urus AI sedang digubal."),
    # the catalog no longer contradicts itself: a substantial conclusion is not the conclusion
    ("asean-defa", "drafting", None, "ASEAN ministers announced the substantial conclusion of DEFA negotiations."),
    ("asean-defa", "drafting", None, "ASEAN substantially concluded negotiations on the DEFA in October."),
    # the implementing decree is named by the law it details
    ("vn-ai-decree", "consultation", ("adopted", C), "Vietnam's government issued the decree detailing a number of "
                                                     "articles of the Law on Artificial Intelligence."),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_english(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


def test_decoy_dates_are_not_the_event_date() -> None:
    text = "MAS today issued its Guidelines on AI Risk Management, giving banks until 7 December 2027 to comply."
    assert outcome("sg-mas-ai-guidelines", text, "consultation") == ("adopted", C)
    assert event_date("sg-mas-ai-guidelines", text, "consultation") == date(2026, 12, 3)
    text = "On 1 December the National Assembly passed the Law on Artificial Intelligence, which applies from 2027."
    assert event_date("vn-ai-law", text, "approval") == date(2026, 12, 1)
    text = "ASEAN Leaders on Tuesday signed the DEFA, due to enter into force on 1 January 2028."
    assert event_date("asean-defa", text, "approval") == date(2026, 12, 1)


def test_a_headline_names_the_subject_for_its_lead() -> None:
    text = "Digital Economy Framework Agreement: a milestone\nLeaders signed it in Kuala Lumpur today."
    assert outcome("asean-defa", text, "approval") == ("adopted", C)
    text = "Leaders meet in Kuala Lumpur\nA trade pact was signed today. Separately, the DEFA talks go on."
    assert outcome("asean-defa", text, "approval") is None
