"""One batch as the command line runs it: inputs -> records in a sink, with --resume,
the progress bar and the summary. Anything the CLI does with a batch is here, so it can
be done from Python too.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..options import Options
from ..sources.inputs import expand
from ..sources.items import Input, PathInput
from .dedup import Dedup
from .output import DirSink, JsonlSink
from .progress import Bar, Summary
from .schedule import process_items
from .page import process, process_rendered, url_of


def run_batch(specs: Iterable[str | Input], options: Options, output: Path | None = None,
              total: int | None = None) -> Summary:
    """Extract every input of `specs` into `output` (a JSONL file; stdout when None) or
    into options.batch.output_dir; `total` (when known) gives the bar its end."""
    batch = options.batch
    if batch.resume and output is None and batch.output_dir is None:
        raise InputError("--resume needs --output FILE or --output-dir DIR: stdout cannot be read back")
    dedup = Dedup() if batch.dedup else None
    sink = DirSink(batch.output_dir, options) if batch.output_dir else JsonlSink(output, options, batch.resume, dedup)
    summary = Summary()

    written = _written_to(output, batch.output_dir)

    def todo(items: Iterable[Input]) -> Iterator[Input]:
        for item in items:
            if isinstance(item, PathInput) and written(item.path):
                continue  # the output itself, met in a folder walk: never read back
            if batch.resume and sink.has(item.source, url_of(item)):
                summary.already_done += 1
            else:
                yield item

    # No bar when the records go to the terminal too: they would share it.
    bar = Bar(total, batch.quiet or (output is None and batch.output_dir is None and sys.stdout.isatty()))
    try:
        # Dedup and learning need the documents themselves; otherwise workers write them out.
        work = process if batch.dedup or batch.learn_boilerplate else process_rendered
        for result in process_items(todo(expand(specs, options)), options, dedup=dedup, work=work):
            sink.write(result)
            summary.add(result)
            bar.update(summary)
    finally:
        bar.close()
        sink.close()
        summary.finish()
    return summary


def _written_to(output: Path | None, output_dir: Path | None) -> Callable[[str], bool]:
    """Whether a path is the batch's own output: the output file, or inside the output folder."""
    file = output.resolve() if output is not None else None
    folder = output_dir.resolve() if output_dir is not None else None

    def written(path: str) -> bool:
        resolved = Path(path).resolve()
        return resolved == file or (folder is not None and resolved.is_relative_to(folder))
    return written
