#include "ImportSink.h"

#include "store/ProjectInternals.h"
#include "../store/RatingSummary.h"
#include "../store/Sqlite.h"
#include "ImportError.h"
#include "TextFields.h"
#include "kindred/common/PrintableText.h"
#include "kindred/common/Time.h"
#include "kindred/store/Project.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <functional>
#include <unordered_set>

namespace kindred::import {

namespace {

constexpr std::int64_t kNoTimestamp = std::numeric_limits<std::int64_t>::min();
constexpr std::size_t kMaxListedIssues = 1000;

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};
using TextIdMap = std::unordered_map<std::string, std::int64_t, StringHash, std::equal_to<>>;

/// External id → project id. Canonical decimal ids ("1".."99999999") — the common case in rating
/// files — are looked up in a flat table while it stays dense (at most kSlotsPerId slots per id
/// held): one odd id such as 99999999 in a small file must not cost 800 MB. Any other text, and
/// numbers too far beyond the others, go to a hash map. "007" and "7" stay distinct.
class IdMap {
public:
    std::optional<std::int64_t> find(std::string_view id) const {
        if (const auto number = canonicalNumber(id); number && *number < m_byNumber.size() && m_byNumber[*number] != 0)
            return m_byNumber[*number];
        if (const auto found = m_byText.find(id); found != m_byText.end())
            return found->second;
        return std::nullopt;
    }
    void insert(std::string_view id, std::int64_t value) {
        const auto number = canonicalNumber(id);
        const std::size_t limit = std::max(kFlatSlotsAlways, kSlotsPerId * (m_ids + 1));
        ++m_ids;
        if (number && *number < m_byNumber.size()) {
            m_byNumber[*number] = value;
        } else if (number && *number < limit) {
            m_byNumber.resize(std::min(std::max<std::size_t>(*number + 1, m_byNumber.size() * 2), limit), 0);
            m_byNumber[*number] = value;
        } else {
            m_byText.emplace(std::string(id), value);
        }
    }

private:
    static constexpr std::size_t kMaxDigits = 8;               // flat table of at most 10^8 entries
    static constexpr std::size_t kFlatSlotsAlways = 1u << 16;  // 512 KiB, whatever the count
    static constexpr std::size_t kSlotsPerId = 8;              // above that, at most 64 bytes per id
    static std::optional<std::size_t> canonicalNumber(std::string_view id) noexcept {
        if (id.empty() || id.size() > kMaxDigits || (id[0] == '0' && id.size() > 1))
            return std::nullopt;
        std::size_t value = 0;
        for (const char c : id) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + std::size_t(c - '0');
        }
        return value;
    }
    std::vector<std::int64_t> m_byNumber; // 0 = absent (project ids start at 1)
    TextIdMap m_byText;
    std::size_t m_ids = 0;                // ids inserted, in either place
};

/// Foreign-key enforcement is switched off for the transaction of a large import (PRAGMA
/// foreign_keys is a no-op inside one, hence before BEGIN): every reference the sink writes is an id
/// it created or loaded itself, and per-row checks cost a third more on 5 M ratings. The tests run
/// PRAGMA foreign_key_check after imports. A small import keeps the checks: switching them makes
/// SQLite prepare every statement of the connection again, which costs more than checking its rows.
class ForeignKeysOffDuringImport {
public:
    ForeignKeysOffDuringImport(sqlite3* db, bool off) : m_db(off ? db : nullptr) {
        if (m_db)
            sql::exec(m_db, "PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOffDuringImport() {
        if (m_db)
            sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    }
    ForeignKeysOffDuringImport(const ForeignKeysOffDuringImport&) = delete;
    ForeignKeysOffDuringImport& operator=(const ForeignKeysOffDuringImport&) = delete;

private:
    sqlite3* m_db; // null: the checks stay on
};

/// Inputs from this size on are loaded in bulk (see ForeignKeysOffDuringImport).
constexpr std::uint64_t kBulkInputBytes = 1u << 20;

struct PendingRating {
    std::int64_t timestamp;
    std::int32_t user;
    std::int32_t item;
    float raw;
    float weight;
    float value;      ///< NaN: compute at finish
    std::uint32_t sequence;
    std::int16_t domain;
};

struct Demographics {
    std::optional<int> age;
    std::string gender, occupation, zip;
};

struct ItemMeta {
    std::optional<std::string> title, text;
    std::optional<int> year;
    std::vector<std::string> genres;
    std::vector<std::pair<std::string, double>> tags;
    std::vector<std::pair<std::string, std::string>> links;
};

struct PendingReview {
    std::int64_t user, item;
    std::string summary, text;
    std::optional<std::int64_t> timestamp;
};

struct PendingLink {
    std::int64_t user, other;
    std::string kind;
};

struct DomainEntry {
    std::int64_t id;
    std::string name, kind;
    IdMap items;
    bool loaded = false;
};

bool validKind(std::string_view kind) {
    return kind == "movie" || kind == "book" || kind == "music" || kind == "news" || kind == "other";
}

/// A number for people: "1", "4.5", "1e+06".
std::string formatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string formatScale(const RatingScale& scale) { return formatNumber(scale.min) + ".." + formatNumber(scale.max); }

/// While the feedback type is decided from the values: for any type (FeedbackType::Auto on a
/// format that does not document it) or among the implicit kinds (FeedbackType::Implicit forced
/// on a format whose rows carry ratings).
enum class Deciding { No, Any, ImplicitOnly };

/// What the values of a source say it holds, when that is left to the data.
enum class FeedbackKind {
    Explicit, ///< ratings on the declared scale
    Constant, ///< one value throughout: interactions without a rating
    Clicks,   ///< 0 and 1 only: clicked, or seen without a click
    Counts,   ///< whole numbers beyond the scale: plays, clicks (they become weights)
};
struct FeedbackDecision {
    FeedbackKind kind;
    std::string reason; ///< shown in the import report
};

/// A value outside the scale seen while deciding: a bad row only if the source stays explicit.
struct DeferredRow {
    std::uint32_t sequence; ///< index of its PendingRating
    std::string file;
    std::uint64_t line;
    double raw;
};

constexpr char kReplacementCharacter[] = "\xEF\xBF\xBD"; // U+FFFD

} // namespace

struct ImportSink::Impl {
    Impl(sqlite3* database, bool bulkLoad)
        : db(database), foreignKeysOff(database, bulkLoad), transaction(database) {}

    sqlite3* db;
    ForeignKeysOffDuringImport foreignKeysOff; // declared before the transaction: restored after it ends
    sql::Transaction transaction;
    bool begun = false;
    SourceSpec spec;
    TextEncoding encoding = TextEncoding::Auto;
    std::int64_t sourceId = 0;

    std::vector<DomainEntry> domains;
    IdMap users;
    std::int64_t nextUserId = 1;
    std::int64_t nextItemId = 1;
    std::vector<std::pair<std::int64_t, std::string>> newUsers;
    std::vector<std::pair<std::int64_t, DomainRef>> newItems; // id, domain
    std::vector<std::string> newItemExternalIds;
    std::unordered_map<std::int64_t, Demographics> demographics;
    std::unordered_map<std::int64_t, ItemMeta> itemMeta;
    std::vector<DomainRef> itemDomain; // indexed by item id
    std::vector<PendingRating> ratings;
    std::vector<PendingReview> reviews;
    std::vector<PendingLink> links;
    double maxImplicitWeight = 0;
    // Feedback type from the data (see decideFeedback()).
    Deciding deciding = Deciding::No;
    double minRaw = std::numeric_limits<double>::infinity();
    double maxRaw = -std::numeric_limits<double>::infinity();
    bool allIntegers = true;
    bool onlyZeroOne = true;
    std::vector<DeferredRow> outOfScale; ///< the first ones (as many as can still fail the import)
    std::uint64_t outOfScaleCount = 0;
    std::uint32_t progressCalls = 0;
    std::string scratch;

    void rememberItemDomain(std::int64_t id, DomainRef domain) {
        if (std::size_t(id) >= itemDomain.size())
            itemDomain.resize(std::max<std::size_t>(std::size_t(id) + 1, itemDomain.size() * 2), -1);
        itemDomain[std::size_t(id)] = domain;
    }

    /// What the values seen say this source holds (deciding != No). `scaleGiven`: the user set
    /// the scale, so values beyond it are not taken for counts.
    FeedbackDecision classifyFeedback(bool scaleGiven) const {
        const RatingScale declared = spec.scale;
        const bool values = !ratings.empty();
        const bool several = ratings.size() >= 2;
        const bool constant = values && minRaw == maxRaw;
        if (deciding == Deciding::ImplicitOnly)
            return {!values || constant ? FeedbackKind::Constant
                    : onlyZeroOne       ? FeedbackKind::Clicks
                                        : FeedbackKind::Counts,
                    spec.feedbackReason};
        if (several && constant)
            return {FeedbackKind::Constant, "every rating is " + formatNumber(minRaw) + ": interactions without a rating"};
        if (several && onlyZeroOne)
            return {FeedbackKind::Clicks, "the ratings are only 0 and 1: clicks (1) and items seen without a click (0)"};
        if (values && allIntegers && minRaw >= 0 && maxRaw > declared.max && !scaleGiven)
            return {FeedbackKind::Counts, "the ratings are whole numbers up to " + formatNumber(maxRaw) +
                                              ", beyond the scale " + formatScale(declared) + ": counts (plays, clicks)"};
        return {FeedbackKind::Explicit, values ? "the ratings vary within " + formatScale({minRaw, maxRaw}) +
                                                     ": explicit ratings on the scale " + formatScale(declared)
                                               : "explicit ratings on the scale " + formatScale(declared)};
    }

    /// Gives every pending implicit row without a value its value and weight by `kind`; returns
    /// the scale stored with the source (the range of the values seen).
    RatingScale giveImplicitValues(FeedbackKind kind) {
        for (auto& row : ratings) {
            if (!std::isnan(row.value))
                continue;
            switch (kind) {
            case FeedbackKind::Constant:
                row.value = 1;
                row.weight = 1;
                break;
            case FeedbackKind::Clicks:
                row.value = row.raw;
                row.weight = 1;
                break;
            default: // counts or weights: the value follows from the largest one later
                row.weight = row.raw;
                maxImplicitWeight = std::max(maxImplicitWeight, double(row.raw));
                break;
            }
        }
        return ratings.empty() ? spec.scale : RatingScale{minRaw, maxRaw};
    }
};

ImportSink::ImportSink(Project& project, const ImportOptions& options, CleaningReport& report,
                       ProgressToken* progress, std::uint64_t inputBytes)
    : m_project(project), m_options(options), m_report(report), m_progress(progress) {
    m_impl = std::make_unique<Impl>(rawHandle(project), inputBytes >= kBulkInputBytes);
    m_impl->nextUserId = sql::queryInt(m_impl->db, "SELECT coalesce(max(id), 0) + 1 FROM users");
    m_impl->nextItemId = sql::queryInt(m_impl->db, "SELECT coalesce(max(id), 0) + 1 FROM items");
}

ImportSink::~ImportSink() = default;

void ImportSink::beginSource(const SourceSpec& spec, const std::vector<std::filesystem::path>& files) {
    auto& impl = *m_impl;
    impl.spec = spec;
    if (m_options.scale)
        impl.spec.scale = *m_options.scale;
    if (!m_options.userNamespace.empty())
        impl.spec.userNamespace = m_options.userNamespace;
    if (!m_options.sourceName.empty())
        impl.spec.name = m_options.sourceName;
    // Names are shown as text everywhere: no control character reaches the project.
    replaceControlCharacters(impl.spec.name, false);
    replaceControlCharacters(impl.spec.userNamespace, false);
    impl.encoding = m_options.encoding != TextEncoding::Auto ? m_options.encoding : spec.declaredEncoding;
    switch (m_options.feedback) {
    case FeedbackType::Explicit:
        impl.spec.isExplicit = true;
        impl.spec.feedbackReason = "chosen in the import options (explicit)";
        break;
    case FeedbackType::Implicit:
        if (impl.spec.isExplicit)
            impl.deciding = Deciding::ImplicitOnly;
        impl.spec.isExplicit = false;
        impl.spec.feedbackReason = "chosen in the import options (implicit)";
        break;
    case FeedbackType::Auto:
        if (impl.spec.isExplicit && impl.spec.feedbackFromData)
            impl.deciding = Deciding::Any;
        else if (impl.spec.feedbackReason.empty())
            impl.spec.feedbackReason = impl.spec.isExplicit
                                           ? "the format documents ratings on the scale " + formatScale(impl.spec.scale)
                                           : "the format records interactions (plays, clicks), not ratings";
        break;
    }
    if (impl.spec.isExplicit && !(impl.spec.scale.max > impl.spec.scale.min))
        fail(files.empty() ? std::string() : displayName(files.front()), 0,
             "rating scale must have max > min");

    m_report.format = spec.format;
    m_report.sourceName = impl.spec.name;
    m_report.userNamespace = impl.spec.userNamespace;
    m_report.dryRun = m_options.dryRun;
    nlohmann::json paths = nlohmann::json::array();
    for (const auto& file : files) {
        m_report.files.push_back(file.string());
        paths.push_back(std::filesystem::absolute(file).string());
    }

    sql::Statement insert(impl.db, "INSERT INTO sources(name, format, paths, imported_at, scale_min, "
                                   "scale_max, feedback, user_namespace) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    insert.bind(1, impl.spec.name).bind(2, spec.format).bind(3, paths.dump()).bind(4, isoNowUtc());
    insert.bind(5, impl.spec.scale.min).bind(6, impl.spec.scale.max);
    insert.bind(7, impl.spec.isExplicit ? "explicit" : "implicit").bind(8, impl.spec.userNamespace);
    insert.run();
    impl.sourceId = sqlite3_last_insert_rowid(impl.db);

    sql::Statement existing(impl.db, "SELECT id, external_id FROM users WHERE namespace = ?1");
    existing.bind(1, impl.spec.userNamespace);
    while (existing.step())
        impl.users.insert(existing.text(1), existing.int64(0));
    impl.begun = true;
}

DomainRef ImportSink::domain(std::string_view rawName, std::string_view kind) {
    auto& impl = *m_impl;
    std::string cleanName(rawName);
    replaceControlCharacters(cleanName, false);
    const std::string_view name = cleanName;
    for (std::size_t i = 0; i < impl.domains.size(); ++i)
        if (impl.domains[i].name == name)
            return DomainRef(i);
    const std::string kindText = validKind(kind) ? std::string(kind) : "other";
    sql::Statement find(impl.db, "SELECT id, kind FROM domains WHERE name = ?1");
    find.bind(1, name);
    DomainEntry entry;
    entry.name = std::string(name);
    if (find.step()) {
        entry.id = find.int64(0);
        entry.kind = find.text(1);
    } else {
        sql::Statement insert(impl.db, "INSERT INTO domains(name, kind) VALUES(?1, ?2)");
        insert.bind(1, name).bind(2, kindText);
        insert.run();
        entry.id = sqlite3_last_insert_rowid(impl.db);
        entry.kind = kindText;
    }
    const auto ref = DomainRef(impl.domains.size());
    sql::Statement items(impl.db, "SELECT id, external_id FROM items WHERE domain_id = ?1");
    items.bind(1, entry.id);
    while (items.step()) {
        entry.items.insert(items.text(1), items.int64(0));
        impl.rememberItemDomain(items.int64(0), ref);
    }
    entry.loaded = true;
    impl.domains.push_back(std::move(entry));
    return ref;
}

namespace {

/// Why `id` (trimmed) cannot be a user or item id, or "" when it can. `what` is "user" or "item".
std::string idProblem(std::string_view id, IdSyntax syntax, const char* what) {
    if (id.empty())
        return std::string("missing ") + what + " id";
    if (id.size() > kMaxIdBytes)
        return std::string(what) + " id " + quoteForMessage(id) + " is " + std::to_string(id.size()) +
               " bytes long (at most " + std::to_string(kMaxIdBytes) + ")";
    if (std::size_t offset = 0; containsControlCharacter(id, &offset))
        return std::string(what) + " id " + quoteForMessage(id) + " contains a control character at byte " +
               std::to_string(offset + 1);
    if (syntax == IdSyntax::Integer &&
        !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::string(what) + " id " + quoteForMessage(id) + " is not a whole number (this format numbers its " +
               what + "s)";
    if (!isValidUtf8(id))
        return std::string(what) + " id " + quoteForMessage(id) + " is not valid UTF-8";
    return {};
}

} // namespace

std::optional<UserRef> ImportSink::user(std::string_view externalId, const LineRef& where) {
    auto& impl = *m_impl;
    const std::string_view id = trim(externalId);
    // Checked before the lookup: a bad id never matches one stored by an older, laxer version.
    if (auto problem = idProblem(id, impl.spec.userIds, "user"); !problem.empty()) {
        reject(where, std::move(problem));
        return std::nullopt;
    }
    if (const auto found = impl.users.find(id))
        return *found;
    const std::int64_t newId = impl.nextUserId++;
    impl.users.insert(id, newId);
    impl.newUsers.emplace_back(newId, std::string(id));
    return newId;
}

std::optional<ItemRef> ImportSink::item(DomainRef domain, std::string_view externalId, const LineRef& where) {
    auto& impl = *m_impl;
    const std::string_view id = trim(externalId);
    if (auto problem = idProblem(id, impl.spec.itemIds, "item"); !problem.empty()) {
        reject(where, std::move(problem));
        return std::nullopt;
    }
    auto& items = impl.domains[std::size_t(domain)].items;
    if (const auto found = items.find(id))
        return *found;
    const std::int64_t newId = impl.nextItemId++;
    items.insert(id, newId);
    impl.newItems.emplace_back(newId, domain);
    impl.newItemExternalIds.emplace_back(id);
    impl.rememberItemDomain(newId, domain);
    return newId;
}

void ImportSink::setDemographics(UserRef user, std::optional<int> age, std::string_view gender,
                                 std::string_view occupation, std::string_view zip) {
    auto& d = m_impl->demographics[user];
    d.age = age;
    d.gender = std::string(trim(gender));
    d.occupation = std::string(trim(occupation));
    d.zip = std::string(trim(zip));
    for (std::string* field : {&d.gender, &d.occupation, &d.zip})
        replaceControlCharacters(*field, false);
}

void ImportSink::setTitle(ItemRef item, std::string_view title) {
    if (auto cleaned = text(title, {}); cleaned && !cleaned->empty())
        m_impl->itemMeta[item].title = std::move(*cleaned);
}

void ImportSink::setYear(ItemRef item, int year) { m_impl->itemMeta[item].year = year; }

void ImportSink::setText(ItemRef item, std::string_view body) {
    if (auto cleaned = text(body, {}, true); cleaned && !cleaned->empty())
        m_impl->itemMeta[item].text = std::move(*cleaned);
}

void ImportSink::addGenre(ItemRef item, std::string_view genre) {
    if (auto cleaned = text(genre, {}); cleaned && !cleaned->empty())
        m_impl->itemMeta[item].genres.push_back(std::move(*cleaned));
}

void ImportSink::addTag(ItemRef item, std::string_view tag, double weight) {
    if (auto cleaned = text(tag, {}); cleaned && !cleaned->empty())
        m_impl->itemMeta[item].tags.emplace_back(std::move(*cleaned), weight);
}

void ImportSink::addLink(ItemRef item, std::string_view kind, std::string_view value) {
    if (auto cleaned = text(value, {}); cleaned && !cleaned->empty())
        m_impl->itemMeta[item].links.emplace_back(std::string(kind), std::move(*cleaned));
}

bool ImportSink::rating(const LineRef& where, UserRef user, ItemRef item, double raw,
                        std::optional<std::int64_t> timestamp, double weight, std::optional<double> value) {
    auto& impl = *m_impl;
    const auto& scale = impl.spec.scale;
    const bool deciding = impl.deciding != Deciding::No && !value;
    if (deciding) {
        if (!std::isfinite(raw)) {
            reject(where, "rating is not a finite number");
            return false;
        }
        if (impl.deciding == Deciding::ImplicitOnly && raw < 0) {
            reject(where, "value " + formatNumber(raw) + " is negative: an interaction's count or weight must be ≥ 0");
            return false;
        }
        if (impl.deciding == Deciding::Any && (raw < scale.min || raw > scale.max)) {
            // Kept until the type is known: counts beyond the scale are implicit feedback.
            const std::uint64_t canStillFail =
                m_options.badRows == BadRowPolicy::Abort                          ? 1
                : m_options.maxBadRows == std::numeric_limits<std::uint64_t>::max() ? m_options.maxBadRows
                                                                                    : m_options.maxBadRows + 1;
            if (impl.outOfScale.size() < canStillFail)
                impl.outOfScale.push_back({std::uint32_t(impl.ratings.size()),
                                           where.file ? *where.file : std::string(), where.line, raw});
            ++impl.outOfScaleCount;
        }
        impl.minRaw = std::min(impl.minRaw, raw);
        impl.maxRaw = std::max(impl.maxRaw, raw);
        impl.allIntegers = impl.allIntegers && raw == std::floor(raw);
        impl.onlyZeroOne = impl.onlyZeroOne && (raw == 0 || raw == 1);
    } else if (impl.spec.isExplicit) {
        if (!std::isfinite(raw)) {
            reject(where, "rating is not a finite number");
            return false;
        }
        if (raw < scale.min || raw > scale.max) {
            reject(where, "rating " + std::to_string(raw) + " is outside the scale " +
                              std::to_string(scale.min) + ".." + std::to_string(scale.max));
            return false;
        }
    }
    if (!std::isfinite(weight) || weight < 0) {
        reject(where, "weight must be a finite number ≥ 0");
        return false;
    }
    if (value && !(*value >= 0 && *value <= 1)) {
        reject(where, "value must be within 0..1");
        return false;
    }
    if (item >= std::int64_t(impl.itemDomain.size()) || impl.itemDomain[std::size_t(item)] < 0)
        throw std::logic_error("ImportSink::rating: item was not created through item()");
    if (user > std::numeric_limits<std::int32_t>::max() || item > std::numeric_limits<std::int32_t>::max())
        fail(where.file ? *where.file : std::string(), where.line, "too many users or items for one project");
    PendingRating row;
    row.timestamp = timestamp.value_or(kNoTimestamp);
    row.user = std::int32_t(user);
    row.item = std::int32_t(item);
    row.raw = float(raw);
    row.weight = float(weight);
    row.sequence = std::uint32_t(impl.ratings.size());
    row.domain = std::int16_t(impl.itemDomain[std::size_t(item)]);
    if (value)
        row.value = float(*value);
    else if (deciding)
        row.value = std::numeric_limits<float>::quiet_NaN(); // set by decideFeedback()
    else if (impl.spec.isExplicit)
        row.value = float((raw - scale.min) / (scale.max - scale.min));
    else
        row.value = std::numeric_limits<float>::quiet_NaN();
    if (!impl.spec.isExplicit && !value && !deciding)
        impl.maxImplicitWeight = std::max(impl.maxImplicitWeight, weight);
    impl.ratings.push_back(row);
    return true;
}

void ImportSink::review(UserRef user, ItemRef item, std::string_view summary, std::string_view body,
                        std::optional<std::int64_t> timestamp) {
    auto cleanedText = text(body, {}, true);
    if (!cleanedText || cleanedText->empty())
        return;
    auto cleanedSummary = text(summary, {});
    m_impl->reviews.push_back({user, item, cleanedSummary.value_or(std::string()), std::move(*cleanedText), timestamp});
}

void ImportSink::userLink(UserRef user, UserRef other, std::string_view kind) {
    m_impl->links.push_back({user, other, std::string(kind)});
}

void ImportSink::reject(const LineRef& where, std::string problem) {
    ImportIssue issue{where.file ? *where.file : std::string(), where.line, std::move(problem)};
    ++m_report.rowsRejected;
    if (m_options.badRows == BadRowPolicy::Abort)
        throw ImportError(issue);
    if (m_report.rejected.size() < kMaxListedIssues)
        m_report.rejected.push_back(issue);
    if (m_report.rowsRejected > m_options.maxBadRows) {
        issue.problem = "more than " + std::to_string(m_options.maxBadRows) +
                        " bad rows; the last one: " + issue.problem;
        throw ImportError(issue);
    }
}

void ImportSink::fail(const std::string& file, std::uint64_t line, std::string problem) {
    throw ImportError({file, line, std::move(problem)});
}

void ImportSink::note(std::string text) { m_report.notes.push_back(std::move(text)); }

std::optional<std::string> ImportSink::text(std::string_view raw, const LineRef& where, bool multiLine) {
    std::string_view trimmed = trim(raw);
    if (trimmed.size() != raw.size())
        ++m_report.fieldsTrimmed;
    std::string out;
    if (m_impl->encoding == TextEncoding::Latin1) {
        appendLatin1AsUtf8(trimmed, out);
        if (out.size() != trimmed.size())
            ++m_report.textFieldsReencoded;
    } else if (isValidUtf8(trimmed)) {
        out.assign(trimmed);
    } else if (m_impl->encoding == TextEncoding::Utf8) {
        reject(where, "text is not valid UTF-8");
        return std::nullopt;
    } else {
        appendLatin1AsUtf8(trimmed, out);
        ++m_report.textFieldsReencoded;
    }
    replaceControlCharacters(out, multiLine);
    return out;
}

void ImportSink::replaceControlCharacters(std::string& text, bool multiLine) {
    // Fast path: most fields have no byte below 0x20, no DEL and no 0xC2 (the lead byte of C1).
    if (std::none_of(text.begin(), text.end(), [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return b < 0x20 || b == 0x7F || b == 0xC2;
        }))
        return;
    std::string out;
    out.reserve(text.size());
    bool replaced = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        const bool c1 = b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if (b >= 0x20 && b != 0x7F && !c1) {
            out.push_back(char(b));
            continue;
        }
        if (multiLine && (b == '\n' || b == '\t')) {
            out.push_back(char(b)); // line breaks and tabs belong in long text
            continue;
        }
        replaced = true;
        if (multiLine && b == '\r')
            continue; // CRLF line ends
        if (b == '\n' || b == '\t' || b == '\r')
            out.push_back(' ');
        else
            out += kReplacementCharacter;
        if (c1)
            ++i;
    }
    if (replaced) {
        ++m_report.controlCharactersReplaced;
        text = std::move(out);
    }
}

void ImportSink::progress(const LineReader& reader) {
    if ((++m_impl->progressCalls & 4095u) != 0)
        return;
    checkCancelled();
    if (m_progress) {
        ProgressEvent event;
        event.phase = "reading " + reader.name();
        event.unit = "bytes";
        event.done = reader.bytesConsumed();
        event.total = reader.totalBytes();
        event.rows = m_report.rowsRead;
        m_progress->report(std::move(event));
    }
}

void ImportSink::checkCancelled() const {
    if (m_progress)
        m_progress->throwIfCancelled();
}

namespace {

/// Multi-row INSERT for the bulk path: one statement binds kRowsPerStatement rows.
constexpr int kRowsPerStatement = 64;
constexpr int kRatingColumns = 8;
/// From this many ratings on, an import into an empty table drops the item index and builds it
/// again at the end.
constexpr std::size_t kRowsForIndexRebuild = 10'000;

std::string multiRowInsert(int rows) {
    std::string sql = "INSERT INTO ratings(user_id, item_id, domain_id, source_id, raw_value, value, ts, weight) VALUES ";
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int c = 0; c < kRatingColumns; ++c)
            sql += c ? ",?" : "?";
        sql += ")";
    }
    return sql;
}

/// One rating's kRatingColumns values, bound from parameter offset + 1 on (multiRowInsert's order).
void bindRating(sql::Statement& statement, int offset, const PendingRating& row, std::int64_t domainId,
                std::int64_t sourceId) {
    statement.bind(offset + 1, std::int64_t(row.user)).bind(offset + 2, std::int64_t(row.item));
    statement.bind(offset + 3, domainId).bind(offset + 4, sourceId);
    statement.bind(offset + 5, double(row.raw)).bind(offset + 6, double(row.value));
    if (row.timestamp == kNoTimestamp)
        statement.bindNull(offset + 7);
    else
        statement.bind(offset + 7, row.timestamp);
    statement.bind(offset + 8, double(row.weight));
}

} // namespace

void ImportSink::finish() {
    if (!m_impl->begun)
        throw std::logic_error("ImportSink::finish without beginSource");
    const auto started = std::chrono::steady_clock::now();
    // Explicit or implicit, when the values decide it; out-of-scale rows of an explicit source
    // are rejected here, with their lines.
    decideFeedback();
    writeUsers();
    writeItems();
    resolvePendingRatings();
    writeRatings();
    writeReviewsAndLinks();
    completeReport(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    checkCancelled(); // the last moment a cancel can still leave the project untouched
    if (m_options.dryRun)
        return; // the transaction rolls back when the sink is destroyed
    reportPhase("committing", 0, 1);
    m_impl->transaction.commit();
}

void ImportSink::reportPhase(const char* phase, std::uint64_t done, std::uint64_t total) {
    checkCancelled();
    if (!m_progress)
        return;
    ProgressEvent event;
    event.phase = phase;
    event.unit = "rows";
    event.done = done;
    event.total = total;
    event.rows = m_report.rowsRead;
    m_progress->report(std::move(event));
}

void ImportSink::writeUsers() {
    auto& impl = *m_impl;
    sqlite3* db = impl.db;
    reportPhase("writing users", 0, impl.newUsers.size());
    sql::Statement insert(db, "INSERT INTO users(id, namespace, external_id) VALUES(?1, ?2, ?3)");
    for (const auto& [id, external] : impl.newUsers)
        insert.bind(1, id).bind(2, impl.spec.userNamespace).bind(3, external).run();
    sql::Statement demo(db, "UPDATE users SET age = ?2, gender = nullif(?3, ''), occupation = "
                            "nullif(?4, ''), zip = nullif(?5, '') WHERE id = ?1");
    for (const auto& [id, d] : impl.demographics) {
        demo.bind(1, id).bind(2, d.age.has_value() ? std::optional<std::int64_t>(*d.age) : std::nullopt);
        demo.bind(3, d.gender).bind(4, d.occupation).bind(5, d.zip).run();
    }
    m_report.newUsers = impl.newUsers.size();
}

void ImportSink::writeItems() {
    auto& impl = *m_impl;
    sqlite3* db = impl.db;
    reportPhase("writing items", 0, impl.newItems.size());
    sql::Statement insert(db, "INSERT INTO items(id, domain_id, external_id) VALUES(?1, ?2, ?3)");
    for (std::size_t i = 0; i < impl.newItems.size(); ++i) {
        const auto [id, domain] = impl.newItems[i];
        insert.bind(1, id).bind(2, impl.domains[std::size_t(domain)].id).bind(3, impl.newItemExternalIds[i]).run();
    }
    sql::Statement update(db, "UPDATE items SET title = coalesce(?2, title), year = coalesce(?3, year), "
                              "text = coalesce(?4, text) WHERE id = ?1");
    sql::Statement genre(db, "INSERT OR IGNORE INTO item_genres(item_id, genre) VALUES(?1, ?2)");
    sql::Statement tag(db, "INSERT INTO item_tags(item_id, tag, weight) VALUES(?1, ?2, ?3) "
                           "ON CONFLICT(item_id, tag) DO UPDATE SET weight = weight + excluded.weight");
    sql::Statement link(db, "INSERT OR REPLACE INTO item_links(item_id, kind, value) VALUES(?1, ?2, ?3)");
    for (const auto& [id, meta] : impl.itemMeta) {
        update.bind(1, id).bind(2, meta.title).bind(4, meta.text);
        update.bind(3, meta.year ? std::optional<std::int64_t>(*meta.year) : std::nullopt).run();
        for (const auto& g : meta.genres)
            genre.bind(1, id).bind(2, g).run();
        for (const auto& [t, w] : meta.tags)
            tag.bind(1, id).bind(2, t).bind(3, w).run();
        for (const auto& [kind, value] : meta.links)
            link.bind(1, id).bind(2, kind).bind(3, value).run();
    }
    m_report.newItems = impl.newItems.size();
}

void ImportSink::resolvePendingRatings() {
    auto& impl = *m_impl;
    reportPhase("sorting ratings", 0, impl.ratings.size());
    auto& rows = impl.ratings;
    const auto byKeyThenTime = [](const PendingRating& a, const PendingRating& b) {
        if (a.user != b.user) return a.user < b.user;
        if (a.item != b.item) return a.item < b.item;
        if (a.timestamp != b.timestamp) return a.timestamp < b.timestamp;
        return a.sequence < b.sequence;
    };
    // Files sorted by user then item (MovieLens, most dumps) arrive in this order already: an O(n)
    // check saves the O(n log n) sort (about 14% of a MovieLens CSV import's instructions).
    if (!std::is_sorted(rows.begin(), rows.end(), byKeyThenTime))
        std::sort(rows.begin(), rows.end(), byKeyThenTime);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool lastOfGroup = i + 1 == rows.size() || rows[i + 1].user != rows[i].user ||
                                 rows[i + 1].item != rows[i].item;
        if (lastOfGroup)
            rows[kept++] = rows[i];
    }
    m_report.duplicatesResolved = rows.size() - kept;
    // No shrink_to_fit(): it would copy every row into a second buffer, raising the peak memory
    // (about +1 GB at 25M ratings) to give back only the slack of the first one.
    rows.resize(kept);
    {
        std::vector<std::int32_t> importUsers;
        for (const auto& row : rows)
            if (importUsers.empty() || importUsers.back() != row.user)
                importUsers.push_back(row.user);
        m_report.importUsers = importUsers.size();
        findSharedPeople(importUsers);
    }
    const double logMax = std::log1p(impl.maxImplicitWeight);
    for (auto& row : rows)
        if (std::isnan(row.value))
            row.value = logMax > 0 ? float(std::min(1.0, std::log1p(double(row.weight)) / logMax)) : 1.0f;
}

void ImportSink::writeRatings() {
    auto& impl = *m_impl;
    RatingSummaryDelta summary; // every row added, and every row it replaces
    for (const auto& row : impl.ratings)
        summary.add(impl.domains[std::size_t(row.domain)].id, row.user, impl.sourceId, double(row.raw), double(row.value), +1);
    if (sql::queryInt(impl.db, "SELECT EXISTS(SELECT 1 FROM ratings)") == 0)
        appendRatingsToEmptyTable();
    else
        upsertRatings(summary);
    summary.apply(impl.db);
}

void ImportSink::appendRatingsToEmptyTable() {
    auto& impl = *m_impl;
    sqlite3* db = impl.db;
    const auto& rows = impl.ratings;
    const auto bind = [&](sql::Statement& statement, int offset, const PendingRating& row) {
        bindRating(statement, offset, row, impl.domains[std::size_t(row.domain)].id, impl.sourceId);
    };
    // Rows arrive sorted by the primary key (user, item), so the table grows by appending; the
    // item index of a large import is built once at the end (much faster than per row). A small
    // one keeps it: rebuilding changes the schema, which makes every prepared statement of the
    // connection prepare again.
    const bool rebuildItemIndex = rows.size() >= kRowsForIndexRebuild;
    if (rebuildItemIndex)
        sql::exec(db, "DROP INDEX IF EXISTS ratings_item");
    std::size_t i = 0;
    if (rows.size() >= std::size_t(kRowsPerStatement)) {
        // Prepared only when used: parsing its 512 parameters costs more than a small import.
        sql::Statement batch(db, multiRowInsert(kRowsPerStatement));
        for (; i + kRowsPerStatement <= rows.size(); i += kRowsPerStatement) {
            for (int r = 0; r < kRowsPerStatement; ++r)
                bind(batch, r * kRatingColumns, rows[i + std::size_t(r)]);
            batch.run();
            if ((i & 0xFFFF) == 0)
                reportPhase("writing ratings", i, rows.size());
        }
    }
    sql::Statement single(db, multiRowInsert(1));
    for (; i < rows.size(); ++i) {
        bind(single, 0, rows[i]);
        single.run();
    }
    reportPhase("building indexes", 0, 1);
    if (!rebuildItemIndex)
        return;
    // Small sorter runs let SQLite's worker threads sort them in parallel (measured 2.8x faster
    // than one big in-memory run for 5 M rows on 2 cores). Below a few million rows the table is
    // still in the page cache and one in-memory sort wins: shrinking the cache would evict it
    // first (40 ms of a 140 ms import at 100 k rows).
    const bool parallelSort = rows.size() > 2'000'000;
    if (parallelSort)
        sql::exec(db, "PRAGMA cache_size = -2000");
    sql::exec(db, "CREATE INDEX ratings_item ON ratings(item_id)");
    if (parallelSort)
        sql::exec(db, "PRAGMA cache_size = -131072");
}

void ImportSink::upsertRatings(RatingSummaryDelta& summary) {
    auto& impl = *m_impl;
    sqlite3* db = impl.db;
    const auto& rows = impl.ratings;
    // A rating of the same (user, item) is replaced by the newer import.
    sql::Statement upsert(db, multiRowInsert(1) + " ON CONFLICT(user_id, item_id) DO UPDATE SET "
                              "domain_id = excluded.domain_id, source_id = excluded.source_id, "
                              "raw_value = excluded.raw_value, value = excluded.value, ts = excluded.ts, "
                              "weight = excluded.weight");
    sql::Statement replaced(db, "SELECT domain_id, source_id, raw_value, value FROM ratings "
                                "WHERE user_id = ?1 AND item_id = ?2");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        replaced.bind(1, std::int64_t(row.user)).bind(2, std::int64_t(row.item));
        if (replaced.step()) {
            summary.add(replaced.int64(0), row.user, replaced.int64(1), replaced.real(2), replaced.real(3), -1);
            ++m_report.replacedExisting;
        }
        replaced.reset();
        bindRating(upsert, 0, row, impl.domains[std::size_t(row.domain)].id, impl.sourceId);
        upsert.run();
        if ((i & 0xFFFF) == 0)
            reportPhase("writing ratings", i, rows.size());
    }
}

void ImportSink::writeReviewsAndLinks() {
    auto& impl = *m_impl;
    sqlite3* db = impl.db;
    sql::Statement insert(db, "INSERT INTO reviews(user_id, item_id, source_id, summary, text, ts) "
                              "VALUES(?1, ?2, ?3, nullif(?4, ''), ?5, ?6)");
    for (const auto& r : impl.reviews)
        insert.bind(1, r.user).bind(2, r.item).bind(3, impl.sourceId).bind(4, r.summary).bind(5, r.text)
            .bind(6, r.timestamp).run();
    m_report.reviews = impl.reviews.size();
    sql::Statement link(db, "INSERT OR IGNORE INTO user_links(user_id, other_user_id, kind, source_id) "
                            "VALUES(?1, ?2, ?3, ?4)");
    for (const auto& l : impl.links)
        link.bind(1, l.user).bind(2, l.other).bind(3, l.kind).bind(4, impl.sourceId).run();
    m_report.userLinks = impl.links.size();
}

void ImportSink::completeReport(double secondsSoFar) {
    auto& impl = *m_impl;
    sqlite3* db = impl.db;
    const auto& rows = impl.ratings;
    for (std::size_t d = 0; d < impl.domains.size(); ++d) {
        DomainImportCounts counts;
        counts.domain = impl.domains[d].name;
        counts.kind = impl.domains[d].kind;
        std::int32_t lastUser = -1;
        for (const auto& row : rows) {
            if (row.domain != std::int16_t(d))
                continue;
            ++counts.ratings;
            if (row.user != lastUser) {
                ++counts.users;
                lastUser = row.user;
            }
        }
        for (const auto& [id, domain] : impl.newItems)
            counts.items += domain == DomainRef(d);
        m_report.domains.push_back(std::move(counts));
    }
    m_report.rowsKept = m_report.rowsRead - std::min(m_report.rowsRead, m_report.rowsRejected);
    m_report.seconds += secondsSoFar;

    sql::Statement saveReport(db, "UPDATE sources SET report_json = ?2 WHERE id = ?1");
    saveReport.bind(1, impl.sourceId).bind(2, m_report.toJson()).run();
}

void ImportSink::decideFeedback() {
    auto& impl = *m_impl;
    if (impl.deciding == Deciding::No) {
        recordFeedback(impl.spec.isExplicit, impl.spec.scale, impl.spec.feedbackReason, false);
        return;
    }
    const FeedbackDecision decision = impl.classifyFeedback(m_options.scale.has_value());
    if (decision.kind == FeedbackKind::Explicit) {
        keepRatingsOnTheScale();
        recordFeedback(true, impl.spec.scale, decision.reason, true);
    } else {
        recordFeedback(false, impl.giveImplicitValues(decision.kind), decision.reason, true);
    }
}

void ImportSink::keepRatingsOnTheScale() {
    auto& impl = *m_impl;
    auto& rows = impl.ratings;
    const RatingScale scale = impl.spec.scale;
    // The deferred out-of-scale rows are bad rows after all, in the order they were read.
    for (const DeferredRow& bad : impl.outOfScale) {
        reject({&bad.file, bad.line},
               "rating " + formatNumber(bad.raw) + " is outside the scale " + formatScale(scale) +
                   " (set the rating scale, or import the values as implicit feedback)");
        rows[bad.sequence].user = -1; // dropped below (Skip policy)
    }
    if (impl.outOfScaleCount > impl.outOfScale.size()) // unreachable: the rejects above throw first
        fail(impl.outOfScale.back().file, impl.outOfScale.back().line, "too many ratings outside the scale");
    if (!impl.outOfScale.empty())
        rows.erase(std::remove_if(rows.begin(), rows.end(), [](const PendingRating& r) { return r.user < 0; }),
                   rows.end());
    for (auto& row : rows)
        if (std::isnan(row.value))
            row.value = float(scale.toUnit(row.raw));
    // Sequences index the rows in reading order; keep them dense after the erase.
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].sequence = std::uint32_t(i);
}

void ImportSink::recordFeedback(bool isExplicit, const RatingScale& scale, const std::string& reason, bool store) {
    auto& impl = *m_impl;
    if (store) {
        impl.spec.isExplicit = isExplicit;
        impl.spec.scale = scale;
        impl.spec.feedbackReason = reason;
        sql::Statement update(impl.db, "UPDATE sources SET feedback = ?2, scale_min = ?3, scale_max = ?4 WHERE id = ?1");
        update.bind(1, impl.sourceId).bind(2, isExplicit ? "explicit" : "implicit");
        update.bind(3, scale.min).bind(4, scale.max).run();
    }
    m_report.isExplicit = isExplicit;
    m_report.scaleMin = scale.min;
    m_report.scaleMax = scale.max;
    m_report.feedbackReason = reason;
}

std::vector<NamespaceOverlap> countSharedPeople(sqlite3* db, const std::vector<std::string>& externalIds,
                                                const std::string& userNamespace, std::int64_t excludeSource,
                                                const std::function<void()>& checkCancelled) {
    // Other namespaces and the sources imported into them.
    std::vector<NamespaceOverlap> others;
    {
        sql::Statement sources(db, "SELECT user_namespace, name FROM sources WHERE user_namespace <> ?1 "
                                   "AND id <> ?2 ORDER BY id");
        sources.bind(1, userNamespace).bind(2, excludeSource);
        while (sources.step()) {
            const std::string ns = sources.text(0);
            auto found = std::find_if(others.begin(), others.end(),
                                      [&](const NamespaceOverlap& o) { return o.userNamespace == ns; });
            if (found == others.end())
                found = others.insert(others.end(), NamespaceOverlap{ns, 0, {}});
            if (found->sources.size() < 5)
                found->sources.push_back(sources.text(1));
        }
    }
    std::vector<NamespaceOverlap> shared;
    if (others.empty() || externalIds.empty())
        return shared;
    // One lookup per id and namespace on the UNIQUE(namespace, external_id) index.
    sql::Statement exists(db, "SELECT 1 FROM users WHERE namespace = ?1 AND external_id = ?2");
    std::size_t done = 0;
    for (const std::string& id : externalIds) {
        if ((++done & 0x3FFF) == 0 && checkCancelled)
            checkCancelled();
        for (auto& other : others) {
            exists.bind(1, other.userNamespace).bind(2, id);
            other.sharedUsers += exists.step() ? 1 : 0;
            exists.reset();
        }
    }
    for (auto& other : others)
        if (other.sharedUsers > 0)
            shared.push_back(std::move(other));
    std::sort(shared.begin(), shared.end(),
              [](const NamespaceOverlap& a, const NamespaceOverlap& b) { return a.sharedUsers > b.sharedUsers; });
    return shared;
}

void ImportSink::findSharedPeople(const std::vector<std::int32_t>& importUsers) {
    auto& impl = *m_impl;
    std::vector<std::string> ids;
    ids.reserve(importUsers.size());
    sql::Statement externalId(impl.db, "SELECT external_id FROM users WHERE id = ?1");
    for (const std::int32_t user : importUsers) {
        externalId.bind(1, std::int64_t(user));
        if (externalId.step())
            ids.push_back(externalId.text(0));
        externalId.reset();
    }
    m_report.sharedPeople =
        countSharedPeople(impl.db, ids, impl.spec.userNamespace, impl.sourceId, [this] { checkCancelled(); });
}

} // namespace kindred::import
