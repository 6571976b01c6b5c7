# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Analyse the demo articles the project ships and write demo.html (plus demo.json).
demo: $(STAMP)
	$(BIN)/storylens analyze demo/articles -o demo.json
	$(BIN)/storylens analyze demo/articles -o demo.html
	@echo "demo: open demo.html in a browser (demo.json holds the same dossier as JSON)"

## Unit and integration tests (quality runs over whole corpora are `make eval`).
test: $(STAMP)
	$(BIN)/python -m pytest -q

## Quality figures recorded in docs/QUALITY.md (the NER held-out run rebuilds its lexicon: needs .[train]).
eval: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,train]'
	$(BIN)/storylens eval sentences
	$(BIN)/storylens eval extraction
	$(BIN)/storylens eval claims
	$(BIN)/storylens eval quotes
	$(BIN)/storylens eval ner ../shared/corpus/germeval2014/NER-de-dev.tsv --train ../shared/corpus/germeval2014/NER-de-test.tsv --baseline ../shared/corpus/germeval2014/NER-de-test.tsv

bench: $(STAMP)
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_figures.py
	$(BIN)/python bench/bench_ner.py
	$(BIN)/python bench/bench_stories.py

clean:
	rm -rf $(VENV) demo.html demo.json .pytest_cache
