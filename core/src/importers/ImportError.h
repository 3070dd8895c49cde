#pragma once
// ImportError: a problem that ends an import, located in a file and line.

#include "kindred/importers/Import.h"

#include <stdexcept>

namespace kindred::import {

class ImportError : public std::runtime_error {
public:
    explicit ImportError(ImportIssue issue) : std::runtime_error(issue.toString()), m_issue(std::move(issue)) {}
    const ImportIssue& issue() const noexcept { return m_issue; }

private:
    ImportIssue m_issue;
};

/// The name a file is shown by in messages: "parent/file.ext", e.g. "douban_book/ratings.dat".
std::string displayName(const std::filesystem::path& file);

} // namespace kindred::import
