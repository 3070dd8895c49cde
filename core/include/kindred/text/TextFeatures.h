#pragma once
// Text features for item towers: tokenise (lower-case, letters and digits), drop English stop
// words, Snowball-stem, then hash unigrams and bigrams into a fixed number of buckets. The
// buckets index an embedding bag in the model, so no vocabulary has to be stored.
//
// Thread-safety: a TextFeaturizer is not thread-safe (the stemmer keeps state); use one per thread.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kindred {

struct TextFeatureOptions {
    std::uint32_t buckets = 1u << 18; ///< hash space for unigrams and bigrams
    bool bigrams = true;
    bool stem = true;
    std::size_t maxTokens = 256;      ///< per text, after stop-word removal
};

class TextFeaturizer {
public:
    explicit TextFeaturizer(TextFeatureOptions options = {});
    ~TextFeaturizer();
    TextFeaturizer(const TextFeaturizer&) = delete;
    TextFeaturizer& operator=(const TextFeaturizer&) = delete;

    /// Lower-cased tokens of letters/digits (UTF-8 letters beyond ASCII are kept as part of tokens),
    /// without stop words, stemmed when enabled.
    std::vector<std::string> tokens(std::string_view text);
    /// Bucket ids (0..buckets-1) of the unigrams and bigrams of `text`, in order, duplicates kept.
    std::vector<std::uint32_t> features(std::string_view text);

    static bool isStopWord(std::string_view lowerCaseToken);

private:
    TextFeatureOptions m_options;
    struct Stemmer;
    std::unique_ptr<Stemmer> m_stemmer;
};

} // namespace kindred
