#!/usr/bin/env bash
# Start-up benchmark: the wall time of `./cunzhi evaluate` on one sample dossier, from a warm
# build, over RUNS runs after one warm-up (which also makes the class-data archive when the build
# is new); prints each run and the median, in seconds. Usage: benchmarks/startup.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-11}"
sample="$root/examples/dossiers/taizi-2025.json"
"$root/cunzhi" evaluate "$sample" >/dev/null 2>&1 # warm-up: builds if needed, makes the archive
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$root/cunzhi" evaluate "$sample" >/dev/null 2>&1
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000000 ))")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '
  { t[NR] = $1; printf "run %d: %.3f s\n", NR, $1 / 1000 }
  END { m = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2; printf "median: %.3f s (target: under 0.5 s)\n", m / 1000 }'
