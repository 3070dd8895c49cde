// Fuzz target: MovieLens 100K: u.data, u.item, u.user, u.genre.
// The input is split on "----8<----" lines into the files, in this order: u.data, u.item, u.user, u.genre.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "movielens-100k";
    format.files = {"u.data", "u.item", "u.user", "u.genre"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
