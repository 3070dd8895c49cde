#pragma once
// Cross-domain genre correlation: does liking a genre in one medium go with liking a genre in
// another, across the people who rated both?
//
// Per user and domain: centred rating = value − the user's mean value in that domain (0..1
// scale). Genre affinity of the user in that domain = mean centred rating over the items of that
// genre the user rated, kept only when they rated at least minItemsPerGenre such items.
// For every genre pair (g in `from`, h in `to`): Pearson r of the two affinities across the users
// that have both, n = their number, two-sided p-value of H0 r = 0 from t = r·sqrt((n−2)/(1−r²)) with
// n − 2 degrees of freedom, exact Student t via the regularised incomplete beta function
// (continued fraction; implemented here, no normal approximation). Pairs with n < minUsers are left out;
// r is 0 and p is 1 when either affinity has zero variance.

#include "kindred/common/Status.h"
#include "kindred/train/TrainingData.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kindred {

class Project;

struct GenreCorrelationOptions {
    int minItemsPerGenre = 2;
    int minUsers = 3;
};

struct GenreCorrelationCell {
    std::int32_t fromGenre = 0; ///< index into TrainingData::genreNames
    std::int32_t toGenre = 0;
    double r = 0;
    int n = 0;
    double p = 1;
};

struct GenreCorrelation {
    int fromDomain = 0, toDomain = 0;        ///< domain indexes
    std::string fromName, toName;
    int users = 0;                           ///< users with ratings in both domains
    /// "genres", or "taste clusters" (clusterCorrelation: genreNames are then the clusters' names)
    std::string basis = "genres";
    std::string clusterModel; ///< taste clusters from tasteCorrelation: the name of the model they come from
    std::vector<std::string> genreNames;     ///< copy of TrainingData::genreNames
    std::vector<GenreCorrelationCell> cells; ///< row-major by (fromGenre, toGenre), only n ≥ minUsers

    /// {"from":..., "to":..., "users":..., "method":..., "cells":[{"from_genre","to_genre","r","n","p"}]}
    std::string toJson() const;
};

/// Fails when a domain index is out of range or the two are equal.
Result<GenreCorrelation> genreCorrelation(const TrainingData& data, int fromDomain, int toDomain,
                                          const GenreCorrelationOptions& options = {});

/// The same statistic over taste clusters instead of genres, for media without genres: each item's
/// only "genre" is its cluster (itemCluster[i] in 0..clusterNames.size()-1, or -1: none), e.g. the
/// k-means clusters of a model's projection, which span media when the model's space does.
Result<GenreCorrelation> clusterCorrelation(const TrainingData& data, const std::vector<std::int32_t>& itemCluster,
                                            const std::vector<std::string>& clusterNames, int fromDomain,
                                            int toDomain, const GenreCorrelationOptions& options = {});

/// What the correlations panel and `kindred-cli correlate` show: the genre correlation of the two
/// media of `data` (loaded from `project`), or, when no genre pair has minUsers people, the taste
/// clusters of the newest stored projection that has clusters (named by number and media mix),
/// when they give any pair. Fails like genreCorrelation.
Result<GenreCorrelation> tasteCorrelation(Project& project, const TrainingData& data, int fromDomain, int toDomain,
                                          const GenreCorrelationOptions& options = {});

/// Two-sided p-value of Student's t with `df` degrees of freedom (df > 0).
double studentTwoSidedP(double t, double df);
/// Regularised incomplete beta I_x(a, b), a, b > 0, 0 ≤ x ≤ 1.
double regularizedIncompleteBeta(double x, double a, double b);

} // namespace kindred
