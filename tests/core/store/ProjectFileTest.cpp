// Opening, creating and migrating project files, and refusing files that are not projects.
#include "ProjectDump.h"
#include "store/ProjectInternals.h"
#include "TestSupport.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <gmock/gmock.h>
#include <sqlite3.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

/// A raw sqlite3 connection for building files the way an older or foreign program would.
class RawDatabase {
public:
    explicit RawDatabase(const std::filesystem::path& file) {
        if (sqlite3_open(file.c_str(), &m_db) != SQLITE_OK)
            ADD_FAILURE() << "cannot create " << file << ": " << sqlite3_errmsg(m_db);
    }
    ~RawDatabase() { sqlite3_close_v2(m_db); }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    sqlite3* handle() const { return m_db; }
    void exec(const char* sql) {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            ADD_FAILURE() << sql << ": " << (error ? error : "?");
            sqlite3_free(error);
        }
    }

private:
    sqlite3* m_db = nullptr;
};

TEST(ProjectFile, CreatesANewFileWithTheCurrentSchema) {
    test::TempDir dir;
    const auto file = dir / "new.kindred";
    auto project = Project::open(file);
    ASSERT_TRUE(project) << project.status().message();
    EXPECT_TRUE(std::filesystem::exists(file));
    EXPECT_EQ(project.value()->schemaVersion(), kCurrentSchemaVersion);
    EXPECT_EQ(project.value()->path(), file);
    EXPECT_FALSE(project.value()->isReadOnly());
    EXPECT_TRUE(project.value()->domains().empty());
    EXPECT_TRUE(project.value()->sources().empty());
    EXPECT_EQ(test::integrityCheck(rawHandle(*project.value())), "ok");
}

TEST(ProjectFile, ReopenedFileKeepsItsData) {
    test::TempDir dir;
    const auto file = dir / "p.kindred";
    const auto data = test::writeMl100k(dir, "data", test::ml100kRating(1, 1, "5") + test::ml100kRating(2, 3, "2"));
    std::string before;
    {
        auto project = Project::open(file);
        ASSERT_TRUE(project) << project.status().message();
        const auto result = test::importAndCheck(*project.value(), {data}, test::ml100kOptions());
        ASSERT_TRUE(result.status) << result.status.message();
        before = test::dumpDatabase(rawHandle(*project.value()));
    }
    for (const auto mode : {OpenMode::OpenExisting, OpenMode::OpenOrCreate, OpenMode::ReadOnly}) {
        auto reopened = Project::open(file, mode);
        ASSERT_TRUE(reopened) << reopened.status().message();
        EXPECT_EQ(test::dumpDatabase(rawHandle(*reopened.value())), before);
        EXPECT_EQ(reopened.value()->stats().ratings, 2u);
        EXPECT_EQ(reopened.value()->isReadOnly(), mode == OpenMode::ReadOnly);
    }
}

TEST(ProjectFile, ConnectionUsesWalAndForeignKeys) {
    test::TempDir dir;
    auto project = Project::open(dir / "p.kindred");
    ASSERT_TRUE(project) << project.status().message();
    sqlite3* db = rawHandle(*project.value());
    EXPECT_EQ(test::queryRows(db, "PRAGMA journal_mode"), std::vector<std::string>{"t:'wal'"});
    EXPECT_EQ(test::queryInt(db, "PRAGMA foreign_keys"), 1);
    // Foreign keys really are enforced on this connection.
    EXPECT_NE(sqlite3_exec(db, "INSERT INTO items(domain_id, external_id) VALUES(12345, 'x')", nullptr, nullptr,
                           nullptr),
              SQLITE_OK);
    // The mode is stored in the file: a plain connection sees WAL too.
    project.value().reset();
    EXPECT_EQ(test::queryRows(RawDatabase(dir / "p.kindred").handle(), "PRAGMA journal_mode"),
              std::vector<std::string>{"t:'wal'"});
}

TEST(ProjectFile, OpenExistingRefusesAMissingFileAndDoesNotCreateIt) {
    test::TempDir dir;
    const auto file = dir / "missing.kindred";
    for (const auto mode : {OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        auto project = Project::open(file, mode);
        ASSERT_FALSE(project);
        EXPECT_THAT(project.status().message(), HasSubstr(file.string()));
        EXPECT_THAT(project.status().message(), HasSubstr("no such"));
        EXPECT_FALSE(std::filesystem::exists(file));
    }
}

TEST(ProjectFile, RefusesAFolder) {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "folder.kindred");
    for (const auto mode : {OpenMode::OpenOrCreate, OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        auto project = Project::open(dir / "folder.kindred", mode);
        ASSERT_FALSE(project);
        EXPECT_THAT(project.status().message(), HasSubstr((dir / "folder.kindred").string()));
        EXPECT_THAT(project.status().message(), HasSubstr("folder"));
    }
}

TEST(ProjectFile, RefusesAFileThatIsNotSqlite) {
    test::TempDir dir;
    const std::string content = "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n" + std::string(200, 'x');
    const auto file = dir.write("ratings.kindred", content);
    for (const auto mode : {OpenMode::OpenOrCreate, OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        auto project = Project::open(file, mode);
        ASSERT_FALSE(project);
        EXPECT_THAT(project.status().message(), HasSubstr(file.string()));
        EXPECT_THAT(project.status().message(), HasSubstr("not a database"));
    }
    // Nothing was written into the file.
    std::ifstream in(file, std::ios::binary);
    const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(after, content);
}

TEST(ProjectFile, RefusesASqliteFileThatIsNotAProject) {
    test::TempDir dir;
    const auto file = dir / "other.db";
    {
        RawDatabase raw(file);
        raw.exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES('hello');");
    }
    const auto before = test::dumpDatabaseFile(file);
    for (const auto mode : {OpenMode::OpenOrCreate, OpenMode::OpenExisting}) {
        auto project = Project::open(file, mode);
        ASSERT_FALSE(project);
        EXPECT_THAT(project.status().message(), HasSubstr(file.string()));
        EXPECT_THAT(project.status().message(), HasSubstr("not a Kindred project"));
    }
    auto readOnly = Project::open(file, OpenMode::ReadOnly);
    ASSERT_FALSE(readOnly);
    EXPECT_THAT(readOnly.status().message(), HasSubstr(file.string()));
    // Not "needs migrating; open it writable once": opening it writable would not help.
    EXPECT_THAT(readOnly.status().message(), HasSubstr("not a Kindred project"));
    // No Kindred table was added to someone else's database, and its journal mode (stored in
    // the file header) was not switched to WAL.
    EXPECT_EQ(test::dumpDatabaseFile(file), before);
    EXPECT_EQ(test::queryRows(RawDatabase(file).handle(), "PRAGMA journal_mode"),
              std::vector<std::string>{"t:'delete'"});
}

TEST(ProjectFile, RefusesAFileFromANewerVersion) {
    test::TempDir dir;
    const auto file = dir / "future.kindred";
    {
        RawDatabase raw(file);
        migrateSchema(raw.handle());
        raw.exec(("PRAGMA user_version = " + std::to_string(kCurrentSchemaVersion + 1)).c_str());
        raw.exec("CREATE TABLE from_the_future(x)");
    }
    const auto before = test::dumpDatabaseFile(file);
    for (const auto mode : {OpenMode::OpenOrCreate, OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        auto project = Project::open(file, mode);
        ASSERT_FALSE(project);
        EXPECT_THAT(project.status().message(), HasSubstr(file.string()));
        EXPECT_THAT(project.status().message(), HasSubstr("newer"));
        EXPECT_THAT(project.status().message(), HasSubstr(std::to_string(kCurrentSchemaVersion + 1)));
    }
    EXPECT_EQ(test::dumpDatabaseFile(file), before);
}

TEST(ProjectFile, MigrateSchemaRefusesANewerFile) {
    test::TempDir dir;
    RawDatabase raw(dir / "future.db");
    raw.exec("PRAGMA user_version = 999");
    EXPECT_THROW(migrateSchema(raw.handle()), std::exception);
}

TEST(ProjectFile, ReadOnlyProjectRefusesImports) {
    test::TempDir dir;
    const auto file = dir / "p.kindred";
    ASSERT_TRUE(Project::open(file));
    const auto before = test::dumpDatabaseFile(file);
    auto project = Project::open(file, OpenMode::ReadOnly);
    ASSERT_TRUE(project) << project.status().message();
    EXPECT_TRUE(project.value()->isReadOnly());
    const auto data = test::writeMl100k(dir, "data", test::ml100kRating(1, 1, "5"));
    const auto result = importDataset(*project.value(), {data}, test::ml100kOptions());
    ASSERT_FALSE(result.status);
    EXPECT_THAT(result.status.message(), HasSubstr(file.string()));
    EXPECT_THAT(result.status.message(), HasSubstr("read-only"));
    project.value().reset();
    EXPECT_EQ(test::dumpDatabaseFile(file), before);
}

TEST(ProjectFile, ReadOnlyRefusesAnOldSchemaInsteadOfMigrating) {
    test::TempDir dir;
    const auto file = dir / "old.kindred";
    {
        RawDatabase raw(file);
        migrateSchema(raw.handle(), 1);
    }
    static_assert(kOldestSchemaReadAsIs > 1);
    auto project = Project::open(file, OpenMode::ReadOnly);
    ASSERT_FALSE(project);
    EXPECT_THAT(project.status().message(), HasSubstr(file.string()));
    EXPECT_EQ(test::queryInt(RawDatabase(file).handle(), "PRAGMA user_version"), 1);
}

/// A version-6 project with one model and a user's and an item's vector of 256 floats each.
void writeVersion6WithVectors(const std::filesystem::path& file) {
    RawDatabase raw(file);
    migrateSchema(raw.handle(), 6);
    raw.exec("INSERT INTO models(id, name, kind, created_at) VALUES(1, 'm', 'mf', '2026-01-01T00:00:00Z');"
             "INSERT INTO embeddings(model_id, entity, entity_id, vector) VALUES"
             "(1, 'user', 5, zeroblob(1024)), (1, 'item', 9, randomblob(1024)), (1, 'user', 2, randomblob(1024));");
}

std::vector<std::string> embeddingRows(sqlite3* db) {
    return test::queryRows(db, "SELECT model_id, entity, entity_id, hex(vector) FROM embeddings "
                               "ORDER BY model_id, entity, entity_id");
}

bool embeddingsWithoutRowid(sqlite3* db) {
    return test::queryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'embeddings' AND "
                              "sql LIKE '%WITHOUT ROWID%'") == 1;
}

// Migration 7 stores the embeddings as rowid rows (a vector no longer overflows its page) and
// keeps every row; a version-6 file reads as it is where it may not be written.
TEST(ProjectFile, Version6EmbeddingsBecomeRowidRowsAndAVersion6FileReadsAsItIs) {
    test::TempDir dir;
    const auto file = dir / "v6.kindred";
    writeVersion6WithVectors(file);
    std::vector<std::string> before;
    {
        RawDatabase raw(file);
        before = embeddingRows(raw.handle());
        EXPECT_TRUE(embeddingsWithoutRowid(raw.handle()));
    }
    ASSERT_EQ(before.size(), 3u);
    {
        auto reading = Project::open(file, OpenMode::ReadOnly);
        ASSERT_TRUE(reading) << reading.status().message();
        EXPECT_EQ(reading.value()->schemaVersion(), 6);
        EXPECT_EQ(embeddingRows(rawHandle(*reading.value())), before);
    }
    auto project = Project::open(file, OpenMode::OpenExisting);
    ASSERT_TRUE(project) << project.status().message();
    sqlite3* db = rawHandle(*project.value());
    EXPECT_EQ(project.value()->schemaVersion(), kCurrentSchemaVersion);
    EXPECT_FALSE(embeddingsWithoutRowid(db));
    EXPECT_EQ(embeddingRows(db), before);
    EXPECT_EQ(test::queryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'embeddings_v7'"), 0);
    EXPECT_EQ(test::integrityCheck(db), "ok");
    // The key still holds, and deleting the model still takes its vectors.
    EXPECT_NE(sqlite3_exec(db, "INSERT INTO embeddings VALUES(1, 'user', 5, x'00')", nullptr, nullptr, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "DELETE FROM models WHERE id = 1", nullptr, nullptr, nullptr), SQLITE_OK);
    EXPECT_EQ(test::queryInt(db, "SELECT count(*) FROM embeddings"), 0);
}

// A file written by the first release (schema version 1), with data, opens in this build: it is
// migrated forward, keeps every row, and gains the new tables and columns.
TEST(ProjectFile, MigratesAVersion1FileWithItsData) {
    test::TempDir dir;
    const auto file = dir / "v1.kindred";
    {
        RawDatabase raw(file);
        migrateSchema(raw.handle(), 1);
        ASSERT_EQ(test::queryInt(raw.handle(), "PRAGMA user_version"), 1);
        raw.exec(R"sql(
            INSERT INTO domains(id, name, kind) VALUES(1, 'old movies', 'movie');
            INSERT INTO sources(id, name, format, paths, imported_at, scale_min, scale_max, feedback, user_namespace)
              VALUES(1, 'old source', 'movielens-100k', '["/data/u.data"]', '2020-01-01T00:00:00Z', 1, 5,
                     'explicit', 'movielens-100k');
            INSERT INTO users(id, namespace, external_id, age, gender) VALUES(1, 'movielens-100k', '42', 30, 'F');
            INSERT INTO items(id, domain_id, external_id, title, year) VALUES(1, 1, '7', 'An Old Film', 1990);
            INSERT INTO item_genres(item_id, genre) VALUES(1, 'Drama');
            INSERT INTO ratings(user_id, item_id, domain_id, source_id, raw_value, value, ts)
              VALUES(1, 1, 1, 1, 4, 0.75, 881250949);
        )sql");
        // Version 1 has none of the later tables.
        EXPECT_EQ(test::queryInt(raw.handle(), "SELECT count(*) FROM sqlite_schema WHERE name = 'item_links'"), 0);
    }
    const auto v1Rows = [&] {
        RawDatabase raw(file);
        return test::queryRows(raw.handle(), "SELECT d.name, u.external_id, u.age, i.title, i.year, g.genre, "
                                             "r.raw_value, r.value, r.ts, s.name FROM ratings r "
                                             "JOIN users u ON u.id = r.user_id JOIN items i ON i.id = r.item_id "
                                             "JOIN domains d ON d.id = r.domain_id JOIN sources s ON s.id = r.source_id "
                                             "JOIN item_genres g ON g.item_id = i.id");
    }();
    ASSERT_EQ(v1Rows.size(), 1u);

    auto project = Project::open(file, OpenMode::OpenExisting);
    ASSERT_TRUE(project) << project.status().message();
    sqlite3* db = rawHandle(*project.value());
    EXPECT_EQ(project.value()->schemaVersion(), kCurrentSchemaVersion);
    EXPECT_EQ(test::queryInt(db, "PRAGMA user_version"), kCurrentSchemaVersion);
    EXPECT_EQ(test::queryRows(db, "SELECT d.name, u.external_id, u.age, i.title, i.year, g.genre, "
                                  "r.raw_value, r.value, r.ts, s.name FROM ratings r "
                                  "JOIN users u ON u.id = r.user_id JOIN items i ON i.id = r.item_id "
                                  "JOIN domains d ON d.id = r.domain_id JOIN sources s ON s.id = r.source_id "
                                  "JOIN item_genres g ON g.item_id = i.id"),
              v1Rows);
    for (const char* table : {"user_links", "item_links", "models", "training_runs", "embeddings", "projections",
                              "feedback"})
        EXPECT_EQ(test::queryInt(db, std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                                 "name = '") + table + "'"),
                  1)
            << table;
    const auto sources = project.value()->sources();
    ASSERT_EQ(sources.size(), 1u);
    EXPECT_EQ(sources[0].name, "old source");
    EXPECT_EQ(sources[0].reportJson, "{}"); // the column added by migration 2, with its default
    EXPECT_EQ(test::integrityCheck(db), "ok");
    EXPECT_TRUE(test::foreignKeyViolations(db).empty());
    const auto stats = project.value()->stats(); // read from the summary tables migration 6 filled
    EXPECT_EQ(stats.ratings, 1u);
    EXPECT_EQ(stats.users, 1u);
    ASSERT_EQ(stats.domains.size(), 1u);
    EXPECT_DOUBLE_EQ(stats.domains[0].meanValue, 0.75);
    EXPECT_EQ(stats.domains[0].users, 1u);

    // The migrated file takes new imports next to the old data.
    const auto data = test::writeMl100k(dir, "data", test::ml100kRating(1, 1, "5") + test::ml100kRating(2, 2, "3"));
    const auto result = test::importAndCheck(*project.value(), {data}, test::ml100kOptions());
    ASSERT_TRUE(result.status) << result.status.message();
    EXPECT_EQ(project.value()->stats().ratings, 3u);

    // Opening it again does not migrate twice.
    project.value().reset();
    auto again = Project::open(file, OpenMode::OpenExisting);
    ASSERT_TRUE(again) << again.status().message();
    EXPECT_EQ(again.value()->schemaVersion(), kCurrentSchemaVersion);
}

TEST(ProjectFile, InMemoryProjectWorks) {
    auto project = Project::open(":memory:");
    ASSERT_TRUE(project) << project.status().message();
    EXPECT_EQ(project.value()->schemaVersion(), kCurrentSchemaVersion);
}

} // namespace
} // namespace kindred
