"""MHTML (a browser's "save as single file"): the page's HTML part -> RawPage.

An MHTML file is a MIME multipart/related message: the page's HTML plus its images and
styles, each part encoded (quoted-printable, base64). The standard library's email parser
undoes the encodings; only the root HTML part matters for extraction, and the address the
page was saved from (Snapshot-Content-Location, or the part's Content-Location) becomes
the page's URL so relative links still resolve.
"""
from __future__ import annotations

import re
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from ..errors import InputError
from ..model import RawPage

_MULTIPART_RELATED = re.compile(rb"^content-type:\s*multipart/related", re.I | re.M)


def looks_mhtml(data: bytes) -> bool:
    """MIME headers announcing multipart/related before the first blank line, not markup."""
    head = data[:8192]
    if head.lstrip()[:1] == b"<":
        return False
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return _MULTIPART_RELATED.search(headers) is not None


def read_mhtml(data: bytes, source: str) -> RawPage:
    """The root HTML part of an MHTML file, decoded from its transfer encoding."""
    message = BytesParser(policy=compat32).parsebytes(data)
    part = _root_part(message)
    if part is None:
        raise InputError(f"{source}: MHTML file holds no HTML part")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise InputError(f"{source}: the HTML part of the MHTML file is empty")
    url = message.get("Snapshot-Content-Location") or part.get("Content-Location")
    charset = part.get_content_charset()
    headers = {"content-type": f"text/html; charset={charset}"} if charset else {}
    return RawPage(data=payload, source=source, url=str(url).strip() if url else None, headers=headers)


def _root_part(message: Message) -> Message | None:
    """The part named by the `start` parameter, else the first HTML part."""
    start = message.get_param("start")
    html_parts = [part for part in message.walk() if part.get_content_type() in ("text/html", "application/xhtml+xml")]
    if isinstance(start, str):
        for part in html_parts:
            if part.get("Content-ID", "").strip() == start.strip():
                return part
    return html_parts[0] if html_parts else None
