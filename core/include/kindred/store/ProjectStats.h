#pragma once
// ProjectStats: what `kindred-cli stats` prints and the data browser charts show.

#include <cstdint>
#include <string>
#include <vector>

namespace kindred {

struct HistogramBin {
    double value = 0;        ///< raw rating value (explicit) or lower edge on the 0..1 scale (implicit)
    std::uint64_t count = 0;
};

struct DomainStats {
    std::string name;
    std::string kind;
    std::uint64_t users = 0;   ///< distinct users with at least one rating in this domain
    std::uint64_t items = 0;   ///< items in this domain (rated or not)
    std::uint64_t ratings = 0;
    double meanValue = 0;      ///< mean rating on the common 0..1 scale
    std::string feedback;      ///< "explicit", "implicit" or "mixed" (its sources differ); "" without ratings
    std::vector<HistogramBin> histogram; ///< raw values when ≤ 20 distinct, else ten 0..1 bins
};

/// One import: what it holds and how its values are read.
struct SourceStats {
    std::string name;
    std::string format;
    std::string userNamespace;
    bool isExplicit = true;
    double scaleMin = 0, scaleMax = 0; ///< the rating scale (explicit) or the values' range (implicit)
    std::string feedbackReason;        ///< why explicit or implicit (from its import report; "" for old imports)
    std::uint64_t ratings = 0;         ///< ratings it holds now (later imports may replace some)
};

struct DomainOverlap {
    std::string first, second;
    std::uint64_t sharedUsers = 0; ///< users with ratings in both domains
};

/// Users whose number of ratings (all domains) lies in [minRatings, maxRatings]; maxRatings 0 = no bound.
struct ActivityBin {
    std::uint64_t minRatings = 0, maxRatings = 0;
    std::uint64_t users = 0;
};

struct ProjectStats {
    std::vector<DomainStats> domains;
    std::vector<DomainOverlap> overlaps;   ///< one entry per pair of domains
    std::uint64_t users = 0;               ///< all users
    std::uint64_t items = 0;
    std::uint64_t ratings = 0;
    std::uint64_t reviews = 0;
    std::uint64_t usersInSeveralDomains = 0;
    /// Ratings per user in fixed buckets 1, 2–4, 5–9, 10–19, 20–49, 50–99, 100–199, 200–499, 500+
    /// (every bucket listed, empty ones with 0 users); users without ratings are not counted.
    std::vector<ActivityBin> activity;
    std::uint64_t sources = 0;
    std::vector<SourceStats> sourceDetails; ///< one entry per source, in import order

    /// Pretty-printed JSON with the fields above.
    std::string toJson() const;
};

} // namespace kindred
