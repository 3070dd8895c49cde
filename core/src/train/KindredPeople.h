#pragma once
// The twin network's kindred-people term (kindred/train/TwinNetwork.h): while a person has rated at
// most kKindredColdRatings items of a medium, the people whose ratings most resemble theirs
// (across every medium) say what to rank there: item i of medium m gains
//     γ_m × (similarity-weighted share of those people who rated i)        (TwinModel::kindredScores)
// The encoder learns broad taste from long histories; for someone new to a medium it has little
// to go on in that medium, and the plain user-kNN that asks similar people is the yardstick there.
//
// Fitting, per medium m with at least kMinimumProbeLists probe lists: the validation ranking lists
// of people with more than kKindredColdRatings Train items in m and some Train items elsewhere form
// a probe; each such person keeps a seeded kKindredColdRatings of their Train items in m (all the
// others), and the candidates are m's items they did not rate in Train. The other-media weight w_m
// and γ_m (multiples of the probe's score spread, 0 included) are chosen by NDCG@10 on the probe —
// validation answers only, never test.

#include "../model/TwinModel.h"
#include "TwinMemory.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kindred {

class ProgressToken;

namespace detail {

struct KindredPeopleFit {
    std::vector<float> otherWeight, weight; ///< per medium: w_m and γ_m (0: no term)
    std::vector<std::size_t> probeLists;    ///< per medium: lists in its probe
    std::vector<double> withoutKindred;     ///< per medium: probe NDCG@10 of the model alone (NaN: no probe)
    std::vector<double> withKindred;        ///< per medium: probe NDCG@10 with the chosen term
};

/// Chooses the kindred-people weights of `model` (which must carry item media) on its probe.
/// Runs on the calling thread; throws CancelledError when `token` cancels.
KindredPeopleFit fitKindredPeople(const model::TwinModel& model, std::span<const RankingList> lists, std::uint64_t seed,
                                  ProgressToken* token);

} // namespace detail
} // namespace kindred
