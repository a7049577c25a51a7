#!/usr/bin/env bash
# Working-tree scan throughput: `keyward scan` on a large real source tree, next to the floor
# (ripgrep counting one literal over the same files) in the same run.
#
#   scanner-cli/bench/scan-tree.sh [TREE]
#
# Without TREE, extracts the Temurin JDK's lib/src.zip (about 200 MB of real source in 15k files)
# once into ${KEYWARD_BENCH_DIR:-/tmp/keyward-bench}. Build the jar first (mvn -B -q install -DskipTests).
# Prints, per tool, the median wall time of RUNS runs (default 5) after one warm-up, files/s, MB/s,
# and keyward's time as a multiple of ripgrep's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${KEYWARD_JAR:-$here/../target/keyward.jar}
runs=${RUNS:-5}
threads=${THREADS:-$(nproc)}
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -q install -DskipTests' first" >&2; exit 2; }
command -v rg >/dev/null || { echo "ripgrep (rg) is needed for the floor: apt-get install ripgrep" >&2; exit 2; }

tree=${1:-}
if [ -z "$tree" ]; then
  zip=$(ls /usr/lib/jvm/*/lib/src.zip 2>/dev/null | xargs -r ls -S | head -1)
  [ -n "$zip" ] || { echo "no JDK src.zip found; pass a TREE" >&2; exit 2; }
  tree=${KEYWARD_BENCH_DIR:-/tmp/keyward-bench}/jdk-src
  if [ ! -d "$tree" ]; then
    mkdir -p "$tree" && unzip -q "$zip" -d "$tree"
  fi
fi

files=$(find "$tree" -type f | wc -l)
bytes=$(find "$tree" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')

# median wall seconds of $runs runs of "$@" (after one warm-up run that also warms the page cache)
median() {
  "$@" >/dev/null 2>&1 || true
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

rg_s=$(median rg -uu -c --threads "$threads" 'sk-ant-' "$tree")
kw_s=$(median java -jar "$jar" scan "$tree" --threads "$threads" --format json --output /dev/null)
findings=$(java -jar "$jar" scan "$tree" --threads "$threads" --format json 2>/dev/null \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["findings"])' || echo "?")

mb=$(echo "$bytes / 1048576" | bc -l)
printf 'tree: %s\nfiles: %d  bytes: %d (%.1f MiB)  threads: %d  runs: %d (median)\n' "$tree" "$files" "$bytes" "$mb" "$threads" "$runs"
printf '%-28s %8s %12s %10s\n' tool "wall s" "files/s" "MiB/s"
printf '%-28s %8.2f %12.0f %10.1f\n' "rg -uu -c 'sk-ant-'" "$rg_s" "$(echo "$files / $rg_s" | bc -l)" "$(echo "$mb / $rg_s" | bc -l)"
printf '%-28s %8.2f %12.0f %10.1f\n' "keyward scan (all rules)" "$kw_s" "$(echo "$files / $kw_s" | bc -l)" "$(echo "$mb / $kw_s" | bc -l)"
printf 'keyward / rg: %.1fx   keyward findings: %s\n' "$(echo "$kw_s / $rg_s" | bc -l)" "$findings"
