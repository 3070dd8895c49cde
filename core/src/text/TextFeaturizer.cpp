#include "kindred/text/TextFeatures.h"

#include "kindred/common/Fnv1a.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace kindred {

namespace {

// A compact English stop-word list (articles, pronouns, auxiliaries, prepositions, conjunctions).
constexpr std::array<std::string_view, 125> kStopWords = {
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
    "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor",
    "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
    "over", "own", "s", "same", "she", "should", "so", "some", "such", "t", "than", "that", "the", "their",
    "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "would", "you", "your"};

bool isTokenByte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}


} // namespace

struct TextFeaturizer::Stemmer {
    sb_stemmer* handle = nullptr;
    ~Stemmer() { sb_stemmer_delete(handle); }
};

TextFeaturizer::TextFeaturizer(TextFeatureOptions options) : m_options(options), m_stemmer(std::make_unique<Stemmer>()) {
    if (m_options.buckets == 0)
        throw std::invalid_argument("TextFeaturizer: buckets must be > 0");
    if (m_options.stem) {
        m_stemmer->handle = sb_stemmer_new("english", "UTF_8");
        if (!m_stemmer->handle)
            throw std::runtime_error("Snowball English stemmer is not available");
    }
}

TextFeaturizer::~TextFeaturizer() = default;

bool TextFeaturizer::isStopWord(std::string_view token) {
    return std::binary_search(kStopWords.begin(), kStopWords.end(), token);
}

std::vector<std::string> TextFeaturizer::tokens(std::string_view text) {
    std::vector<std::string> result;
    std::string token;
    auto flush = [&] {
        if (token.empty())
            return;
        if (!isStopWord(token) && result.size() < m_options.maxTokens) {
            if (m_stemmer->handle) {
                const sb_symbol* stemmed = sb_stemmer_stem(m_stemmer->handle,
                                                           reinterpret_cast<const sb_symbol*>(token.data()),
                                                           int(token.size()));
                if (stemmed)
                    token.assign(reinterpret_cast<const char*>(stemmed),
                                 std::size_t(sb_stemmer_length(m_stemmer->handle)));
            }
            result.push_back(token);
        }
        token.clear();
    };
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (isTokenByte(c))
            token.push_back(c < 0x80 ? char(std::tolower(c)) : ch);
        else
            flush();
    }
    flush();
    return result;
}

std::vector<std::uint32_t> TextFeaturizer::features(std::string_view text) {
    const auto words = tokens(text);
    std::vector<std::uint32_t> ids;
    ids.reserve(words.size() * 2);
    for (std::size_t i = 0; i < words.size(); ++i) {
        ids.push_back(std::uint32_t(fnv1a(words[i]) % m_options.buckets));
        if (m_options.bigrams && i + 1 < words.size())
            ids.push_back(std::uint32_t(fnv1a(words[i + 1], fnv1a(" ", fnv1a(words[i]))) % m_options.buckets));
    }
    return ids;
}

} // namespace kindred
