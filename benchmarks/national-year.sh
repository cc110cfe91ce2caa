#!/usr/bin/env bash
# A national year on this machine: `./cunzhi batch` over COUNT generated dossiers (default 600,000,
# about as many villages and communities as the country has) with a 256 MB heap, beside Jackson
# alone reading the same file (JacksonLines, the batch's reading floor). Prints, for each, the wall
# time, the CPU time (user + system), the peak resident set size, and the ratio of the two wall
# times; then, to show where the batch's time goes, the same batch with --out /dev/null and dd
# writing as many bytes as the report into WORK past the page cache, as the batch writes them (the
# report itself is deleted after it is counted, and so are dd's bytes: a national year's report is
# about 13 GB). The input is generated into WORK (default: a temporary folder, deleted at the end; about
# 2.7 KB a dossier, 1.6 GB for 600,000) unless WORK already holds it; never commit it.
# Usage: [ROUNDS=N] benchmarks/national-year.sh [COUNT [WORK]]. Needs GNU time (/usr/bin/time) for the
# figures; build first: mvn -q -pl benchmarks,examples/cli -am package -DskipTests -Dquick
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-600000}"
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  echo "national-year: $jar is missing; build it first:" \
    "mvn -q -pl benchmarks,examples/cli -am package -DskipTests -Dquick" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "national-year: GNU time (/usr/bin/time) is needed for CPU time and peak RSS" >&2
  exit 2
fi
if [ -n "${2:-}" ]; then
  work="$2"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
in="$work/dossiers-$count.jsonl"
if [ ! -f "$in" ]; then
  echo "generating $count dossiers into $in ..." >&2
  java -Xmx1g -cp "$jar" org.cunzhi.benchmarks.GenerateDossiers "$count" "$in"
fi
"$root/cunzhi" standards list >/dev/null 2>&1 || true # builds the command line if it is stale

measure() { # NAME COMMAND...: runs COMMAND under GNU time; prints "NAME wall cpu rss"
  local name="$1" stats="$work/time-$1.txt"
  shift
  # both read the input from the page cache: a batch's gigabytes of output push it out, and
  # whichever ran first would otherwise wait for the disk
  cat "$in" >/dev/null
  local status=0
  /usr/bin/time -f '%e %U %S %M' -o "$stats" "$@" >/dev/null 2>"$work/err-$name.txt" || status=$?
  if [ "$status" -gt 1 ]; then # 1: the batch rejected some lines, which is its answer, not a failure
    echo "national-year: $name failed (exit status $status):" >&2
    tail -5 "$work/err-$name.txt" >&2
    exit 1
  fi
  read -r wall user sys rss <"$stats"
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-8s wall %8.1f s   CPU %8.1f s   peak RSS %6.0f MB\n", n, w, u + s, r / 1024 }'
  echo "$wall" >"$work/wall-$name.txt"
}

echo "$count dossiers, $(du -mL "$in" | cut -f1) MB, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# The machine's speed can change by half within minutes, and a ratio of two runs minutes apart
# carries that change: ROUNDS=N (default 1) alternates the two N times, printing each round's
# ratio and, for more than one, their median.
rounds="${ROUNDS:-1}"
ratios=()
for round in $(seq "$rounds"); do
  measure jackson java -Xmx256m -cp "$jar" org.cunzhi.benchmarks.JacksonLines "$in"
  JAVA_OPTS="-Xmx256m ${JAVA_OPTS:-}" measure batch "$root/cunzhi" batch \
    --standard tianjin.demonstration-village --in "$in" --out "$work/out-$count.jsonl"
  echo "batch lines out: $(wc -l <"$work/out-$count.jsonl") of $(wc -l <"$in") in"
  ratio=$(awk -v b="$(cat "$work/wall-batch.txt")" -v j="$(cat "$work/wall-jackson.txt")" \
    'BEGIN { printf "%.2f", b / j }')
  ratios+=("$ratio")
  echo "round $round: batch / Jackson alone, wall time: ${ratio}× (target: at most 1.5×)"
  if [ "$round" -lt "$rounds" ]; then
    rm -f "$work/out-$count.jsonl"
  fi
done
if [ "$rounds" -gt 1 ]; then
  printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END {
    m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "median of %d rounds: batch / Jackson alone, wall time: %.2f×\n", NR, m }'
fi

# Where the batch's time goes: the same batch with its output thrown away (reading, evaluating and
# making every report line, nothing stored), and the storing alone (as many bytes as the report,
# written by dd to the same folder in mebibytes with oflag=direct, as the batch does where the file
# system allows it: docs/cli.md, batch).
out_mb=$(( $(stat -c %s "$work/out-$count.jsonl") / 1048576 ))
rm -f "$work/out-$count.jsonl"
JAVA_OPTS="-Xmx256m ${JAVA_OPTS:-}" measure no-file "$root/cunzhi" batch \
  --standard tianjin.demonstration-village --in "$in" --out /dev/null
measure write dd if=/dev/zero of="$work/zeros" bs=1M count="$out_mb" oflag=direct
rm -f "$work/zeros"
echo "the report: $out_mb MB; no-file is the batch with --out /dev/null, write is dd of as many bytes"
awk -v b="$(cat "$work/wall-no-file.txt")" -v j="$(cat "$work/wall-jackson.txt")" \
  'BEGIN { printf "batch with --out /dev/null / Jackson alone, wall time: %.2f×\n", b / j }'
