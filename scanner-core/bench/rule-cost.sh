#!/usr/bin/env bash
# Which rules cost the native (Hyperscan) search the most, over real source: each rule alone and the
# pack built up rule by rule (see RuleCost's javadoc). Not part of `mvn verify`. Usage:
#   scanner-core/bench/rule-cost.sh [SRC_ZIP] [MIB]
BENCH_MAIN=dev.keyward.core.engine.RuleCost exec "$(dirname "$0")/engine-throughput.sh" "$@"
