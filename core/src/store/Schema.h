#pragma once
// Internal: what a Kindred project of a given schema version must contain, for Project::open's
// check that a file is really a project before anything is written to it.

#include <sqlite3.h>

#include <string>

namespace kindred {

/// The first table a project of schema `version` (1..kCurrentSchemaVersion) must have but `db`
/// lacks; empty when none is missing. Throws StoreError when the schema cannot be read.
std::string missingProjectTable(sqlite3* db, int version);

} // namespace kindred
