# The two set-up commands of the README are `make run` and `make test`; the rest are for developers.
# The interpreter of the virtual environment: Debian's own Python 3.11 where it can make one (python3-venv), else the
# first python3.11 on PATH that can, else the first python3.11 (or python3) on PATH, whose `venv` then says what is
# missing. Debian builds it with profile-guided and link-time optimisation; a Python built by pyenv with its
# defaults (first on PATH on many developers' machines, and on this project's) has neither, and the tests took ≈ 7 %
# more CPU on it (3–13 % a run; docs/notes/issue-14.md, 07/12/2026). Chosen in the recipe, once the Debian packages
# (python3-venv among them) are installed; `make PYTHON=…` chooses another.
PYTHON ?=
python_for_venv = for p in /usr/bin/python3.11 "$$(command -v python3.11)"; do [ -x "$$p" ] \
	&& "$$p" -c 'import sys, ensurepip, venv; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null \
	&& { echo "$$p"; exit; }; done; command -v python3.11 || command -v python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo/truong-mau.hocbaso
export HOCBASO_PASSWORD ?= hocbaso-demo

.PHONY: run test test-long bench lint samples screenshots bundle system-deps clean

system-deps:
	@bash tools/install-system-deps.sh

# The bytecode of everything installed and of the program is written once here, on both cores (≈ 4 s), instead
# of by pip on one core or, with --no-compile alone, by the first test run: its workers and the processes they
# start all import the same modules at once and each compiled them again (a fresh clone's first `make test`
# measured 2 min 52 s that way, 2 min 27 s this way; the second run is the same). PySide6's deployment
# templates are not Python and are skipped; this is only a cache, so a file some package ships that does not
# compile must not stop the set-up.
#
# The packages are installed by uv (itself installed by pip): here the same versions as pip resolves, in ≈ 3 s where
# pip takes ≈ 11 s, most of it reading the ≈ 98,000 links of the packages' index pages. uv does not read pip's
# configuration, so the index and the constraints file pip is set to use (PIP_INDEX_URL, PIP_CONSTRAINT or pip's
# configuration: a school network's mirror) are handed on; where uv fails (an extra index only pip is configured for,
# no cache folder), pip installs them as before. UV_NATIVE_TLS: the system's certificates, as pip uses them.
install = index="$${PIP_INDEX_URL:-$$($(BIN)/pip config get global.index-url 2>/dev/null)}"; \
	limits="$${PIP_CONSTRAINT:-$$($(BIN)/pip config get global.constraint 2>/dev/null)}"; \
	UV_NATIVE_TLS=1 $(BIN)/uv pip install -q --python $(BIN)/python $${index:+--index-url "$$index"} \
	  $${limits:+--constraint "$$limits"} $(1) \
	|| { echo "uv could not install the packages; pip installs them"; \
	     $(BIN)/pip install -q --upgrade pip && $(BIN)/pip install -q --no-compile $(1); }
$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	@python="$(PYTHON)"; [ -n "$$python" ] || python=$$($(python_for_venv)); \
	  echo "$$python -m venv $(VENV)"; "$$python" -m venv $(VENV)
	-$(BIN)/pip install -q uv
	$(call install,-e '.[dev]')
	-$(BIN)/python -m compileall -q -j0 -x '/scripts/deploy_lib/' $(VENV)/lib src >/dev/null 2>&1
	@touch $(STAMP)

# Start the program on the demo school (created on first use, with signed records when SoftHSM2 is there).
run: $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	@if [ ! -f "$(DEMO_DB)" ]; then \
	  if [ -e /usr/lib/softhsm/libsofthsm2.so ]; then $(BIN)/hocbaso demo --db "$(DEMO_DB)" --issued; \
	  else $(BIN)/hocbaso demo --db "$(DEMO_DB)"; fi; fi
	$(BIN)/hocbaso --db "$(DEMO_DB)"

# The whole test suite except the long soak tests (marked slow), on every core (pytest-xdist): two workers a core,
# since half of a test's time is waiting (servers, subprocesses, deadlines) that the other worker's CPU fills.
# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set: every worker otherwise rewrites the asserts of
# every test module again (~4 s of CPU each), and every token worker and `hocbaso` process compiles the program.
# Temporary files (≈ 430 MB at the peak: school databases, each commit synced to disk) go to RAM when /dev/shm has
# 2 GiB free, else to the usual folder: 5–10 % of the run's time on a disk that really syncs.
TEST_WORKERS ?= $(shell echo $$(( 2 * $$(nproc) )))
TEST_TMPDIR ?= $(shell [ "$$(df -Pm /dev/shm 2>/dev/null | awk 'NR==2 {print $$4}')" -ge 2048 ] 2>/dev/null \
	&& echo /dev/shm || echo $${TMPDIR:-/tmp})
test: $(STAMP)
	@bash tools/install-system-deps.sh --tests  # after the set-up's own call: one package manager at a time
	TMPDIR=$(TEST_TMPDIR) PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow" -p no:cacheprovider -n $(TEST_WORKERS) --dist worksteal

test-long: $(STAMP)
	@bash tools/install-system-deps.sh --tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools

# Each benchmark prints the program's figure, its fair baseline's and the ratio; the window's runs on Xvfb.
bench: $(STAMP)
	@for b in bench/bench_*.py; do echo "== $$b"; \
	  if [ "$$b" = bench/bench_ui.py ]; then xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python $$b || exit 1; \
	  else $(BIN)/python $$b || exit 1; fi; done

samples: $(STAMP)
	$(BIN)/python tools/make_samples.py

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/make_screenshots.py

bundle: $(STAMP)
	@bash tools/install-system-deps.sh --bundle
	$(call install,-e '.[bundle]')
	$(BIN)/pyinstaller --noconfirm --clean installer/hocbaso.spec

clean:
	rm -rf build dist .pytest_cache
