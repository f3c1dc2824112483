"""A plain GET for one URL with httpx: the body, its headers and the final URL."""
from __future__ import annotations

import httpx

from .. import __version__
from ..errors import FetchError
from ..model import RawPage
from ..options import Options
from .files import read_bytes


def fetch(url: str, options: Options) -> RawPage:
    """Fetch one page; every failure becomes a FetchError with a one-line reason."""
    agent = options.user_agent or f"extract/{__version__}"
    try:
        with httpx.Client(follow_redirects=True, timeout=options.timeout,
                          headers={"User-Agent": agent}) as client:
            with client.stream("GET", url) as response:
                response.raise_for_status()
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise FetchError(f"{url}: response larger than {options.max_bytes} bytes")
                    chunks.append(chunk)
    except httpx.HTTPStatusError as exc:
        raise FetchError(f"{url}: HTTP {exc.response.status_code}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None
    raw = read_bytes(b"".join(chunks), url, options, url=str(response.url))
    return RawPage(raw.data, raw.source, raw.url, dict(response.headers))
