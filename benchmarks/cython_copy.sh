#!/usr/bin/env bash
# A scratch copy of a checkout with some of `core`'s modules compiled by Cython (plain
# Python in, no types: annotations ignored), to measure what compiling the analysis would
# take off, e.g. with `benchmarks/callgrind_extract.sh OUT one`. Nothing here is used by
# the project: each extension sits beside its source in the copy, which imports it first.
#   CYTHON=/path/to/venv/bin/cython benchmarks/cython_copy.sh TREE OUT MODULE...
# (Cython from the package index in a scratch virtual environment; gcc and the
# interpreter's headers.) Two modules are built at a time.
set -euo pipefail
TREE=$1 OUT=$2; shift 2
PY=${PYTHON:-/work/main/.venv/bin/python}
CYTHON=${CYTHON:-cython}
INCLUDE=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
SUFFIX=$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
mkdir -p "$OUT"
git -C "$TREE" archive HEAD | tar -x -C "$OUT"
cd "$OUT"
for module in "$@"; do
  (
    "$CYTHON" -3 -X annotation_typing=False -X binding=True "core/$module.py" -o "core/$module.c"
    gcc -shared -fPIC -O2 -I"$INCLUDE" "core/$module.c" -o "core/$module$SUFFIX"
    rm "core/$module.c"
    echo "built core/$module$SUFFIX"
  ) &
  while [ "$(jobs -r | wc -l)" -ge 2 ]; do sleep 1; done
done
wait
