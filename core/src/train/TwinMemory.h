#pragma once
// The twin network's neighbourhood memory (kindred/train/TwinNetwork.h): beside the shared
// encoder, each item remembers the items the same people rated (ItemNeighbourhood.h), and a
// rated item j adds w_ij × value to item i's ranking score, with
//     w_ij = α_m · s_ij      (m: item i's medium)
// α_m is chosen per medium on the validation ranking lists from a grid of multiples of the ratio
// between the encoder's and the neighbourhood's score spread (0 included, so the memory is only
// kept where it ranks validation better). The encoder captures broad taste, the memory the
// local co-rating structure that sparse catalogues carry and a low-rank space smooths away
// (the classic pairing of factor and neighbourhood models, Koren, KDD 2008).

#include "BaselineSupport.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace kindred {

class ProgressToken;
struct Split;
struct TrainingData;

namespace detail {

/// One validation ranking list: the medium's items the person did not rate in Train are ranked,
/// their liked validation items of that medium are relevant.
struct RankingList {
    std::int32_t user = 0;
    int domain = 0;
    std::vector<std::int32_t> relevant; ///< dense items
};

/// Fills `out` (users.size() × items, row-major) with the encoder's ranking scores.
using EncoderScores = std::function<void(std::span<const std::int32_t> users, std::vector<float>& out)>;

struct NeighbourhoodMemory {
    SparseRows weights;                ///< per item i: the items j (ascending) and w_ij
    std::vector<double> multiple;      ///< per medium: the chosen multiple of the spread ratio (0: no memory)
    std::vector<double> withoutMemory; ///< per medium: validation NDCG@10 of the encoder alone
    std::vector<double> withMemory;    ///< per medium: validation NDCG@10 with the chosen memory
};

/// Builds the memory from the Train ratings (`keep` neighbours per item) and chooses α per medium
/// on `lists` (grouped by medium); `trainItems` holds each person's Train items, ascending.
/// Runs on the calling thread; throws CancelledError when `token` cancels.
NeighbourhoodMemory fitNeighbourhoodMemory(const TrainingData& data, const Split& split, std::span<const RankingList> lists,
                                           const std::vector<std::vector<std::int32_t>>& trainItems,
                                           const EncoderScores& encoderScores, std::size_t keep, ProgressToken* token);

} // namespace detail
} // namespace kindred
