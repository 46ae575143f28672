"""Evaluation: newsfuse against faithful baselines and an oracle, scored with ROUGE."""

from newsfuse.evaluate.runner import (
    SYSTEMS,
    Evaluation,
    Settings,
    check_systems,
    evaluate,
    evaluate_cluster,
    load_clusters,
)
from newsfuse.evaluate.table import markdown_table, rich_table

__all__ = [
    "SYSTEMS",
    "Evaluation",
    "Settings",
    "check_systems",
    "evaluate",
    "evaluate_cluster",
    "load_clusters",
    "markdown_table",
    "rich_table",
]
