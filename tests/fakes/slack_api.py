"""A local stand-in for Slack: the Web API's ``chat.postMessage`` and an incoming webhook, on loopback.

Tests drive the real slack-sdk client against it (``base_url=stand_in.base_url`` or
``WebhookClient(stand_in.webhook_url)``). It checks the bot token like Slack does (HTTP 200 with
``ok: false``), records every request and every accepted message, and can be scripted to answer a
sequence of faults first::

    with SlackAPIStandIn() as slack:
        slack.script(Reply(status=500), Reply(status=429, retry_after=1))
        ...                               # the third request is accepted
        assert len(slack.messages) == 1
"""
from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

DEFAULT_TOKEN = "xoxb-regwatch-test"
Answer = tuple[int, dict[str, str], bytes]  # status, headers, body
WEBHOOK_PATH = "/services/T0REGWATCH/B0REGWATCH/regwatchtestsecret"
TOKEN_ENV = "REGWATCH_TEST_SLACK_TOKEN"  # where a test config's Slack notifier reads the token from


@dataclass(frozen=True)
class Reply:
    """One scripted answer: an HTTP status, a Slack error code, a Retry-After. ``Reply()`` answers normally."""

    status: int = 200
    error: str | None = None
    retry_after: int | None = None


@dataclass
class Request:
    """One request as the stand-in saw it, and the status it answered."""

    path: str
    headers: dict[str, str]
    body: bytes
    status: int = 0


@dataclass
class Message:
    """One accepted message: where it was posted, its parsed payload and the raw body on the wire."""

    endpoint: str                  # "chat.postMessage" or "webhook"
    payload: dict[str, Any]
    raw: bytes
    channel: str | None = None
    blocks: list[dict[str, Any]] = field(default_factory=list)
    text: str | None = None


class SlackAPIStandIn:
    """An HTTP server on 127.0.0.1 (a free port) that speaks enough Slack for regwatch's notifier."""

    def __init__(self, *, token: str = DEFAULT_TOKEN, channels: set[str] | None = None) -> None:
        self.token = token
        self.channels = channels   # None: every channel exists
        self.messages: list[Message] = []
        self.requests: list[Request] = []
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> SlackAPIStandIn:
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), _handler_for(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the port: clients now get "connection refused", like a Slack outage."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> SlackAPIStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """For ``WebClient(base_url=...)`` and regwatch's ``api_url``."""
        return f"http://127.0.0.1:{self.port}/api/"

    def notifier(self, channel: str = "#ai-regulation") -> str:
        """A ``[notifiers.slack]`` table posting here (the test sets ``$TOKEN_ENV`` to ``self.token``)."""
        return f'[notifiers.slack]\ntoken_env = "{TOKEN_ENV}"\nchannel = "{channel}"\napi_url = "{self.base_url}"\n'

    @property
    def webhook_url(self) -> str:
        """An incoming-webhook URL this stand-in accepts."""
        return f"http://127.0.0.1:{self.port}{WEBHOOK_PATH}"

    # scripting and inspection ----------------------------------------------------------------------------
    def script(self, *replies: Reply) -> None:
        """Answer the next requests (to either endpoint) with these replies, in order, then behave.

        ``Reply()`` is a normal answer, so ``script(Reply(), Reply(status=500))`` fails the second request.
        """
        with self._lock:
            self._script.extend(replies)

    def raw_bodies(self) -> list[str]:
        """Every accepted message's body as sent on the wire, decoded."""
        return [m.raw.decode("utf-8") for m in self.messages]

    # serving ---------------------------------------------------------------------------------------------
    def _answer(self, path: str, headers: dict[str, str], body: bytes) -> Answer:
        with self._lock:
            request = Request(path=path, headers=headers, body=body)
            self.requests.append(request)
            scripted = self._script.popleft() if self._script else None
            if scripted == Reply():
                scripted = None
            if path.startswith("/services/"):
                answer = self._webhook(path, body, scripted)
            elif path == "/api/chat.postMessage":
                answer = self._post_message(headers, body, scripted)
            else:
                answer = _json_reply(404, {"ok": False, "error": "unknown_method"})
            request.status = answer[0]
            return answer

    def _post_message(self, headers: dict[str, str], body: bytes, scripted: Reply | None) -> Answer:
        if scripted is not None:
            extra = {"Retry-After": str(scripted.retry_after)} if scripted.retry_after is not None else {}
            error = scripted.error or ("ratelimited" if scripted.status == 429 else "internal_error")
            if scripted.status >= 500:  # Slack's front end answers these with an HTML page, not JSON
                return scripted.status, {"Content-Type": "text/html", **extra}, b"<html>Server Error</html>"
            return _json_reply(scripted.status, {"ok": False, "error": error}, extra)
        authorization = headers.get("authorization", "")
        if not authorization.startswith("Bearer "):
            return _json_reply(200, {"ok": False, "error": "not_authed"})
        if authorization.removeprefix("Bearer ") != self.token:
            return _json_reply(200, {"ok": False, "error": "invalid_auth"})
        payload = _parse(headers.get("content-type", ""), body)
        channel = payload.get("channel")
        if not channel:
            return _json_reply(200, {"ok": False, "error": "channel_not_found"})
        if self.channels is not None and channel not in self.channels:
            return _json_reply(200, {"ok": False, "error": "channel_not_found"})
        if not payload.get("text") and not payload.get("blocks"):
            return _json_reply(200, {"ok": False, "error": "no_text"})
        self.messages.append(Message(endpoint="chat.postMessage", payload=payload, raw=body, channel=channel,
                                     blocks=payload.get("blocks") or [], text=payload.get("text")))
        ts = f"{time.time():.6f}"
        return _json_reply(200, {"ok": True, "channel": "C0REGWATCH", "ts": ts,
                                 "message": {"text": payload.get("text"), "ts": ts}})

    def _webhook(self, path: str, body: bytes, scripted: Reply | None) -> Answer:
        if scripted is not None:
            extra = {"Retry-After": str(scripted.retry_after)} if scripted.retry_after is not None else {}
            error = scripted.error or ("rate_limited" if scripted.status == 429 else "internal_error")
            return scripted.status, {"Content-Type": "text/plain", **extra}, error.encode()
        if path != WEBHOOK_PATH:
            return 404, {"Content-Type": "text/plain"}, b"no_service"
        try:
            payload = json.loads(body)
        except ValueError:
            return 400, {"Content-Type": "text/plain"}, b"invalid_payload"
        if not payload.get("text") and not payload.get("blocks"):
            return 400, {"Content-Type": "text/plain"}, b"no_text"
        self.messages.append(Message(endpoint="webhook", payload=payload, raw=body,
                                     blocks=payload.get("blocks") or [], text=payload.get("text")))
        return 200, {"Content-Type": "text/plain"}, b"ok"


def _json_reply(status: int, data: dict[str, Any], headers: dict[str, str] | None = None) -> Answer:
    return status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, json.dumps(data).encode()


def _parse(content_type: str, body: bytes) -> dict[str, Any]:
    """A JSON body, or a form body whose ``blocks`` is a JSON string (both are how slack-sdk posts)."""
    if content_type.startswith("application/json"):
        return dict(json.loads(body or b"{}"))
    form = {key: values[0] for key, values in parse_qs(body.decode("utf-8")).items()}
    if isinstance(form.get("blocks"), str):
        form["blocks"] = json.loads(form["blocks"])
    return form


def _handler_for(stand_in: SlackAPIStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {key.lower(): value for key, value in self.headers.items()}
            status, reply_headers, reply = stand_in._answer(self.path, headers, body)
            self.send_response(status)
            for key, value in reply_headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

    return Handler
