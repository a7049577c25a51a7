#!/usr/bin/env bash
# Throughput of the Java and the native (Hyperscan) engines over ~100 MiB of real source, with the
# built-in rule pack of this checkout. Not part of `mvn verify`. Usage:
#   scanner-core/bench/engine-throughput.sh [SRC_ZIP] [MIB] [ROUNDS]
# SRC_ZIP defaults to the Temurin 25 JDK's lib/src.zip. Timings on a shared machine are noisy.
# BENCH_JAVA_OPTS adds JVM options, e.g. -XX:TieredStopAtLevel=1 (C1 only, as the CLI runs scans).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -o -q -pl scanner-core test-compile
mvn -o -q -pl rules process-classes
mvn -o -q -pl scanner-core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="scanner-core/target/test-classes:scanner-core/target/classes:rules/target/classes:$(cat scanner-core/target/bench-classpath.txt)"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
exec java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$cp" "${BENCH_MAIN:-dev.keyward.core.engine.EngineThroughput}" "$@"
