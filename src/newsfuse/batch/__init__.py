"""Batch runs: summaries or briefings of many clusters, on a process pool or a Dask cluster.

``run_batch`` reads a JSONL or Parquet file of clusters, hands each cluster to an engine
(:class:`~newsfuse.batch.local.LocalEngine` or :class:`~newsfuse.batch.dask_engine.DaskEngine`)
and writes the results to an output directory in shards (see :mod:`newsfuse.batch.output`). The
engines' workers run :func:`newsfuse.batch.work.run_one`; the client writes every file, so workers
need no shared storage.
"""

from __future__ import annotations

from newsfuse.batch.inputs import BatchInputError
from newsfuse.batch.output import OutputDirError
from newsfuse.batch.run import BatchReport, BatchSettings, run_batch

__all__ = ["BatchInputError", "BatchReport", "BatchSettings", "OutputDirError", "run_batch"]
