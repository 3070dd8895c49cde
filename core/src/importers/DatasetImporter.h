#pragma once
// The interface every format importer implements, and the set of input files it reads.
// One importer per file pair (e.g. MovieLens100kImporter.cpp); makeAllImporters() lists them.

#include "kindred/importers/Import.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace kindred::import {

class ImportSink;

/// The files of an import: the paths given, with folders expanded two levels deep.
class InputSet {
public:
    explicit InputSet(const std::vector<std::filesystem::path>& inputs);

    const std::vector<std::filesystem::path>& files() const noexcept { return m_files; }
    /// The first file whose name equals `fileName` (ASCII case-insensitive).
    std::optional<std::filesystem::path> find(std::string_view fileName) const;
    /// All files whose name ends with `suffix` (ASCII case-insensitive), e.g. ".inter".
    std::vector<std::filesystem::path> endingWith(std::string_view suffix) const;
    /// True when `file` was one of the paths given (not found by expanding a folder).
    bool givenExplicitly(const std::filesystem::path& file) const;
    /// Name for the source when the user gave none: the first input's folder or file name.
    std::string defaultSourceName() const;
    /// The summed size of the files (those that cannot be read count 0).
    std::uint64_t totalBytes() const;

private:
    std::vector<std::filesystem::path> m_inputs;
    std::vector<std::filesystem::path> m_files;
};

/// The first line of a file (without terminator, BOM stripped), or "" when unreadable/empty.
std::string firstLine(const std::filesystem::path& file);

class DatasetImporter {
public:
    virtual ~DatasetImporter() = default;
    virtual FormatInfo info() const = 0;
    /// Confidence 0..100 that `inputs` are in this format; must be cheap (names, first lines).
    virtual int detect(const InputSet& inputs) const = 0;
    /// Whether the inputs make one import of this format; cheap (names, first lines). Called when
    /// files are chosen (the wizard) and before an import starts. Default: accepted.
    virtual Status checkInputs(const InputSet& inputs) const {
        (void)inputs;
        return Status::success();
    }
    /// Parses the inputs into the sink. Throws ImportError (bad file/row under the abort policy)
    /// or CancelledError. Must call sink.beginSource() before anything else.
    virtual void run(const InputSet& inputs, ImportSink& sink) const = 0;
};

std::vector<std::unique_ptr<DatasetImporter>> makeAllImporters();

// Factories, one per format file.
std::unique_ptr<DatasetImporter> makeMovieLens100kImporter();
std::unique_ptr<DatasetImporter> makeMovieLens1mImporter();
std::unique_ptr<DatasetImporter> makeMovieLensCsvImporter();
std::unique_ptr<DatasetImporter> makeDoubanImporter();
std::unique_ptr<DatasetImporter> makeRecBoleImporter();
std::unique_ptr<DatasetImporter> makeAmazonJsonImporter();
std::unique_ptr<DatasetImporter> makeAmazonTsvImporter();
std::unique_ptr<DatasetImporter> makeMindImporter();
std::unique_ptr<DatasetImporter> makeGoodbooksImporter();
std::unique_ptr<DatasetImporter> makeLastfmImporter();
std::unique_ptr<DatasetImporter> makeGenericCsvImporter();

} // namespace kindred::import
