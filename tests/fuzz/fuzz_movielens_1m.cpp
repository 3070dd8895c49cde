// Fuzz target: MovieLens 1M: ratings.dat, movies.dat, users.dat ('::' separated).
// The input is split on "----8<----" lines into the files, in this order: ratings.dat, movies.dat, users.dat.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "movielens-1m";
    format.files = {"ratings.dat", "movies.dat", "users.dat"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
