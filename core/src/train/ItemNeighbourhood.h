#pragma once
// Item-item neighbourhoods from co-ratings, shared by item-kNN and the twin network's
// neighbourhood memory. Mean-centred cosine similarity with shrinkage (Sarwar et al. 2001):
//   c_ui = r_ui − m_i,   s_ij = Σ_u c_ui c_uj / (‖c_i‖ ‖c_j‖) · n_ij / (n_ij + shrinkage)
// over the Train ratings (n_ij: people who rated both; the norms run over each item's own
// ratings); m_i is the item's Train mean damped towards its medium's mean by two pseudo-ratings,
// which keeps items with one or two ratings from getting extreme means. Items of different media
// are neighbours when the same people rated both.

#include "BaselineSupport.h"

#include <cstddef>
#include <vector>

namespace kindred {

struct Split;
struct TrainingData;

namespace detail {

struct ItemNeighbourhood {
    std::vector<float> itemMean; ///< m_i
    SparseRows neighbours;       ///< per item: up to `keep` items with s_ij > 0, most similar first
    SparseRows byUser;           ///< per user: Train items (ascending) and values on the 0..1 scale
};

/// Runs on the calling thread; reports progress as `phase` and throws CancelledError when cancelled.
ItemNeighbourhood itemNeighbourhood(const TrainingData& data, const Split& split, std::size_t keep, double shrinkage,
                                    TrainingProgress& progress);

} // namespace detail
} // namespace kindred
