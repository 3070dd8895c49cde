// LineReader: line endings, BOM, very long lines, block boundaries, memory mode.
#include "TestSupport.h"
#include "importers/ImportError.h"
#include "importers/LineReader.h"

#include <gmock/gmock.h>

#include <string>
#include <vector>

namespace kindred::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr std::size_t kOneMiB = 1u << 20; // LineReader's block size

std::vector<std::string> readAll(LineReader& reader) {
    std::vector<std::string> lines;
    std::string_view line;
    while (reader.next(line))
        lines.emplace_back(line);
    return lines;
}

/// Reads `content` both from a file and from memory; both must give the same lines.
std::vector<std::string> readBothWays(const std::string& content) {
    test::TempDir dir;
    const auto file = dir.write("input.txt", content);
    LineReader fromFile(file);
    const auto fileLines = readAll(fromFile);
    EXPECT_EQ(fromFile.bytesConsumed(), content.size());
    EXPECT_EQ(fromFile.lineNumber(), fileLines.size());
    EXPECT_EQ(fromFile.totalBytes(), content.size());
    LineReader fromMemory("input.txt", content);
    const auto memoryLines = readAll(fromMemory);
    EXPECT_EQ(memoryLines, fileLines) << "memory mode and file mode disagree";
    EXPECT_EQ(fromMemory.bytesConsumed(), content.size());
    return fileLines;
}

TEST(LineReader, SplitsLfLines) { EXPECT_THAT(readBothWays("a\tb\nc\n\nd\n"), ElementsAre("a\tb", "c", "", "d")); }

TEST(LineReader, StripsCrlf) { EXPECT_THAT(readBothWays("a,b\r\nc\r\n\r\nd\r\n"), ElementsAre("a,b", "c", "", "d")); }

TEST(LineReader, KeepsALoneCarriageReturnInsideALine) {
    EXPECT_THAT(readBothWays("a\rb\nc\r\r\n"), ElementsAre("a\rb", "c\r"));
}

TEST(LineReader, ReadsALastLineWithoutNewline) {
    EXPECT_THAT(readBothWays("1\t2\t3\n4\t5\t6"), ElementsAre("1\t2\t3", "4\t5\t6"));
    EXPECT_THAT(readBothWays("only"), ElementsAre("only"));
    EXPECT_THAT(readBothWays("crlf last\r"), ElementsAre("crlf last"));
}

TEST(LineReader, EmptyInputHasNoLines) {
    EXPECT_TRUE(readBothWays("").empty());
    EXPECT_THAT(readBothWays("\n"), ElementsAre(""));
}

TEST(LineReader, StripsAUtf8BomOnTheFirstLineOnly) {
    const std::string bom = "\xEF\xBB\xBF";
    EXPECT_THAT(readBothWays(bom + "userId,movieId\n" + bom + "x\n"), ElementsAre("userId,movieId", bom + "x"));
    const std::string text = bom + "a\n"; // the reader views it: it must outlive the reader
    LineReader reader("bom", text);
    std::string_view line;
    ASSERT_TRUE(reader.next(line));
    EXPECT_TRUE(reader.hadBom());
    LineReader plain("plain", "a\n");
    ASSERT_TRUE(plain.next(line));
    EXPECT_FALSE(plain.hadBom());
    EXPECT_THAT(readBothWays(bom), ElementsAre(""));
}

TEST(LineReader, CountsLines) {
    LineReader reader("mem", "a\nb\nc");
    std::string_view line;
    EXPECT_EQ(reader.lineNumber(), 0u);
    ASSERT_TRUE(reader.next(line));
    EXPECT_EQ(reader.lineNumber(), 1u);
    ASSERT_TRUE(reader.next(line));
    ASSERT_TRUE(reader.next(line));
    EXPECT_EQ(line, "c");
    EXPECT_EQ(reader.lineNumber(), 3u);
    EXPECT_FALSE(reader.next(line));
    EXPECT_EQ(reader.lineNumber(), 3u);
    EXPECT_FALSE(reader.next(line));
}

TEST(LineReader, ReadsAOneMegabyteLine) {
    const std::string big(1'000'000, 'x');
    const auto lines = readBothWays("head\n" + big + "\ntail\n");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[1], big);
    EXPECT_EQ(lines[2], "tail");
}

TEST(LineReader, ReadsLinesLongerThanTheBlock) {
    std::string big(3 * kOneMiB + 12345, 'y');
    big[kOneMiB] = 'z'; // a marker exactly at the first block boundary
    const auto lines = readBothWays("a\n" + big + "\r\nb" + big + "\nlast");
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0], "a");
    EXPECT_EQ(lines[1], big);
    EXPECT_EQ(lines[2], "b" + big);
    EXPECT_EQ(lines[3], "last");
}

TEST(LineReader, LinesThatStraddleBlockBoundariesArriveWhole) {
    // 1000-byte lines do not divide 1 MiB, so lines cross every block boundary at a different offset.
    std::string content;
    std::vector<std::string> expected;
    for (int i = 0; i < 3500; ++i) {
        std::string line = std::to_string(i) + "\t" + std::string(993 - std::to_string(i).size(), char('a' + i % 26));
        content += line + (i % 2 ? "\r\n" : "\n");
        expected.push_back(std::move(line));
    }
    EXPECT_EQ(readBothWays(content), expected);
}

TEST(LineReader, CrlfSplitAcrossTheBlockBoundary) {
    // The '\r' is the last byte of the first block and the '\n' the first byte of the next.
    const std::string first(kOneMiB - 1, 'q');
    EXPECT_THAT(readBothWays(first + "\r\nsecond\r\n"), ElementsAre(first, "second"));
    // The newline is exactly the last byte of the first block.
    const std::string exact(kOneMiB - 1, 'r');
    EXPECT_THAT(readBothWays(exact + "\nnext"), ElementsAre(exact, "next"));
}

TEST(LineReader, KeepsNulBytesInsideLines) {
    const std::string content("a\0b\n\0\n", 6);
    const auto lines = readBothWays(content);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], std::string("a\0b", 3));
    EXPECT_EQ(lines[1], std::string("\0", 1));
}

TEST(LineReader, RefusesALineLongerThanTheLimit) {
    test::TempDir dir;
    const auto file = dir.write("huge.txt", "ok\n" + std::string(LineReader::kMaxLineBytes + 10, 'h') + "\n");
    LineReader reader(file);
    std::string_view line;
    ASSERT_TRUE(reader.next(line));
    try {
        reader.next(line);
        FAIL() << "a line over the limit was accepted";
    } catch (const ImportError& error) {
        EXPECT_EQ(error.issue().line, 2u);
        EXPECT_THAT(error.what(), HasSubstr("huge.txt:2:"));
        EXPECT_THAT(error.what(), HasSubstr("longer than"));
    }
}

TEST(LineReader, MissingFileIsAnImportErrorNamingTheFile) {
    test::TempDir dir;
    try {
        LineReader reader(dir / "nope.dat");
        FAIL() << "opened a missing file";
    } catch (const ImportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("nope.dat"));
    }
}

TEST(LineReader, FolderIsAnImportErrorNamingIt) {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "ratings.csv");
    try {
        LineReader reader(dir / "ratings.csv");
        FAIL() << "opened a folder";
    } catch (const ImportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("ratings.csv"));
        EXPECT_THAT(error.what(), HasSubstr("folder"));
    }
}

TEST(LineReader, NameIsTheFileWithItsFolder) {
    test::TempDir dir;
    const auto file = dir.write("douban_book/ratings.dat", "1\t2\t3");
    LineReader reader(file);
    EXPECT_EQ(reader.name(), "douban_book/ratings.dat");
}

} // namespace
} // namespace kindred::import
