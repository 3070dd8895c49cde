// Forward-only schema migrations. Migration N takes a file from user_version N-1 to N.
// Never edit a released migration: add a new one and bump kCurrentSchemaVersion.
#include "Schema.h"

#include "RatingSummary.h"
#include "Sqlite.h"
#include "kindred/store/Project.h"

#include <array>
#include <string>
#include <utility>

namespace kindred {

namespace {

// Version 1: the data a person imports. ratings is clustered by (user, item): one user's history
// is contiguous, (user, item) is unique, and bulk loads sorted by that key append.
constexpr const char* kMigration1 = R"sql(
CREATE TABLE domains(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK(kind IN ('movie','book','music','news','other')));
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  format TEXT NOT NULL,
  paths TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  scale_min REAL,
  scale_max REAL,
  feedback TEXT NOT NULL CHECK(feedback IN ('explicit','implicit')),
  user_namespace TEXT NOT NULL);
CREATE TABLE users(
  id INTEGER PRIMARY KEY,
  namespace TEXT NOT NULL,
  external_id TEXT NOT NULL,
  age INTEGER,
  gender TEXT,
  occupation TEXT,
  zip TEXT,
  UNIQUE(namespace, external_id));
CREATE TABLE items(
  id INTEGER PRIMARY KEY,
  domain_id INTEGER NOT NULL REFERENCES domains(id),
  external_id TEXT NOT NULL,
  title TEXT,
  year INTEGER,
  text TEXT,
  UNIQUE(domain_id, external_id));
CREATE TABLE item_genres(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  genre TEXT NOT NULL,
  PRIMARY KEY(item_id, genre)) WITHOUT ROWID;
CREATE TABLE item_tags(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  weight REAL NOT NULL DEFAULT 1,
  PRIMARY KEY(item_id, tag)) WITHOUT ROWID;
CREATE TABLE ratings(
  user_id INTEGER NOT NULL REFERENCES users(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  domain_id INTEGER NOT NULL REFERENCES domains(id),
  source_id INTEGER NOT NULL REFERENCES sources(id),
  raw_value REAL NOT NULL,
  value REAL NOT NULL CHECK(value BETWEEN 0 AND 1),
  ts INTEGER,
  weight REAL NOT NULL DEFAULT 1,
  PRIMARY KEY(user_id, item_id)) WITHOUT ROWID;
CREATE INDEX ratings_item ON ratings(item_id);
CREATE TABLE reviews(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  source_id INTEGER NOT NULL REFERENCES sources(id),
  summary TEXT,
  text TEXT NOT NULL,
  ts INTEGER);
CREATE INDEX reviews_item ON reviews(item_id);
)sql";

// Version 2: cleaning reports, social links, external item ids (IMDb, TMDB, URLs), stored
// train/validation/test splits (splits.assignment: one byte per rating in (user_id, item_id)
// order, 0 train, 1 validation, 2 test; rating_count guards against a changed ratings table),
// and the tables the model, embedding and recommendation stages fill.
constexpr const char* kMigration2 = R"sql(
ALTER TABLE sources ADD COLUMN report_json TEXT NOT NULL DEFAULT '{}';
CREATE TABLE user_links(
  user_id INTEGER NOT NULL REFERENCES users(id),
  other_user_id INTEGER NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  PRIMARY KEY(user_id, other_user_id, kind)) WITHOUT ROWID;
CREATE TABLE item_links(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY(item_id, kind)) WITHOUT ROWID;
CREATE TABLE splits(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  seed INTEGER NOT NULL,
  parameters_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  rating_count INTEGER NOT NULL,
  assignment BLOB NOT NULL);
CREATE TABLE models(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  split_id INTEGER REFERENCES splits(id) ON DELETE SET NULL,
  hyperparameters_json TEXT NOT NULL DEFAULT '{}',
  metrics_json TEXT NOT NULL DEFAULT '{}',
  weights BLOB);
CREATE TABLE training_runs(
  id INTEGER PRIMARY KEY,
  model_id INTEGER REFERENCES models(id) ON DELETE CASCADE,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,
  history_json TEXT NOT NULL DEFAULT '[]',
  checkpoint BLOB);
CREATE TABLE embeddings(
  model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
  entity TEXT NOT NULL CHECK(entity IN ('user','item')),
  entity_id INTEGER NOT NULL,
  vector BLOB NOT NULL,
  PRIMARY KEY(model_id, entity, entity_id)) WITHOUT ROWID;
CREATE TABLE projections(
  id INTEGER PRIMARY KEY,
  model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
  method TEXT NOT NULL,
  parameters_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  coordinates BLOB NOT NULL);
CREATE TABLE feedback(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,
  value INTEGER NOT NULL CHECK(value IN (-1, 1)),
  created_at TEXT NOT NULL);
)sql";

// v3: an unfinished training run remembers what it was asked to do and on which split, so that
// `train --resume` can find it and continue from its last checkpoint.
constexpr const char* kMigration3 = R"sql(
ALTER TABLE training_runs ADD COLUMN request_json TEXT;
ALTER TABLE training_runs ADD COLUMN split_id INTEGER REFERENCES splits(id) ON DELETE SET NULL;
ALTER TABLE training_runs ADD COLUMN checkpoint_epoch INTEGER;
)sql";

// v4: hyper-parameter searches keep their results table (one JSON array of trials) in the project.
constexpr const char* kMigration4 = R"sql(
CREATE TABLE searches(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  metric TEXT NOT NULL,
  created_at TEXT NOT NULL,
  split_id INTEGER REFERENCES splits(id) ON DELETE SET NULL,
  best_model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,
  cancelled INTEGER NOT NULL DEFAULT 0,
  trials_json TEXT NOT NULL DEFAULT '[]');
)sql";

// v5: the twin network takes the model kind "siamese"; the attention model stored under that name
// before keeps its weights under its own kind, "attention".
constexpr const char* kMigration5 = R"sql(
UPDATE models SET kind = 'attention' WHERE kind = 'siamese';
UPDATE searches SET kind = 'attention' WHERE kind = 'siamese';
)sql";

// v6: summary tables kept up to date by every rating write (RatingSummary.h), so statistics read
// a row per medium and person instead of scanning every rating; filled from the ratings here.
constexpr const char* kMigration6 = R"sql(
CREATE TABLE rating_summary(
  domain_id INTEGER NOT NULL REFERENCES domains(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  ratings INTEGER NOT NULL,
  value_sum REAL NOT NULL,
  PRIMARY KEY(domain_id, user_id)) WITHOUT ROWID;
CREATE INDEX rating_summary_user ON rating_summary(user_id);
CREATE TABLE rating_values(
  domain_id INTEGER NOT NULL REFERENCES domains(id),
  source_id INTEGER NOT NULL REFERENCES sources(id),
  raw_value REAL NOT NULL,
  bin INTEGER NOT NULL,
  ratings INTEGER NOT NULL,
  PRIMARY KEY(domain_id, source_id, raw_value, bin)) WITHOUT ROWID;
)sql";

// v7: the embeddings become a rowid table. WITHOUT ROWID, a row keeps at most about a quarter of a
// 4 KB page, so every vector of 256 floats overflowed into a page of its own: 1,034 MB for the
// 25 M twin's 221,588 vectors, 303 MB as rowid rows, and everyone's vectors are read in half the
// time. The columns, key and queries are unchanged, so a version-6 file reads as it is
// (kOldestSchemaReadAsIs). Rows are copied in key order, so the rowids follow the key.
constexpr const char* kMigration7 = R"sql(
CREATE TABLE embeddings_v7(
  model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
  entity TEXT NOT NULL CHECK(entity IN ('user','item')),
  entity_id INTEGER NOT NULL,
  vector BLOB NOT NULL,
  PRIMARY KEY(model_id, entity, entity_id));
INSERT INTO embeddings_v7(model_id, entity, entity_id, vector)
  SELECT model_id, entity, entity_id, vector FROM embeddings ORDER BY model_id, entity, entity_id;
DROP TABLE embeddings;
ALTER TABLE embeddings_v7 RENAME TO embeddings;
)sql";

constexpr std::array<const char*, 7> kMigrations = {kMigration1, kMigration2, kMigration3, kMigration4,
                                                    kMigration5, kMigration6, kMigration7};
static_assert(kMigrations.size() == kCurrentSchemaVersion);

/// The tables each migration creates (columns are not listed: a table's presence is what tells a
/// Kindred project from another SQLite file). Keep in step with the migrations above.
constexpr std::pair<int, const char*> kTablesByVersion[] = {
    {1, "domains"},  {1, "sources"},     {1, "users"},         {1, "items"},      {1, "item_genres"},
    {1, "item_tags"}, {1, "ratings"},    {1, "reviews"},       {2, "user_links"}, {2, "item_links"},
    {2, "splits"},   {2, "models"},      {2, "training_runs"}, {2, "embeddings"}, {2, "projections"},
    {2, "feedback"}, {4, "searches"},    {6, "rating_summary"}, {6, "rating_values"},
};

} // namespace

std::string missingProjectTable(sqlite3* db, int version) {
    sql::Statement find(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    for (const auto& [since, table] : kTablesByVersion) {
        if (since > version)
            continue;
        find.bind(1, table);
        const bool present = find.step();
        find.reset();
        if (!present)
            return table;
    }
    return {};
}

void migrateSchema(sqlite3* db, int targetVersion) {
    const int current = int(sql::queryInt(db, "PRAGMA user_version"));
    if (current > kCurrentSchemaVersion)
        throw sql::StoreError("the project was written by a newer Kindred (schema version " +
                              std::to_string(current) + ", this build knows up to " +
                              std::to_string(kCurrentSchemaVersion) + ")");
    for (int version = current + 1; version <= targetVersion; ++version) {
        sql::Transaction transaction(db);
        sql::exec(db, kMigrations[size_t(version - 1)]);
        if (version == 6)
            rebuildRatingSummary(db);
        // PRAGMA takes no bound parameters; the value is a compile-time integer, not data.
        sql::exec(db, ("PRAGMA user_version = " + std::to_string(version)).c_str());
        transaction.commit();
    }
}

} // namespace kindred
