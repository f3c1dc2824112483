"""Many pages at once: parallel workers (or Dask), one record per input, bounded memory.

runner.py runs items in input order through a pool (pool.py: local processes; dask.py);
work.py is what a worker does with one page; records.py what each input becomes;
dedup.py and sitelearn.py work across the batch; output.py and job.py write it out.
Sharded jobs (--parts): partsjob.py plans shards (shards.py) and runs shardtask.py on each,
which writes a part (parts.py, parquet.py) where storage.py says; manifest.py keeps count.
"""
from ..sources.inputs import count_inputs, read_list
from ..sources.items import FailedInput, Input, UrlInput
from .job import run_batch
from .partsjob import parts_command, run_parts
from .records import Failure, Result, Status
from .runner import extract_many

__all__ = [
    "FailedInput", "Failure", "Input", "Result", "Status", "UrlInput", "count_inputs", "extract_many", "read_list",
    "parts_command", "run_batch", "run_parts",
]
