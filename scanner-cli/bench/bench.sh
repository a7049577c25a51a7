#!/usr/bin/env bash
# Every performance figure of Keyward in one run, each next to its floor (the fastest anything can
# read the same input here) and the ratio:
#
#   scanner-cli/bench/bench.sh            # all sections
#   SECTIONS="tree staged" scanner-cli/bench/bench.sh
#
# Sections: engine (the matcher alone, 1 and 2 threads, on ~100 MiB of the JDK's sources),
# tree (`keyward scan` of git/git's checkout vs `rg -uu -c sk-ant-`), staged (a 10-file staged change
# through the installed pre-commit hook vs a bare JVM start), history (commons-lang and git/git vs
# `git cat-file --batch-all-objects`, with peak RSS). Inputs: bare mirrors of apache/commons-lang and
# git/git (MIRRORS dir with apache+commons-lang/repo and git+git/repo, default /work/.mirror; missing
# ones are skipped), the Temurin JDK's lib/src.zip, ripgrep. Builds the jar if it is missing.
# Not part of `mvn verify`; numbers are medians of RUNS runs (default 5, history 3).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
jar=${KEYWARD_JAR:-$top/scanner-cli/target/keyward.jar}
mirrors=${MIRRORS:-/work/.mirror}
work=${KEYWARD_BENCH_DIR:-/tmp/keyward-bench}
runs=${RUNS:-5}
sections=${SECTIONS:-engine tree staged history}
mkdir -p "$work"
[ -f "$jar" ] || (cd "$top" && mvn -B -q package -DskipTests)

# median wall seconds of $runs runs of "$@", after one warm-up run
median() {
  "$@" >/dev/null 2>&1 || true
  local times=() t0 t1
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
row() {  # label value floor-label floor target
  printf '  %-44s %8.3f s   floor %-34s %7.3f s   ratio %5.2fx   %s\n' "$1" "$2" "$3" "$4" "$(echo "$2 / $4" | bc -l)" "$5"
}

echo "Keyward benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

for section in $sections; do
  case $section in
  engine)
    echo; echo "== engine: the matcher alone on ~100 MiB of real source (full rule pack, confirmation included)"
    if [ -x "$top/scanner-core/bench/engine-throughput.sh" ]; then
      echo "  -- default JIT (C1 + C2; a long-running JVM such as Maven's)"
      "$top/scanner-core/bench/engine-throughput.sh" | sed 's/^/  /'
      echo "  -- C1 only (-XX:TieredStopAtLevel=1: how the CLI runs its scans, see Relaunch)"
      BENCH_JAVA_OPTS=-XX:TieredStopAtLevel=1 "$top/scanner-core/bench/engine-throughput.sh" | sed 's/^/  /'
    else
      echo "  (scanner-core/bench/engine-throughput.sh not present)"
    fi
    ;;
  tree)
    echo; echo "== tree: keyward scan of git/git's checkout, JVM start included (target < 1.2 s)"
    tree=$work/git-checkout
    if [ ! -d "$tree" ] && [ -d "$mirrors/git+git/repo" ]; then
      git clone -q "$mirrors/git+git/repo" "$tree"
    fi
    if [ -d "$tree" ]; then
      files=$(git -C "$tree" ls-files | wc -l)
      mib=$(du -sm --exclude=.git "$tree" | cut -f1)
      rg_s=$(median rg -uu -c 'sk-ant-' "$tree")
      kw_s=$(median java -jar "$jar" scan "$tree")
      json_s=$(median java -jar "$jar" scan "$tree" --format json --output /dev/null)
      bin_s=$(median "$top/bin/keyward" scan "$tree")
      echo "  $tree: $files tracked files, $mib MiB on disk without .git"
      row "java -jar keyward.jar scan (text report)" "$kw_s" "rg -uu -c sk-ant-" "$rg_s" "target < 1.2 s"
      row "java -jar keyward.jar scan --format json" "$json_s" "rg -uu -c sk-ant-" "$rg_s" ""
      row "bin/keyward scan (JVM options, no child)" "$bin_s" "rg -uu -c sk-ant-" "$rg_s" ""
    else
      echo "  (no git/git mirror under $mirrors)"
    fi
    ;;
  staged)
    echo; echo "== staged: pre-commit hook on a 10-file staged change, JVM start included (target < 0.5 s)"
    repo=$work/staged-repo
    src=$mirrors/apache+commons-lang/repo
    if [ -d "$src" ]; then
      rm -rf "$repo" && git clone -q "$src" "$repo"
      (cd "$repo" && git ls-files 'src/main/java/*.java' | sed -n 1,10p | while read -r f; do echo "// edit" >> "$f"; done \
        && git add -A && java -jar "$jar" install-hook >/dev/null)
      hook_s=$(median sh -c "cd '$repo' && sh .git/hooks/pre-commit")
      plain_s=$(median sh -c "cd '$repo' && java -jar '$jar' staged .")
      jvm_s=$(median java -Xshare:auto -version)
      git_s=$(median git -C "$repo" diff --cached --quiet)
      row "keyward staged via the hook" "$hook_s" "JVM start (java -version)" "$jvm_s" "target < 0.5 s"
      row "keyward staged, plain java -jar" "$plain_s" "JVM start (java -version)" "$jvm_s" ""
      printf '  %-44s %8.3f s\n' "git diff --cached (for scale)" "$git_s"
    else
      echo "  (no commons-lang mirror under $mirrors)"
    fi
    ;;
  history)
    echo; echo "== history: every blob of every ref, vs git cat-file in pack order (target <= 2x, RSS < 1 GiB)"
    for name in apache+commons-lang git+git; do
      if [ -d "$mirrors/$name/repo" ]; then
        RUNS=${HISTORY_RUNS:-3} KEYWARD_JAR=$jar "$here/history.sh" "$mirrors/$name/repo" | sed 's/^/  /'
      else
        echo "  (no $name mirror under $mirrors)"
      fi
    done
    ;;
  *) echo "unknown section $section" >&2; exit 2 ;;
  esac
done
echo; echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
