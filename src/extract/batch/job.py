"""One batch as the command line runs it: inputs -> records in a sink, with --resume,
the progress bar and the summary. Anything the CLI does with a batch is here, so it can
be done from Python too.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..options import Options
from ..sources.inputs import expand
from ..sources.items import Input
from .dedup import Dedup
from .output import DirSink, JsonlSink
from .progress import Bar, Summary
from .runner import process_items
from .work import process, process_rendered, url_of


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

    def todo(items: Iterable[Input]) -> Iterator[Input]:
        for item in items:
            if batch.resume and sink.has(item.source, url_of(item)):
                summary.skipped += 1
            else:
                yield item

    bar = Bar(total, batch.quiet)
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
