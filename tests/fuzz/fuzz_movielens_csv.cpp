// Fuzz target: MovieLens CSV (ml-latest-small, ml-25m): ratings.csv, movies.csv, tags.csv, links.csv.
// The input is split on "----8<----" lines into the files, in this order: ratings.csv, movies.csv, tags.csv, links.csv.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "movielens-csv";
    format.files = {"ratings.csv", "movies.csv", "tags.csv", "links.csv"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
