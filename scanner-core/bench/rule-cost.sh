#!/usr/bin/env bash
# Which rules cost the native (Hyperscan) search the most, over real source: each rule alone and the
# pack built up rule by rule (see RuleCost's javadoc). Not part of `mvn verify`. Usage:
#   scanner-core/bench/rule-cost.sh [SRC_ZIP] [MIB]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -o -q -pl scanner-core test-compile
mvn -o -q -pl rules process-classes
mvn -o -q -pl scanner-core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="scanner-core/target/test-classes:scanner-core/target/classes:rules/target/classes:$(cat scanner-core/target/bench-classpath.txt)"
exec java -Xmx4g -cp "$cp" dev.keyward.core.engine.RuleCost "$@"
