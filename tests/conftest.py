from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared_seeds() -> list[Path]:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip(f"../shared/seeds is absent ({SHARED}); the real-noise checks need it")
    return seeds


@pytest.fixture
def multinews_dev() -> Path:
    path = SHARED / "data" / "multinews_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent; the dataset checks need it")
    return path
