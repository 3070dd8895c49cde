#pragma once
// Amazon review data comes one category per file (Books.json, reviews_Movies_and_TV_5.json,
// Amazon-Books-Dense.inter, …). Both Amazon importers name their domains here, so that the same
// category from either format lands in the same domain and its items (ASINs) are shared.

#include <optional>
#include <string>
#include <string_view>

namespace kindred::import {

struct AmazonDomain {
    std::string name; ///< e.g. "amazon books"
    std::string kind; ///< movie | book | music | news | other
};

/// The domain of a well-known category named in `fileName` (ASCII case-insensitive):
/// Kindle → "amazon kindle store" (book), Books → "amazon books" (book), Movies/Movies_and_TV →
/// "amazon movies" (movie), CDs_and_Vinyl/Digital_Music → "amazon music" (music). nullopt otherwise.
std::optional<AmazonDomain> knownAmazonDomain(std::string_view fileName);

/// The category part of a file name, lowercased with spaces: "reviews_Home_and_Kitchen_5.json" →
/// "home and kitchen". Used to name the domain of categories knownAmazonDomain() does not know.
std::string amazonCategory(std::string_view fileName);

} // namespace kindred::import
