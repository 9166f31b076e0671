"""Hidden elements are not text: a page that hides "DEFA signed" in them moves nothing, through a real check pass."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from werkzeug import Response

from monitor.app import open_app
from sources.htmltext import parse_page, strip_tags, visible_text
from storage.models import Alert, Milestone
from tests.passes import DEFA, FETCH, check_once, source

NEWS = "ASEAN Leaders signed the DEFA today."
HIDING = [
    f"<p hidden>{NEWS}</p>",
    f'<p hidden="until-found">{NEWS}</p>',
    f'<div style="color: red; display : none !important">{NEWS}</div>',
    f'<div style="VISIBILITY:hidden">{NEWS}</div>',
    f'<span aria-hidden="true">{NEWS}</span>',
    f"<template><p>{NEWS}</p></template>",
    f'<input type="hidden" value="{NEWS}">',
    f'<div hidden><div style="display:none"><p>{NEWS}</p></div></div>',
]
SHOWN = ['<div style="display:block">shown</div>', '<span aria-hidden="false">shown</span>',
         '<div style="display:nonesuch">shown</div>']


def page(*blocks: str) -> str:
    return "<html><head><title>ASEAN news</title></head><body><h1>News</h1><p>Ministers met on digital trade.</p>" \
           + "".join(blocks) + "</body></html>"


@pytest.mark.parametrize("block", HIDING)
def test_hidden_elements_are_not_text(block):
    text = visible_text(parse_page(page(block)).body)
    assert "signed" not in text and "Ministers met" in text
    assert "signed" not in strip_tags(f"<p>Summary</p>{block}")


def test_elements_that_only_look_hidden_are_text():
    text = visible_text(parse_page(page(*SHOWN)).body)
    assert text.count("shown") == 3


def test_hidden_text_does_not_move_a_milestone(tmp_path: Path, db_url: str, httpserver):
    body = {"html": page()}
    httpserver.expect_request("/news").respond_with_handler(
        lambda _request: Response(body["html"], content_type="text/html"))
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n{FETCH}{source("news", "html", httpserver.url_for("/news"))}'
                      f'{DEFA}', encoding="utf-8")

    def check() -> tuple[str, int]:
        check_once(config)
        app = open_app(str(config))
        with app.transaction() as session:
            result = session.get(Milestone, "asean-defa").status, session.scalar(
                select(func.count()).select_from(Alert).where(Alert.kind == "status_change"))
        app.sessions.kw["bind"].dispose()
        return result

    assert check() == ("approval", 0)  # baseline
    body["html"] = page(*HIDING, "<p>Ministers will meet again in March.</p>")
    assert check() == ("approval", 0)  # the page changed, but only its hidden parts say "signed"
    body["html"] = page(*HIDING, "<p>Ministers will meet again in March.</p>", f"<p>{NEWS}</p>")
    assert check() == ("adopted", 1)  # the same words shown do move it: the test can fail
