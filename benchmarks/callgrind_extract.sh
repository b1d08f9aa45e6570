#!/usr/bin/env bash
# Instruction counts of `onrecord extract --json` over 13 train articles (every 32nd of the
# first 400), which the host's load does not move, unlike its wall or CPU time.
#   benchmarks/callgrind_extract.sh TREE one     # --jobs 1: the whole work in one process
#   benchmarks/callgrind_extract.sh TREE parent  # --jobs 2: valgrind follows the forked
#                                                  workers; the parent's count is the last
# TREE is a checkout (compiled first: without .pyc files each start compiles the source).
# Prints the output's md5, then each process's instruction count ("refs").
set -euo pipefail
TREE=$1; MODE=${2:-one}; JOBS=1; [ "$MODE" = parent ] && JOBS=2
PY=${PYTHON:-/work/main/.venv/bin/python}
TEXTS=${TEXTS:-/work/shared/corpora/polnear/train/text}
OUT=${OUT:-/tmp/callgrind.$(basename "$TREE").$MODE}
cd "$TREE" && "$PY" -m compileall -q core >/dev/null
mapfile -t FILES < <(ls "$TEXTS"/*.txt | head -400 | awk 'NR % 32 == 1')
PYTHONPATH=$TREE "$PY" -m core.cli extract "${FILES[@]}" --json --jobs $JOBS | md5sum
PYTHONHASHSEED=0 PYTHONPATH=$TREE valgrind --tool=callgrind --callgrind-out-file="$OUT" \
  "$PY" -m core.cli extract "${FILES[@]}" --json --jobs $JOBS 2>&1 >/dev/null | grep refs
