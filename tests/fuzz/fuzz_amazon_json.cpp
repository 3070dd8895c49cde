// Fuzz target: Amazon review JSON lines (5-core) with product metadata.
// The input is split on "----8<----" lines into the files, in this order: Books_5.json, meta_Books.json.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "amazon-json";
    format.files = {"Books_5.json", "meta_Books.json"};
    format.options.domain = "amazon books";
    format.options.domainKind = "book";
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
