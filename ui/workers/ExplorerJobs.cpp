#include "workers/ExplorerJobs.h"

#include "kindred/train/ModelKind.h"

#include "kindred/recommend/ProjectLookup.h"
#include "kindred/space/SpaceNeighbours.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <exception>

namespace kindred::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString tr(const char* text) {
    return QCoreApplication::translate("ExplorerJobs", text);
}

Result<std::unique_ptr<Project>> openProject(const QString& path, OpenMode mode = OpenMode::ReadOnly) {
    return Project::open(path.toStdString(), mode);
}

QList<std::shared_ptr<const Projection>> shared(std::vector<Projection>&& projections) {
    QList<std::shared_ptr<const Projection>> out;
    for (Projection& p : projections)
        out.append(std::make_shared<const Projection>(std::move(p)));
    return out;
}

} // namespace

QString ExplorerSpace::itemDomainName(int item) const {
    const auto& data = *space->data;
    return qs(data.domains.at(std::size_t(data.itemDomain.at(std::size_t(item)))).name);
}

QStringList ExplorerSpace::itemGenres(int item) const {
    QStringList out;
    for (std::int32_t g : space->data->itemGenres.at(std::size_t(item)))
        out << qs(space->data->genreNames.at(std::size_t(g)));
    return out;
}

double ExplorerSpace::itemMeanRaw(int item) const {
    const auto& data = *space->data;
    const RatingScale& scale = data.domains.at(std::size_t(data.itemDomain.at(std::size_t(item)))).scale;
    return scale.toRaw(double(itemMean.at(item)));
}

ExplorerModelList listExplorerModels(const QString& projectPath) {
    ExplorerModelList out;
    try {
        auto project = openProject(projectPath);
        if (!project) {
            out.error = qs(project.status().message());
            return out;
        }
        ModelStore store(*project.value());
        auto models = store.list();
        if (!models) {
            out.error = qs(models.status().message());
            return out;
        }
        for (const ModelSummary& m : models.value())
            out.models.append(
                {m.id, qs(m.name), qs(m.kind), qs(m.createdAt), kindHas(m.kind, ModelCapability::TasteSpace)});
    } catch (const std::exception& error) {
        out.error = qs(error.what());
    }
    return out;
}

ExplorerSpace loadExplorerSpace(const QString& projectPath, qint64 modelId) {
    ExplorerSpace out;
    out.modelId = modelId;
    try {
        auto project = openProject(projectPath);
        if (!project) {
            out.error = qs(project.status().message());
            return out;
        }
        auto space = loadTasteSpace(*project.value(), modelId);
        if (!space) {
            out.error = qs(space.status().message());
            return out;
        }
        out.space = space.value();
        const TrainingData& data = *out.space->data;
        auto projections = loadProjections(*project.value(), modelId);
        if (!projections) {
            out.error = qs(projections.status().message());
            return out;
        }
        out.projections = shared(std::move(projections.value()));

        const auto labels = itemLabels(*project.value(), data.itemIds);
        for (std::int32_t i = 0; i < data.itemCount(); ++i) {
            const ItemLabel& label = labels.at(std::size_t(i));
            // Untitled catalogues (Douban) get "<domain> <external id>" so they stay tellable apart.
            const QString domain = qs(data.domains.at(std::size_t(data.itemDomain[std::size_t(i)])).name);
            out.itemTitles << (label.title.empty() ? tr("%1 #%2").arg(domain, qs(label.externalId))
                                                   : qs(label.title));
            out.itemTitled << !label.title.empty();
            out.denseItem.insert(data.itemIds[std::size_t(i)], i);
        }
        out.sortedTitles = out.itemTitles;
        out.sortedTitles.sort(Qt::CaseInsensitive);
        for (std::int32_t u = 0; u < data.userCount(); ++u)
            out.denseUser.insert(data.userIds[std::size_t(u)], u);
        std::vector<double> itemSum(std::size_t(data.itemCount()), 0),
            userSum(std::size_t(data.userCount()), 0);
        out.itemRatings.fill(0, data.itemCount());
        out.userRatings.fill(0, data.userCount());
        for (const Interaction& r : data.interactions) {
            itemSum[std::size_t(r.item)] += r.value;
            userSum[std::size_t(r.user)] += r.value;
            ++out.itemRatings[r.item];
            ++out.userRatings[r.user];
        }
        for (std::int32_t i = 0; i < data.itemCount(); ++i)
            out.itemMean << (out.itemRatings[i] ? float(itemSum[std::size_t(i)] / out.itemRatings[i]) : NAN);
        for (std::int32_t u = 0; u < data.userCount(); ++u)
            out.userMean << (out.userRatings[u] ? float(userSum[std::size_t(u)] / out.userRatings[u]) : NAN);

        // Builds the indexes on first use and saves them beside the project for next time.
        auto neighbours =
            SpaceNeighbours::open(out.space, SpaceNeighbours::folderFor(projectPath.toStdString()));
        if (neighbours)
            out.neighbours = std::shared_ptr<const SpaceNeighbours>(std::move(neighbours.value()));
        else
            out.neighbourError = qs(neighbours.status().message());
    } catch (const std::exception& error) {
        out.error = qs(error.what());
    }
    return out;
}

ExplorerNeighbours findExplorerNeighbours(const QString& projectPath,
                                          std::shared_ptr<const ExplorerSpace> space, qint64 id, bool isUser,
                                          int k, SpaceNeighbours::DomainFilter filter) {
    ExplorerNeighbours out;
    out.id = id;
    out.isUser = isUser;
    try {
        const int dense = (isUser ? space->denseUser : space->denseItem).value(id, -1);
        if (dense < 0) {
            out.error = tr("Not in this model's data");
            return out;
        }
        if (!isUser)
            out.label = space->itemTitles.at(dense);
        if (!space->neighbours) {
            out.error = space->neighbourError;
            return out;
        }
        auto found = isUser ? space->neighbours->usersLikeUser(dense, std::size_t(k))
                            : space->neighbours->itemsLikeItem(dense, std::size_t(k), filter);
        if (!found) {
            out.error = qs(found.status().message());
            return out;
        }
        const TrainingData& data = *space->space->data;
        std::unique_ptr<Project> project;
        if (isUser) {
            // User names live in the project only; look up the few that are shown.
            auto opened = openProject(projectPath);
            if (opened)
                project = std::move(opened.value());
            out.label = project ? qs(userLabel(*project, id)) : QString();
        }
        for (const Neighbour& n : found.value()) {
            ExplorerNeighbour row;
            row.isUser = isUser;
            row.similarity = n.similarity;
            if (isUser) {
                row.id = data.userIds.at(std::size_t(n.index));
                row.label = project ? qs(userLabel(*project, row.id)) : QString();
                if (row.label.isEmpty())
                    row.label = tr("User #%1").arg(row.id);
                row.detail = QCoreApplication::translate("ExplorerJobs", "%n rating(s)", nullptr,
                                                         space->userRatings.at(n.index));
            } else {
                row.id = data.itemIds.at(std::size_t(n.index));
                row.label = space->itemTitles.at(n.index);
                row.detail = qs(data.domains.at(std::size_t(data.itemDomain.at(std::size_t(n.index)))).kind);
            }
            out.neighbours.append(row);
        }
    } catch (const std::exception& error) {
        out.error = qs(error.what());
    }
    return out;
}

ExplorerComputed computeExplorerProjection(const QString& projectPath,
                                           std::shared_ptr<const ExplorerSpace> space,
                                           const ProjectionRequest& request, ProgressToken* progress) {
    ExplorerComputed out;
    try {
        auto projection = computeProjection(*space->space, request, progress);
        if (!projection) {
            out.error = qs(projection.status().message());
            return out;
        }
        projection.value().modelId = space->modelId;
        auto project = openProject(projectPath, OpenMode::OpenExisting);
        if (!project) {
            out.error = qs(project.status().message());
            return out;
        }
        auto id = saveProjection(*project.value(), projection.value());
        if (!id) {
            out.error = qs(id.status().message());
            return out;
        }
        out.projectionId = id.value();
        auto projections = loadProjections(*project.value(), space->modelId);
        if (!projections) {
            out.error = qs(projections.status().message());
            return out;
        }
        out.projections = shared(std::move(projections.value()));
    } catch (const std::exception& error) {
        out.error = qs(error.what());
    }
    return out;
}

ExplorerTrajectory computeExplorerTrajectory(std::shared_ptr<const ExplorerSpace> space,
                                             std::shared_ptr<const Projection> projection, qint64 userId,
                                             int steps) {
    ExplorerTrajectory out;
    try {
        const int dense = space->denseUser.value(userId, -1);
        auto path = tasteTrajectory(*space->space, *projection, dense, steps);
        if (!path) {
            out.error = qs(path.status().message());
            return out;
        }
        const int dims = projection->request.dimensions;
        for (std::size_t r = 0; r + std::size_t(dims) <= path.value().size(); r += std::size_t(dims)) {
            const float* p = path.value().data() + r;
            out.path.append(QVector3D(p[0], dims > 1 ? p[1] : 0, dims > 2 ? p[2] : 0));
        }
    } catch (const std::exception& error) {
        out.error = qs(error.what());
    }
    return out;
}

namespace {

/// Unit-length copy of v (v itself when it is zero).
std::vector<double> unit(std::span<const float> v) {
    double norm = 0;
    for (float x : v)
        norm += double(x) * x;
    norm = norm > 0 ? std::sqrt(norm) : 1;
    std::vector<double> out(v.size());
    for (std::size_t k = 0; k < v.size(); ++k)
        out[k] = v[k] / norm;
    return out;
}

/// The selected people ordered by cosine to the mean of their unit vectors, most central first.
QList<int> peopleByCentrality(const TasteSpace& space, const QList<int>& users) {
    std::vector<std::vector<double>> units;
    units.reserve(std::size_t(users.size()));
    std::vector<double> centre(std::size_t(space.dimension), 0.0);
    for (int u : users) {
        units.push_back(unit(space.userVector(u)));
        for (std::size_t k = 0; k < centre.size(); ++k)
            centre[k] += units.back()[k];
    }
    QList<std::pair<double, int>> scored;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const int u = users[i];
        const auto& v = units[std::size_t(i)];
        double dot = 0;
        for (std::size_t k = 0; k < v.size(); ++k)
            dot += v[k] * centre[k];
        scored.append({-dot, u});
    }
    std::sort(scored.begin(), scored.end());
    QList<int> out;
    for (const auto& [score, u] : scored)
        out << u;
    return out;
}

/// People by how many of `items` they rated, most first (only those who rated at least one).
QList<std::pair<int, int>> ratersOf(const TrainingData& data, const QList<int>& items) {
    std::vector<char> chosen(std::size_t(data.itemCount()), 0);
    for (int i : items)
        chosen[std::size_t(i)] = 1;
    std::vector<int> count(std::size_t(data.userCount()), 0);
    for (const Interaction& r : data.interactions)
        count[std::size_t(r.user)] += chosen[std::size_t(r.item)];
    QList<std::pair<int, int>> out; // (−count, user)
    for (std::size_t u = 0; u < count.size(); ++u)
        if (count[u] > 0)
            out.append({-count[u], int(u)});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

ExplorerCentralPair findCentralPair(const QString& projectPath, std::shared_ptr<const ExplorerSpace> space,
                                    const QList<int>& denseItems, const QList<int>& denseUsers) {
    ExplorerCentralPair out;
    try {
        const TrainingData& data = *space->space->data;
        QList<int> pair = peopleByCentrality(*space->space, denseUsers).mid(0, 2);
        if (pair.size() == 2) {
            out.why = tr("the two of the %1 selected people nearest its centre in the taste space")
                          .arg(QLocale().toString(denseUsers.size()));
        } else {
            const auto raters = ratersOf(data, denseItems);
            QStringList counts;
            for (const auto& [negativeCount, user] : raters) {
                if (pair.size() == 2)
                    break;
                if (!pair.contains(user)) {
                    pair << user;
                    counts << QLocale().toString(-negativeCount);
                }
            }
            out.why = tr("the people who rated most of its %1 items (%2)")
                          .arg(QLocale().toString(denseItems.size()), counts.join(tr(" and ")));
        }
        if (pair.size() < 2) {
            out.error = tr("No two people in or around this selection: select people, or items somebody rated");
            return out;
        }
        auto project = openProject(projectPath);
        if (!project) {
            out.error = qs(project.status().message());
            return out;
        }
        out.userA = qs(userLabel(*project.value(), data.userIds.at(std::size_t(pair[0]))));
        out.userB = qs(userLabel(*project.value(), data.userIds.at(std::size_t(pair[1]))));
    } catch (const std::exception& error) {
        out.error = qs(error.what());
    }
    return out;
}

} // namespace kindred::ui
