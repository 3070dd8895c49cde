#pragma once
// How kindred-cli prints text that comes from a project (titles, ids, domain and genre names):
// control characters escaped, so a title cannot retitle, clear or ring the terminal; JSON with
// invalid UTF-8 replaced (instead of an exception) and DEL/C1 characters as \u escapes.

#include "kindred/common/PrintableText.h"

#include <string>
#include <string_view>

namespace kindred::cli {

inline std::string shown(std::string_view text) { return escapeControlCharacters(text); }

/// Pretty-printed JSON of a nlohmann::json or ordered_json value, safe to print.
template <class Json> std::string jsonText(const Json& json) {
    return makeJsonPrintable(json.dump(2, ' ', false, Json::error_handler_t::replace));
}

} // namespace kindred::cli
