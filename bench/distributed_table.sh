#!/usr/bin/env bash
# Training across processes (c10d + Gloo) against one process, side by side in one run.
#
#   bench/distributed_table.sh BUILD_DIR [PROJECT.kindred ...]
#
# Without projects: a synthetic project of MovieLens 1M's shape (1,000,209 ratings, 6,040 users,
# 3,706 items; bench/generate_ratings) is made in BUILD_DIR/bench-work.
#
# For each project and seed (KINDRED_BENCH_SEEDS, default "1 2 3"), the default model (siamese)
# is trained to the end (early stopping, rating head, evaluation) twice:
#   one process, one thread, --batch-users 64                       (the reference)
#   two processes on 127.0.0.1, one thread each, --batch-users 64 each (a step sees 128 people)
# and the table prints the median epoch time of the ranking stage (training + validation) and the
# test NDCG@10 of each, with the ratios. Targets (issue 20): epoch ≤ 0.8 × the reference, test
# NDCG within 2 % of the reference (mean over seeds). Exits 1 if a target is missed.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
build=$(cd "$1" && pwd)
shift
cli=$build/app/cli/kindred-cli
work=$build/bench-work/distributed
mkdir -p "$work"
seeds=${KINDRED_BENCH_SEEDS:-1 2 3}
port=${KINDRED_BENCH_PORT:-29611}
[[ -x $cli ]] || { echo "distributed_table: $cli not found: build the project first" >&2; exit 2; }

projects=("$@")
if ((${#projects[@]} == 0)); then
  if [[ ! -f $work/synthetic-1m.kindred ]]; then
    "$build/bench/generate_ratings" --out "$work/synthetic-1m" --ratings 1000209 --users 6040 --items 3706 \
      --seed 7 >/dev/null
    "$cli" import --db "$work/synthetic-1m.kindred" --format movielens-csv -q "$work/synthetic-1m" >/dev/null
  fi
  projects=("$work/synthetic-1m.kindred")
fi

# summary FILE: "<median epoch seconds> <test ndcg> <epochs>" of a `train --json` output.
summary() {
  python3 -c '
import json, statistics, sys
j = json.load(open(sys.argv[1]))
seconds = [e["seconds"] for e in j["history"] if "validation_ndcg" in e]
print("%.3f %.4f %d" % (statistics.median(seconds), j["metrics"]["test"]["ndcg"], len(seconds)))' "$1"
}

echo "Kindred training across processes — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "  machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo
printf '%-22s %5s | %10s %10s %6s | %8s %8s %7s | %s\n' project seed "1 proc s" "2 procs s" ratio \
  "NDCG 1" "NDCG 2" ratio epochs
failures=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .kindred)
  time_ratios=() ndcg_ratios=()
  for seed in $seeds; do
    # Fresh copies: rank 0 and the reference each store a model; rank 1 reads its own copy.
    for copy in one rank0 rank1; do cp "$project" "$work/$copy.kindred"; rm -f "$work/$copy.kindred-"*; done
    args=(train --model siamese --seed "$seed" --batch-users 64 --json -q)
    KINDRED_THREADS=1 "$cli" "${args[@]}" --db "$work/one.kindred" >"$work/one.json"
    port=$((port + 1))
    KINDRED_THREADS=1 "$cli" "${args[@]}" --db "$work/rank1.kindred" --world-size 2 --rank 1 \
      --rendezvous "127.0.0.1:$port" >"$work/rank1.json" &
    helper=$!
    KINDRED_THREADS=1 "$cli" "${args[@]}" --db "$work/rank0.kindred" --world-size 2 --rank 0 \
      --rendezvous "127.0.0.1:$port" >"$work/rank0.json"
    wait "$helper"
    read -r s1 n1 e1 < <(summary "$work/one.json")
    read -r s2 n2 e2 < <(summary "$work/rank0.json")
    tr=$(awk -v a="$s2" -v b="$s1" 'BEGIN { printf "%.2f", a / b }')
    nr=$(awk -v a="$n2" -v b="$n1" 'BEGIN { printf "%.3f", a / b }')
    time_ratios+=("$tr") ndcg_ratios+=("$nr")
    printf '%-22s %5s | %10s %10s %6s | %8s %8s %7s | %s / %s\n' "$name" "$seed" "$s1" "$s2" "$tr" "$n1" "$n2" "$nr" "$e1" "$e2"
  done
  mean_time=$(printf '%s\n' "${time_ratios[@]}" | awk '{ s += $1 } END { printf "%.2f", s / NR }')
  mean_ndcg=$(printf '%s\n' "${ndcg_ratios[@]}" | awk '{ s += $1; q += $1 * $1 } END { m = s / NR; v = q / NR - m * m; printf "%.3f ± %.3f", m, (v > 0 ? sqrt(v) : 0) }')
  time_ok=$(awk -v r="$mean_time" 'BEGIN { print (r <= 0.8) ? "PASS" : "FAIL" }')
  ndcg_ok=$(awk -v r="${mean_ndcg%% *}" 'BEGIN { print (r >= 0.98) ? "PASS" : "FAIL" }')
  [[ $time_ok == PASS ]] || failures=$((failures + 1))
  [[ $ndcg_ok == PASS ]] || failures=$((failures + 1))
  echo "$name: epoch time 2 processes / 1 = $mean_time (target ≤ 0.8) $time_ok;" \
    "test NDCG 2 / 1 = $mean_ndcg (target ≥ 0.98) $ndcg_ok"
done
exit $((failures > 0))
