"""The Fetcher against a real misbehaving server on 127.0.0.1: every route issue 6 names
yields exactly one result, in bounded time, and requests to one host keep their distance."""
from __future__ import annotations

import itertools
import os
import pickle
import shutil
import socket
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.decode import to_page
from extract.errors import FetchError, FetchStage
from extract.fetch import Fetcher
from extract.model import RawPage
from extract.options import Options

from fetch_site import ARTICLE, Site

OK = "ok"
# path -> what its one result must be
EXPECTED = {
    "/page/1": OK,
    "/page/2": OK,
    "/page/3": OK,
    "/moved": OK,
    "/ru": OK,
    "/flaky": OK,
    "/busy": OK,
    "/slow": FetchStage.TIMEOUT,
    "/trickle": FetchStage.TIMEOUT,
    "/reset": FetchStage.CONNECT,
    "/loop/a": FetchStage.REDIRECT,
    "/to-file": FetchStage.SCHEME,
    "/endless": FetchStage.TOO_LARGE,
    "/bomb": FetchStage.TOO_LARGE,
    "/doc.pdf": FetchStage.NOT_HTML,
    "/doc-octets": FetchStage.NOT_HTML,
    "/private/report": FetchStage.ROBOTS,
    "/no-such-page": FetchStage.HTTP_STATUS,
}


def free_port() -> int:
    """A port nothing listens on (it was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def outcome(result: RawPage | FetchError) -> str:
    return result.stage if isinstance(result, FetchError) else OK


@pytest.fixture
def unknown_host(monkeypatch: pytest.MonkeyPatch) -> str:
    """A host name the resolver says does not exist, without asking any DNS server."""
    real = socket.getaddrinfo

    def resolve(host: object, *args: object, **kwargs: object) -> object:
        if host in ("no-such-host.invalid", b"no-such-host.invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return "http://no-such-host.invalid/page"


def test_every_route_yields_one_record_in_bounded_time(site: Site, quick: Callable[..., Options],
                                                       unknown_host: str) -> None:
    delay = 0.2
    urls = {site.url(path): expected for path, expected in EXPECTED.items()}
    urls[f"http://127.0.0.1:{free_port()}/page"] = FetchStage.CONNECT
    urls[unknown_host] = FetchStage.DNS
    started = time.monotonic()
    with Fetcher(quick(delay=delay)) as fetcher:
        results = list(fetcher.fetch_many(urls))
    elapsed = time.monotonic() - started

    assert sorted(url for url, _ in results) == sorted(urls), "one result per URL, none lost"
    assert {url: outcome(result) for url, result in results} == urls
    assert elapsed < 20, f"took {elapsed:.1f}s"
    times = site.page_times()
    assert len(times) >= len(EXPECTED) + 4, "retries and redirect hops are requests too"
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    # The server stamps a request when its handler thread runs, which a busy machine may
    # schedule a few tens of milliseconds late: the spacing is checked with that slack.
    assert min(gaps) >= delay - 0.04, f"requests to one host closer than {delay}s: {min(gaps):.3f}s"


def test_a_fetched_page_carries_the_fetch_facts(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick()) as fetcher:
        page = fetcher.fetch(site.url("/moved"))
    assert page.data == ARTICLE
    assert (page.url, page.source) == (site.url("/moved"), site.url("/moved"))
    assert page.final_url == site.url("/page/moved-here")
    assert page.status == 200
    assert page.fetched_at and page.fetched_at.endswith("Z")
    assert page.headers["content-type"] == "text/html; charset=utf-8"


def test_the_header_charset_reaches_the_decoder(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick()) as fetcher:
        page = to_page(fetcher.fetch(site.url("/ru")))
    assert page.origin.encoding == "cp1251"
    assert "Озёрском" in page.text


def test_500_then_200_is_retried(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick()) as fetcher:
        assert fetcher.fetch(site.url("/flaky")).data == ARTICLE
    assert site.hits["/flaky"] == 2


def test_retry_after_is_honoured(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick()) as fetcher:
        assert fetcher.fetch(site.url("/busy")).data == ARTICLE
    first, second = [when for when, path in site.log if path == "/busy"]
    assert second - first >= 0.95


def test_a_retry_after_beyond_the_limit_fails_at_once(site: Site, quick: Callable[..., Options]) -> None:
    started = time.monotonic()
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch(site.url("/always-busy"))
    assert error.value.stage is FetchStage.HTTP_STATUS
    assert "503" in str(error.value) and "Retry-After" in str(error.value)
    assert time.monotonic() - started < 2
    assert site.hits["/always-busy"] == 1


def test_a_reset_connection_is_retried_then_reported(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick(retries=2)) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch(site.url("/reset"))
    assert error.value.stage is FetchStage.CONNECT
    assert site.hits["/reset"] == 3


@pytest.mark.parametrize(("path", "stage", "words"), [
    ("/slow", FetchStage.TIMEOUT, "timed out"),
    ("/trickle", FetchStage.TIMEOUT, "no complete response"),
    ("/loop/a", FetchStage.REDIRECT, "loop"),
    ("/to-file", FetchStage.SCHEME, "file:"),
    ("/endless", FetchStage.TOO_LARGE, "larger than"),
    ("/bomb", FetchStage.TOO_LARGE, "larger than"),
    ("/doc.pdf", FetchStage.NOT_HTML, "application/pdf"),
    ("/doc-octets", FetchStage.NOT_HTML, "binary"),
    ("/private/report", FetchStage.ROBOTS, "robots.txt"),
    ("/no-such-page", FetchStage.HTTP_STATUS, "404"),
])
def test_each_failure_names_its_stage(site: Site, quick: Callable[..., Options],
                                      path: str, stage: FetchStage, words: str) -> None:
    started = time.monotonic()
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch(site.url(path))
    assert error.value.stage is stage
    assert error.value.kind == str(stage)
    message = str(error.value)
    assert words in message and "\n" not in message
    assert time.monotonic() - started < 5


def test_the_redirect_limit(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick(max_redirects=0)) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch(site.url("/moved"))
    assert error.value.stage is FetchStage.REDIRECT


def test_a_non_http_url_is_refused(quick: Callable[..., Options]) -> None:
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch("ftp://127.0.0.1/file.html")
    assert error.value.stage is FetchStage.SCHEME


def test_ignore_robots(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick(robots=False)) as fetcher:
        assert fetcher.fetch(site.url("/private/report")).data == ARTICLE
    assert "/robots.txt" not in site.hits


def test_robots_txt_is_fetched_once_per_site(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick()) as fetcher:
        results = list(fetcher.fetch_many(site.url(f"/page/{n}") for n in range(10)))
    assert all(isinstance(page, RawPage) for _, page in results)
    assert site.hits["/robots.txt"] == 1


def test_the_user_agent_is_sent(site: Site, quick: Callable[..., Options]) -> None:
    with Fetcher(quick(user_agent="corpus-builder/2.0")) as fetcher:
        fetcher.fetch(site.url("/page/1"))
    assert site.agents == {"corpus-builder/2.0"}


@pytest.mark.parametrize(("concurrency", "per_host"), [(8, 3), (2, 8)])
def test_requests_in_flight_stay_within_the_limits(site: Site, quick: Callable[..., Options],
                                                   concurrency: int, per_host: int) -> None:
    with Fetcher(quick(concurrency=concurrency, per_host=per_host)) as fetcher:
        results = list(fetcher.fetch_many(site.url(f"/nap?n={n}") for n in range(8)))
    assert all(isinstance(page, RawPage) for _, page in results)
    assert site.most_in_flight == min(concurrency, per_host)


def test_fetch_many_reads_the_list_lazily(site: Site, quick: Callable[..., Options]) -> None:
    """Bounded memory: URLs are taken from the iterable only as the window allows."""
    taken = 0

    def urls():  # type: ignore[no-untyped-def]
        nonlocal taken
        for n in range(200):
            taken += 1
            yield site.url(f"/page/{n}")

    with Fetcher(quick(concurrency=2)) as fetcher:
        results = fetcher.fetch_many(urls())
        next(results)
        assert taken <= fetcher.window + 1
        assert len(list(results)) == 199


def test_a_fetch_error_keeps_its_stage_through_pickle() -> None:
    error = pickle.loads(pickle.dumps(FetchError("http://x/: HTTP 404", FetchStage.HTTP_STATUS)))
    assert (str(error), error.stage, error.kind) == ("http://x/: HTTP 404", FetchStage.HTTP_STATUS, "http_status")


def test_the_fetch_facts_reach_the_document(site: Site, quick: Callable[..., Options]) -> None:
    from extract import extract_raw

    with Fetcher(quick()) as fetcher:
        page = fetcher.fetch(site.url("/moved"))
    document = extract_raw(page, quick())
    assert (document.source, document.final_url, document.http_status) == (site.url("/moved"), site.url("/page/moved-here"), 200)
    assert document.fetched_at == page.fetched_at
    assert document.url == site.url("/moved"), "url is the address asked for; final_url where it lives"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command for a certificate")
def test_http2_over_tls(tmp_path: Path, quick: Callable[..., Options], monkeypatch: pytest.MonkeyPatch) -> None:
    from h2_site import H2Site, make_certificate

    cert, key = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    for name in [name for name in os.environ if "proxy" in name.lower()]:
        monkeypatch.delenv(name)
    with H2Site(ARTICLE, cert, key) as h2_site, Fetcher(quick()) as fetcher:
        url = f"https://127.0.0.1:{h2_site.port}/news/article.html"
        page = fetcher.fetch(url)
    assert page.data == ARTICLE and page.status == 200
    assert h2_site.protocols == ["h2"], "one connection, HTTP/2"
    assert h2_site.paths == ["/robots.txt", "/news/article.html"]


def test_leaving_fetch_many_early_cancels_the_rest(site: Site, quick: Callable[..., Options]) -> None:
    started = time.monotonic()
    with Fetcher(quick()) as fetcher:
        for _ in fetcher.fetch_many(site.url(path) for path in ["/page/1", "/slow", "/trickle", "/endless"]):
            break
    assert time.monotonic() - started < 1.5, "closing does not wait for the slow fetches"
