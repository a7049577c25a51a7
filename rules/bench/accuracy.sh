#!/usr/bin/env bash
# Accuracy benchmark: how many planted secrets Keyward finds (recall, per rule family and per file
# format), how precise it is, and what it reports on hard negatives - next to secretlint on the
# same corpus in the same run. Not part of `mvn verify`.
#
#   rules/bench/accuracy.sh [SEED]          (default 42, or $SEED)
#
# Builds scanner-core and rules (test classes, offline), generates the corpus from the built-in rule
# pack's examples with SEED into ${ACCURACY_DIR:-rules/target/accuracy}/corpus (ground truth in
# manifest.json next to it), installs secretlint (pinned, from the npm registry) into
# ${KEYWARD_TOOLS:-~/.cache/keyward-tools}/secretlint if it is missing, runs both tools and prints the
# table. Numbers go to accuracy.json in the same directory. SKIP_SECRETLINT=1 scores Keyward alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seed=${1:-${SEED:-42}}
out=${ACCURACY_DIR:-$repo/rules/target/accuracy}
tools=${KEYWARD_TOOLS:-$HOME/.cache/keyward-tools}/secretlint
secretlint_version=13.0.6

cd "$repo"
mvn -o -q -pl scanner-core,rules -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/accuracy.cp -Dmdep.includeScope=test
cp="rules/target/test-classes:rules/target/classes:$(cat rules/target/accuracy.cp)"
run() { java -Dslf4j.internal.verbosity=ERROR -cp "$cp" dev.keyward.rules.accuracy.AccuracyBenchmark "$@"; }

run generate "$out" "$seed"

secretlint_json=()
if [ "${SKIP_SECRETLINT:-0}" != 1 ]; then
  if [ ! -x "$tools/node_modules/.bin/secretlint" ]; then
    command -v npm >/dev/null || { echo "npm is needed to install secretlint (or set SKIP_SECRETLINT=1)" >&2; exit 2; }
    mkdir -p "$tools"
    [ -f "$tools/package.json" ] || echo '{"name":"keyward-secretlint","private":true}' > "$tools/package.json"
    (cd "$tools" && npm install --silent --no-audit --no-fund --save-exact "secretlint@$secretlint_version" \
      "@secretlint/secretlint-rule-preset-recommend@$secretlint_version")
  fi
  echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' > "$out/secretlintrc.json"
  rm -f "$out/secretlint.json"
  # secretlint exits 1 when it finds something; only a missing result file is a failure
  (cd "$out/corpus" && "$tools/node_modules/.bin/secretlint" --secretlintrc "$out/secretlintrc.json" --no-gitignore \
    --format json --output "$out/secretlint.json" "**/*") || true
  [ -s "$out/secretlint.json" ] || { echo "secretlint wrote no results" >&2; exit 3; }
  echo "secretlint $("$tools/node_modules/.bin/secretlint" --version) with @secretlint/secretlint-rule-preset-recommend"
  secretlint_json=("$out/secretlint.json")
fi

run report "$out" "${secretlint_json[@]}"
