"""Helpers shared by the tests: paths, generator loading, text diffs, the CLI runner, a local
web server. Fixtures wrapping them live in conftest.py; test modules import from here.
"""
from __future__ import annotations

import difflib
import importlib.util
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SAMPLES = ROOT / "samples"
GOLDEN = TESTS / "golden"


def load_script(path: Path) -> ModuleType:
    """Import a generator script (samples/make_encoded.py, ...) by path."""
    name = f"_script_{path.parent.name}_{path.stem}".replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def text_diff(expected: str, actual: str, name: str = "expected") -> str:
    """A unified diff, line by line, that shows what extraction got wrong."""
    lines = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), fromfile=name, tofile="extracted", lineterm=""
    )
    return "\n".join(lines)



def clean_env() -> dict[str, str]:
    """The environment for child processes: no proxies, so 127.0.0.1 is reached directly."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env.pop("FORCE_COLOR", None)
    env["NO_COLOR"] = "1"
    return env


def console_script() -> Path | None:
    """The installed `extract` script next to this Python, if there is one."""
    for name in ("extract", "extract.exe"):
        path = Path(sys.executable).parent / name
        if path.is_file():
            return path
    return None


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str
    args: list[str] = field(default_factory=list)

    @property
    def stderr_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]

    def __str__(self) -> str:  # shown in assertion messages
        return f"$ {' '.join(self.args)}\nexit {self.code}\n--- stdout\n{self.stdout[:2000]}\n--- stderr\n{self.stderr[:2000]}"


Runner = Callable[..., CliResult]


def runner(prefix: list[str]) -> Runner:
    def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 120) -> CliResult:
        command = [*prefix, *map(str, args)]
        done = subprocess.run(
            command, input=stdin if stdin is not None else b"", capture_output=True,
            cwd=cwd, env=clean_env(), timeout=timeout,
        )
        result = CliResult(
            done.returncode,
            done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"),
            command,
        )
        check_json_output(result)
        return result

    return run


def validate_document(record: object) -> None:
    """Fail unless `record` follows the JSON Schema shipped with the package."""
    import jsonschema

    jsonschema.Draft202012Validator(document_schema()).validate(record)


def document_schema() -> dict:
    from extract import document_schema as derived

    return derived()


def check_json_output(result: CliResult) -> None:
    """Every JSON document the CLI prints in a test must follow the schema."""
    formats = {value for flag, value in zip(result.args, result.args[1:]) if flag in ("-f", "--format")}
    if result.code not in (0, 1) or not formats & {"json", "jsonl"} or not result.stdout.strip():
        return
    if "jsonl" in formats:
        records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    else:
        records = [json.loads(result.stdout)]
    for record in records:
        validate_document(record)


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class LocalServer:
    """A tiny HTTP server on 127.0.0.1 serving fixed routes; anything else is a 404.
    `requests` logs every path asked for (query included), in order of arrival."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        routes, requests = self.routes, self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                requests.append(self.path)
                route = routes.get(self.path.split("?")[0]) or Route(
                    404, b"<html><body><h1>Not found</h1></body></html>", {"Content-Type": "text/html"}
                )
                self.send_response(route.status)
                for key, value in route.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes = b"", status: int = 200, **headers: str) -> str:
        """Serve `body` at `path`; keyword headers use underscores (content_type=...)."""
        named = {key.replace("_", "-").title(): value for key, value in headers.items()}
        self.routes[path] = Route(status, body, named)
        return self.url(path)


def text_page(text: str, options: "Options | None" = None) -> "Document":
    """A plain-text page through the API, read by the text engine whatever it looks like."""
    from dataclasses import replace

    from extract import InputFormat, Options, extract

    return extract(text, options=replace(options or Options(), input_format=InputFormat.TEXT, detect_language=False))
