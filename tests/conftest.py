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


@pytest.fixture
def ctrl_c_reaches_children():
    """Children started in the test get Ctrl-C (SIGINT) as a terminal gives it, even where this
    test run was started with SIGINT ignored (a shell's background job ignores it, and an
    ignored signal stays ignored in every child): a handler set here is reset to the default
    in each child that starts."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)
