// PLACEHOLDER — replaced by the real importer.
#include "DatasetImporter.h"
#include "ImportSink.h"
namespace kindred::import {
namespace {
class GenericCsvImporter final : public DatasetImporter {
public:
    FormatInfo info() const override { return {"placeholder-GenericCsv", "GenericCsv", ""}; }
    int detect(const InputSet&) const override { return 0; }
    void run(const InputSet&, ImportSink& sink) const override { sink.fail("", 0, "not implemented"); }
};
}
std::unique_ptr<DatasetImporter> makeGenericCsvImporter() { return std::make_unique<GenericCsvImporter>(); }
}
