// Fuzz target: Douban DTCDR: douban_<domain>/ratings.dat, shared user ids.
// The input is split on "----8<----" lines into the files, in this order: douban_book/ratings.dat, douban_music/ratings.dat, douban_movie/ratings.dat.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "douban";
    format.files = {"douban_book/ratings.dat", "douban_music/ratings.dat", "douban_movie/ratings.dat"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
