"""The Slack channel: Block Kit cards posted with slack-sdk, by the Web API or an incoming webhook.

Rendering (``alert_blocks``, ``alert_text``, ``digest_messages``) is pure and tested without a server. Every
piece of page text goes through :func:`escape.slack_text`, and every text is cut to Slack's limits, because
Slack rejects an oversized block with ``invalid_blocks`` and the alert would never arrive.

slack-sdk is imported when a Slack notifier is built, not when ``notifiers`` is. Its two built-in retry
handlers absorb one connection error and one 429 (sleeping the Retry-After); anything left over becomes a
:class:`DeliveryError` for the outbox to retry later, ``permanent`` when retrying cannot help.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from http.client import HTTPException
from typing import Any

from . import render
from .base import (Alert, DeliveryError, Digest, DigestSection, Notifier, NotifierError, Progress, log,
                   parse_retry_after, register)
from .escape import safe_url, slack_text, truncate

HEADER_CHARS = 150           # header block text
SECTION_CHARS = 3000         # section and context text objects
FIELD_CHARS = 2000           # each section field
MAX_BLOCKS = 50              # blocks in one message
FALLBACK_CHARS = 3000        # the notification text; Slack allows more but shows far less
DIGEST_LINE_CHARS = 500      # one digest line's text, so one long title cannot crowd out the rest
DIGEST_LINK_CHARS = 1000     # longer evidence URLs are shown as text, not linked
DIGEST_MESSAGE_CHARS = 12_000  # JSON size of one digest message's blocks; larger payloads are split
DEFAULT_TIMEOUT = 30

# Slack error codes that no retry will fix: credentials, channel, or a malformed message.
PERMANENT_ERRORS = frozenset({
    "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "invalid_token",
    "no_permission", "missing_scope", "not_allowed_token_type", "access_denied", "team_access_not_granted",
    "ekm_access_denied", "two_factor_setup_required", "org_login_required", "team_disabled",
    "channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "restricted_action",
    "restricted_action_read_only_channel", "restricted_action_thread_only_channel",
    "posting_to_general_channel_denied", "action_prohibited", "no_service", "no_service_id", "no_team",
    "invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "invalid_payload",
    "invalid_arguments", "invalid_arg_name", "invalid_charset", "invalid_form_data", "method_deprecated",
})

# What to do about the refusals a person can fix.
HINTS = (
    (("invalid_auth", "not_authed", "token_revoked", "token_expired", "invalid_token", "account_inactive"),
     ": the token was not accepted: check that the variable named by token_env holds the app's Bot User OAuth "
     "Token (xoxb-...) and that the app is still installed in the workspace"),
    (("missing_scope", "no_permission", "not_allowed_token_type"),
     ": the token lacks a permission: give the app the chat:write scope (and chat:write.public to post in a "
     "channel it has not joined), reinstall it, and use its Bot User OAuth Token (xoxb-...)"),
    (("channel_not_found", "not_in_channel"),
     ": check the channel name in [notifiers.slack] and invite the app to it (/invite @your-app)"),
    (("is_archived", "channel_is_archived"), ": the channel is archived: set another channel in [notifiers.slack]"),
)


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": slack_text(text, limit) or "-", "emoji": True}


def _mrkdwn(escaped: str) -> dict[str, Any]:
    # verbatim: bare URLs and #names in page text stay text; our own <url|label> links still work.
    return {"type": "mrkdwn", "text": escaped or "-", "verbatim": True}


def _section(escaped: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(escaped)}


def _context(escaped: str) -> dict[str, Any]:
    return {"type": "context", "elements": [_mrkdwn(escaped)]}


def _arrow(text: str) -> str:
    return text.replace(" -> ", " → ")


def alert_text(alert: Alert) -> str:
    """The plain fallback: what a notification, a screen reader or an old client shows."""
    return slack_text(_arrow(render.headline(alert)), FALLBACK_CHARS)


def alert_blocks(alert: Alert) -> list[dict[str, Any]]:
    """One alert as a card: header, kind and facts, excerpt as a quote, note, evidence button, provenance."""
    name = render.subject_name(alert)
    if alert.kind == "test":
        title = "regwatch test message"
    elif alert.kind == "status_change":
        title = name
    else:
        subject = alert.source if alert.kind == "source_failing" and alert.source else name
        title = f"{render.kind_label(alert.kind)}: {subject}"
    blocks: list[dict[str, Any]] = [{"type": "header", "text": _plain(title, HEADER_CHARS)}]

    summary = f"*{render.kind_label(alert.kind)}*"  # the move itself is a field, next to its context
    if alert.kind == "test":
        summary = "If you can read this, regwatch can post to this channel."
    card: dict[str, Any] = _section(summary)
    fields = [_mrkdwn(f"*{label}*\n{slack_text(_arrow(value), FIELD_CHARS - len(label) - 3)}")
              for label, value in render.facts(alert)]
    if fields:
        card["fields"] = fields
    blocks.append(card)

    if alert.excerpt:
        quoted = "\n".join(f">{line}" for line in slack_text(alert.excerpt).splitlines())
        blocks.append(_section(truncate(quoted, SECTION_CHARS, entities=True)))
    if alert.detail:
        blocks.append(_section(slack_text(alert.detail, SECTION_CHARS)))
    url = safe_url(alert.url)
    if url:
        blocks.append({"type": "actions", "elements": [
            {"type": "button", "action_id": "evidence", "url": url, "text": _plain("Open the evidence", 75)}]})
    elif alert.url:  # not a web link (or absurdly long): show it, never link it
        blocks.append(_context(f"Evidence: {slack_text(alert.url, SECTION_CHARS - 10)}"))
    blocks.append(_context(slack_text(render.provenance(alert), SECTION_CHARS)))
    return blocks


def _digest_line(text: str, url: str | None) -> str:
    label = slack_text(text, DIGEST_LINE_CHARS)
    link = safe_url(url, DIGEST_LINK_CHARS)
    return f"• <{link.replace('&', '&amp;')}|{label}>" if link else f"• {label}"


def _section_blocks(section: DigestSection) -> list[dict[str, Any]]:
    """A digest section as as few section blocks as fit: the heading starts the first one."""
    blocks: list[dict[str, Any]] = []
    current = f"*{slack_text(section.heading, 200)}*"
    for line in (_digest_line(text, url) for text, url in section.lines):
        if len(current) + 1 + len(line) > SECTION_CHARS:
            blocks.append(_section(current))
            current = line
        else:
            current = f"{current}\n{line}"
    blocks.append(_section(current))
    return blocks


def digest_messages(digest: Digest) -> list[list[dict[str, Any]]]:
    """The digest as one or more messages, each within 50 blocks and a modest payload size.

    The first message opens with the title; later ones with a context line saying which part they are.
    """
    title, day = slack_text(digest.title, 200), slack_text(digest.day, 100)
    body = [block for section in digest.sections for block in _section_blocks(section)]
    body = body or [_section("No changes.")]
    messages: list[list[dict[str, Any]]] = []
    current = [{"type": "header", "text": _plain(digest.title, HEADER_CHARS)}, _context(day)]
    size = len(json.dumps(current))
    for block in body:
        block_size = len(json.dumps(block))
        full = size + block_size > DIGEST_MESSAGE_CHARS and current[-1]["type"] == "section"
        if full or len(current) >= MAX_BLOCKS:
            messages.append(current)
            current, size = [_context("")], 0
        current.append(block)
        size += block_size
    messages.append(current)
    if len(messages) > 1:
        for number, message in enumerate(messages, start=1):
            part = f"part {number}/{len(messages)}"
            label = f"{day} · {part}" if number == 1 else f"*{title}* · {day} · {part}"
            message[1 if number == 1 else 0] = _context(label)
    return messages


def _header(headers: Mapping[str, Any] | None, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return str(value[0] if isinstance(value, (list, tuple)) else value)
    return None


def _failure(status: int, code: str, headers: Mapping[str, Any] | None) -> DeliveryError:
    """A refusal as a DeliveryError: 429 carries Retry-After; known codes and most 4xx are permanent. The codes
    a person can fix say how."""
    permanent = code in PERMANENT_ERRORS or (400 <= status < 500 and status not in (408, 429))
    retry_after = parse_retry_after(_header(headers, "Retry-After")) if status == 429 or code == "ratelimited" else None
    hint = next((text for codes, text in HINTS if code in codes), "")
    return DeliveryError(f"slack: refused (HTTP {status}, {code[:200] or 'no error code'}){hint}",
                         retry_after=retry_after, permanent=permanent)


@register
class SlackNotifier(Notifier):
    """Post alerts and the daily digest to Slack (a bot token and a channel, or an incoming webhook)."""

    name = "slack"
    optional = ("token_env", "webhook_url_env", "channel", "api_url", "timeout")

    def __init__(self, settings: Mapping[str, Any], env: Mapping[str, str]) -> None:
        super().__init__(settings, env)
        if ("token_env" in settings) == ("webhook_url_env" in settings):
            raise NotifierError("notifier 'slack': set exactly one of 'token_env' or 'webhook_url_env'")
        if "token_env" in settings and not settings.get("channel"):
            raise NotifierError("notifier 'slack': missing key 'channel' (required with 'token_env')")
        for key in ("channel", "api_url"):
            if "webhook_url_env" in settings and key in settings:
                raise NotifierError(f"notifier 'slack': key {key!r} does not apply to an incoming webhook "
                                    "(its URL fixes the channel)")
        self.channel: str | None = settings.get("channel")
        timeout = int(self.number("timeout", DEFAULT_TIMEOUT))
        try:
            from slack_sdk import WebClient
            from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
            from slack_sdk.webhook import WebhookClient
        except ImportError as error:
            raise NotifierError("notifier 'slack' needs slack-sdk: pip install slack-sdk") from error
        handlers = [ConnectionErrorRetryHandler(max_retry_count=1), RateLimitErrorRetryHandler(max_retry_count=1)]
        self._web: Any = None
        self._webhook: Any = None
        if "token_env" in settings:
            extra = {"base_url": settings["api_url"]} if settings.get("api_url") else {}
            self._web = WebClient(token=self.secret("token_env"), timeout=timeout, retry_handlers=handlers, **extra)
        else:
            self._webhook = WebhookClient(url=self.secret("webhook_url_env"), timeout=timeout,
                                          retry_handlers=handlers)

    def send_alert(self, alert: Alert) -> None:
        self._post(alert_text(alert), alert_blocks(alert))
        log.info("slack: alert %s delivered (%s)", alert.id, alert.kind)

    def send_digest(self, digest: Digest, progress: Progress | None = None) -> None:
        """Post the digest's parts from ``progress.done`` on (a retry after a failure mid-digest resumes, in
        whichever process it runs), recording each part as it is posted."""
        messages = digest_messages(digest)
        fallback = slack_text(f"{digest.title} ({digest.day})", FALLBACK_CHARS - 20)
        for index in range(progress.done if progress else 0, len(messages)):
            part = f" part {index + 1}/{len(messages)}" if len(messages) > 1 else ""
            self._post(fallback + part, messages[index])
            if progress:
                progress.record(index + 1)
        log.info("slack: digest %s delivered in %d message(s)", digest.day, len(messages))

    def _post(self, text: str, blocks: list[dict[str, Any]]) -> None:
        from slack_sdk.errors import SlackApiError, SlackClientError

        try:
            if self._webhook is not None:
                response = self._webhook.send(text=text, blocks=blocks, unfurl_links=False, unfurl_media=False)
                if response.status_code != 200:
                    raise _failure(response.status_code, (response.body or "").strip(), response.headers)
            else:
                self._web.chat_postMessage(channel=self.channel, text=text, blocks=blocks,
                                           unfurl_links=False, unfurl_media=False)
        except SlackApiError as error:
            data = error.response.data if isinstance(error.response.data, dict) else {}
            raise _failure(error.response.status_code, str(data.get("error") or ""),
                           error.response.headers) from error
        except SlackClientError as error:  # a malformed URL or proxy: configuration, not the weather
            raise DeliveryError(f"slack: {error}", permanent=True) from error
        except (OSError, HTTPException) as error:
            raise DeliveryError(f"slack: cannot reach Slack: {error}") from error
