# One task runner. `make demo` and `make test` are the two README commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format typecheck provision score score-holdout bench train calibration clean mutate

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/unmignet demo

provision:
	bash scripts/provision.sh

test: $(STAMP) provision lint typecheck
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP)
	$(BIN)/mypy

score: $(STAMP)
	$(BIN)/python ../shared/eval/score.py ../shared/eval/dev --cmd "$(BIN)/unmignet extract --json"

score-holdout: $(STAMP)
	$(BIN)/python ../shared/eval/score.py eval/holdout --cmd "$(BIN)/unmignet extract --json"

score-holdout2: $(STAMP)
	$(BIN)/python ../shared/eval/score.py eval/holdout2 --cmd "$(BIN)/unmignet extract --json"

score-holdout3: $(STAMP)
	$(BIN)/python ../shared/eval/score.py eval/holdout3 --cmd "$(BIN)/unmignet extract --json"

score-holdout4: $(STAMP)
	$(BIN)/python ../shared/eval/score.py eval/holdout4 --cmd "$(BIN)/unmignet extract --json"

score-holdout5: $(STAMP)
	$(BIN)/python ../shared/eval/score.py eval/holdout5 --cmd "$(BIN)/unmignet extract --json"

# the calibrated-confidence model (parsers/data/scorer_model.json); needs the [train] extra
train: $(STAMP)
	$(BIN)/pip install -q -c constraints.txt -e '.[train]'
	$(BIN)/python eval/train.py

calibration: train
	$(BIN)/python eval/calibration.py

bench: $(STAMP)
	for f in bench/*.py; do $(BIN)/python $$f || exit 1; done

# mutation testing of the modules whose bugs change stored or sent data (docs/testing.md);
# CPU-heavy: one module at a time, niced; `bash scripts/mutate.sh ingest/store.py` runs one
mutate: $(STAMP)
	BIN=$(abspath $(BIN)) bash scripts/mutate.sh

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build *.egg-info
