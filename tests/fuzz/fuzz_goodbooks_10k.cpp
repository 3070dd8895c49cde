// Fuzz target: goodbooks-10k: books.csv, ratings.csv, tags.csv, book_tags.csv, to_read.csv.
// The input is split on "----8<----" lines into the files, in this order: books.csv, ratings.csv, tags.csv, book_tags.csv, to_read.csv.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "goodbooks-10k";
    format.files = {"books.csv", "ratings.csv", "tags.csv", "book_tags.csv", "to_read.csv"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
