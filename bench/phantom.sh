#!/usr/bin/env bash
# Times synthetic-cohort generation end to end (`pulmopet phantom`, files written) and prints a Markdown
# table: wall time, patients/s, peak resident memory, and the ratio against the simplest baseline
# (one thread) on the same cohort.
# Usage: bench/phantom.sh [PATIENTS] [RUNS]     (defaults: 40 patients, 3 runs; the median is reported)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
patients="${1:-40}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/pulmopet" --help > /dev/null   # builds the tool once, outside the timings

# run_case THREADS -> prints "median_seconds peak_rss_mb"
run_case() {
  local threads="$1" times=() peak=0
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out"
    /usr/bin/time -f '%e %M' -o "$work/time" \
      "$root/pulmopet" phantom --out "$work/out" --patients "$patients" --seed 7 --threads "$threads" > /dev/null
    read -r seconds rss_kb < "$work/time"
    times+=("$seconds")
    (( rss_kb > peak )) && peak=$rss_kb
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $((peak / 1024))"
}

read -r t1 m1 < <(run_case 1)
read -r tn mn < <(run_case -1)
cores=$(nproc)
size=$(du -sm "$work/out" 2>/dev/null | cut -f1 || echo "?")
echo
echo "| cohort | threads | median wall s (of $runs) | patients/s | peak RSS MB | vs 1 thread |"
echo "|---|---|---:|---:|---:|---:|"
awk -v p="$patients" -v t="$t1" -v m="$m1" 'BEGIN {printf "| %d patients | 1 | %.1f | %.2f | %d | 1.00× |\n", p, t, p / t, m}'
awk -v p="$patients" -v t="$tn" -v m="$mn" -v c="$cores" -v b="$t1" \
  'BEGIN {printf "| %d patients | all (%d) | %.1f | %.2f | %d | %.2f× |\n", p, c, t, p / t, m, b / t}'
echo
echo "Output: ${size} MB for $patients patients (CT, PET, 4 label maps each, gzip level Fastest)."
