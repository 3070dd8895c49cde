#include "AmazonDomains.h"

#include <algorithm>
#include <cctype>

namespace kindred::import {

namespace {

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

} // namespace

std::optional<AmazonDomain> knownAmazonDomain(std::string_view fileName) {
    const std::string name = lowercase(fileName);
    if (contains(name, "kindle"))
        return AmazonDomain{"amazon kindle store", "book"};
    if (contains(name, "book"))
        return AmazonDomain{"amazon books", "book"};
    if (contains(name, "movie"))
        return AmazonDomain{"amazon movies", "movie"};
    // "Musical_Instruments" is not music.
    if ((contains(name, "music") && !contains(name, "instrument")) || contains(name, "cds") ||
        contains(name, "vinyl"))
        return AmazonDomain{"amazon music", "music"};
    return std::nullopt;
}

std::string amazonCategory(std::string_view fileName) {
    std::string name = lowercase(fileName.substr(0, fileName.find('.')));
    if (name.rfind("reviews_", 0) == 0)
        name.erase(0, 8);
    if (name.size() > 2 && name.compare(name.size() - 2, 2, "_5") == 0)
        name.resize(name.size() - 2);
    std::replace(name.begin(), name.end(), '_', ' ');
    return name;
}

} // namespace kindred::import
