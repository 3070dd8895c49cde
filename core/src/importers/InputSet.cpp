#include "DatasetImporter.h"
#include "LineReader.h"

#include <algorithm>
#include <cctype>

namespace kindred::import {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

void collect(const std::filesystem::path& folder, int depth, std::vector<std::filesystem::path>& out) {
    std::error_code ec;
    std::vector<std::filesystem::path> entries;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    for (const auto& entry : entries) {
        if (std::filesystem::is_directory(entry, ec)) {
            if (depth > 0)
                collect(entry, depth - 1, out);
        } else {
            out.push_back(entry);
        }
    }
}

} // namespace

InputSet::InputSet(const std::vector<std::filesystem::path>& inputs) {
    // Absolute paths: a relative file name ("u.data") still has a folder to find its siblings in,
    // and messages name "folder/file".
    for (const auto& input : inputs) {
        std::error_code ec;
        auto absolute = std::filesystem::absolute(input, ec);
        m_inputs.push_back(ec ? input : absolute.lexically_normal());
    }
    for (const auto& input : m_inputs) {
        std::error_code ec;
        if (std::filesystem::is_directory(input, ec))
            collect(input, 1, m_files);
        else
            m_files.push_back(input);
    }
}

std::uint64_t InputSet::totalBytes() const {
    std::uint64_t total = 0;
    for (const auto& file : m_files) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        total += ec ? 0 : size;
    }
    return total;
}

std::optional<std::filesystem::path> InputSet::find(std::string_view fileName) const {
    for (const auto& file : m_files)
        if (equalsIgnoreCase(file.filename().string(), fileName))
            return file;
    return std::nullopt;
}

std::vector<std::filesystem::path> InputSet::endingWith(std::string_view suffix) const {
    std::vector<std::filesystem::path> result;
    for (const auto& file : m_files) {
        const std::string name = file.filename().string();
        if (name.size() >= suffix.size() && equalsIgnoreCase(std::string_view(name).substr(name.size() - suffix.size()), suffix))
            result.push_back(file);
    }
    return result;
}

bool InputSet::givenExplicitly(const std::filesystem::path& file) const {
    return std::find(m_inputs.begin(), m_inputs.end(), file) != m_inputs.end();
}

std::string InputSet::defaultSourceName() const {
    if (m_inputs.empty())
        return "import";
    auto first = m_inputs.front();
    std::error_code ec;
    if (std::filesystem::is_directory(first, ec)) {
        if (first.filename().empty())
            first = first.parent_path();
        return first.filename().string();
    }
    // The full file name: official split files (u1.base, u1.test) must stay distinguishable.
    const auto parent = first.parent_path().filename().string();
    return parent.empty() ? first.filename().string() : parent + "/" + first.filename().string();
}

std::string firstLine(const std::filesystem::path& file) {
    try {
        LineReader reader(file);
        std::string_view line;
        if (reader.next(line))
            return std::string(line.substr(0, 4096));
    } catch (const std::exception&) {
    }
    return {};
}

std::vector<std::unique_ptr<DatasetImporter>> makeAllImporters() {
    std::vector<std::unique_ptr<DatasetImporter>> all;
    all.push_back(makeMovieLens100kImporter());
    all.push_back(makeMovieLens1mImporter());
    all.push_back(makeMovieLensCsvImporter());
    all.push_back(makeDoubanImporter());
    all.push_back(makeRecBoleImporter());
    all.push_back(makeAmazonJsonImporter());
    all.push_back(makeAmazonTsvImporter());
    all.push_back(makeMindImporter());
    all.push_back(makeGoodbooksImporter());
    all.push_back(makeLastfmImporter());
    all.push_back(makeGenericCsvImporter());
    return all;
}

} // namespace kindred::import
