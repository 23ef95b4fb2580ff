# Set-up, run and test. Needs only Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE_DB := $(VENV)/sample-evidence.db

.PHONY: setup run report test lint bench package wheel-check install-desktop clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP) $(SAMPLE_DB)
	$(BIN)/factcheck gui resources/samples/halcyon-robotics.md --db $(SAMPLE_DB)

report: $(STAMP) $(SAMPLE_DB)
	$(BIN)/factcheck check resources/samples/halcyon-robotics.md --db $(SAMPLE_DB)

$(SAMPLE_DB): $(STAMP) resources/seed/evidence.csv
	rm -f $(SAMPLE_DB) $(SAMPLE_DB)-wal $(SAMPLE_DB)-shm
	$(BIN)/factcheck db import resources/seed/evidence.csv --db $(SAMPLE_DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q
	$(BIN)/lint-imports

lint: $(STAMP)
	$(BIN)/ruff check factcheck_gui tests benchmarks
	$(BIN)/ruff format --check factcheck_gui tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_gui.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_evidence.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_pdf.py

package: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r packaging/requirements.lock
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/factcheck-gui.spec
	bash packaging/smoke_test.sh

wheel-check: $(STAMP)
	bash packaging/wheel_check.sh

# Menu entry and icons for the current user (Linux): after `make package`, or with factcheck-gui on PATH.
DATA_HOME ?= $(HOME)/.local/share
install-desktop:
	install -Dm644 resources/desktop/io.github.factcheckgui.FactcheckGui.desktop $(DATA_HOME)/applications/io.github.factcheckgui.FactcheckGui.desktop
	install -Dm644 resources/desktop/io.github.factcheckgui.FactcheckGui.metainfo.xml $(DATA_HOME)/metainfo/io.github.factcheckgui.FactcheckGui.metainfo.xml
	install -Dm644 resources/icons/factcheck-gui.svg $(DATA_HOME)/icons/hicolor/scalable/apps/io.github.factcheckgui.FactcheckGui.svg
	for s in 16 24 32 48 64 128 256 512; do install -Dm644 resources/icons/$${s}x$${s}/factcheck-gui.png $(DATA_HOME)/icons/hicolor/$${s}x$${s}/apps/io.github.factcheckgui.FactcheckGui.png; done

clean:
	rm -rf $(VENV) build dist *.egg-info
