// Fuzz target: RecBole atomic files: .inter, .item, .user.
// The input is split on "----8<----" lines into the files, in this order: fuzz.inter, fuzz.item, fuzz.user.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "recbole";
    format.files = {"fuzz.inter", "fuzz.item", "fuzz.user"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
