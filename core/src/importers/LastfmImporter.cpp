// PLACEHOLDER — replaced by the real importer.
#include "DatasetImporter.h"
#include "ImportSink.h"
namespace kindred::import {
namespace {
class LastfmImporter final : public DatasetImporter {
public:
    FormatInfo info() const override { return {"placeholder-Lastfm", "Lastfm", ""}; }
    int detect(const InputSet&) const override { return 0; }
    void run(const InputSet&, ImportSink& sink) const override { sink.fail("", 0, "not implemented"); }
};
}
std::unique_ptr<DatasetImporter> makeLastfmImporter() { return std::make_unique<LastfmImporter>(); }
}
