#!/usr/bin/env bash
# Issue 15's critical path in instructions, which the host's load does not move: the
# side-by-side run (`onrecord extract --json --jobs 2` over every 10th train article, 84)
# under `valgrind --tool=callgrind`, which follows the two forked workers. The wall time
# follows the busier worker, whose count includes the parent's work before the fork.
#   benchmarks/callgrind_critical_path.sh TREE
# Prints the output's md5, the parent's count up to the fork of its workers (a run whose
# pool's __init__ exits at once), then each process's count ("refs"; the parent's last).
# TREE is a checkout (compiled first, and run once unmeasured: its first run writes the
# models' and compiled code's copies, which a measured run must not count).
set -euo pipefail
TREE=$1
PY=${PYTHON:-/work/main/.venv/bin/python}
TEXTS=${TEXTS:-/work/shared/corpora/polnear/train/text}
OUT=${OUT:-/tmp/callgrind84.$(basename "$TREE")}
FILES=$(ls "$TEXTS"/*.txt | awk 'NR % 10 == 1')
PREFORK=$(mktemp --suffix=.py)
cat > "$PREFORK" <<'EOF'
import concurrent.futures.process as cfp
import os
import runpy
import sys


def stop(self, *args, **kwargs):
    sys.stdout.flush()
    os._exit(0)


cfp.ProcessPoolExecutor.__init__ = stop
runpy.run_module("core.cli", run_name="__main__", alter_sys=True)
EOF
cd "$TREE" && "$PY" -m compileall -q core resources >/dev/null
# shellcheck disable=SC2086
PYTHONPATH=$TREE "$PY" -m core.cli extract $FILES --json --jobs 2 | md5sum
# shellcheck disable=SC2086
echo "parent before the fork: $(PYTHONHASHSEED=0 PYTHONPATH=$TREE valgrind --tool=callgrind \
  --callgrind-out-file="$OUT.prefork" "$PY" "$PREFORK" extract $FILES --json --jobs 2 2>&1 \
  | grep refs)"
# shellcheck disable=SC2086
PYTHONHASHSEED=0 PYTHONPATH=$TREE valgrind --tool=callgrind --callgrind-out-file="$OUT.%p" \
  "$PY" -m core.cli extract $FILES --json --jobs 2 2>&1 >/dev/null | grep refs
rm -f "$PREFORK"
