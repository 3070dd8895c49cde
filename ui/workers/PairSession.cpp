#include "workers/PairSession.h"

#include "kindred/recommend/Feedback.h"
#include "kindred/recommend/ProjectLookup.h"
#include "kindred/store/Project.h"

#include <QObject>
#include <algorithm>

namespace kindred::ui {

namespace {

Result<std::unique_ptr<Project>> openProject(const QString& path, OpenMode mode) {
    return Project::open(path.toStdString(), mode);
}

} // namespace

Result<std::shared_ptr<const PairSession>> PairSession::load(const QString& projectPath, std::int64_t modelId) {
    try {
        auto project = openProject(projectPath, OpenMode::ReadOnly);
        if (!project)
            return project.status();
        auto space = loadTasteSpace(*project.value(), modelId);
        if (!space)
            return space.status();
        auto recommender = PairRecommender::create(space.value());
        if (!recommender)
            return recommender.status();

        std::shared_ptr<PairSession> session(new PairSession);
        session->m_path = projectPath;
        session->m_space = std::move(space).value();
        session->m_recommender = std::move(recommender).value();
        const TrainingData& data = *session->m_space->data;

        const int users = data.userCount();
        const int domains = int(data.domains.size());
        session->m_userLabels.reserve(users);
        session->m_userExternal.reserve(users);
        session->m_userRatings.resize(users);
        session->m_userDomainRatings.resize(users);
        const auto userLabels = kindred::userLabels(*project.value(), data.userIds);
        for (std::int32_t u = 0; u < users; ++u) {
            const QString label = QString::fromStdString(userLabels[std::size_t(u)]);
            session->m_userLabels << label;
            session->m_userExternal << label.section(QLatin1Char(':'), 1);
            QVector<int> perDomain(domains, 0);
            const auto [begin, end] = data.userRange(u);
            for (auto k = begin; k < end; ++k)
                ++perDomain[data.itemDomain[std::size_t(data.interactions[k].item)]];
            session->m_userRatings[u] = int(end - begin);
            session->m_userDomainRatings[u] = std::move(perDomain);
        }
        const auto labels = itemLabels(*project.value(), data.itemIds);
        session->m_itemTitles.reserve(int(labels.size()));
        for (const auto& label : labels) {
            QString title = QString::fromStdString(label.title.empty() ? label.externalId : label.title);
            if (title.isEmpty())
                title = QStringLiteral("#%1").arg(label.id);
            session->m_itemTitles << title;
            session->m_itemExternal << QString::fromStdString(label.externalId);
        }
        return std::shared_ptr<const PairSession>(std::move(session));
    } catch (const std::exception& error) {
        return Status::failure(error.what());
    }
}

QString PairSession::userSummary(std::int32_t user) const {
    const int total = m_userRatings[user];
    QStringList mix;
    const auto& perDomain = m_userDomainRatings[user];
    for (int d = 0; d < perDomain.size(); ++d)
        if (perDomain[d] > 0)
            mix << QStringLiteral("%1 %2%").arg(QString::fromStdString(data().domains[std::size_t(d)].kind))
                       .arg(qRound(100.0 * perDomain[d] / std::max(total, 1)));
    return QObject::tr("%n rating(s)", nullptr, total) + QStringLiteral(" · ") + mix.join(QStringLiteral(", "));
}

QString PairSession::domainName(int domain) const {
    if (domain < 0 || domain >= int(data().domains.size()))
        return {};
    return QString::fromStdString(data().domains[std::size_t(domain)].name);
}

double PairSession::raw(std::int32_t item, double value) const {
    const auto& scale = data().domains[std::size_t(itemDomain(item))].scale;
    return scale.toRaw(value);
}

std::int32_t PairSession::mostActiveUser() const {
    if (m_userRatings.isEmpty())
        return -1;
    return std::int32_t(std::max_element(m_userRatings.begin(), m_userRatings.end()) - m_userRatings.begin());
}

Result<PairUser> PairSession::pairUser(const Project& project, const PairPerson& person) const {
    if (person.user >= 0) {
        if (person.user >= userCount())
            return Status::failure("unknown user");
        auto profile = loadUserProfile(project, *m_space, person.user); // applies stored feedback
        if (!profile)
            return profile.status();
        return PairUser{person.user, std::move(profile).value(), {}};
    }
    if (!person.profile)
        return Status::failure("choose two people first");
    return PairUser{-1, person.profile, person.history};
}

Result<PairRecommendation> PairSession::recommend(const PairRequest& request) const {
    try {
        auto project = openProject(m_path, OpenMode::ReadOnly);
        if (!project)
            return project.status();
        auto a = pairUser(*project.value(), request.a);
        if (!a)
            return a.status();
        auto b = pairUser(*project.value(), request.b);
        if (!b)
            return b.status();
        return m_recommender->recommend(a.value(), b.value(), request.options);
    } catch (const std::exception& error) {
        return Status::failure(error.what());
    }
}

Result<KindredResult> PairSession::kindred(std::int32_t user, int n) const {
    try {
        auto found = m_recommender->kindredUsers(user, n);
        if (!found)
            return found.status();
        return KindredResult{user, std::move(found).value()};
    } catch (const std::exception& error) {
        return Status::failure(error.what());
    }
}

Status PairSession::recordFeedback(std::int32_t user, std::int32_t item, bool up) const {
    try {
        auto project = openProject(m_path, OpenMode::OpenExisting);
        if (!project)
            return project.status();
        return kindred::recordFeedback(*project.value(), modelId(), data().userIds[std::size_t(user)],
                                       data().itemIds[std::size_t(item)], up);
    } catch (const std::exception& error) {
        return Status::failure(error.what());
    }
}

Result<UserProfile> PairSession::coldStart(const std::vector<HistoryEntry>& history) const {
    try {
        return coldStartProfile(*m_space, history);
    } catch (const std::exception& error) {
        return Status::failure(error.what());
    }
}

} // namespace kindred::ui
