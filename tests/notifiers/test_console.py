"""The console notifier: readable output, and no terminal tricks from page text."""
from __future__ import annotations

import io

import pytest

from notifiers import ConsoleNotifier, DeliveryError, NotifierError
from tests.notifiers.samples import make_alert, make_digest


def test_alert_is_printed_readably() -> None:
    out = io.StringIO()
    ConsoleNotifier({}, {}, stream=out).send_alert(make_alert())
    assert out.getvalue() == (
        "[regwatch] ASEAN Digital Economy Framework Agreement: approval -> adopted\n"
        "  Jurisdiction: ASEAN\n"
        "  Binding:      yes\n"
        "  Status:       approval -> adopted\n"
        "  Event date:   2026-10-26\n"
        "  Evidence:     https://asean.org/news/defa-signed?id=7&lang=en\n"
        "  > ASEAN Leaders signed the Digital Economy Framework Agreement at the 47th Summit.\n"
        "  (source asean-news · detected 2026-10-27T01:00:00+00:00 · alert 42)\n")


def test_terminal_escapes_and_line_breaks_in_page_text_are_neutralised() -> None:
    out = io.StringIO()
    ConsoleNotifier({}, {}, stream=out).send_alert(make_alert(title="DEFA\x1b[2J\x1b]0;pwned\x07\r\nFAKE LINE"))
    first_line = out.getvalue().splitlines()[0]
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()
    assert first_line.startswith("[regwatch] DEFA FAKE LINE:")  # one line, the sequences removed whole


def test_digest_and_empty_digest() -> None:
    out = io.StringIO()
    console = ConsoleNotifier({}, {}, stream=out)
    console.send_digest(make_digest(lines_per_section=1, sections=1))
    console.send_digest(make_digest(sections=0))
    assert out.getvalue() == ("== regwatch daily digest (2026-10-27) ==\n\nSection 0\n"
                              "  - Item 0.0\n    https://example.org/0/0\n"
                              "== regwatch daily digest (2026-10-27) ==\nNo changes.\n")


def test_default_stream_is_stdout_at_send_time(capsys: pytest.CaptureFixture[str]) -> None:
    ConsoleNotifier({}, {}).send_alert(make_alert(kind="test"))
    assert capsys.readouterr().out.startswith("[regwatch] Test message from regwatch\n")


def test_a_closed_stream_is_a_delivery_error() -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError("closed")

    with pytest.raises(DeliveryError):
        ConsoleNotifier({}, {}, stream=Closed()).send_alert(make_alert())


def test_console_takes_no_settings() -> None:
    with pytest.raises(NotifierError, match="notifier 'console': unknown key 'colour'"):
        ConsoleNotifier({"colour": True}, {})
