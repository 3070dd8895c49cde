// Fuzz target: Last.fm HetRec 2011: user_artists.dat, artists.dat, tags.dat, user_friends.dat, user_taggedartists.dat.
// The input is split on "----8<----" lines into the files, in this order: user_artists.dat, artists.dat, tags.dat, user_friends.dat, user_taggedartists.dat.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "lastfm-hetrec2011";
    format.files = {"user_artists.dat", "artists.dat", "tags.dat", "user_friends.dat", "user_taggedartists.dat"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
