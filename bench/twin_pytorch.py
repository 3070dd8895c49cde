#!/usr/bin/python3
"""The ranking stage of Kindred's default model (the twin network) written again in PyTorch 1.13
(Debian's python3-torch), the reference bench/twin_scale_table.sh times an epoch against on the
same synthetic ratings. It mirrors core/src/torchmodule/TwinTrainer.cpp (the formulas are in
core/include/kindred/train/TwinNetwork.h), with PyTorch's own tools for what ours does by hand:

- item encoder a_i = normalize(id_i + mean of its genres' vectors); person u = sum of the a_j of
  their Train history; per medium the loss 2 - 2 sum_liked o_i / (sqrt(n) |o|) with
  o_i = s_i (u . a_i - x_i) + b_i over every item of the medium, or (more than 4 x 4,096 items)
  over 4,096 items drawn uniformly each step, |o|^2 estimated from the drawn items outside the
  history (x n / 4,096) plus the history's exact part;
- dimension 256, 64 people a step, Adam (learning rate 0.01); with drawn items only the step's
  items are encoded, the id table through `torch.embedding(..., sparse=True)` and `SparseAdam`
  (what RowAdam is in ours), the other parameters with Adam;
- an epoch visits at most 32,768 people (a seeded shuffle) and ends with the validation NDCG@10 of
  2,000 people over every item (512 at a time) and, when it improved, a copy of the weights.

One medium (the synthetic projects have one), no demographics, no text (the default). The data is
read from bench/generate_ratings' ratings.csv and movies.csv; ratings are split 80/10/10 at random
(seeded); liked = rating >= 4 of 0.5..5, as Kindred's 0.75 of the 0..1 scale.

usage: twin_pytorch.py DIR [--epochs 2] [--threads 1] [--seed 42]
prints: 'epoch N: S s, validation NDCG@10 X' per epoch, then 'median epoch s: S'."""
import copy
import math
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F


def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


DIMENSION, BATCH, LEARNING_RATE, SAMPLED, SAMPLED_FROM = 256, 64, 0.01, 4096, 4
EPOCH_PEOPLE, VALIDATION_PEOPLE, SCORE_BATCH, K, GENRES_PER_ITEM = 32768, 2000, 512, 10, 16


def read_ratings(path):
    """[n, 4] float64: user, item, rating, timestamp (the header line skipped)."""
    with open(path) as f:
        f.readline()
        text = f.read()
    return np.fromstring(text.strip().replace('\n', ','), sep=',').reshape(-1, 4)


def read_genres(path, item_index):
    """Per dense item, its genre ids (the catalogue's genre order); genre count."""
    names, genres = {}, [[] for _ in range(len(item_index))]
    with open(path, encoding='utf-8') as f:
        f.readline()
        for line in f:
            movie, rest = line.rstrip('\n').split(',', 1)
            item = item_index.get(int(movie))
            if item is None:
                continue
            for genre in rest.rsplit(',', 1)[1].split('|'):
                genres[item].append(names.setdefault(genre, len(names)))
    return genres, len(names)


class Twin(torch.nn.Module):
    def __init__(self, items, genre_rows, genre_count):
        super().__init__()
        self.id = torch.nn.Parameter(torch.empty(items, DIMENSION))
        torch.nn.init.xavier_uniform_(self.id)
        self.genre = torch.nn.EmbeddingBag(genre_count + 1, DIMENSION, mode='mean', padding_idx=genre_count)
        with torch.no_grad():
            self.genre.weight.normal_(0.0, 0.01)
            self.genre.weight[genre_count].zero_()
        self.register_buffer('genre_ids', genre_rows)
        self.log_scale = torch.nn.Parameter(torch.zeros(items))
        self.appeal = torch.nn.Parameter(torch.zeros(items))

    def encodings(self, items=None, sparse=False):
        if items is None:
            e = self.id + self.genre(self.genre_ids)
        else:
            e = F.embedding(items, self.id, sparse=sparse) + self.genre(self.genre_ids.index_select(0, items))
        return F.normalize(e, dim=1)


def main():
    folder = sys.argv[1]
    epochs, threads, seed = arg('--epochs', 2), arg('--threads', 1), arg('--seed', 42)
    torch.set_num_threads(threads)
    loading = time.time()
    r = read_ratings(f'{folder}/ratings.csv')
    users, user_of = np.unique(r[:, 0].astype(np.int64), return_inverse=True)
    items, item_of = np.unique(r[:, 1].astype(np.int64), return_inverse=True)
    U, I = len(users), len(items)
    genres, genre_count = read_genres(f'{folder}/movies.csv', {int(m): k for k, m in enumerate(items)})
    genre_rows = torch.full((I, GENRES_PER_ITEM), genre_count, dtype=torch.int64)
    for i, g in enumerate(genres):
        g = g[:GENRES_PER_ITEM]
        genre_rows[i, :len(g)] = torch.tensor(g, dtype=torch.int64)

    rng = np.random.default_rng(seed)
    part = rng.choice(3, size=len(r), p=[0.8, 0.1, 0.1])  # 0 train, 1 validation, 2 test
    liked = r[:, 2] >= 4.0
    order = np.lexsort((item_of, user_of))
    train = order[part[order] == 0]
    train_items = np.split(item_of[train], np.cumsum(np.bincount(user_of[train], minlength=U))[:-1])
    train_liked = np.split(liked[train], np.cumsum(np.bincount(user_of[train], minlength=U))[:-1])
    valid = order[(part[order] == 1) & liked[order]]
    relevant = {}
    for u, i in zip(user_of[valid], item_of[valid]):
        relevant.setdefault(int(u), []).append(int(i))
    lists = [(u, set(v) - set(train_items[u].tolist())) for u, v in relevant.items()]
    lists = [(u, v) for u, v in lists if v]
    rng.shuffle(lists)
    lists = lists[:VALIDATION_PEOPLE]
    print(f'loaded {len(r):,} ratings, {U:,} people, {I:,} items in {time.time() - loading:.1f} s', flush=True)

    torch.manual_seed(seed)
    net = Twin(I, genre_rows, genre_count)
    sampled = I > SAMPLED_FROM * SAMPLED
    dense = [p for n, p in net.named_parameters() if not (sampled and n == 'id')]
    optimizer = torch.optim.Adam(dense, lr=LEARNING_RATE)
    sparse_optimizer = torch.optim.SparseAdam([net.id], lr=LEARNING_RATE) if sampled else None
    people = np.array([u for u in range(U) if len(train_items[u])])
    visited = min(len(people), EPOCH_PEOPLE)
    best, best_state, times = -1.0, None, []
    for epoch in range(1, epochs + 1):
        start = time.time()
        np.random.default_rng(seed + epoch).shuffle(people)
        net.train()
        for b in range(0, visited, BATCH):
            rows = people[b:min(visited, b + BATCH)]
            optimizer.zero_grad()
            if sparse_optimizer:
                sparse_optimizer.zero_grad()
            ranking_loss(net, rows, train_items, train_liked, I, sampled).backward()
            optimizer.step()
            if sparse_optimizer:
                sparse_optimizer.step()
        net.eval()
        ndcg = validation_ndcg(net, lists, train_items)
        if ndcg > best:
            best, best_state = ndcg, copy.deepcopy(net.state_dict())
        times.append(time.time() - start)
        print(f'epoch {epoch}: {times[-1]:.2f} s, validation NDCG@10 {ndcg:.4f}', flush=True)
    print(f'median epoch s: {statistics.median(times):.2f}')


def ranking_loss(net, rows, train_items, train_liked, item_count, sampled):
    """The step's ranking loss (one medium): see the module's docstring."""
    history = [torch.from_numpy(train_items[u]) for u in rows]
    lengths = torch.tensor([len(h) for h in history])
    entry_items = torch.cat(history)
    entry_rows = torch.repeat_interleave(torch.arange(len(rows)), lengths)
    entry_liked = torch.from_numpy(np.concatenate([train_liked[u] for u in rows])).float()
    offsets = torch.cat([torch.zeros(1, dtype=torch.int64), lengths.cumsum(0)[:-1]])
    if sampled:
        columns = torch.randint(item_count, (SAMPLED,))
        touched, local = torch.unique(torch.cat([entry_items, columns]), return_inverse=True)
        codes = net.encodings(touched, sparse=True)
        history_local, column_local = local[:len(entry_items)], local[len(entry_items):]
        weight = item_count / SAMPLED
    else:
        columns = torch.arange(item_count)
        codes = net.encodings()
        history_local, column_local = entry_items, columns
        weight = 1.0
    u = F.embedding_bag(history_local, codes, offsets, mode='sum')
    scale = net.log_scale.exp()
    scores = u @ codes.index_select(0, column_local).t() * scale[columns] + net.appeal[columns]
    entry_scale = scale[entry_items]
    if sampled:
        # Drawn items outside the row's history: their p^2 estimates the rest (x n / S).
        in_history = torch.zeros(len(rows), item_count, dtype=torch.bool)
        in_history[entry_rows, entry_items] = True
        squares = (scores.pow(2) * (~in_history[:, columns])).sum(1) * weight
        p = (u[entry_rows] * codes[history_local]).sum(1) * entry_scale + net.appeal[entry_items]
        o = p - entry_scale
        squares = squares.index_add(0, entry_rows, o.pow(2))
    else:
        squares = scores.pow(2).sum(1)
        p = scores[entry_rows, entry_items]
        o = p - entry_scale
        squares = squares.index_add(0, entry_rows, o.pow(2) - p.pow(2))
    dot = torch.zeros(len(rows)).index_add(0, entry_rows, o * entry_liked)
    count = torch.zeros(len(rows)).index_add(0, entry_rows, entry_liked)
    norm = squares.clamp_min(1e-24).sqrt().clamp_min(1e-12)
    likers = max(1.0, float((count > 0).sum()))
    return ((count > 0).float() * 2 - 2 * dot / (count.clamp_min(1).sqrt() * norm)).sum() / likers


@torch.no_grad()
def validation_ndcg(net, lists, train_items):
    codes = net.encodings()
    scale, appeal = net.log_scale.exp(), net.appeal
    total = 0.0
    for b in range(0, len(lists), SCORE_BATCH):
        batch = lists[b:b + SCORE_BATCH]
        u = torch.stack([codes[torch.from_numpy(train_items[p])].sum(0) for p, _ in batch])
        scores = (u @ codes.t()) * scale + appeal
        for r, (p, _) in enumerate(batch):
            scores[r, torch.from_numpy(train_items[p])] = -math.inf
        top = scores.topk(K, dim=1).indices
        for r, (_, relevant) in enumerate(batch):
            dcg = sum(1 / math.log2(k + 2) for k, i in enumerate(top[r].tolist()) if i in relevant)
            ideal = sum(1 / math.log2(k + 2) for k in range(min(K, len(relevant))))
            total += dcg / ideal
    return total / max(1, len(lists))


if __name__ == '__main__':
    main()
