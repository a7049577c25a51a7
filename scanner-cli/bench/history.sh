#!/usr/bin/env bash
# History scan throughput: `keyward history` on a real repository next to the floor, reading every
# object once in pack order with git itself (`git cat-file --batch-all-objects --unordered --batch`,
# single-threaded), in the same run.
#
#   scanner-cli/bench/history.sh REPO [REPO...]
#
# Fetch e.g. apache/commons-lang and git/git first (a bare clone is fine). Build the jar first
# (mvn -B -q package -DskipTests). Prints commits, distinct blobs, blob bytes, wall time, MiB/s and
# peak RSS for keyward, the floor's wall time, and the ratio. It also runs keyward with every rule
# and policy disabled: the walk and the reading of every blob without the matching, so the history
# code can be measured apart from the rule engine. RUNS (default 3) runs each, median; peak RSS is
# the largest of the runs. The machine should be otherwise idle (check `uptime`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${KEYWARD_JAR:-$here/../target/keyward.jar}
runs=${RUNS:-3}
threads=${THREADS:-$(nproc)}
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
[ $# -ge 1 ] || { echo "usage: $0 REPO [REPO...]" >&2; exit 2; }

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# A configuration that turns every rule and policy off: keyward then only walks and reads.
norules=$(mktemp --suffix=.yaml)
trap 'rm -f "$norules"' EXIT
{ printf 'disable: ['; java -jar "$jar" rules | awk '$2 ~ /^(critical|high|medium|low)$/ {printf "%s%s", sep, $1; sep=", "}'; echo ']'; } >"$norules"

# Runs keyward history RUNS times; prints the median wall time and the largest peak RSS (KiB).
keyward_runs() {
  local walls=() rss=() m
  for _ in $(seq "$runs"); do
    m=$( { /usr/bin/time -f '%e %M' java -jar "$jar" history "$repo" --threads "$threads" "$@" 2>&1 || true; } | tail -1)
    walls+=("${m% *}"); rss+=("${m#* }")
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
}

for repo in "$@"; do
  git -C "$repo" cat-file --batch-all-objects --unordered --batch >/dev/null  # warm the page cache
  floor=$(for _ in $(seq "$runs"); do
    /usr/bin/time -f %e git -C "$repo" cat-file --batch-all-objects --unordered --batch 2>&1 >/dev/null | tail -1
  done | median)
  json=$(mktemp)
  read -r bare bare_peak < <(keyward_runs --config "$norules" --format json --output /dev/null)
  read -r wall peak < <(keyward_runs --format json --output "$json")
  read -r commits blobs bytes findings < <(python3 -c '
import json,sys; s=json.load(open(sys.argv[1]))["summary"]
print(s.get("commitsScanned",0), s.get("blobsScanned",0), s["bytesScanned"], s["findings"])' "$json")
  rm -f "$json"
  printf '%s\n  commits %d  distinct blobs %d  blob bytes %.1f MiB  findings %s  threads %d  runs %d (median)\n' \
    "$repo" "$commits" "$blobs" "$(echo "$bytes / 1048576" | bc -l)" "$findings" "$threads" "$runs"
  printf '  %-46s %7.2f s\n' "floor: git cat-file --batch-all-objects" "$floor"
  printf '  %-46s %7.2f s  %6.1f MiB/s  peak RSS %d MiB  (%.2fx floor)\n' "keyward history, no rules (walk + read)" \
    "$bare" "$(echo "$bytes / 1048576 / $bare" | bc -l)" "$((bare_peak / 1024))" "$(echo "$bare / $floor" | bc -l)"
  printf '  %-46s %7.2f s  %6.1f MiB/s  peak RSS %d MiB\n' "keyward history" "$wall" \
    "$(echo "$bytes / 1048576 / $wall" | bc -l)" "$((peak / 1024))"
  printf '  ratio keyward / floor: %.2fx\n' "$(echo "$wall / $floor" | bc -l)"
done
