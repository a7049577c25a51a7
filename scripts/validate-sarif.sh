#!/usr/bin/env bash
# Validates SARIF logs with Microsoft's SARIF Multitool (the validator behind the SARIF web viewer).
#
#   scripts/validate-sarif.sh FILE.sarif...
#
# Installs the Multitool with npm into ${KEYWARD_TOOLS:-$HOME/.cache/keyward-tools} on first use, prints
# every error- and warning-level result, and exits 1 if any file has an error-level result (or cannot be
# validated at all), 0 otherwise. Warnings and notes do not fail. The Multitool itself exits 0 even when
# it reports errors, so this script reads its output log instead.
set -euo pipefail

MULTITOOL_VERSION="${SARIF_MULTITOOL_VERSION:-5.7.0}"
TOOLS_DIR="${KEYWARD_TOOLS:-$HOME/.cache/keyward-tools}"
PREFIX="$TOOLS_DIR/sarif-multitool-$MULTITOOL_VERSION"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 FILE.sarif..." >&2
  exit 2
fi

# The platform binary's path; the npm package's own launcher runs it through a shell, which splits
# arguments at spaces and ';', so we run the binary directly.
multitool_binary() {
  (cd "$PREFIX" && node -p "require('@microsoft/sarif-multitool')") 2>/dev/null
}

if ! binary="$(multitool_binary)" || [[ ! -f "$binary" ]]; then
  echo "Installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into $PREFIX" >&2
  mkdir -p "$PREFIX"
  npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >&2
  binary="$(multitool_binary)"
fi
chmod u+x "$binary" # the package's postinstall does this, but npm may be set to skip install scripts

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Prints one line per error or warning in a Multitool output log and ends with a count; exits 1 if
# the log has an error-level result or the validation did not run successfully.
report() {
  node - "$1" "$2" <<'JS'
const fs = require('fs');
const [input, logFile] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(logFile, 'utf8'));
const counts = { error: 0, warning: 0, note: 0, none: 0 };
let failed = false;
for (const run of log.runs || []) {
  const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
  const ruleOf = (r) => rules[r.ruleIndex] || rules.find((d) => d.id === r.ruleId) || {};
  const text = (message, rule) => {
    if (message.text) return message.text;
    const template = ((rule.messageStrings || {})[message.id] || {}).text || message.id || '';
    return template.replace(/\{(\d+)\}/g, (_, i) => (message.arguments || [])[i] ?? '');
  };
  for (const r of run.results || []) {
    const rule = ruleOf(r);
    const level = r.level || (rule.defaultConfiguration || {}).level || 'warning';
    counts[level] = (counts[level] || 0) + 1;
    if (level === 'error' || level === 'warning') {
      const region = (((r.locations || [])[0] || {}).physicalLocation || {}).region || {};
      const where = region.startLine ? `${input}:${region.startLine}:${region.startColumn || 1}` : input;
      console.log(`${where}: ${level} ${r.ruleId} ${rule.name || ''}: ${text(r.message || {}, rule)}`);
    }
  }
  for (const inv of run.invocations || []) {
    const notes = [...(inv.toolExecutionNotifications || []), ...(inv.toolConfigurationNotifications || [])];
    for (const n of notes.filter((n) => n.level === 'error')) {
      console.log(`${input}: error (validator): ${text(n.message || {}, {})}`);
      failed = true;
    }
    if (inv.executionSuccessful === false) failed = true;
  }
}
// The Multitool reports nothing at all, not even notes, when it cannot load a log (an unknown enum value
// such as "level": "critical" does it). A Keyward log always draws notes (e.g. SARIF2009 on kebab-case
// rule ids), so silence means the log was not checked.
if (Object.values(counts).every((n) => n === 0)) {
  console.log(`${input}: error: the SARIF Multitool reported nothing, so it could not load the log; `
    + 'check it against the SARIF 2.1.0 schema (e.g. for values outside an enum)');
  failed = true;
}
console.log(`${input}: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes`);
process.exit(failed || counts.error > 0 ? 1 : 0);
JS
}

status=0
for input in "$@"; do
  if [[ ! -f "$input" ]]; then
    echo "$input: error: no such file" >&2
    status=1
    continue
  fi
  out="$work/$(basename "$input").validation.sarif"
  console="$work/console.txt"
  if ! "$binary" validate "$input" --output "$out" --log ForceOverwrite --level "Error;Warning;Note" \
      >"$console" 2>&1 || [[ ! -s "$out" ]]; then
    cat "$console" >&2
    echo "$input: error: the SARIF Multitool could not validate it" >&2
    status=1
    continue
  fi
  report "$input" "$out" || status=1
done
exit "$status"
