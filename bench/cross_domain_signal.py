#!/usr/bin/env python3
"""cross_domain_signal: how much a cold user's history in the other media says about their taste
in a target medium, measured without any Kindred model (issue 3's cold-start lift, from the data).

For each seed: a fifth of the users with > 3 target ratings and history in another medium (seeded)
keep 3 random target ratings; the rest of their target ratings rated >= 0.75 (4 of 5) are what
NDCG@10 looks for, ranked over every target item they did not keep. Everyone else's ratings are
known. Scorers (user-based kNN, cosine over which items two users rated, 50 neighbours, a
neighbour's target items scored by the summed similarity):
  popularity            target items by how many known users rated them
  target-only           neighbours by the 3 kept target ratings (what a target-only model knows)
  other media only      neighbours by the other media's ratings
  both, weight w        similarity = target-only cosine + w * other-media cosine
The lift of "both" over "target-only" is what the other media add for this scorer. The weights are
a fixed grid, every one printed; reading off the best one uses the test, so that row is an upper
bound for this scorer, not a result.

Usage: cross_domain_signal.py PROJECT.kindred TARGET_DOMAIN [--seeds N]   (seeds 42, 43, ...)
Standard library only; reads the project read-only.
"""
import math
import random
import sqlite3
import sys
from collections import defaultdict

NEIGHBOURS = 50
RELEVANT = 0.75
KEEP = 3
WEIGHTS = (0.1, 0.25, 0.5, 1.0)


def load(path, target):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    row = con.execute("SELECT id FROM domains WHERE name = ?", (target,)).fetchone()
    if row is None:
        sys.exit(f"{path}: no medium named '{target}'")
    in_target, elsewhere = defaultdict(dict), defaultdict(set)
    for user, item, domain, value in con.execute("SELECT user_id, item_id, domain_id, value FROM ratings"):
        if domain == row[0]:
            in_target[user][item] = value
        else:
            elsewhere[user].add(item)
    return in_target, elsewhere


def cosine(a, b):
    shared = len(a & b)
    return shared / math.sqrt(len(a) * len(b)) if shared else 0.0


def ndcg_at_10(ranked, relevant):
    gain = sum(1 / math.log2(k + 2) for k, item in enumerate(ranked) if item in relevant)
    ideal = sum(1 / math.log2(k + 2) for k in range(min(10, len(relevant))))
    return gain / ideal


def run(in_target, elsewhere, seed):
    rng = random.Random(seed)
    candidates = sorted(u for u in in_target if u in elsewhere and len(in_target[u]) > KEEP)
    cold = set(rng.sample(candidates, len(candidates) // 5))
    known, relevant = {}, {}
    for user, ratings in in_target.items():
        if user not in cold:
            known[user] = set(ratings)
            continue
        items = sorted(ratings)
        rng.shuffle(items)
        known[user] = set(items[:KEEP])
        relevant[user] = {i for i in items[KEEP:] if ratings[i] >= RELEVANT}
    popularity = defaultdict(int)
    for items in known.values():
        for item in items:
            popularity[item] += 1
    catalogue = sorted(popularity)
    warm = [v for v in known if v not in cold]

    def knn(user, target_weight, other_weight):
        scored = []
        for v in warm:
            s = target_weight * cosine(known[user], known[v])
            if other_weight and elsewhere.get(v):
                s += other_weight * cosine(elsewhere[user], elsewhere[v])
            if s > 0:
                scored.append((s, v))
        scored.sort(reverse=True)
        score = defaultdict(float)
        for s, v in scored[:NEIGHBOURS]:
            for item in known[v]:
                score[item] += s
        return score

    scorers = [("popularity", lambda u: popularity), ("target-only", lambda u: knn(u, 1, 0)),
               ("other media only", lambda u: knn(u, 0, 1))]
    scorers += [(f"both, weight {w}", lambda u, w=w: knn(u, 1, w)) for w in WEIGHTS]
    totals, users = defaultdict(float), 0
    for user in sorted(cold):
        if not relevant[user]:
            continue
        users += 1
        unseen = [i for i in catalogue if i not in known[user]]
        for name, scorer in scorers:
            score = scorer(user)
            # Ties (items no neighbour rated) fall back to popularity, then item id.
            ranked = sorted(unseen, key=lambda i: (-score.get(i, 0), -popularity[i], i))[:10]
            totals[name] += ndcg_at_10(ranked, relevant[user])
    return {name: total / users for name, total in totals.items()}, users


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: cross_domain_signal.py PROJECT.kindred TARGET_DOMAIN [--seeds N]")
    path, target = sys.argv[1], sys.argv[2]
    seeds = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--seeds" else 3
    in_target, elsewhere = load(path, target)
    sums = defaultdict(float)
    for seed in range(42, 42 + seeds):
        scores, users = run(in_target, elsewhere, seed)
        print(f"seed {seed}: {users} cold users  " + "  ".join(f"{n} {s:.4f}" for n, s in scores.items()))
        for name, value in scores.items():
            sums[name] += value / seeds
    print(f"{path} -> {target}, cold-start NDCG@10, mean of {seeds} seeds (user kNN, {NEIGHBOURS} neighbours)")
    for name, value in sums.items():
        lift = (value / sums["target-only"] - 1) * 100
        print(f"  {name:22s} {value:.4f}  {lift:+6.1f}% vs target-only")


if __name__ == "__main__":
    main()
