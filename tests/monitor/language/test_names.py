"""A milestone a user adds with only ``names`` is detected in five languages; the config validates names and
vocabulary overrides with messages that point at the file and key."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.config import load
from monitor.errors import ConfigError
from monitor.language.matching import match, mentions, rules
from monitor.language.names import Names, implied_kinds
from monitor.language.vocabulary import shipped
from monitor.patterns import Pattern
from tests.monitor.language.catalog import user_milestone

USER_MILESTONE = '''
[[milestones]]
id = "kh-ai-strategy"
title = "Cambodia National AI Strategy Sub-Decree"
jurisdiction = "KH"
status = "drafting"
binding = true
names = { en = ["National AI Strategy Sub-Decree"], id = ["Sub-Dekrit Strategi AI Nasional"] }
'''


def _config(tmp_path: Path, body: str):
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return load(str(path))


def _outcome(config, text: str, current: str = "drafting") -> tuple[str, str] | None:
    spec = config.milestones[0]
    found = match(spec.target, text, current_status=current, published=date(2026, 12, 3),
                  vocabulary=config.vocabulary).match
    return (found.status, found.confidence) if found else None


def test_names_only_milestone_moves_on_english_and_indonesian_reports(tmp_path) -> None:
    config = _config(tmp_path, USER_MILESTONE)
    assert not config.milestones[0].signals
    assert _outcome(config, "Cambodia's government adopted the National AI Strategy Sub-Decree on Tuesday.") == (
        "adopted", "certain")
    assert _outcome(config, "Pemerintah Kamboja telah mengesahkan Sub-Dekrit Strategi AI Nasional pada Selasa.") == (
        "adopted", "certain")
    assert _outcome(config, "Kamboja akan mengesahkan Sub-Dekrit Strategi AI Nasional tahun depan.") is None
    assert _outcome(config, "The National AI Strategy Sub-Decree was opened for public consultation today.") == (
        "consultation", "certain")
    assert mentions(config.milestones[0].target, "Update on the National AI Strategy Sub-Decree")


def test_config_vocabulary_extends_the_shipped_words(tmp_path) -> None:
    extra = '\n[vocabulary.statuses.adopted]\nen = ["rubber-stamped"]\n'
    config = _config(tmp_path, USER_MILESTONE + extra)
    assert _outcome(config, "The cabinet rubber-stamped the National AI Strategy Sub-Decree.") == ("adopted", "certain")
    assert "signed" in " ".join(config.vocabulary.statuses["adopted"])  # the shipped words stay


def test_config_words_run_on_the_linear_time_engine(tmp_path) -> None:
    extra = '\n[vocabulary.statuses.adopted]\nen = ["okayed"]\nnot_after = ["in principle"]\n'
    config = _config(tmp_path, USER_MILESTONE + extra)
    milestone = next(m for m in config.milestones if m.names is not None and "Sub-Decree" in str(m.names))
    adopted = next(r for r in rules(milestone.target, config.vocabulary) if r.status == "adopted")
    user = [p for p in (*adopted.events, *adopted.not_after) if isinstance(p, Pattern)]
    assert [p.text for p in user] == ["(?:okayed)", "(?:in principle)"]  # shipped words stay on re
    assert _outcome(config, "The cabinet okayed the National AI Strategy Sub-Decree.") == ("adopted", "certain")
    assert _outcome(config, "The cabinet okayed in principle the National AI Strategy Sub-Decree.") is None


@pytest.mark.parametrize(("body", "problem"), [
    ('\nnames = { xx = ["A"] }', "unknown language 'xx'"),
    ('\nnames = { en = [""] }', "en: must be a list of non-empty strings"),
    ('\nkind = "treaty-ish"', "'treaty-ish' is not in the vocabulary"),
    ('\n[vocabulary.statuses.adopted]\nen = ["(unclosed"]', "is not a valid regex"),
    ('\n[vocabulary.statuses.finished]\nen = ["done"]', "'finished' is not one of"),
    # a config's words run on RE2: what it cannot run is refused at load, naming the key and the construct
    ('\n[vocabulary.statuses.adopted]\nen = ["(?<!not )okayed"]', "statuses.adopted.en: '(?<!not )okayed'"),
    ("\n[vocabulary.statuses.adopted]\nnot_after = ['(draft)\\s+\\1']", "a backreference"),
    ('\n[vocabulary.kinds.decree]\nen = ["sub-decree(?=s)"]', "a lookahead"),
])
def test_bad_names_and_vocabulary_are_clear_errors(tmp_path, body: str, problem: str) -> None:
    text = USER_MILESTONE.replace('binding = true\n', 'binding = true\n' + body.lstrip("\n") + "\n") \
        if not body.lstrip().startswith("[") else USER_MILESTONE + body
    if "names =" in body:
        text = text.replace('names = { en = ["National AI Strategy Sub-Decree"], id = ["Sub-Dekrit Strategi AI '
                            'Nasional"] }\n', "")
    with pytest.raises(ConfigError) as error:
        _config(tmp_path, text)
    assert problem in str(error.value) and "config.toml" in str(error.value)


@pytest.mark.parametrize(("language", "alias", "kinds"), [
    ("ms", "RUU Keselamatan Dalam Talian", ("law",)),
    ("th", "ร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล", ("law",)),
    ("th", "ความตกลงกรอบเศรษฐกิจดิจิทัลอาเซียน", ("agreement",)),  # the national languages put the kind word first
    ("vi", "Hiệp định khung về kinh tế số", ("agreement",)),
    ("en", "Digital Economy Framework Agreement", ("agreement",)),  # English last, before a complement
    ("en", "Guidelines on AI Risk Management", ("guidelines",)),
    ("en", "National AI Strategy Sub-Decree", ("decree",)),
    ("en", "DEFA", ()),
])
def test_a_names_only_milestone_is_of_the_kind_its_name_says(language: str, alias: str, kinds: tuple) -> None:
    names = Names(aliases={language: (alias,)})
    assert implied_kinds(names, shipped()).kinds == kinds
    declared = Names(aliases={language: (alias,)}, kinds=("statement",))
    assert implied_kinds(declared, shipped()) is declared  # a declared kind is never second-guessed


@pytest.mark.parametrize("names, binding", [
    ('names = { vi = ["Luật Đầu tư sửa đổi"] }', True),  # a law binds by its nature
    ('names = { en = ["Decree 174/2026/ND-CP"] }', True),
    ('names = { id = ["Peraturan Presiden tentang ojek online"] }', True),
    ('names = { en = ["National Guidelines on AI Governance and Ethics"] }', False),  # guidelines say it themselves
    ('names = { en = ["Veritas Toolkit"] }', False),
    ('names = { vi = ["Luật Đầu tư sửa đổi"] }\nbinding = false', False),  # what the config says wins
])
def test_a_milestone_that_does_not_say_binding_is_binding_by_its_kind(tmp_path, names: str, binding: bool) -> None:
    body = f'[[milestones]]\nid = "user"\ntitle = "User"\njurisdiction = "VN"\nstatus = "approval"\n{names}\n'
    assert _config(tmp_path, body).milestones[0].binding is binding


IP_AMENDMENT = {"en": ("Law amending and supplementing a number of articles of the Law on Intellectual Property",),
                "vi": ("Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ",)}


@pytest.mark.parametrize("text, expected", [
    # the press names one amendment many ways; a user writes one of them (VNA, VietnamPlus, Tuổi Trẻ, December 2025)
    ("The National Assembly passed the Law on amendments and supplements to several articles of the Law on "
     "Intellectual Property on December 10.", "adopted"),
    ("The revised Law on Intellectual Property was passed by the National Assembly.", "adopted"),
    ("Quốc hội vừa thông qua Luật sửa đổi Luật Sở hữu trí tuệ.", "adopted"),
    ("Luật Sở hữu trí tuệ (sửa đổi) đã được Quốc hội thông qua.", "adopted"),
    ("Luật Sở hữu trí tuệ sửa đổi được Quốc hội thông qua chiều 10/12.", "adopted"),
    # ... and the act it amends is another instrument
    ("Quốc hội thông qua Luật Sở hữu trí tuệ năm 2005.", None),
])
def test_an_amendment_is_named_in_every_form_of_one(text: str, expected: str | None) -> None:
    target = user_milestone("VN", **IP_AMENDMENT)
    found = match(target, text, current_status="approval", published=date(2025, 12, 11)).match
    assert (found.status if found else None) == expected


@pytest.mark.parametrize("text", [
    "Luật Trí tuệ nhân tạo sửa đổi được thông qua.",
    "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Trí tuệ nhân tạo.",
])
def test_the_amended_act_does_not_move_with_its_amendment(text: str) -> None:
    target = user_milestone("VN", vi=("Luật Trí tuệ nhân tạo",))
    assert match(target, text, current_status="approval", published=date(2025, 12, 11)).match is None
    assert match(target, "Luật Trí tuệ nhân tạo được thông qua.", current_status="approval",
                 published=date(2025, 12, 11)).match is not None
