#!/usr/bin/env python3
"""umap-learn on the matrix umap_bench wrote, for the side-by-side in bench/umap_table.sh.

    umap_learn_reference.py DATA.csv EMBEDDING_OUT.csv [--dims 2] [--neighbours 15] [--min-dist 0.1]
                            [--epochs E] [--threads 2]

Reads DATA.csv (one row of numbers per point), fits umap.UMAP(n_neighbors, min_dist, n_epochs,
n_components, n_jobs=threads; spectral initialisation, no random_state so that it may use its
threads), writes the embedding to EMBEDDING_OUT.csv and prints `seconds S` (fit_transform only).
Numba compiles umap-learn's kernels on first use; a small fit runs first so that the timed fit
measures the algorithm, not the compiler. Needs Debian's umap-learn (scripts/setup-debian.sh
--with-bench), run with /usr/bin/python3.
"""
import argparse
import os
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("embedding_out")
    parser.add_argument("--dims", type=int, default=2)
    parser.add_argument("--neighbours", type=int, default=15)
    parser.add_argument("--min-dist", type=float, default=0.1)
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("NUMBA_NUM_THREADS", str(args.threads))
    import warnings

    warnings.filterwarnings("ignore")
    import numba
    import numpy as np
    import umap

    numba.set_num_threads(args.threads)
    data = np.loadtxt(args.data, delimiter=",", dtype=np.float32)

    def fit(x, epochs):
        model = umap.UMAP(n_neighbors=args.neighbours, min_dist=args.min_dist, n_epochs=epochs,
                          n_components=args.dims, n_jobs=args.threads)
        return model.fit_transform(x)

    # Warm-up: compiles the numba kernels (nearest-neighbour descent, graph, layout) once.
    fit(data[: min(len(data), 2000)], 20)
    start = time.perf_counter()
    embedding = fit(data, args.epochs)
    seconds = time.perf_counter() - start
    np.savetxt(args.embedding_out, embedding, delimiter=",", fmt="%.7g")
    print(f"seconds {seconds:.3f}")
    print(f"umap_learn {umap.__version__ if hasattr(umap, '__version__') else 'unknown'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
