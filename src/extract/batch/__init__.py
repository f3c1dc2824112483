"""Many pages at once: parallel workers (or Dask), one record per input, bounded memory.

page.py is what a worker does with one page; processes.py (local worker processes) and
dask.py (a Dask cluster) are the pools that run it; schedule.py runs items in input order
through a pool; records.py is what each input becomes; dedup.py and sitelearn.py work
across the batch; to_output.py runs a whole batch into its output (output.py: the sinks).
Sharded jobs (--parts): partsjob.py plans shards (shards.py) and runs shardtask.py on each,
which writes a part (parts.py, parquet.py) where storage.py says; manifest.py keeps count.
"""
from ..sources.inputs import count_inputs, read_list
from ..sources.items import FailedInput, Input, UrlInput
from .partsjob import parts_command, run_parts
from .to_output import run_batch
from .records import Failure, Result, Status
from .schedule import extract_many

__all__ = [
    "FailedInput", "Failure", "Input", "Result", "Status", "UrlInput", "count_inputs", "extract_many", "read_list",
    "parts_command", "run_batch", "run_parts",
]
