// The stored form of a training history (see TrainingEvents.h).
#include "kindred/train/TrainingEvents.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace kindred {

std::string historyToJson(const std::vector<EpochRecord>& history) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& r : history) {
        nlohmann::ordered_json row = {{"epoch", r.epoch}, {"train_loss", r.trainLoss}};
        auto optional = [&row](const char* key, double value) {
            if (!std::isnan(value))
                row[key] = value;
        };
        optional("validation_loss", r.validationLoss);
        optional("validation_rmse", r.validationRmse);
        optional("validation_ndcg", r.validationNdcg);
        row["samples_per_second"] = r.samplesPerSecond;
        row["seconds"] = r.seconds;
        rows.push_back(std::move(row));
    }
    return rows.dump();
}

std::vector<EpochRecord> historyFromJson(const std::string& json) {
    std::vector<EpochRecord> history;
    const auto rows = nlohmann::json::parse(json, nullptr, false);
    if (!rows.is_array())
        return history;
    const double nan = std::nan("");
    auto number = [nan](const nlohmann::json& row, const char* key) {
        const auto found = row.find(key);
        return found != row.end() && found->is_number() ? found->get<double>() : nan;
    };
    for (const auto& row : rows) {
        if (!row.is_object())
            continue;
        EpochRecord r;
        r.epoch = row.value("epoch", int(history.size()) + 1);
        // Baselines stored their training RMSE as "train_rmse" before histories were typed.
        r.trainLoss = row.contains("train_loss") ? number(row, "train_loss") : number(row, "train_rmse");
        if (std::isnan(r.trainLoss))
            r.trainLoss = 0;
        r.validationLoss = number(row, "validation_loss");
        r.validationRmse = number(row, "validation_rmse");
        r.validationNdcg = number(row, "validation_ndcg");
        r.samplesPerSecond = std::isnan(number(row, "samples_per_second")) ? 0 : number(row, "samples_per_second");
        r.seconds = std::isnan(number(row, "seconds")) ? 0 : number(row, "seconds");
        history.push_back(r);
    }
    return history;
}

} // namespace kindred
