#pragma once
// ProjectorExport: a model's item space in the files TensorFlow's Embedding Projector reads —
// vectors.tsv (one item vector per line), metadata.tsv (title, medium, genres, cluster, with a
// header) — plus coordinates.csv (item_id, title, medium, x, y[, z], cluster) of one projection.

#include "kindred/common/Status.h"

#include <cstddef>
#include <filesystem>

namespace kindred {

class Project;
struct Projection;
class TasteSpace;

struct ProjectorExportSummary {
    std::size_t items = 0;       ///< lines of vectors.tsv
    std::size_t coordinates = 0; ///< data lines of coordinates.csv (0 without a projection)
};

/// Writes the three files into `folder` (created when missing; existing files are replaced).
/// `projection` may be null (coordinates.csv then has its header only; clusters are -1); it must
/// belong to the space's model. `project` supplies titles and external ids. Fails with a message
/// naming the folder when a file cannot be written.
Result<ProjectorExportSummary> exportProjector(const Project& project, const TasteSpace& space,
                                               const Projection* projection, const std::filesystem::path& folder);

} // namespace kindred
