#pragma once
// ExplorerPoints: turns a stored projection of a loaded model into the scatter plot's colour
// groups and points: which rows are shown, their colour group (medium, first genre, cluster or
// mean rating) and their size (popularity: rating count, by quantile). Cheap (one pass over the
// rows plus a sort of the counts), so the UI thread may call it.

#include "plots/ScatterPoints.h"

#include <QList>
#include <QString>

namespace kindred {
struct Projection;
}

namespace kindred::ui {

struct ExplorerSpace;

enum class ExplorerColouring { Domain, Genre, Cluster, MeanRating };
enum class ExplorerShown { Items, Users, Both };

struct ExplorerPointSet {
    QList<ScatterGroup> groups;
    QList<ScatterPoint> points;
    QList<int> groupCounts; ///< points per group, for the legend
    QList<int> cluster;     ///< per point: its cluster in the projection, −1 without clustering
    QList<int> dense;       ///< per point: its dense item or user index in the space's data
    /// Cluster names at their clusters' centres (median of each axis over their shown points), largest
    /// cluster first; empty without clustering.
    QList<ScatterLabel> clusterLabels;
};

/// At most this many colour groups; the smallest ones beyond it are folded into "Other".
inline constexpr int kMaxExplorerGroups = 16;

ExplorerPointSet buildExplorerPoints(const ExplorerSpace& space, const Projection& projection,
                                     ExplorerColouring colouring, ExplorerShown shown);

/// A cluster's name as the legend shows it: "Cluster 3: <its label>", or "Cluster 3" unlabelled.
QString explorerClusterName(const Projection& projection, int cluster);

/// The categorical palette (colour-blind friendly first eight).
QColor explorerColour(int index);

} // namespace kindred::ui
