// Fuzz target: MIND: behaviors.tsv and news.tsv.
// The input is split on "----8<----" lines into the files, in this order: behaviors.tsv, news.tsv.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "mind";
    format.files = {"behaviors.tsv", "news.tsv"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
