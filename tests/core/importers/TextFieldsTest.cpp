// TextFields: splitting, number parsing, UTF-8 validation, Latin-1 conversion, dates.
#include "importers/TextFields.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace kindred::import {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> quoted(std::string_view record, char separator = ',', bool* complete = nullptr) {
    std::vector<std::string> fields;
    const bool ok = splitQuoted(record, separator, fields);
    if (complete)
        *complete = ok;
    return fields;
}

std::vector<std::string> plain(std::string_view line, std::string_view separator) {
    std::vector<std::string_view> fields;
    splitPlain(line, separator, fields);
    return {fields.begin(), fields.end()};
}

TEST(SplitPlain, SplitsOnEverySeparator) {
    EXPECT_THAT(plain("1\t2\t3", "\t"), ElementsAre("1", "2", "3"));
    EXPECT_THAT(plain("1::Toy Story (1995)::Animation|Comedy", "::"),
                ElementsAre("1", "Toy Story (1995)", "Animation|Comedy"));
    EXPECT_THAT(plain("", "\t"), ElementsAre(""));
    EXPECT_THAT(plain("\t\t", "\t"), ElementsAre("", "", ""));
    EXPECT_THAT(plain("a:::b", "::"), ElementsAre("a", ":b"));
    EXPECT_THAT(plain("no separator", ","), ElementsAre("no separator"));
}

TEST(SplitQuoted, PlainFields) {
    bool complete = false;
    EXPECT_THAT(quoted("1,2,3.5,964982703", ',', &complete), ElementsAre("1", "2", "3.5", "964982703"));
    EXPECT_TRUE(complete);
    EXPECT_THAT(quoted(""), ElementsAre(""));
    EXPECT_THAT(quoted(",,"), ElementsAre("", "", ""));
    EXPECT_THAT(quoted("a;b", ';'), ElementsAre("a", "b"));
}

TEST(SplitQuoted, QuotedFieldsMayHoldSeparatorsAndNewlines) {
    EXPECT_THAT(quoted(R"q(11,"American President, The (1995)",Comedy|Drama|Romance)q"),
                ElementsAre("11", "American President, The (1995)", "Comedy|Drama|Romance"));
    EXPECT_THAT(quoted("1,\"two\nlines\",3"), ElementsAre("1", "two\nlines", "3"));
    EXPECT_THAT(quoted(R"("",x)"), ElementsAre("", "x"));
}

TEST(SplitQuoted, DoubledQuotesAreOneQuote) {
    EXPECT_THAT(quoted(R"(1,"He said ""hi""",3)"), ElementsAre("1", R"(He said "hi")", "3"));
    EXPECT_THAT(quoted(R"("""")"), ElementsAre("\""));
}

TEST(SplitQuoted, QuoteInsideAnUnquotedFieldIsText) {
    EXPECT_THAT(quoted(R"(1,12" vinyl,3)"), ElementsAre("1", "12\" vinyl", "3"));
}

TEST(SplitQuoted, OpenQuoteReportsAnIncompleteRecord) {
    bool complete = true;
    const auto fields = quoted(R"(1,"Toy Story, the beginning)", ',', &complete);
    EXPECT_FALSE(complete);
    ASSERT_EQ(fields.size(), 2u);
    EXPECT_EQ(fields[0], "1");
    quoted(R"(1,"closed",3)", ',', &complete);
    EXPECT_TRUE(complete);
    quoted(R"(")", ',', &complete);
    EXPECT_FALSE(complete);
}

TEST(Trim, RemovesAsciiWhitespaceOnly) {
    EXPECT_EQ(trim("  a b \t\r\n"), "a b");
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim(" \t "), "");
    EXPECT_EQ(trim("\xC2\xA0x"), "\xC2\xA0x");
}

TEST(ParseDouble, AcceptsOrdinaryNumbers) {
    EXPECT_EQ(parseDouble("4"), 4.0);
    EXPECT_EQ(parseDouble("3.5"), 3.5);
    EXPECT_EQ(parseDouble(" 2.5 "), 2.5);
    EXPECT_EQ(parseDouble("+3"), 3.0);
    EXPECT_EQ(parseDouble("-1.5"), -1.5);
    EXPECT_EQ(parseDouble("2008.0"), 2008.0);
    EXPECT_EQ(parseDouble("1e3"), 1000.0);
    EXPECT_EQ(parseDouble(".5"), 0.5);
}

TEST(ParseDouble, ParsesNanAndInfinityForTheCallerToRangeCheck) {
    const auto nan = parseDouble("nan");
    ASSERT_TRUE(nan.has_value());
    EXPECT_TRUE(std::isnan(*nan));
    const auto inf = parseDouble("inf");
    ASSERT_TRUE(inf.has_value());
    EXPECT_TRUE(std::isinf(*inf));
    const auto minusInf = parseDouble("-inf");
    ASSERT_TRUE(minusInf.has_value());
    EXPECT_LT(*minusInf, 0);
}

TEST(ParseDouble, RejectsMalformedText) {
    for (const char* text : {"", " ", "abc", "3x", "3.5.1", "4,5", "--1", "+-3", "-+3", "++3", "+", "-", "1 2", "0x10", "+ 5"})
        EXPECT_FALSE(parseDouble(text).has_value()) << "'" << text << "'";
}

TEST(ParseInt64, AcceptsIntegers) {
    EXPECT_EQ(parseInt64("0"), 0);
    EXPECT_EQ(parseInt64("881250949"), 881250949);
    EXPECT_EQ(parseInt64(" 42 "), 42);
    EXPECT_EQ(parseInt64("+3"), 3);
    EXPECT_EQ(parseInt64("-7"), -7);
    EXPECT_EQ(parseInt64("9223372036854775807"), std::numeric_limits<std::int64_t>::max());
}

TEST(ParseInt64, AcceptsIntegralFloats) {
    EXPECT_EQ(parseInt64("2008.0"), 2008);
    EXPECT_EQ(parseInt64("-12.000"), -12);
}

TEST(ParseInt64, RejectsEverythingElse) {
    for (const char* text : {"", "  ", "2008.5", "nan", "inf", "-inf", "12abc", "abc", "1 2", "+-3", "--3",
                             "99999999999999999999", "1e300", "+", "-", "+ 5", "+\n1", "+ 2008.0"})
        EXPECT_FALSE(parseInt64(text).has_value()) << "'" << text << "'"; // "+ 5" was 5 (found by fuzzing)
}

TEST(IsValidUtf8, AcceptsWellFormedText) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("plain ASCII"));
    EXPECT_TRUE(isValidUtf8("Am\xC3\xA9lie"));             // é
    EXPECT_TRUE(isValidUtf8("\xE2\x82\xAC"));              // €
    EXPECT_TRUE(isValidUtf8("\xF0\x9F\x8E\xAC"));          // 🎬
    EXPECT_TRUE(isValidUtf8("\xF4\x8F\xBF\xBF"));          // U+10FFFF
    EXPECT_TRUE(isValidUtf8("\xED\x9F\xBF"));              // U+D7FF, just below the surrogates
    EXPECT_TRUE(isValidUtf8(std::string_view("a\0b", 3))); // NUL is valid UTF-8
}

TEST(IsValidUtf8, RejectsOverlongForms) {
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));
    EXPECT_FALSE(isValidUtf8("\xC1\xBF"));
    EXPECT_FALSE(isValidUtf8("\xE0\x80\xAF"));
    EXPECT_FALSE(isValidUtf8("\xF0\x80\x80\xAF"));
}

TEST(IsValidUtf8, RejectsSurrogatesAndValuesPastTheLastCodePoint) {
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80")); // U+D800
    EXPECT_FALSE(isValidUtf8("\xED\xBF\xBF")); // U+DFFF
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));
    EXPECT_FALSE(isValidUtf8("\xF8\x88\x80\x80\x80"));
    EXPECT_FALSE(isValidUtf8("\xFF"));
}

TEST(IsValidUtf8, RejectsTruncatedAndStraySequences) {
    EXPECT_FALSE(isValidUtf8("\xC3"));
    EXPECT_FALSE(isValidUtf8("abc\xE2\x82"));
    EXPECT_FALSE(isValidUtf8("\xF0\x9F\x8E"));
    EXPECT_FALSE(isValidUtf8("\x80"));
    EXPECT_FALSE(isValidUtf8("\xC3" "a"));
    EXPECT_FALSE(isValidUtf8("Caf\xE9")); // Latin-1 é
}

TEST(Latin1, ConvertsToUtf8) {
    std::string out = "prefix ";
    appendLatin1AsUtf8("Caf\xE9 \xFF\xA0!", out);
    EXPECT_EQ(out, "prefix Caf\xC3\xA9 \xC3\xBF\xC2\xA0!");
    EXPECT_TRUE(isValidUtf8(out));
    std::string ascii;
    appendLatin1AsUtf8("plain", ascii);
    EXPECT_EQ(ascii, "plain");
    // Every byte value converts to valid UTF-8.
    std::string all;
    for (int c = 0; c < 256; ++c)
        all.push_back(char(c));
    std::string converted;
    appendLatin1AsUtf8(all, converted);
    EXPECT_TRUE(isValidUtf8(converted));
    EXPECT_EQ(converted.size(), 128u + 2u * 128u);
}

TEST(ParseDateTime, Iso) {
    EXPECT_EQ(parseDateTime("1970-01-01 00:00:00"), 0);
    EXPECT_EQ(parseDateTime("2019-11-15 08:55:22"), 1573808122);
    EXPECT_EQ(parseDateTime("2019-11-15T08:55:22"), 1573808122);
    EXPECT_EQ(parseDateTime("2019-11-15T08:55:22Z"), 1573808122);
    EXPECT_EQ(parseDateTime("2019-11-15"), 1573776000);
    EXPECT_EQ(parseDateTime("2000-02-29 12:34:56"), 951827696);
    EXPECT_EQ(parseDateTime("1969-12-31 23:59:59"), -1);
    EXPECT_EQ(parseDateTime("  2019-11-15 08:55  "), 1573808100);
}

TEST(ParseDateTime, MindStyleWithAmPm) {
    EXPECT_EQ(parseDateTime("11/15/2019 8:55:22 AM"), 1573808122);
    EXPECT_EQ(parseDateTime("11/15/2019 8:55:22 PM"), 1573808122 + 12 * 3600);
    EXPECT_EQ(parseDateTime("11/15/2019 12:00:00 AM"), 1573776000); // midnight
    EXPECT_EQ(parseDateTime("11/15/2019 12:00:00 PM"), 1573819200); // noon
    EXPECT_EQ(parseDateTime("11/15/2019 11:59:59 PM"), 1573862399);
    EXPECT_EQ(parseDateTime("11/15/2019 12:30:00 AM"), 1573776000 + 1800);
    EXPECT_EQ(parseDateTime("11/15/2019"), 1573776000);
}

TEST(ParseDateTime, RejectsMalformedDates) {
    for (const char* text : {"", "yesterday", "2019-13-01", "2019-00-10", "2019-11-32", "2019-11-15 25:00:00",
                             "2019-11-15 10:61:00", "2019-11-15X10:00:00", "2019-11-15 10:00:00 junk",
                             "13/15/2019 8:55:22 AM", "11/15/2019 0:55:22 AM", "11/15/2019 13:00:00 PM",
                             "11/15/2019 8:55:22 XM", "11/15/2019 8", "11-15-2019"})
        EXPECT_FALSE(parseDateTime(text).has_value()) << "'" << text << "'";
}

TEST(QuoteForMessage, ShortensAndKeepsMessagesPrintable) {
    EXPECT_EQ(quoteForMessage("abc"), "'abc'");
    const auto longText = quoteForMessage(std::string(1'000'000, 'x'));
    EXPECT_LT(longText.size(), 60u);
    EXPECT_EQ(quoteForMessage(std::string_view("a\0\tb", 4)), "'a\\x00\\x09b'");
}

TEST(DetectSeparator, PicksTheMostFrequentOutsideQuotes) {
    EXPECT_EQ(detectSeparator("userId,movieId,rating,timestamp"), ',');
    EXPECT_EQ(detectSeparator("user_id\titem_id\trating"), '\t');
    EXPECT_EQ(detectSeparator("a;b;c"), ';');
    EXPECT_EQ(detectSeparator("a|b|c"), '|');
    EXPECT_EQ(detectSeparator(R"("a;b;c;d",x,y)"), ',');
    EXPECT_EQ(detectSeparator("single"), ',');
}

} // namespace
} // namespace kindred::import
