"""The output directory of a batch run: shards of results, a manifest, and the errors.

``part-00000.jsonl`` (or ``.parquet``) holds the results of input records 0 to shard_size - 1 in
input order, ``part-00001`` the next ones, and so on. A shard is written to a temporary file and
renamed, and only then entered in ``manifest.json`` (itself replaced the same way): a run killed
at any moment leaves whole shards, and a rerun skips the shards the manifest lists. The manifest
also records what the results were made from (input fingerprint, task, options, newsfuse
version); a rerun with anything else is refused rather than mixed in. ``errors.jsonl`` lists
every cluster that failed, one JSON object a line.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from newsfuse.batch.work import Outcome
from newsfuse.domain import Cluster

MANIFEST = "manifest.json"
ERRORS = "errors.jsonl"
#: With --cluster: which articles make each story.
STORIES = "stories.jsonl"
#: Bumped when the manifest or the shard layout changes meaning.
LAYOUT_VERSION = 1


class OutputDirError(ValueError):
    """The output directory cannot be used (another run's results, not a batch directory)."""


def shard_name(number: int, out_format: str) -> str:
    return f"part-{number:05d}.{out_format}"


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """``write`` to a temporary file beside ``path``, flush it to disk, then rename it."""
    # Not mkstemp: its files are private (0600); results take the umask's permissions.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(Path(temporary))
        with open(temporary, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class OutputDir:
    """Shards, manifest and errors of one batch run in one directory."""

    def __init__(self, path: Path, identity: dict, out_format: str):
        self.path = Path(path)
        self.identity = json.loads(json.dumps(identity))  # as the manifest will read it back
        self.out_format = out_format
        self.shards: dict[int, dict] = {}

    def open(self) -> None:
        """Create the directory, or resume the run whose manifest it holds."""
        manifest_path = self.path / MANIFEST
        if manifest_path.is_file():
            self._resume(manifest_path)
        elif self.path.is_dir() and any(self.path.iterdir()):
            raise OutputDirError(
                f"{self.path}: not empty and holds no {MANIFEST}; give a new or empty directory"
            )
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._save()

    def _resume(self, manifest_path: Path) -> None:
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise OutputDirError(f"{manifest_path}: unreadable ({error})") from None
        differs = [key for key in self.identity if manifest.get(key) != self.identity[key]]
        if differs:
            raise OutputDirError(
                f"{self.path} holds the results of another run (different {', '.join(differs)}): "
                "give a new --out directory, or delete this one to start over"
            )
        for number, entry in manifest.get("shards", {}).items():
            if (self.path / entry["file"]).is_file():  # a shard deleted by hand is redone
                self.shards[int(number)] = entry

    def finished(self, number: int, redo_failed: bool = False) -> bool:
        entry = self.shards.get(number)
        return entry is not None and not (redo_failed and entry["errors"])

    def write_shard(self, number: int, outcomes: list[Outcome]) -> None:
        """Write one whole shard (outcomes in input order), then record it in the manifest."""
        outcomes = sorted(outcomes, key=lambda o: o.index)
        name = shard_name(number, self.out_format)
        good = [o for o in outcomes if not o.failed]
        writer = _write_parquet if self.out_format == "parquet" else _write_jsonl
        write_atomically(self.path / name, lambda path: writer(path, good))
        self.shards[number] = {
            "file": name,
            "records": len(outcomes),
            "results": len(good),
            "errors": [error_entry(o) for o in outcomes if o.failed],
        }
        self._save()

    def write_stories(self, clusters: list[Cluster]) -> None:
        """List the articles of every story (the same list on every rerun)."""
        lines = "".join(
            json.dumps(
                {
                    "cluster": cluster.id,
                    "articles": [
                        {"id": d.id, "source": d.source, "title": d.title, "url": d.url}
                        for d in cluster.documents
                    ],
                },
                ensure_ascii=False,
            )
            + "\n"
            for cluster in clusters
        )
        write_atomically(self.path / STORIES, lambda path: path.write_text(lines, "utf-8"))

    @property
    def failed(self) -> int:
        return sum(len(entry["errors"]) for entry in self.shards.values())

    def _save(self) -> None:
        shards = {str(n): self.shards[n] for n in sorted(self.shards)}
        manifest = {**self.identity, "shards": shards}
        text = json.dumps(manifest, ensure_ascii=False, indent=1)
        write_atomically(self.path / MANIFEST, lambda path: path.write_text(text, "utf-8"))
        errors = [e for n in sorted(self.shards) for e in self.shards[n]["errors"]]
        lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
        write_atomically(self.path / ERRORS, lambda path: path.write_text(lines, "utf-8"))


def error_entry(outcome: Outcome) -> dict:
    return {"cluster": outcome.cluster_id, "where": outcome.where, "error": outcome.error}


def _write_jsonl(path: Path, outcomes: list[Outcome]) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for outcome in outcomes:
            stream.write(json.dumps(outcome.record, ensure_ascii=False) + "\n")


def _write_parquet(path: Path, outcomes: list[Outcome]) -> None:
    """Columns ``cluster`` and ``summary`` to query, and ``json``: the whole JSONL record."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "cluster": pa.array([o.cluster_id for o in outcomes], pa.string()),
            "summary": pa.array([o.summary for o in outcomes], pa.string()),
            "json": pa.array(
                [json.dumps(o.record, ensure_ascii=False) for o in outcomes], pa.string()
            ),
        }
    )
    pq.write_table(table, path)
