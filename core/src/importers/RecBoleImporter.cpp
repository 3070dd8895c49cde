// PLACEHOLDER — replaced by the real importer.
#include "DatasetImporter.h"
#include "ImportSink.h"
namespace kindred::import {
namespace {
class RecBoleImporter final : public DatasetImporter {
public:
    FormatInfo info() const override { return {"placeholder-RecBole", "RecBole", ""}; }
    int detect(const InputSet&) const override { return 0; }
    void run(const InputSet&, ImportSink& sink) const override { sink.fail("", 0, "not implemented"); }
};
}
std::unique_ptr<DatasetImporter> makeRecBoleImporter() { return std::make_unique<RecBoleImporter>(); }
}
