#include "kindred/space/ClusterSummary.h"

#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace kindred {

namespace {

const std::set<std::string>& stopWords() {
    static const std::set<std::string> words = {
        "the", "and", "for", "with", "from", "that", "this", "you", "your", "are", "was", "his", "her", "its",
        "into", "over", "all", "not", "but", "out", "our", "who", "what", "when", "how", "why", "one", "two",
        "three", "des", "les", "der", "die", "das", "und", "part", "vol", "volume", "edition", "movie", "film",
        "book", "new", "about", "after", "before", "man", "men", "they", "them", "there", "have", "has", "had"};
    return words;
}

/// The item's label terms: its genres (as named) and the distinct lower-case words of its text.
std::set<std::string> itemTerms(const TrainingData& data, std::int32_t item) {
    std::set<std::string> terms;
    if (std::size_t(item) < data.itemGenres.size())
        for (const std::int32_t genre : data.itemGenres[std::size_t(item)])
            terms.insert(data.genreNames[std::size_t(genre)]);
    if (std::size_t(item) < data.itemText.size()) {
        std::string word;
        const std::string& text = data.itemText[std::size_t(item)];
        for (std::size_t k = 0; k <= text.size(); ++k) {
            const char c = k < text.size() ? text[k] : ' ';
            if (std::isalpha(static_cast<unsigned char>(c))) {
                word += char(std::tolower(static_cast<unsigned char>(c)));
                continue;
            }
            if (word.size() >= 3 && !stopWords().count(word))
                terms.insert(word);
            word.clear();
        }
    }
    return terms;
}

std::string percent(double share) {
    return std::to_string(int(std::lround(100 * share))) + " %";
}

} // namespace

std::vector<std::string> clusterLabels(const TrainingData& data, const Projection& projection) {
    int clusterCount = 0;
    for (const std::int32_t cluster : projection.cluster)
        clusterCount = std::max(clusterCount, cluster + 1);
    const auto k = std::size_t(clusterCount);
    std::vector<std::map<std::string, double>> tf(k);
    std::vector<double> occurrences(k, 0), items(k, 0);
    std::vector<std::vector<double>> domainCounts(k, std::vector<double>(data.domains.size(), 0));
    std::map<std::string, double> frequency;
    for (std::size_t row = 0; row < projection.rows() && row < projection.cluster.size(); ++row) {
        const std::int32_t cluster = projection.cluster[row];
        if (cluster < 0 || projection.isUser[row])
            continue;
        const std::int32_t item = denseIndex(data.itemIds, projection.ids[row]);
        if (item < 0)
            continue;
        items[std::size_t(cluster)] += 1;
        domainCounts[std::size_t(cluster)][std::size_t(data.itemDomain[std::size_t(item)])] += 1;
        for (const auto& term : itemTerms(data, item)) {
            tf[std::size_t(cluster)][term] += 1;
            occurrences[std::size_t(cluster)] += 1;
            frequency[term] += 1;
        }
    }
    double meanOccurrences = 0;
    for (const double o : occurrences)
        meanOccurrences += o / double(std::max<std::size_t>(1, k));
    std::vector<std::string> labels(k);
    for (std::size_t c = 0; c < k; ++c) {
        std::vector<std::pair<double, std::string>> scored;
        for (const auto& [term, count] : tf[c])
            if (count >= 2)
                scored.push_back({-count / occurrences[c] * std::log(1 + meanOccurrences / frequency[term]), term});
        std::sort(scored.begin(), scored.end()); // most distinctive first; ties by term
        std::string label;
        for (std::size_t t = 0; t < std::min<std::size_t>(3, scored.size()); ++t)
            label += (t ? " · " : "") + scored[t].second;
        // The media mix: the main medium's share, or every medium's when no term names the cluster.
        std::vector<std::size_t> order(data.domains.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return domainCounts[c][a] > domainCounts[c][b]; });
        std::string mix;
        if (data.domains.size() > 1 && items[c] > 0) {
            if (label.empty()) {
                for (const auto m : order)
                    if (domainCounts[c][m] > 0)
                        mix += (mix.empty() ? "" : " · ") + data.domains[m].name + " " + percent(domainCounts[c][m] / items[c]);
            } else {
                mix = percent(domainCounts[c][order[0]] / items[c]) + " " + data.domains[order[0]].name;
            }
        }
        labels[c] = label.empty() ? mix : mix.empty() ? label : label + " — " + mix;
    }
    return labels;
}

std::vector<ClusterSummary> summarizeClusters(const TasteSpace& space, const Projection& projection,
                                              std::size_t topGenres) {
    int clusterCount = 0;
    for (const std::int32_t cluster : projection.cluster)
        clusterCount = std::max(clusterCount, cluster + 1);
    if (clusterCount == 0 || !space.data)
        return {};
    const TrainingData& data = *space.data;
    std::vector<ClusterSummary> summaries(static_cast<std::size_t>(clusterCount));
    std::vector<std::vector<std::int64_t>> domainItems(std::size_t(clusterCount),
                                                       std::vector<std::int64_t>(data.domains.size(), 0));
    std::vector<std::map<std::int32_t, std::int64_t>> genreItems(static_cast<std::size_t>(clusterCount));
    for (std::size_t row = 0; row < projection.rows() && row < projection.cluster.size(); ++row) {
        const std::int32_t cluster = projection.cluster[row];
        if (cluster < 0)
            continue;
        ClusterSummary& summary = summaries[std::size_t(cluster)];
        if (projection.isUser[row]) {
            summary.users += denseIndex(data.userIds, projection.ids[row]) >= 0;
            continue;
        }
        const std::int32_t item = denseIndex(data.itemIds, projection.ids[row]);
        if (item < 0)
            continue;
        ++summary.items;
        ++domainItems[std::size_t(cluster)][std::size_t(data.itemDomain[std::size_t(item)])];
        if (std::size_t(item) < data.itemGenres.size())
            for (const std::int32_t genre : data.itemGenres[std::size_t(item)])
                ++genreItems[std::size_t(cluster)][genre];
    }
    for (int c = 0; c < clusterCount; ++c) {
        ClusterSummary& summary = summaries[std::size_t(c)];
        summary.cluster = c;
        for (std::size_t d = 0; d < data.domains.size(); ++d)
            if (domainItems[std::size_t(c)][d] > 0)
                summary.domains.emplace_back(data.domains[d].name, domainItems[std::size_t(c)][d]);
        std::stable_sort(summary.domains.begin(), summary.domains.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [genre, count] : genreItems[std::size_t(c)])
            summary.topGenres.emplace_back(data.genreNames[std::size_t(genre)],
                                           double(count) / double(std::max<std::int64_t>(1, summary.items)));
        std::sort(summary.topGenres.begin(), summary.topGenres.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (summary.topGenres.size() > topGenres)
            summary.topGenres.resize(topGenres);
    }
    const auto labels = projection.clusterLabels.size() == summaries.size() ? projection.clusterLabels
                                                                           : clusterLabels(data, projection);
    for (std::size_t c = 0; c < summaries.size() && c < labels.size(); ++c)
        summaries[c].label = labels[c];
    return summaries;
}

} // namespace kindred
