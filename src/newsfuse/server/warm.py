"""Imported once by the forkserver of the pipeline workers: one small briefing loads every lazy
library and model (spaCy's included), so each worker forked from it, a replacement after a
timeout too, starts warm."""

from __future__ import annotations

import contextlib

from newsfuse import brief
from newsfuse.server import service

with contextlib.suppress(Exception):  # a missing optional model only makes the workers colder
    brief([document["text"] for document in service.example_documents()], words=60)
