// Fuzz target: generic CSV/TSV with a column mapping by header name.
// The input is split on "----8<----" lines into the files, in this order: data.csv.
#include "FuzzImport.h"

namespace {

kindred::fuzz::FuzzFormat makeFormat() {
    kindred::fuzz::FuzzFormat format;
    format.formatId = "generic-csv";
    format.files = {"data.csv"};
    format.passFolder = false;
    format.options.mapping.user = "user";
    format.options.mapping.item = "item";
    format.options.mapping.rating = "rating";
    format.options.mapping.timestamp = "timestamp";
    format.options.mapping.title = "title";
    format.options.mapping.genres = "genres";
    format.options.domain = "fuzz things";
    format.options.domainKind = "other";
    return format;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kindred::fuzz::FuzzFormat format = makeFormat();
    return kindred::fuzz::runImport(format, data, size);
}
