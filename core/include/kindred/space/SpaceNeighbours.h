#pragma once
// FAISS neighbour search over one TasteSpace (cosine similarity): nearest items to an item (any
// medium or one), nearest users to a user, items nearest to a user's vector. The two indexes are
// persisted beside the project (<project>.indexes/model-<id>-{items,users}.faiss) and rebuilt when
// the model's vectors change (a fingerprint of the vectors is stored in the index file), for a
// session of many queries; openExact() scans the vectors instead, for one query.
//
// Threading: build/open on a worker; the const search methods may be called from several threads.

#include "kindred/common/Status.h"
#include "kindred/space/ExactCosineSearch.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace kindred {

class NeighbourIndex;
class TasteSpace;

class SpaceNeighbours {
public:
    /// Which indexes open() makes ready: a one-off query opens only the one it searches (the
    /// users' index of a large project is the larger file). Searching an index that was not
    /// opened fails with a message.
    enum class Indexes { Items = 1, Users = 2, Both = 3 };
    /// Loads the persisted indexes when they match the space's vectors, else builds and saves
    /// them (`folder` empty: build in memory only). `rebuilt`, when given, says which happened.
    static Result<std::unique_ptr<SpaceNeighbours>> open(std::shared_ptr<const TasteSpace> space,
                                                         const std::filesystem::path& folder,
                                                         bool* rebuilt = nullptr, Indexes which = Indexes::Both);
    /// Exact scans of the space's own vectors (ExactCosineSearch), nothing built or stored: what
    /// a single query wants (an HNSW index of 162,541 people took 134 s to build and its file is
    /// larger than the vectors; one scan of them takes a few tens of milliseconds).
    static Result<std::unique_ptr<SpaceNeighbours>> openExact(std::shared_ptr<const TasteSpace> space,
                                                              Indexes which = Indexes::Both);
    ~SpaceNeighbours();

    /// Items most similar to `item` (itself excluded), optionally only of domain `domain` (-1: any).
    Result<std::vector<Neighbour>> itemsLikeItem(std::int32_t item, std::size_t k, int domain = -1) const;
    /// Which domains an item's neighbour list draws from.
    enum class DomainFilter { Any, Same, Other };
    /// Items most similar to `item` (itself excluded) from any medium, its own, or every other one
    /// (what connects media: the books nearest to an album).
    Result<std::vector<Neighbour>> itemsLikeItem(std::int32_t item, std::size_t k, DomainFilter filter) const;
    /// Users most similar to `user` (themselves excluded).
    Result<std::vector<Neighbour>> usersLikeUser(std::int32_t user, std::size_t k) const;
    /// Items whose vectors are nearest (cosine) to a user vector, optionally in one domain.
    Result<std::vector<Neighbour>> itemsNearVector(const std::vector<float>& userVector, std::size_t k,
                                                   int domain = -1) const;

    const TasteSpace& space() const { return *m_space; }

    /// Where open() keeps a project's indexes.
    static std::filesystem::path folderFor(const std::filesystem::path& projectFile);

private:
    /// One opened search over the items' or the people's vectors: a stored FAISS index, or an
    /// exact scan (openExact); neither when not opened.
    struct Searcher {
        std::unique_ptr<NeighbourIndex> index;
        std::unique_ptr<ExactCosineSearch> exact;
    };
    using RowFilter = std::function<bool(std::int32_t row)>;
    SpaceNeighbours(std::shared_ptr<const TasteSpace> space, Searcher items, Searcher users);
    /// Fails when `which` asks for people's neighbours and the space did not place everyone.
    static Status checkSpace(const TasteSpace& space, Indexes which);
    /// The k rows of `searcher` nearest to `query`, without row `exclude` (−1: none), only those
    /// `keep` accepts (empty: all); fails with a message when `searcher` (named `which`) was not opened.
    Result<std::vector<Neighbour>> search(const Searcher& searcher, const char* which, std::span<const float> query,
                                          std::size_t k, std::int64_t exclude, const RowFilter& keep) const;
    std::shared_ptr<const TasteSpace> m_space;
    Searcher m_items, m_users;
};

} // namespace kindred
