#include "kindred/space/ProjectorExport.h"

#include "kindred/recommend/ProjectLookup.h"
#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"

#include <fstream>
#include <string>
#include <unordered_map>

namespace kindred {

namespace {

/// TSV cells must not contain tabs or line breaks.
std::string tsvCell(std::string text) {
    for (auto& c : text)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return text;
}

std::string csvQuoted(const std::string& text) {
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

} // namespace

Result<ProjectorExportSummary> exportProjector(const Project& project, const TasteSpace& space,
                                               const Projection* projection, const std::filesystem::path& folder) {
    if (!space.data)
        return Status::failure("the model has no data to export");
    const TrainingData& data = *space.data;
    std::unordered_map<std::int64_t, std::size_t> itemRow;
    if (projection)
        for (std::size_t r = 0; r < projection->rows(); ++r)
            if (!projection->isUser[r])
                itemRow.emplace(projection->ids[r], r);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    std::ofstream vectors(folder / "vectors.tsv"), metadata(folder / "metadata.tsv"),
        coordinates(folder / "coordinates.csv");
    if (!vectors || !metadata || !coordinates)
        return Status::failure(folder.string() + ": cannot write the export files there");
    const int dimensions = projection ? projection->request.dimensions : 0;
    metadata << "title\tmedium\tgenres\tcluster\n";
    coordinates << "item_id,title,medium,x,y" << (dimensions == 3 ? ",z" : "") << ",cluster\n";
    ProjectorExportSummary summary;
    const auto labels = itemLabels(project, data.itemIds);
    for (std::int32_t i = 0; i < data.itemCount(); ++i) {
        const auto vector = space.itemVector(i);
        for (std::size_t k = 0; k < vector.size(); ++k)
            vectors << (k ? "\t" : "") << vector[k];
        vectors << "\n";
        const auto& label = labels[std::size_t(i)];
        const auto title = tsvCell(label.title.empty() ? label.externalId : label.title);
        const auto& domain = data.domains[std::size_t(data.itemDomain[std::size_t(i)])].name;
        const auto row = itemRow.find(data.itemIds[std::size_t(i)]);
        const int cluster = row != itemRow.end() ? projection->cluster[row->second] : -1;
        metadata << title << "\t" << tsvCell(domain) << "\t" << tsvCell(data.genresText(i)) << "\t" << cluster << "\n";
        if (row != itemRow.end()) {
            coordinates << data.itemIds[std::size_t(i)] << "," << csvQuoted(title) << "," << csvQuoted(domain);
            for (int a = 0; a < dimensions; ++a)
                coordinates << "," << projection->coordinates[row->second * std::size_t(dimensions) + std::size_t(a)];
            coordinates << "," << cluster << "\n";
            ++summary.coordinates;
        }
        ++summary.items;
    }
    if (!vectors.flush() || !metadata.flush() || !coordinates.flush())
        return Status::failure(folder.string() + ": writing the export files failed (disk full?)");
    return summary;
}

} // namespace kindred
