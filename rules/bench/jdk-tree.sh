#!/usr/bin/env bash
# Every finding Keyward reports on the Temurin JDK's own sources (real code, no planted secrets),
# for triage of false positives: rule, path:line:column and the redacted excerpt, one per line,
# then a count per rule.
#
#   rules/bench/jdk-tree.sh [TREE]
#
# Without TREE, extracts /usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip (or $JDK_SRC_ZIP) into
# ${KEYWARD_BENCH_DIR:-/tmp/keyward-bench}/jdk-src once. Builds the CLI jar if it is missing
# (mvn -o -q -pl scanner-core,rules,scanner-cli -am package -DskipTests); REBUILD=1 rebuilds it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
jar=$repo/scanner-cli/target/keyward.jar
if [ ! -f "$jar" ] || [ "${REBUILD:-0}" = 1 ]; then
  (cd "$repo" && mvn -o -q -pl scanner-core,rules,scanner-cli -am package -DskipTests)
fi

tree=${1:-}
if [ -z "$tree" ]; then
  zip=${JDK_SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}
  tree=${KEYWARD_BENCH_DIR:-/tmp/keyward-bench}/jdk-src
  if [ ! -d "$tree" ]; then
    [ -f "$zip" ] || { echo "no $zip: set JDK_SRC_ZIP or pass a TREE" >&2; exit 2; }
    mkdir -p "$tree" && unzip -q "$zip" -d "$tree"
  fi
fi

report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
java -jar "$jar" scan "$tree" --no-gitignore --format json --output "$report" || status=$?
[ "$status" -le 1 ] || { echo "keyward failed with exit code $status" >&2; exit "$status"; }
python3 - "$report" "$tree" <<'PY'
import collections, json, sys
report = json.load(open(sys.argv[1]))
findings = report["findings"]
for f in findings:
    where = "%s:%d:%d" % (f["path"], f["line"], f["column"])
    shown = (f["excerpt"] or f["message"]).strip().replace("\n", " ")
    print("%-30s %-88s %s" % (f["ruleId"], where, shown[:200]))
counts = collections.Counter(f["ruleId"] for f in findings)
print("\n%d findings in %d files under %s" % (len(findings), report["summary"]["filesScanned"], sys.argv[2]))
for rule, n in counts.most_common():
    print("  %5d  %s" % (n, rule))
PY
