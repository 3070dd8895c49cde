#!/usr/bin/env bash
# The default model's (twin's) ranking epoch as the project grows, side by side in one run.
#
#   bench/twin_scale_table.sh BUILD_DIR [SIZES]
#
# SIZES (default "1 5 25"): synthetic projects of 1 M (MovieLens 1M's shape: 6,040 users, 3,706
# items), 5 M (32,500 users, 11,800 items) and 25 M ratings (MovieLens 25M's shape: 162,541 users,
# 59,047 items), made once with bench/generate_ratings (--seed 7) in BUILD_DIR/bench-work/twin-scale.
# Each is trained with the default model on one thread for two ranking epochs and one rating-head
# epoch (`KINDRED_THREADS=1 kindred-cli train --model siamese --epochs 2 --rating-epochs 1 --json`),
# on a fresh copy. The table prints, per size: the median epoch (ranking steps + validation; an
# epoch visits at most 32,768 people), the seconds per million ratings visited, the ratio of that
# to the 1 M project's (1.00 = linear), the whole command's time, its peak RSS and the test
# NDCG@10; then the same ranking stage in PyTorch 1.13 (bench/twin_pytorch.py, Debian's
# python3-torch, one thread, two epochs on the same ratings.csv): its median epoch and how many
# times ours that is (≥ 1.00: ours is at least as fast). Without python3-torch those columns say so.
# Targets (issue 20): linear ratio ≤ 1.5 and PyTorch ratio ≥ 1.0 at every size.
# Exits 1 if a target is missed.
set -euo pipefail
export LC_ALL=C

if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sizes=${2:-1 5 25}
cli=$build/app/cli/kindred-cli
work=$build/bench-work/twin-scale
mkdir -p "$work"
[[ -x $cli ]] || { echo "twin_scale_table: $cli not found: build the project first" >&2; exit 2; }

# shape SIZE: "<ratings> <users> <items>"
shape() {
  case $1 in
    1) echo "1000209 6040 3706" ;;
    5) echo "5000000 32500 11800" ;;
    25) echo "25000095 162541 59047" ;;
    *) echo "twin_scale_table: unknown size $1 (1, 5 or 25)" >&2; exit 2 ;;
  esac
}

echo "Kindred default model at scale — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "  machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); one thread"
echo
printf '%-6s %10s | %9s %9s %7s | %9s %9s | %8s | %9s %8s\n' size ratings "epoch s" "s / M" linear "run s" "peak MB" \
  "NDCG@10" "torch s" "× ours"
has_torch=0
/usr/bin/python3 -c 'import torch, numpy' 2>/dev/null && has_torch=1
reference=""
failures=0
for size in $sizes; do
  read -r ratings users items < <(shape "$size")
  project=$work/synthetic-${size}m.kindred
  if [[ ! -f $work/synthetic-${size}m/ratings.csv ]]; then
    rm -f "$project"
    "$build/bench/generate_ratings" --out "$work/synthetic-${size}m" --ratings "$ratings" --users "$users" \
      --items "$items" --seed 7 >/dev/null
  fi
  [[ -f $project ]] || "$cli" import --db "$project" --format movielens-csv -q "$work/synthetic-${size}m" >/dev/null
  cp "$project" "$work/run.kindred"
  rm -rf "$work/run.kindred-"* "$work/run.kindred.indexes"
  KINDRED_THREADS=1 /usr/bin/time -f '%e %M' -o "$work/time.txt" "$cli" train --db "$work/run.kindred" \
    --model siamese --epochs 2 --rating-epochs 1 --json -q >"$work/run.json"
  # An epoch visits every person, or a seeded 32,768 of more (TwinOptions::epochs): the seconds
  # per million ratings count the share of the people (and so, on average, of the ratings) visited.
  read -r epoch ndcg share < <(python3 -c '
import json, statistics, sys
j = json.load(open(sys.argv[1]))
epochs = [e for e in j["history"] if "validation_ndcg" in e]
people = j["hyperparameters"]["data"]["users"]
share = min(1.0, statistics.median(e["seconds"] * e["samples_per_second"] for e in epochs) / people)
print("%.2f %.4f %.4f" % (statistics.median(e["seconds"] for e in epochs), j["metrics"]["test"]["ndcg"], share))' "$work/run.json")
  read -r whole peak_kb < "$work/time.txt"
  per_million=$(awk -v s="$epoch" -v r="$ratings" -v f="$share" 'BEGIN { printf "%.3f", s / (r * f / 1e6) }')
  [[ -n $reference ]] || reference=$per_million
  linear=$(awk -v a="$per_million" -v b="$reference" 'BEGIN { printf "%.2f", a / b }')
  awk -v r="$linear" 'BEGIN { exit !(r <= 1.5) }' || failures=$((failures + 1))
  torch_epoch="n/a" against="(no python3-torch)"
  if ((has_torch)); then
    torch_epoch=$(/usr/bin/python3 "$here/twin_pytorch.py" "$work/synthetic-${size}m" --epochs 2 --threads 1 |
      awk '/^median epoch s:/ { print $4 }')
    against=$(awk -v t="$torch_epoch" -v o="$epoch" 'BEGIN { printf "%.2f", t / o }')
    awk -v r="$against" 'BEGIN { exit !(r >= 1.0) }' || failures=$((failures + 1))
  else
    failures=$((failures + 1))
  fi
  printf '%-6s %10s | %9s %9s %7s | %9s %9s | %8s | %9s %8s\n' "${size} M" "$ratings" "$epoch" "$per_million" "$linear" \
    "$whole" "$((peak_kb / 1024))" "$ndcg" "$torch_epoch" "$against"
  rm -rf "$work/run.kindred"*
done
echo
echo "linear: seconds per million ratings against the first size's (target ≤ 1.5 at every size)"
echo "× ours: the PyTorch 1.13 reference's median epoch over ours (target ≥ 1.0 at every size)"
exit $((failures > 0))
