#include "kindred/text/TextFeatures.h"

#include <gtest/gtest.h>

namespace kindred {
namespace {

TEST(TextFeaturizer, LowerCasesDropsStopWordsAndStems) {
    TextFeaturizer featurizer;
    const auto tokens = featurizer.tokens("The Running of the Bulls, and other STORIES!");
    EXPECT_EQ(tokens, (std::vector<std::string>{"run", "bull", "stori"}));
}

TEST(TextFeaturizer, WithoutStemmingKeepsWords) {
    TextFeatureOptions options;
    options.stem = false;
    TextFeaturizer featurizer(options);
    EXPECT_EQ(featurizer.tokens("Running bulls"), (std::vector<std::string>{"running", "bulls"}));
}

TEST(TextFeaturizer, FeaturesAreUnigramsAndBigramsInRange) {
    TextFeatureOptions options;
    options.buckets = 1000;
    TextFeaturizer featurizer(options);
    const auto ids = featurizer.features("space opera epic");
    ASSERT_EQ(ids.size(), 5u); // 3 unigrams + 2 bigrams
    for (const auto id : ids)
        EXPECT_LT(id, 1000u);
    // Stable: the same text gives the same buckets, a different word order different bigrams.
    EXPECT_EQ(ids, featurizer.features("Space   OPERA, epic."));
    EXPECT_NE(ids, featurizer.features("epic space opera"));
}

TEST(TextFeaturizer, EmptyAndPunctuationOnlyTextHaveNoFeatures) {
    TextFeaturizer featurizer;
    EXPECT_TRUE(featurizer.features("").empty());
    EXPECT_TRUE(featurizer.features(" ,.;!? the and ").empty());
}

TEST(TextFeaturizer, KeepsNonAsciiLettersInsideTokens) {
    TextFeatureOptions options;
    options.stem = false;
    TextFeaturizer featurizer(options);
    EXPECT_EQ(featurizer.tokens("Amélie café"), (std::vector<std::string>{"amélie", "café"}));
}

TEST(TextFeaturizer, StopWordListIsSortedForBinarySearch) {
    EXPECT_TRUE(TextFeaturizer::isStopWord("the"));
    EXPECT_TRUE(TextFeaturizer::isStopWord("your"));
    EXPECT_FALSE(TextFeaturizer::isStopWord("opera"));
}

} // namespace
} // namespace kindred
