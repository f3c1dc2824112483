"""The public surface (as httpx tests its own): exactly these names, each documented, and a
single page from the command line loads neither the batch machinery nor Dask."""
from __future__ import annotations

import subprocess
import sys

import extract

EXPORTED = {
    "Access", "Assessment", "PageType", "TimeoutExceeded",
    "BatchOptions", "Block", "BlockKind", "Cell", "Decision", "DiscoverOptions", "Document", "Engine", "Explanation",
    "ExtractError", "Extraction", "Favor", "FetchError", "FetchOptions", "FetchStage", "Image", "InputError", "InputFormat",
    "JSON_FIELDS", "Mark", "Metadata", "Options", "Origin", "OutputFormat", "PageKind", "RawPage", "Result", "Row",
    "Status", "Style",
    "__version__", "document_schema", "explain", "extract", "extract_many", "extract_raw", "is_single_page", "read", "render",
}


def test_exported_names() -> None:
    assert set(extract.__all__) == EXPORTED
    for name in extract.__all__:
        assert getattr(extract, name) is not None, name


def test_every_public_callable_and_class_is_documented() -> None:
    for name in extract.__all__:
        value = getattr(extract, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"


def test_one_page_from_the_command_line_imports_no_batch_machinery(samples_dir) -> None:
    probe = (
        "import sys\n"
        "from extract.cli import main\n"
        f"sys.argv = ['extract', {str(samples_dir / 'news-article.html')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('extract.batch', 'dask', 'distributed')))\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert "LOADED []" in result.stderr, result.stderr[-2000:]
    assert result.stdout.strip(), "the page was extracted"
