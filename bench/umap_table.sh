#!/usr/bin/env bash
# UMAP against umap-learn on the same seeded matrices, side by side in one run.
#
#   bench/umap_table.sh BUILD_DIR [WORK_DIR]
#
# (1) 2D on 10,000 × 64 and 60,000 × 64 points (20 Gaussian clusters, umap_bench's seed): Kindred's
#     runUmap (bench/umap_bench) and umap-learn (Debian's umap-learn, run by /usr/bin/python3 through
#     bench/umap_learn_reference.py), both with 15 neighbours, min_dist 0.1, the same epochs (500 up
#     to 10,000 points, 200 above: umap-learn's own rule) and KINDRED_BENCH_THREADS threads (default
#     2). Times cover the UMAP call only; umap-learn's is taken after a warm-up fit that compiles its
#     kernels. Trustworthiness@10 of both embeddings is computed exactly by umap_bench.
#     Targets: time ours / umap-learn ≤ 0.5; trustworthiness within 2 % of umap-learn's.
# (2) 3D on 220,000 × 64 points (an ML-25M-sized project's users and items): ours, target ≤ 180 s.
#     KINDRED_BENCH_UMAP_LARGE=0 skips it.
# Prints one line per figure with PASS/FAIL; exits 1 if any fails.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
  sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
build=$(cd "$1" && pwd)
work=${2:-$build/bench-work}
threads=${KINDRED_BENCH_THREADS:-2}
large=${KINDRED_BENCH_UMAP_LARGE:-220000}
bench=$build/bench/umap_bench
mkdir -p "$work"

failures=0
source "$here/bench_lib.sh" # judge, value_of

if [[ ! -x $bench ]]; then
  echo "UMAP: $bench not found: build the project first FAIL"
  exit 1
fi
if ! /usr/bin/python3 -c 'import umap' 2>/dev/null; then
  echo "UMAP: umap-learn not installed for /usr/bin/python3 (apt-get install umap-learn) FAIL"
  exit 1
fi
echo "UMAP vs umap-learn — $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $threads threads"
for n in 10000 60000; do
  epochs=$((n <= 10000 ? 500 : 200))
  matrix=$work/umap-${n}x64.csv theirs=$work/umap-${n}-umap-learn.csv
  "$bench" --n "$n" --dims 2 --threads "$threads" --epochs "$epochs" --no-trust --out "$matrix" >"$work/umap-$n-ours.txt"
  /usr/bin/python3 "$here/umap_learn_reference.py" "$matrix" "$theirs" --dims 2 --neighbours 15 --min-dist 0.1 \
    --epochs "$epochs" --threads "$threads" >"$work/umap-$n-theirs.txt"
  # The trustworthiness of both embeddings, from one more run of ours (same seed, same data).
  "$bench" --n "$n" --dims 2 --threads "$threads" --epochs "$epochs" --compare "$theirs" >"$work/umap-$n-trust.txt"
  ours_s=$(value_of seconds "$work/umap-$n-ours.txt") theirs_s=$(value_of seconds "$work/umap-$n-theirs.txt")
  ours_t=$(value_of trust "$work/umap-$n-trust.txt") theirs_t=$(value_of compare_trust "$work/umap-$n-trust.txt")
  ratio=$(awk -v a="$ours_s" -v b="$theirs_s" 'BEGIN { printf "%.2f", a / b }')
  judge "$ratio" 0.5
  printf 'UMAP 2D %s x 64, %s epochs: ours %.1f s, umap-learn %.1f s, ratio %s (target ≤ 0.5) %s\n' \
    "$n" "$epochs" "$ours_s" "$theirs_s" "$ratio" "$verdict"
  gap=$(awk -v a="$ours_t" -v b="$theirs_t" 'BEGIN { d = (b - a) / b; printf "%.4f", d < 0 ? 0 : d }')
  judge "$gap" 0.02
  printf 'UMAP 2D %s x 64 trustworthiness@10: ours %s, umap-learn %s, shortfall %.1f%% (target ≤ 2%%) %s\n' \
    "$n" "$ours_t" "$theirs_t" "$(awk -v g="$gap" 'BEGIN { print 100 * g }')" "$verdict"
  echo "  neighbours exact: $(value_of exact_neighbours "$work/umap-$n-ours.txt"), graph edges $(value_of edges "$work/umap-$n-ours.txt")"
done
if ((large > 0)); then
  "$bench" --n "$large" --dims 3 --threads "$threads" --no-trust --phases >"$work/umap-large.txt"
  large_s=$(value_of seconds "$work/umap-large.txt")
  judge "$large_s" 180
  printf 'UMAP 3D %s x 64 (%s threads): %.1f s (target ≤ 180 s) %s\n' "$large" "$threads" "$large_s" "$verdict"
  awk '$1 == "phase" { printf "  from %6.1f s: %s\n", $2, substr($0, index($0, $3)) }' "$work/umap-large.txt"
else
  echo "UMAP 3D large run skipped (KINDRED_BENCH_UMAP_LARGE=0)"
fi
exit $((failures > 0))
