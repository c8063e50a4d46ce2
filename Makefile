# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint bench eval clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## process corpus/ into out/
	$(BIN)/svodka run corpus/articles.jsonl -o out

test: $(STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)  ## the unit and rule tests only (no subprocesses, Ray, notebook or whole evaluation sets)
	$(BIN)/python -m pytest -q -m "not slow and not integration"

lint: $(STAMP)
	$(BIN)/ruff check pipeline models tests bench

bench: $(STAMP)  ## speed benchmarks against natasha (see bench/)
	$(BIN)/python -m bench

eval: $(STAMP)  ## every evaluation figure of the README into out/eval/ (needs ../shared/data; ~3 minutes)
	PYTHON=$(BIN)/python bash bench/evaluate.sh out/eval

clean:
	rm -rf $(VENV) out .pytest_cache
