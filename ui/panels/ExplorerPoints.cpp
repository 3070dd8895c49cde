#include "panels/ExplorerPoints.h"

#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"
#include "workers/ExplorerJobs.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace kindred::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ExplorerPoints", text);
}

const QColor kUserColour(0x9a, 0x9c, 0xa8);
const QColor kOtherColour(0xb8, 0xbc, 0xc4);
const QColor kNeutralColour(0xcf, 0xd2, 0xd8);

/// Sequential colours (low → high mean rating), a viridis-like ramp.
const QList<QColor> kRamp = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x90, 0x8d),
                             QColor(0x5d, 0xc8, 0x63), QColor(0xfd, 0xe7, 0x25)};

/// Categorical groups by key; keeps the largest kMaxExplorerGroups - 1, the rest become "Other".
struct Categories {
    QList<QString> names;
    QHash<QString, int> count;
    void add(const QString& key) {
        if (!count.contains(key))
            names << key;
        ++count[key];
    }
    /// key → group index, with the kept names in `groups`: the largest, shown in `order` (by size
    /// when empty). `neutral` (e.g. "No genre") is kept but drawn grey, not with a palette colour.
    QHash<QString, int> assign(QList<ScatterGroup>& groups, const QString& neutral,
                               const std::function<bool(const QString&, const QString&)>& order = {}) const {
        QList<QString> sorted = names;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [this](const QString& a, const QString& b) { return count[a] > count[b]; });
        QHash<QString, int> out;
        const int keep =
            int(sorted.size()) > kMaxExplorerGroups ? kMaxExplorerGroups - 1 : int(sorted.size());
        if (order)
            std::stable_sort(sorted.begin(), sorted.begin() + keep, order);
        int colour = 0;
        for (int i = 0; i < sorted.size(); ++i) {
            if (i < keep) {
                out.insert(sorted[i], int(groups.size()));
                groups.append({sorted[i], sorted[i] == neutral ? kNeutralColour : explorerColour(colour++)});
            } else {
                if (i == keep)
                    groups.append({tr("Other"), kOtherColour});
                out.insert(sorted[i], int(groups.size()) - 1);
            }
        }
        return out;
    }
};

/// The number in a cluster's legend entry ("Cluster 3: …" → 3; 0 for none).
int clusterNumber(const QString& entry) {
    const auto match = QRegularExpression(QStringLiteral("\\d+")).match(entry);
    return match.hasMatch() ? match.captured(0).toInt() : 0;
}

QList<ScatterLabel> clusterLabelsAtCentres(const Projection& projection, const ExplorerPointSet& set) {
    QHash<int, std::array<std::vector<float>, 3>> coordinates; // per cluster: x, y, z of its points
    for (int i = 0; i < set.points.size(); ++i)
        if (const int c = set.cluster.value(i, -1); c >= 0)
            for (int a = 0; a < 3; ++a)
                coordinates[c][std::size_t(a)].push_back(set.points[i].position[a]);
    // Largest first: where names would overlap, the view keeps the first.
    QList<int> clusters = coordinates.keys();
    std::sort(clusters.begin(), clusters.end(), [&](int a, int b) {
        const auto na = coordinates[a][0].size(), nb = coordinates[b][0].size();
        return na != nb ? na > nb : a < b;
    });
    QList<ScatterLabel> labels;
    for (const int c : clusters) {
        QVector3D centre;
        for (int a = 0; a < 3; ++a) {
            auto& values = coordinates[c][std::size_t(a)];
            const auto middle = std::ptrdiff_t(values.size() / 2);
            std::nth_element(values.begin(), values.begin() + middle, values.end());
            centre[a] = values[std::size_t(middle)];
        }
        labels.append({centre, explorerClusterName(projection, c), QColor()});
    }
    return labels;
}

} // namespace

QString explorerClusterName(const Projection& projection, int cluster) {
    const auto c = std::size_t(cluster);
    if (c < projection.clusterLabels.size() && !projection.clusterLabels[c].empty())
        return tr("Cluster %1: %2").arg(cluster + 1).arg(QString::fromStdString(projection.clusterLabels[c]));
    return tr("Cluster %1").arg(cluster + 1);
}

QColor explorerColour(int index) {
    static const QList<QColor> palette = {
        QColor(0x4c, 0x72, 0xb0), QColor(0xdd, 0x84, 0x52), QColor(0x55, 0xa8, 0x68),
        QColor(0xc4, 0x4e, 0x52), QColor(0x81, 0x72, 0xb3), QColor(0x93, 0x78, 0x60),
        QColor(0xda, 0x8b, 0xc3), QColor(0xcc, 0xb9, 0x74), QColor(0x64, 0xb5, 0xcd),
        QColor(0x2f, 0x4b, 0x7c), QColor(0xa0, 0x52, 0x2d), QColor(0x1b, 0x7a, 0x3e),
        QColor(0x8e, 0x1b, 0x4a), QColor(0xe6, 0xab, 0x02), QColor(0x66, 0xa6, 0x1e),
        QColor(0x76, 0x70, 0xb3)};
    return palette.at(index % palette.size());
}

ExplorerPointSet buildExplorerPoints(const ExplorerSpace& space, const Projection& projection,
                                     ExplorerColouring colouring, ExplorerShown shown) {
    ExplorerPointSet out;
    const int dims = projection.request.dimensions;
    // Rows to show, as (row, dense index).
    QList<std::pair<int, int>> rows;
    for (std::size_t r = 0; r < projection.rows(); ++r) {
        const bool user = projection.isUser[r] != 0;
        if ((user && shown == ExplorerShown::Items) || (!user && shown == ExplorerShown::Users))
            continue;
        const int dense = (user ? space.denseUser : space.denseItem).value(projection.ids[r], -1);
        if (dense >= 0)
            rows.append({int(r), dense});
    }
    // Key of each row for categorical colourings; empty for users (their own group).
    auto key = [&](int row, int dense) -> QString {
        const bool user = projection.isUser[std::size_t(row)] != 0;
        switch (colouring) {
        case ExplorerColouring::Domain:
            return user ? QString() : space.itemDomainName(dense);
        case ExplorerColouring::Genre: {
            if (user)
                return {};
            const QStringList genres = space.itemGenres(dense);
            return genres.isEmpty() ? tr("No genre") : genres.first();
        }
        case ExplorerColouring::Cluster: {
            const int c = projection.cluster[std::size_t(row)];
            if (c < 0)
                return tr("No cluster");
            return explorerClusterName(projection, c);
        }
        case ExplorerColouring::MeanRating:
            break;
        }
        return {};
    };
    QHash<QString, int> groupOf;
    int userGroup = -1;
    // Mean-rating bins by quantile, so each colour holds a fifth of the points; NaN (no ratings)
    // counts as 0 so the sort stays a strict weak order.
    QList<float> means;
    for (const auto& [row, dense] : std::as_const(rows)) {
        const float mean =
            projection.isUser[std::size_t(row)] ? space.userMean.at(dense) : space.itemMean.at(dense);
        means << (std::isnan(mean) ? 0.0f : mean);
    }
    QList<float> sortedMeans = means;
    std::sort(sortedMeans.begin(), sortedMeans.end());
    if (colouring == ExplorerColouring::MeanRating) {
        const qsizetype n = sortedMeans.size();
        for (int b = 0; b < kRamp.size(); ++b) {
            const float lo = n ? sortedMeans[n * b / kRamp.size()] : 0;
            const float hi = n ? sortedMeans[std::max<qsizetype>(0, n * (b + 1) / kRamp.size() - 1)] : 0;
            out.groups.append(
                {tr("Mean %1–%2 %").arg(lo * 100, 0, 'f', 0).arg(hi * 100, 0, 'f', 0), kRamp[b]});
        }
    } else {
        Categories categories;
        for (const auto& [row, dense] : std::as_const(rows))
            if (const QString k = key(row, dense); !k.isEmpty())
                categories.add(k);
        if (colouring == ExplorerColouring::Cluster)
            groupOf = categories.assign(out.groups, tr("No cluster"), [](const QString& a, const QString& b) {
                return clusterNumber(a) < clusterNumber(b);
            });
        else
            groupOf = categories.assign(out.groups,
                                        colouring == ExplorerColouring::Genre ? tr("No genre") : QString());
    }
    auto ensureUserGroup = [&] {
        if (userGroup < 0) {
            userGroup = int(out.groups.size());
            out.groups.append({tr("Users"), kUserColour});
        }
        return userGroup;
    };
    // Sizes: rank of the rating count among the shown rows (quantiles, robust to long tails).
    QList<int> counts;
    for (const auto& [row, dense] : std::as_const(rows))
        counts << (projection.isUser[std::size_t(row)] ? space.userRatings.at(dense)
                                                       : space.itemRatings.at(dense));
    QList<int> sortedCounts = counts;
    std::sort(sortedCounts.begin(), sortedCounts.end());

    for (int i = 0; i < rows.size(); ++i) {
        const auto [row, dense] = rows.at(i);
        const bool user = projection.isUser[std::size_t(row)] != 0;
        ScatterPoint p;
        const float* c = projection.coordinates.data() + std::size_t(row) * std::size_t(dims);
        p.position = QVector3D(c[0], dims > 1 ? c[1] : 0, dims > 2 ? c[2] : 0);
        p.id = projection.ids[std::size_t(row)];
        p.isUser = user;
        p.label = user ? tr("User #%1").arg(p.id) : space.itemTitles.at(dense);
        const auto rank =
            std::lower_bound(sortedCounts.begin(), sortedCounts.end(), counts[i]) - sortedCounts.begin();
        p.weight = sortedCounts.size() > 1 ? float(rank) / float(sortedCounts.size()) : 0.5f;
        if (colouring == ExplorerColouring::MeanRating) {
            const auto at =
                std::lower_bound(sortedMeans.begin(), sortedMeans.end(), means[i]) - sortedMeans.begin();
            p.group = std::clamp(int(at * kRamp.size() / std::max<qsizetype>(1, sortedMeans.size())), 0,
                                 int(kRamp.size()) - 1);
        } else {
            const QString k = key(row, dense);
            p.group = k.isEmpty() ? ensureUserGroup() : groupOf.value(k);
        }
        out.points.append(p);
        out.cluster.append(projection.cluster.empty() ? -1 : projection.cluster[std::size_t(row)]);
        out.dense.append(dense);
    }
    out.clusterLabels = clusterLabelsAtCentres(projection, out);
    out.groupCounts.fill(0, out.groups.size());
    for (const ScatterPoint& p : std::as_const(out.points))
        ++out.groupCounts[p.group];
    return out;
}

} // namespace kindred::ui
