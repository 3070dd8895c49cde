// Fuzz target: the text layer every importer stands on — LineReader (memory and file mode) and the
// TextFields parsers — with the invariants they promise:
//  - file mode and memory mode give the same lines, and the lines plus terminators cover the input;
//  - Latin-1 → UTF-8 conversion always yields valid UTF-8;
//  - messages quoting input stay short and printable;
//  - numbers parse without crashing, and integers that parse also parse as doubles.
#include "importers/LineReader.h"
#include "importers/TextFields.h"
#include "kindred/common/PrintableText.h"

#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using namespace kindred::import;

[[noreturn]] void broken(const char* what) {
    std::fprintf(stderr, "\n*** fuzz invariant broken (text fields): %s\n", what);
    std::fflush(stderr);
    std::abort();
}

const std::filesystem::path& scratchFile() {
    static const std::filesystem::path file = [] {
        std::string pattern = (std::filesystem::temp_directory_path() / "kindred-fuzz-text-XXXXXX").string();
        const int fd = mkstemp(pattern.data());
        if (fd < 0)
            broken("mkstemp failed");
        close(fd);
        return std::filesystem::path(pattern);
    }();
    return file;
}

struct RemoveScratch {
    ~RemoveScratch() {
        std::error_code ec;
        std::filesystem::remove(scratchFile(), ec);
    }
};

std::vector<std::string> readLines(LineReader& reader) {
    std::vector<std::string> lines;
    std::string_view line;
    while (reader.next(line))
        lines.emplace_back(line);
    return lines;
}

void checkFields(std::string_view line) {
    std::vector<std::string_view> plain;
    for (const char* separator : {"\t", "::", "|", ","}) {
        splitPlain(line, separator, plain);
        std::size_t total = 0;
        for (const auto field : plain)
            total += field.size();
        if (total + (plain.size() - 1) * std::string_view(separator).size() != line.size())
            broken("splitPlain lost or invented bytes");
    }
    std::vector<std::string> quoted;
    for (const char separator : {',', '\t', ';'})
        splitQuoted(line, separator, quoted);

    for (const auto field : plain) {
        const auto number = parseDouble(field);
        const auto integer = parseInt64(field);
        if (integer && !parseDouble(field))
            broken("parseInt64 accepted text parseDouble rejects");
        if (integer && number && std::isfinite(*number) && std::fabs(*number) < 1e15 &&
            double(*integer) != *number)
            broken("parseInt64 and parseDouble disagree");
        (void)parseDateTime(field);
        const auto trimmed = trim(field);
        if (trimmed.size() > field.size() || (!trimmed.empty() && trimmed.data() < field.data()))
            broken("trim went outside the field");
        const std::string message = quoteForMessage(field);
        if (message.size() > 48)
            broken("quoteForMessage is too long");
        if (kindred::containsControlCharacter(message))
            broken("quoteForMessage let a control character through");
        for (const char c : message)
            if (static_cast<unsigned char>(c) < 0x20)
                broken("quoteForMessage let a control byte through");
    }
    std::string converted;
    appendLatin1AsUtf8(line, converted);
    if (!isValidUtf8(converted))
        broken("Latin-1 conversion produced invalid UTF-8");
    if (isValidUtf8(line)) {
        // Valid UTF-8 never contains these bytes.
        for (const char c : line) {
            const auto b = static_cast<unsigned char>(c);
            if (b == 0xC0 || b == 0xC1 || b >= 0xF5)
                broken("isValidUtf8 accepted an impossible byte");
        }
    }
    (void)detectSeparator(line);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static RemoveScratch cleanup;
    const std::string input(reinterpret_cast<const char*>(data), size);

    LineReader memory("fuzz", input);
    std::vector<std::string> memoryLines;
    try {
        memoryLines = readLines(memory);
    } catch (const std::exception&) {
        broken("memory-mode LineReader threw on a small input");
    }
    if (memory.bytesConsumed() != size)
        broken("memory-mode LineReader did not consume the whole input");

    {
        std::ofstream out(scratchFile(), std::ios::binary | std::ios::trunc);
        out.write(input.data(), std::streamsize(input.size()));
    }
    LineReader file(scratchFile());
    const auto fileLines = readLines(file);
    if (fileLines != memoryLines)
        broken("file mode and memory mode read different lines");
    if (file.bytesConsumed() != size)
        broken("file-mode LineReader did not consume the whole input");

    // Every line is a piece of the input: together they never hold more bytes than it.
    std::size_t covered = memory.hadBom() ? 3 : 0;
    for (const auto& line : memoryLines)
        covered += line.size();
    if (covered > size)
        broken("LineReader returned more bytes than the input has");

    for (const auto& line : memoryLines)
        checkFields(line);
    checkFields(input);
    return 0;
}
