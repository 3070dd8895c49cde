#include "LineReader.h"
#include "TextFields.h"
#include "kindred/common/PrintableText.h"
#include "kindred/importers/Import.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace kindred {

std::string ImportIssue::toString() const {
    std::string text = file;
    if (line > 0)
        text += ":" + std::to_string(line);
    if (!text.empty())
        text += ": ";
    return text + problem;
}

std::string CleaningReport::toJson() const {
    using nlohmann::ordered_json;
    ordered_json root;
    root["format"] = format;
    root["source"] = sourceName;
    root["user_namespace"] = userNamespace;
    root["files"] = files;
    root["rows_read"] = rowsRead;
    root["rows_kept"] = rowsKept;
    root["rows_rejected"] = rowsRejected;
    root["duplicates_resolved"] = duplicatesResolved;
    root["replaced_existing"] = replacedExisting;
    root["text_fields_reencoded"] = textFieldsReencoded;
    root["fields_trimmed"] = fieldsTrimmed;
    root["control_characters_replaced"] = controlCharactersReplaced;
    root["feedback"] = isExplicit ? "explicit" : "implicit";
    root["scale"] = {scaleMin, scaleMax};
    root["feedback_reason"] = feedbackReason;
    root["import_users"] = importUsers;
    root["shared_people"] = ordered_json::array();
    for (const auto& overlap : sharedPeople)
        root["shared_people"].push_back({{"user_namespace", overlap.userNamespace},
                                         {"users", overlap.sharedUsers},
                                         {"sources", overlap.sources}});
    root["dry_run"] = dryRun;
    root["new_users"] = newUsers;
    root["new_items"] = newItems;
    root["reviews"] = reviews;
    root["user_links"] = userLinks;
    root["seconds"] = seconds;
    root["domains"] = ordered_json::array();
    for (const auto& d : domains)
        root["domains"].push_back({{"domain", d.domain}, {"kind", d.kind}, {"users", d.users},
                                   {"items", d.items}, {"ratings", d.ratings}});
    root["rejected"] = ordered_json::array();
    for (const auto& issue : rejected)
        root["rejected"].push_back({{"file", issue.file}, {"line", issue.line}, {"problem", issue.problem}});
    root["notes"] = notes;
    // Invalid UTF-8 cannot reach here (the sink cleans text), but never let a report throw.
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string CleaningReport::toText() const {
    // Names, notes and problems come from the data: escaped, so a title cannot drive the terminal.
    const auto shown = [](const std::string& text) { return escapeControlCharacters(text); };
    std::ostringstream out;
    out << (dryRun ? "Dry run (nothing written): '" : "Imported '") << shown(sourceName) << "' (" << shown(format)
        << ") in " << seconds << " s\n";
    const auto number = [](double value) {
        std::ostringstream text;
        text << value;
        return text.str();
    };
    out << "  feedback " << (isExplicit ? "explicit" : "implicit");
    if (isExplicit)
        out << ", scale " << number(scaleMin) << ".." << number(scaleMax);
    if (!feedbackReason.empty())
        out << ": " << shown(feedbackReason);
    out << "\n";
    out << "  rows read " << rowsRead << ", kept " << rowsKept << ", rejected " << rowsRejected
        << ", duplicates resolved " << duplicatesResolved;
    if (replacedExisting)
        out << ", replaced existing " << replacedExisting;
    out << "\n  new users " << newUsers << ", new items " << newItems;
    if (reviews)
        out << ", reviews " << reviews;
    if (userLinks)
        out << ", user links " << userLinks;
    if (textFieldsReencoded)
        out << ", text fields re-encoded to UTF-8 " << textFieldsReencoded;
    out << "\n";
    if (controlCharactersReplaced)
        out << "  text fields with control characters replaced " << controlCharactersReplaced << "\n";
    for (const auto& d : domains)
        out << "  domain " << shown(d.domain) << " (" << shown(d.kind) << "): " << d.users << " users, " << d.items
            << " new items, " << d.ratings << " ratings\n";
    for (const auto& overlap : sharedPeople) {
        out << "  shared people: " << overlap.sharedUsers << " of the " << importUsers
            << " users of this import have ids that also exist in namespace '" << shown(overlap.userNamespace)
            << "' (";
        for (std::size_t i = 0; i < overlap.sources.size(); ++i)
            out << (i ? ", " : "") << "'" << shown(overlap.sources[i]) << "'";
        out << "); if they are the same people, link them by importing with --namespace '"
            << shown(overlap.userNamespace) << "'" << (dryRun ? "" : " (into a project without this import)")
            << "\n";
    }
    for (const auto& n : notes)
        out << "  note: " << shown(n) << "\n";
    const std::size_t listed = std::min<std::size_t>(rejected.size(), 10);
    for (std::size_t i = 0; i < listed; ++i)
        out << "  rejected " << shown(rejected[i].toString()) << "\n";
    if (rowsRejected > listed)
        out << "  … " << (rowsRejected - listed) << " more rejected rows (see the JSON report)\n";
    return out.str();
}

Result<FilePreview> previewFile(const std::filesystem::path& file, int maxRows) {
    try {
        import::LineReader reader(file);
        FilePreview preview;
        std::vector<std::string_view> lines;
        std::vector<std::string> stored;
        std::string_view line;
        bool utf8 = true;
        while (int(stored.size()) < maxRows && reader.next(line)) {
            stored.emplace_back(line.substr(0, 4096));
            utf8 = utf8 && import::isValidUtf8(stored.back());
        }
        if (stored.empty())
            return Status::failure(file.string() + ": file is empty");
        preview.encoding = utf8 ? "UTF-8" : "ISO-8859-1";
        const bool doubleColon = stored.front().find("::") != std::string::npos;
        preview.separator = doubleColon ? ':' : import::detectSeparator(stored.front());
        for (auto& text : stored) {
            std::string converted;
            if (!utf8)
                import::appendLatin1AsUtf8(text, converted);
            else
                converted = std::move(text);
            std::vector<std::string> fields;
            if (doubleColon) {
                std::vector<std::string_view> views;
                import::splitPlain(converted, "::", views);
                fields.assign(views.begin(), views.end());
            } else {
                import::splitQuoted(converted, preview.separator, fields);
            }
            preview.rows.push_back(std::move(fields));
        }
        return preview;
    } catch (const std::exception& error) {
        return Status::failure(error.what());
    }
}

} // namespace kindred
