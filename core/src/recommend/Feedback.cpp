// Thumbs up/down: storage in the feedback table and the online profile update (Feedback.h).
#include "kindred/recommend/Feedback.h"
#include "store/ProjectInternals.h"
#include "kindred/common/Time.h"

#include "../store/Sqlite.h"
#include "VectorMath.h"
#include "kindred/store/Project.h"

#include <algorithm>
#include <ctime>

namespace kindred {

UserProfile applyFeedback(const TasteSpace& space, const UserProfile& original,
                          const std::vector<FeedbackEvent>& events, const FeedbackUpdateOptions& options) {
    UserProfile p = original;
    const auto dim = std::size_t(space.dimension);
    if (p.vector.size() != dim || !space.data)
        return p;
    for (const auto& event : events) {
        if (event.item < 0 || event.item >= space.data->itemCount())
            continue;
        const auto q = space.itemVector(event.item);
        const double qq = recommend::dot(q, q);
        const double step = options.learningRate / (qq + options.l2 > 0 ? qq + options.l2 : 1.0);
        const double target = event.up ? 1.0 : 0.0;
        for (int s = 0; s < options.steps; ++s) {
            const double score = space.score(p, event.item);
            // One-sided squared error: only a prediction on the wrong side of the target pulls.
            double error = score - target;
            if ((event.up && error > 0) || (!event.up && error < 0))
                error = 0;
            for (std::size_t j = 0; j < dim; ++j) {
                const double gradient = 2 * error * q[j] + 2 * options.l2 * (double(p.vector[j]) - original.vector[j]);
                p.vector[j] = float(double(p.vector[j]) - step * gradient);
            }
        }
    }
    return p;
}

Status recordFeedback(Project& project, std::int64_t modelId, std::int64_t userId, std::int64_t itemId, bool up) {
    if (project.isReadOnly())
        return Status::failure(project.path().string() + " is open read-only; cannot store feedback");
    sqlite3* db = rawHandle(project);
    try {
        sql::Statement user(db, "SELECT 1 FROM users WHERE id = ?1");
        user.bind(1, userId);
        if (!user.step())
            return Status::failure("feedback: no user with id " + std::to_string(userId));
        sql::Statement item(db, "SELECT 1 FROM items WHERE id = ?1");
        item.bind(1, itemId);
        if (!item.step())
            return Status::failure("feedback: no item with id " + std::to_string(itemId));
        if (modelId) {
            sql::Statement model(db, "SELECT 1 FROM models WHERE id = ?1");
            model.bind(1, modelId);
            if (!model.step())
                return Status::failure("feedback: no model with id " + std::to_string(modelId));
        }
        sql::Statement insert(db, "INSERT INTO feedback(user_id, item_id, model_id, value, created_at) "
                                  "VALUES(?1, ?2, ?3, ?4, ?5)");
        insert.bind(1, userId).bind(2, itemId);
        if (modelId)
            insert.bind(3, modelId);
        else
            insert.bindNull(3);
        insert.bind(4, up ? 1 : -1).bind(5, isoNowUtc());
        insert.run();
        return Status::success();
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": storing feedback failed: " + error.what());
    }
}

Result<std::vector<FeedbackEvent>> loadFeedback(const Project& project, const TasteSpace& space, std::int64_t userId) {
    if (!space.data)
        return Status::failure("the taste space has no training data");
    const auto& ids = space.data->itemIds;
    try {
        std::vector<FeedbackEvent> events;
        sql::Statement query(rawHandle(project),
                             space.modelId ? "SELECT item_id, value FROM feedback WHERE user_id = ?1 AND model_id = ?2 ORDER BY id"
                                           : "SELECT item_id, value FROM feedback WHERE user_id = ?1 AND model_id IS NULL ORDER BY id");
        query.bind(1, userId);
        if (space.modelId)
            query.bind(2, space.modelId);
        while (query.step()) {
            const std::int32_t item = denseIndex(ids, query.int64(0));
            if (item < 0)
                continue;
            events.push_back({item, query.int64(1) > 0});
        }
        return events;
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": reading feedback failed: " + error.what());
    }
}

Result<UserProfile> loadUserProfile(const Project& project, const TasteSpace& space, std::int32_t user,
                                    const FeedbackUpdateOptions& options) {
    if (!space.data || user < 0 || user >= space.data->userCount())
        return Status::failure("user index " + std::to_string(user) + " is not in the model");
    auto events = loadFeedback(project, space, space.data->userIds[std::size_t(user)]);
    if (!events)
        return events.status();
    return applyFeedback(space, space.userProfile(user), events.value(), options);
}

} // namespace kindred
