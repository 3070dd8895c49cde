#pragma once
// ExplorerJobs: the embedding explorer's slow work as plain functions for a worker thread
// (QtConcurrent::run): listing models, loading a model's space with its projections and FAISS
// neighbour indexes, neighbour look-ups, new projections and taste trajectories.
//
// Every function opens its own connection to the project file, never throws and reports failure
// in the result's `error` (a message a person can act on). Results are immutable once returned
// and may be read from any thread.

#include "kindred/common/Progress.h"
#include "kindred/space/Projection.h"
#include "kindred/space/SpaceNeighbours.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector3D>
#include <memory>
#include <vector>

namespace kindred {
class SpaceNeighbours;
class TasteSpace;
} // namespace kindred

namespace kindred::ui {

struct ExplorerModel {
    qint64 id = 0;
    QString name, kind, createdAt;
    bool hasSpace = false; ///< its kind has the TasteSpace capability: the space can be explored
};

struct ExplorerModelList {
    QList<ExplorerModel> models; ///< newest first
    QString error;
};

/// A loaded model: its space, neighbour indexes, projections and per-entity facts for labels.
struct ExplorerSpace {
    qint64 modelId = 0;
    std::shared_ptr<const TasteSpace> space;
    std::shared_ptr<const SpaceNeighbours> neighbours; ///< null when the indexes failed (neighbourError)
    QString neighbourError;
    QList<std::shared_ptr<const Projection>> projections; ///< newest first
    // Per dense item index of space->data.
    QStringList itemTitles; ///< title, or "<domain> #<external id>" when untitled
    QList<bool> itemTitled; ///< the item has a real title
    QStringList sortedTitles; ///< itemTitles sorted without regard to case, for the search completer
    QList<int> itemRatings; ///< ratings in the model's data
    QList<float> itemMean;  ///< mean rating on the common 0..1 scale (NaN without ratings)
    // Per dense user index.
    QList<int> userRatings;
    QList<float> userMean;                   ///< 0..1 scale
    QHash<qint64, int> denseItem, denseUser; ///< project id → dense index
    QString error;                           ///< non-empty: nothing else is valid

    QString itemDomainName(int item) const;
    QStringList itemGenres(int item) const;
    /// Mean of `item` on its domain's raw scale, e.g. 3.8 for a 1..5 catalogue.
    double itemMeanRaw(int item) const;
};

struct ExplorerNeighbour {
    qint64 id = 0;
    bool isUser = false;
    QString label;  ///< title or user name
    QString detail; ///< medium kind for items ("movie", "book"), rating count for users
    float similarity = 0;
};

/// The selected entity's label and its neighbours.
struct ExplorerNeighbours {
    qint64 id = 0;
    bool isUser = false;
    QString label; ///< the user's "namespace:external id", or the item title
    QList<ExplorerNeighbour> neighbours;
    QString error;
};

ExplorerModelList listExplorerModels(const QString& projectPath);
/// Loads model `modelId` of the project, its stored projections, and opens (or builds and saves)
/// its FAISS indexes beside the project file.
ExplorerSpace loadExplorerSpace(const QString& projectPath, qint64 modelId);
/// The k nearest items of an item, or the k kindred users of a user.
ExplorerNeighbours findExplorerNeighbours(const QString& projectPath,
                                          std::shared_ptr<const ExplorerSpace> space, qint64 id, bool isUser,
                                          int k = 10, SpaceNeighbours::DomainFilter filter = SpaceNeighbours::DomainFilter::Any);

struct ExplorerComputed {
    QList<std::shared_ptr<const Projection>> projections; ///< the model's projections after saving
    qint64 projectionId = 0;                              ///< the new one
    QString error;
};
/// Computes a projection (progress and cancel through `progress`), stores it and reloads the list.
ExplorerComputed computeExplorerProjection(const QString& projectPath,
                                           std::shared_ptr<const ExplorerSpace> space,
                                           const ProjectionRequest& request, ProgressToken* progress);

struct ExplorerTrajectory {
    QList<QVector3D> path; ///< z = 0 for 2D projections
    QString error;
};
/// The user's taste trajectory in `projection` (see kindred::tasteTrajectory).
ExplorerTrajectory computeExplorerTrajectory(std::shared_ptr<const ExplorerSpace> space,
                                             std::shared_ptr<const Projection> projection, qint64 userId,
                                             int steps = 10);

/// Two people to recommend for together, chosen from a selection of the explorer.
struct ExplorerCentralPair {
    QString userA, userB; ///< "namespace:external id", as the Pairs panel's pickers know them
    QString why;          ///< how they were chosen, for a person
    QString error;
};
/// The two selected people nearest the selection's centre in the taste space (cosine to the mean of
/// their unit vectors); with fewer than two people selected, the people who rated most of the
/// selected items fill the pair. Fails when no two people qualify.
ExplorerCentralPair findCentralPair(const QString& projectPath, std::shared_ptr<const ExplorerSpace> space,
                                    const QList<int>& denseItems, const QList<int>& denseUsers);

} // namespace kindred::ui
