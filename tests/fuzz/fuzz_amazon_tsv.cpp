// Fuzz target: Amazon dense subset TSV (.inter files, one per domain).
// The input is split on "----8<----" lines into the files, in this order: Amazon-Books-Dense.inter, Amazon-Movies-Dense.inter.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "amazon-tsv";
    format.files = {"Amazon-Books-Dense.inter", "Amazon-Movies-Dense.inter"};
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
