// PLACEHOLDER — replaced by the real importer.
#include "DatasetImporter.h"
#include "ImportSink.h"
namespace kindred::import {
namespace {
class MovieLens1mImporter final : public DatasetImporter {
public:
    FormatInfo info() const override { return {"placeholder-MovieLens1m", "MovieLens1m", ""}; }
    int detect(const InputSet&) const override { return 0; }
    void run(const InputSet&, ImportSink& sink) const override { sink.fail("", 0, "not implemented"); }
};
}
std::unique_ptr<DatasetImporter> makeMovieLens1mImporter() { return std::make_unique<MovieLens1mImporter>(); }
}
