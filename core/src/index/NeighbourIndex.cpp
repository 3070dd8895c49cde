#include "kindred/index/NeighbourIndex.h"

#include "kindred/common/Fnv1a.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <new>
#include <string>

namespace kindred {

namespace {

using idx_t = faiss::Index::idx_t;

constexpr char kMagic[8] = {'K', 'N', 'D', 'N', 'B', 'R', 'I', 'X'};
constexpr std::uint32_t kFormatVersion = 1;

/// Fixed-size file header; written field by field in little-endian host order (x86-64/arm64).
struct FileHeader {
    char magic[8];
    std::uint32_t version;
    std::uint32_t metric;
    std::uint64_t rows;
    std::uint64_t dimension;
    std::uint64_t fingerprint;
    std::uint32_t exact;
    std::uint32_t efSearch;
    std::uint64_t payloadSize;
    std::uint64_t payloadChecksum; // FNV-1a 64 of the FAISS payload
};
static_assert(sizeof(FileHeader) == 64);

/// The payload checksum. The basis is a digit short of FNV's; kept, since stored files carry it.
std::uint64_t payloadChecksum(const std::uint8_t* data, std::size_t size) {
    return fnv1aBytes(data, size, 1469598103934665603ull);
}

void normaliseRows(std::vector<float>& v, std::size_t d) {
    for (std::size_t start = 0; start < v.size(); start += d) {
        double norm = 0;
        for (std::size_t j = 0; j < d; ++j)
            norm += double(v[start + j]) * v[start + j];
        if (norm > 0) {
            const auto scale = float(1.0 / std::sqrt(norm));
            for (std::size_t j = 0; j < d; ++j)
                v[start + j] *= scale;
        }
    }
}

} // namespace

NeighbourFilter allowedIds(std::vector<bool> allowed) {
    return [allowed = std::move(allowed)](std::int64_t id) {
        return id >= 0 && std::size_t(id) < allowed.size() && allowed[std::size_t(id)];
    };
}

struct NeighbourIndex::Impl {
    std::unique_ptr<faiss::Index> index;
    const faiss::IndexFlat* flat = nullptr; ///< the raw (normalised for Cosine) vectors inside `index`
    NeighbourMetric metric = NeighbourMetric::Cosine;
    std::size_t rows = 0;
    std::size_t dimension = 0;
    std::uint64_t fingerprint = 0;
    bool exact = true;
    int efSearch = 128;

    void attach() {
        if (exact) {
            flat = dynamic_cast<const faiss::IndexFlat*>(index.get());
        } else {
            auto* hnsw = dynamic_cast<faiss::IndexHNSW*>(index.get());
            if (hnsw) {
                hnsw->hnsw.efSearch = efSearch;
                flat = dynamic_cast<const faiss::IndexFlat*>(hnsw->storage);
            }
        }
    }

    /// Exact top-k over the allowed rows for one (already normalised) query.
    void scanFiltered(const float* query, std::size_t k, const NeighbourFilter& filter, std::int64_t* ids,
                      float* scores) const {
        const float* xb = flat->get_xb();
        std::vector<std::pair<float, std::int64_t>> hits;
        for (std::size_t r = 0; r < rows; ++r) {
            if (!filter(std::int64_t(r)))
                continue;
            float dot = 0;
            for (std::size_t j = 0; j < dimension; ++j)
                dot += query[j] * xb[r * dimension + j];
            hits.emplace_back(dot, std::int64_t(r));
        }
        const std::size_t keep = std::min(k, hits.size());
        std::partial_sort(hits.begin(), hits.begin() + std::ptrdiff_t(keep), hits.end(),
                          [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
        for (std::size_t h = 0; h < k; ++h) {
            ids[h] = h < keep ? hits[h].second : -1;
            scores[h] = h < keep ? hits[h].first : -std::numeric_limits<float>::infinity();
        }
    }
};

NeighbourIndex::NeighbourIndex(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
NeighbourIndex::~NeighbourIndex() = default;

std::size_t NeighbourIndex::size() const { return m_impl->rows; }
std::size_t NeighbourIndex::dimension() const { return m_impl->dimension; }
NeighbourMetric NeighbourIndex::metric() const { return m_impl->metric; }
bool NeighbourIndex::isExact() const { return m_impl->exact; }
std::uint64_t NeighbourIndex::modelFingerprint() const { return m_impl->fingerprint; }

Result<std::unique_ptr<NeighbourIndex>> NeighbourIndex::build(std::span<const float> vectors, std::size_t rows,
                                                              std::size_t dimension,
                                                              const NeighbourIndexOptions& options,
                                                              std::uint64_t modelFingerprint) {
    if (dimension == 0)
        return Status::failure("neighbour index: vectors need at least one dimension");
    if (vectors.size() != rows * dimension)
        return Status::failure("neighbour index: got " + std::to_string(vectors.size()) + " values, expected " +
                               std::to_string(rows) + " × " + std::to_string(dimension));
    if (options.metric != NeighbourMetric::InnerProduct && options.metric != NeighbourMetric::Cosine)
        return Status::failure("neighbour index: unknown metric");
    try {
        auto impl = std::make_unique<Impl>();
        impl->metric = options.metric;
        impl->rows = rows;
        impl->dimension = dimension;
        impl->fingerprint = modelFingerprint;
        impl->exact = rows <= options.exactThreshold;
        impl->efSearch = options.hnswEfSearch;
        const auto d = idx_t(dimension);
        if (impl->exact) {
            impl->index = std::make_unique<faiss::IndexFlatIP>(d);
        } else {
            auto hnsw = std::make_unique<faiss::IndexHNSWFlat>(int(d), options.hnswM, faiss::METRIC_INNER_PRODUCT);
            hnsw->hnsw.efConstruction = options.hnswEfConstruction;
            impl->index = std::move(hnsw);
        }
        if (options.metric == NeighbourMetric::Cosine) {
            std::vector<float> copy(vectors.begin(), vectors.end());
            normaliseRows(copy, dimension);
            impl->index->add(idx_t(rows), copy.data());
        } else {
            impl->index->add(idx_t(rows), vectors.data());
        }
        impl->attach();
        return std::unique_ptr<NeighbourIndex>(new NeighbourIndex(std::move(impl)));
    } catch (const faiss::FaissException& e) {
        return Status::failure(std::string("neighbour index: FAISS failed to build the index: ") + e.what());
    } catch (const std::bad_alloc&) {
        return Status::failure("neighbour index: out of memory for " + std::to_string(rows) + " vectors");
    }
}

Result<NeighbourHits> NeighbourIndex::search(std::span<const float> queries, std::size_t queryCount, std::size_t k,
                                             const NeighbourFilter& filter) const {
    const Impl& m = *m_impl;
    if (k == 0)
        return Status::failure("neighbour search: k must be at least 1");
    if (queries.size() != queryCount * m.dimension)
        return Status::failure("neighbour search: got " + std::to_string(queries.size()) + " query values, expected " +
                               std::to_string(queryCount) + " × " + std::to_string(m.dimension));
    NeighbourHits hits;
    hits.queries = queryCount;
    hits.k = k;
    hits.ids.assign(queryCount * k, -1);
    hits.scores.assign(queryCount * k, -std::numeric_limits<float>::infinity());
    if (queryCount == 0 || m.rows == 0)
        return hits;
    std::vector<float> normalised;
    const float* q = queries.data();
    if (m.metric == NeighbourMetric::Cosine) {
        normalised.assign(queries.begin(), queries.end());
        normaliseRows(normalised, m.dimension);
        q = normalised.data();
    }
    try {
        // Without a filter fetch k; with one, over-fetch 4k (bounded by the row count).
        const std::size_t fetch = std::min(m.rows, filter ? std::max<std::size_t>(4 * k, 32) : k);
        std::vector<float> distances(queryCount * fetch);
        std::vector<idx_t> labels(queryCount * fetch);
        m.index->search(idx_t(queryCount), q, idx_t(fetch), distances.data(), labels.data());
        for (std::size_t r = 0; r < queryCount; ++r) {
            std::int64_t* ids = hits.ids.data() + r * k;
            float* scores = hits.scores.data() + r * k;
            std::size_t found = 0;
            for (std::size_t h = 0; h < fetch && found < k; ++h) {
                const idx_t id = labels[r * fetch + h];
                if (id < 0 || (filter && !filter(id)))
                    continue;
                ids[found] = id;
                scores[found++] = distances[r * fetch + h];
            }
            // Too few filter survivors, or HNSW came up short: redo the row as an exact scan.
            const bool shortOfFilter = filter && found < k && (fetch < m.rows || !m.exact);
            const bool shortOfHnsw = !filter && found < std::min(k, m.rows) && !m.exact;
            if ((shortOfFilter || shortOfHnsw) && m.flat)
                m.scanFiltered(q + r * m.dimension, k, filter ? filter : NeighbourFilter([](std::int64_t) { return true; }),
                               ids, scores);
        }
    } catch (const faiss::FaissException& e) {
        return Status::failure(std::string("neighbour search failed in FAISS: ") + e.what());
    }
    return hits;
}

Status NeighbourIndex::save(const std::filesystem::path& path) const {
    const Impl& m = *m_impl;
    const std::filesystem::path temporary = path.string() + ".tmp";
    try {
        faiss::VectorIOWriter writer;
        faiss::write_index(m.index.get(), &writer);
        FileHeader header{};
        std::memcpy(header.magic, kMagic, sizeof kMagic);
        header.version = kFormatVersion;
        header.metric = std::uint32_t(m.metric);
        header.rows = m.rows;
        header.dimension = m.dimension;
        header.fingerprint = m.fingerprint;
        header.exact = m.exact ? 1 : 0;
        header.efSearch = std::uint32_t(m.efSearch);
        header.payloadSize = writer.data.size();
        header.payloadChecksum = payloadChecksum(writer.data.data(), writer.data.size());
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            if (!out)
                return Status::failure("cannot write the neighbour index to " + temporary.string());
            out.write(reinterpret_cast<const char*>(&header), sizeof header);
            out.write(reinterpret_cast<const char*>(writer.data.data()), std::streamsize(writer.data.size()));
            out.flush();
            if (!out)
                return Status::failure("writing the neighbour index to " + temporary.string() + " failed (disk full?)");
        }
        std::error_code ec;
        std::filesystem::rename(temporary, path, ec);
        if (ec) {
            std::filesystem::remove(temporary, ec);
            return Status::failure("cannot replace " + path.string() + " with the new neighbour index: " + ec.message());
        }
        return Status::success();
    } catch (const faiss::FaissException& e) {
        return Status::failure(std::string("FAISS could not serialise the neighbour index: ") + e.what());
    }
}

Result<std::unique_ptr<NeighbourIndex>> NeighbourIndex::load(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Status::failure(name + ": cannot open the neighbour index (missing or unreadable)");
    FileHeader header{};
    in.read(reinterpret_cast<char*>(&header), sizeof header);
    if (!in || std::memcmp(header.magic, kMagic, sizeof kMagic) != 0)
        return Status::failure(name + ": not a Kindred neighbour index (bad header)");
    if (header.version != kFormatVersion)
        return Status::failure(name + ": neighbour index format version " + std::to_string(header.version) +
                               " is not supported (expected " + std::to_string(kFormatVersion) + "); rebuild it");
    if (header.metric > std::uint32_t(NeighbourMetric::Cosine) || header.dimension == 0 || header.exact > 1)
        return Status::failure(name + ": the neighbour index header is corrupt");
    std::error_code ec;
    const auto fileSize = std::filesystem::file_size(path, ec);
    if (ec || fileSize != sizeof header + header.payloadSize)
        return Status::failure(name + ": the neighbour index is truncated or has trailing data (expected " +
                               std::to_string(sizeof header + header.payloadSize) + " bytes)");
    try {
        faiss::VectorIOReader reader;
        reader.data.resize(header.payloadSize);
        in.read(reinterpret_cast<char*>(reader.data.data()), std::streamsize(header.payloadSize));
        if (!in)
            return Status::failure(name + ": reading the neighbour index failed");
        if (payloadChecksum(reader.data.data(), reader.data.size()) != header.payloadChecksum)
            return Status::failure(name + ": the neighbour index is corrupt (checksum mismatch)");
        auto impl = std::make_unique<Impl>();
        impl->index.reset(faiss::read_index(&reader));
        impl->metric = NeighbourMetric(header.metric);
        impl->rows = header.rows;
        impl->dimension = header.dimension;
        impl->fingerprint = header.fingerprint;
        impl->exact = header.exact == 1;
        impl->efSearch = int(header.efSearch);
        if (std::size_t(impl->index->ntotal) != impl->rows || std::size_t(impl->index->d) != impl->dimension)
            return Status::failure(name + ": the neighbour index does not match its header");
        impl->attach();
        if (!impl->flat)
            return Status::failure(name + ": the neighbour index holds an unexpected FAISS index type");
        return std::unique_ptr<NeighbourIndex>(new NeighbourIndex(std::move(impl)));
    } catch (const faiss::FaissException& e) {
        return Status::failure(name + ": FAISS could not read the neighbour index: " + e.what());
    } catch (const std::bad_alloc&) {
        return Status::failure(name + ": the neighbour index is corrupt (implausible sizes)");
    }
}

} // namespace kindred
