# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORE   := $(VENV)/.core
SOURCE := $(shell find src/storylens -name '*.py' -not -path '*/_native*')

.PHONY: demo test install compile eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,fast]'
	touch $(STAMP)

## The compiled core (claims, quotes, dates and language packs through mypyc, ~2 min on 2 cores): rebuilt when the source
## changed; where it cannot be built the source runs (one line says why).
$(CORE): $(STAMP) $(SOURCE)
	$(BIN)/storylens compile --optional
	touch $(CORE)

install: $(CORE)

compile: $(STAMP)
	$(BIN)/storylens compile
	touch $(CORE)

## Analyse the demo articles the project ships and write demo.html (plus demo.json).
demo: $(CORE)
	$(BIN)/storylens analyze demo/articles -o demo.json
	$(BIN)/storylens analyze demo/articles -o demo.html
	@echo "demo: open demo.html in a browser (demo.json holds the same dossier as JSON)"

## Unit and integration tests (quality runs over whole corpora are `make eval`).
test: $(CORE)
	@$(BIN)/storylens compile --status
	$(BIN)/python -m pytest -q

## Quality figures recorded in docs/QUALITY.md (the NER held-out run rebuilds its lexicon: needs .[train]).
eval: $(CORE)
	$(BIN)/python -m pip install --quiet -e '.[test,train]'
	$(BIN)/storylens eval sentences
	$(BIN)/storylens eval extraction
	$(BIN)/storylens eval claims
	$(BIN)/storylens eval quotes
	$(BIN)/storylens eval ner ../shared/corpus/germeval2014/NER-de-dev.tsv --train ../shared/corpus/germeval2014/NER-de-test.tsv --baseline ../shared/corpus/germeval2014/NER-de-test.tsv

bench: $(CORE)
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_figures.py
	$(BIN)/python bench/bench_ner.py
	$(BIN)/python bench/bench_stories.py

clean:
	rm -rf $(VENV) demo.html demo.json .pytest_cache src/storylens/_native
