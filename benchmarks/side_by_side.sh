#!/usr/bin/env bash
# Issue 15's ratio, whole processes in turn: textacy (spaCy's small model) and
# `onrecord extract --json` of one or more checkouts over the same files, ROUNDS times,
# each run's wall and CPU seconds (user + system, children included) and the one-minute
# load average before it; then the medians and textacy's median wall over each checkout's.
#   benchmarks/side_by_side.sh ROUNDS TREE [TREE...]
# Files: every 10th PolNeAR train article (84), or FILES="a.txt b.txt ...". Each TREE is
# byte-compiled first and run once untimed (an installed copy has its bytecode, and writes
# its models' and compiled code's copies on its first run).
set -euo pipefail
ROUNDS=$1; shift
PY=${PYTHON:-/work/main/.venv/bin/python}
ONRECORD=${ONRECORD:-$(dirname "$PY")/onrecord}
TEXTACY=${TEXTACY:-/work/textacy-venv/bin/python}
TEXTS=${TEXTS:-/work/shared/corpora/polnear/train/text}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "${FILES:-}" ]; then FILES=$(ls "$TEXTS"/*.txt | awk 'NR % 10 == 1'); fi
LOG=$(mktemp)
run() {  # run NAME DIR COMMAND...: one timed run, appended to LOG
  local name=$1 dir=$2; shift 2
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  (cd "$dir" && /usr/bin/time -a -o "$LOG" -f "$name %e %U %S $load" "$@" >/dev/null 2>>"$LOG.err")
  tail -1 "$LOG"
}
for tree in "$@"; do
  (cd "$tree" && "$PY" -m compileall -q core resources >/dev/null)
  # shellcheck disable=SC2086
  (cd "$tree" && PYTHONPATH=$tree "$ONRECORD" extract --json $FILES >/dev/null)
done
echo "name wall user sys load"
for _ in $(seq "$ROUNDS"); do
  # shellcheck disable=SC2086
  run textacy "$HERE" "$TEXTACY" "$HERE/textacy_quotes.py" $FILES
  for tree in "$@"; do
    # shellcheck disable=SC2086
    run "$tree" "$tree" env PYTHONPATH="$tree" "$ONRECORD" extract --json $FILES
  done
done
"$PY" - "$LOG" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if len(line.split()) == 5]
by = {}
for name, wall, user, system, load in rows:
    by.setdefault(name, []).append((float(wall), float(user) + float(system), float(load)))
textacy = statistics.median(w for w, _, _ in by.pop("textacy"))
loads = [l for runs in by.values() for _, _, l in runs]
print(f"textacy median wall {textacy:.2f} s; load average {min(loads):.1f} to {max(loads):.1f}")
for name, runs in by.items():
    wall = statistics.median(w for w, _, _ in runs)
    cpu = statistics.median(c for _, c, _ in runs)
    print(f"{name}: median wall {wall:.2f} s, CPU {cpu:.2f} s: textacy / this = {textacy / wall:.1f}x")
EOF
