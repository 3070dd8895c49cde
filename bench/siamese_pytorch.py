#!/usr/bin/python3
"""The Kindred Siamese model and training step re-written in PyTorch (Debian's python3-torch 1.13),
used only to compare training throughput with the LibTorch trainer (bench/siamese_throughput) on
the same data, model size and batch size. Mirrors core/src/torchmodule/SiameseNet.cpp and the loop in
core/src/torchmodule/SiameseTrainer.cpp: user-major chunks of 8 samples, history 64, dimension 64,
4 heads, genre + hashed text bags (8192 buckets), rating MSE + in-batch softmax (0.1, same-medium negatives, logQ-corrected, ranking bias) + paired
users (0.05), AdamW, gradient clipping. Text ids are CRC32-hashed title words (the C++ side uses
stemmed unigrams + bigrams); the bag widths are of the same order, which is what costs time.

usage: siamese_pytorch.py ML100K_DIR [--epochs 1] [--threads 1]
prints: samples/s per epoch."""
import sys, time, zlib, random
import torch
import torch.nn as nn
import torch.nn.functional as F

def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default

folder = sys.argv[1]
epochs, threads = arg('--epochs', 1), arg('--threads', 1)
D, HEADS, L, BATCH, PER_USER, BUCKETS = 64, 4, 64, 512, 8, 8192
torch.set_num_threads(threads)
torch.manual_seed(42); random.seed(42)

rows = [tuple(map(int, line.split('\t')[:4])) for line in open(f'{folder}/u1.base')]
users = sorted({r[0] for r in rows}); items = sorted({r[1] for r in rows})
uix = {u: k for k, u in enumerate(users)}; iix = {i: k for k, i in enumerate(items)}
U, I = len(users), len(items)
data = [(uix[u], iix[i], (v - 1) / 4.0, t) for u, i, v, t in rows]
random.shuffle(data)
n_val = len(data) // 10
train = data[n_val:]

genres, words = {}, {}
for line in open(f'{folder}/u.item', encoding='latin-1'):
    f = line.rstrip('\n').split('|')
    if int(f[0]) in iix:
        k = iix[int(f[0])]
        genres[k] = [g for g, flag in enumerate(f[5:]) if flag == '1']
        toks = f[1].lower().split()
        words[k] = [zlib.crc32(w.encode()) % BUCKETS for w in toks] + \
                   [zlib.crc32((a + ' ' + b).encode()) % BUCKETS for a, b in zip(toks, toks[1:])]
G = 19
def pad(rows_, width, fill):
    out = torch.full((I + 1, width), fill, dtype=torch.long)
    for k, r in rows_.items():
        r = r[:width]
        if r: out[k, :len(r)] = torch.tensor(r)
    return out
genre_ids = pad(genres, max(len(v) for v in genres.values()), G)
text_ids = pad(words, max(len(v) for v in words.values()), BUCKETS)

hist_items = torch.full((U, L), I, dtype=torch.long); hist_vals = torch.zeros(U, L)
by_user = {}
for u, i, v, t in train: by_user.setdefault(u, []).append((t, i, v))
for u, lst in by_user.items():
    lst.sort(); lst = lst[-L:]
    hist_items[u, :len(lst)] = torch.tensor([x[1] for x in lst]); hist_vals[u, :len(lst)] = torch.tensor([x[2] for x in lst])
raters = {}
for u, i, v, t in train: raters.setdefault(i, []).append((u, v))
pairs = []
for lst in raters.values():
    if len(lst) < 2: continue
    for _ in range(3):
        a, b = random.choice(lst), random.choice(lst)
        if a[0] != b[0]: pairs.append((a[0], b[0], 1 - abs(a[1] - b[1])))
counts = torch.ones(I)
for u, i, v, t in train: counts[i] += 1
log_frequency = torch.log(counts / (len(train) + I))  # logQ of the ranking head
domain_of = torch.zeros(I, dtype=torch.long)  # one medium: the same-medium mask keeps every pair
pairA = torch.tensor([p[0] for p in pairs]); pairB = torch.tensor([p[1] for p in pairs]); agree = torch.tensor([p[2] for p in pairs])

class Siamese(nn.Module):
    def __init__(self):
        super().__init__()
        self.user_id = nn.Embedding(U, D); self.item_id = nn.Embedding(I + 1, D, padding_idx=I)
        self.genre = nn.EmbeddingBag(G + 1, D, mode='mean', padding_idx=G)
        self.text = nn.EmbeddingBag(BUCKETS + 1, D, mode='mean', padding_idx=BUCKETS)
        self.value_projection = nn.Linear(1, D); self.null_key = nn.Parameter(torch.zeros(1, 1, D))
        self.attention = nn.MultiheadAttention(D, HEADS)
        self.user_mlp = nn.Sequential(nn.Linear(2 * D, 2 * D), nn.ReLU(), nn.Dropout(0.1), nn.Linear(2 * D, D))
        self.item_mlp = nn.Sequential(nn.Linear(D, 2 * D), nn.ReLU(), nn.Dropout(0.1), nn.Linear(2 * D, D))
        self.dropout = nn.Dropout(0.1)
        self.user_bias = nn.Embedding(U, 1); self.item_bias = nn.Embedding(I + 1, 1, padding_idx=I)
        self.global_bias = nn.Parameter(torch.full((1,), 0.5))
        self.ranking_bias = nn.Embedding(I + 1, 1, padding_idx=I); nn.init.zeros_(self.ranking_bias.weight)
        self.log_rating_scale = nn.Parameter(torch.zeros(1))  # c of the rating head
        for e in (self.user_id, self.item_id, self.genre, self.text): nn.init.normal_(e.weight, 0, 0.05)
        nn.init.zeros_(self.user_bias.weight); nn.init.zeros_(self.item_bias.weight)
    def item_base(self, it):
        flat = it.reshape(-1); uniq, inv = torch.unique(flat, sorted=False, return_inverse=True)
        x = self.item_id(uniq) + self.genre(genre_ids[uniq]) + self.text(text_ids[uniq])
        return x[inv].view(*it.shape, D)
    def item_vectors(self, it):
        base = self.dropout(self.item_base(it)); return base + self.item_mlp(base)
    def user_vectors(self, us, hi, hv, mask):
        B = us.size(0); q = self.user_id(us)
        keys = self.item_base(hi) + self.value_projection(((hv.unsqueeze(-1)) - 0.5) * 2)
        keys = torch.cat([self.null_key.expand(B, 1, D), keys], 1)
        mask = torch.cat([torch.zeros(B, 1, dtype=torch.bool), mask], 1)
        k = keys.transpose(0, 1)
        att = self.attention(q.unsqueeze(0), k, k, key_padding_mask=mask)[0].squeeze(0)
        return q + self.user_mlp(torch.cat([self.dropout(q), att], 1))
    def rating(self, us, it, uv, iv):
        return self.global_bias + self.user_bias(us).squeeze(-1) + self.item_bias(it).squeeze(-1) + \
            self.log_rating_scale.exp() * (uv * iv).sum(-1)

net = Siamese()
opt = torch.optim.AdamW(net.parameters(), lr=3e-3, weight_decay=1e-4)
train_u = torch.tensor([x[0] for x in train]); train_i = torch.tensor([x[1] for x in train]); train_v = torch.tensor([x[2] for x in train])
user_rows = {}
for k, x in enumerate(train): user_rows.setdefault(x[0], []).append(k)
chunks_per_batch = BATCH // PER_USER; pairs_per_batch = max(2, chunks_per_batch // 4)
for epoch in range(1, epochs + 1):
    chunks = []
    for u, lst in user_rows.items():
        random.shuffle(lst)
        chunks += [(u, lst[k:k + PER_USER]) for k in range(0, len(lst), PER_USER)]
    random.shuffle(chunks)
    order = torch.randperm(len(pairs)); start = time.time(); done = 0
    for b in range(0, len(chunks), chunks_per_batch):
        part = chunks[b:b + chunks_per_batch]
        cu = torch.tensor([c[0] for c in part])
        idx = torch.tensor([k for c in part for k in c[1]]); chunk_of = torch.tensor([j for j, c in enumerate(part) for _ in c[1]])
        targets = torch.full((len(part), PER_USER), -1, dtype=torch.long)
        for j, c in enumerate(part): targets[j, :len(c[1])] = train_i[torch.tensor(c[1])]
        us, it, vs = train_u[idx], train_i[idx], train_v[idx]
        hi = hist_items[cu]
        mask = hi.eq(I) | hi.unsqueeze(2).eq(targets.unsqueeze(1)).any(2)
        uv = net.user_vectors(cu, hi, hist_vals[cu], mask)[chunk_of]
        iv = net.item_vectors(it)
        loss = F.mse_loss(net.rating(us, it, uv, iv), vs)
        pos = vs.ge(0.75).nonzero().squeeze(1)
        if pos.numel() >= 2:
            pi = it[pos]
            logits = uv[pos] @ iv[pos].t() / 0.2
            owner = chunk_of[pos]
            same = owner.unsqueeze(1).eq(owner.unsqueeze(0)) & ~torch.eye(pos.numel(), dtype=torch.bool)
            d = domain_of[pi]; same = same | d.unsqueeze(1).ne(d.unsqueeze(0))
            logits = logits + (net.ranking_bias(pi).squeeze(-1) - log_frequency[pi]).unsqueeze(0)
            loss = loss + 0.1 * F.cross_entropy(logits.masked_fill(same, -1e9), torch.arange(pos.numel()))
        s = (b // chunks_per_batch * pairs_per_batch) % len(pairs)
        pick = order[s:s + pairs_per_batch]
        a, bb = pairA[pick], pairB[pick]
        va = net.user_vectors(a, hist_items[a], hist_vals[a], hist_items[a].eq(I))
        vb = net.user_vectors(bb, hist_items[bb], hist_vals[bb], hist_items[bb].eq(I))
        loss = loss + 0.05 * F.mse_loss(F.cosine_similarity(va, vb, 1), agree[pick] * 2 - 1)
        opt.zero_grad(); loss.backward(); nn.utils.clip_grad_norm_(net.parameters(), 5.0); opt.step()
        done += idx.numel()
    seconds = time.time() - start
    print(f'epoch {epoch}: {done / seconds:.0f} samples/s ({seconds:.1f} s)', flush=True)
