// Smoke-mode driver for the fuzz targets when they are not linked with libFuzzer (gcc builds, CI):
// runs every seed of the corpus, then a bounded number of deterministic pseudo-random mutations
// of them. A crash, an abort from a broken invariant or a sanitizer report fails the run.
//
//   fuzz_<target> [--runs N] [--seconds S] [--seed X] [--max-len BYTES] CORPUS_DIR_OR_FILE...
//
// Folders add their files as seeds and enable mutations; files given directly are only run
// (reproducing a crash found by libFuzzer: `fuzz_<target> crash-1234`).
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

/// xorshift64*: small, fast, and the same sequence on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed ? seed : 0x9E3779B97F4A7C15ull) {}
    std::uint64_t next() {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }
    std::size_t below(std::size_t n) { return n ? std::size_t(next() % n) : 0; }

private:
    std::uint64_t m_state;
};

// Tokens that matter to the parsers: separators, quotes, numbers at the edges, encodings, markers.
const std::vector<std::string>& tokens() {
    static const std::vector<std::string> list = {
        "\t", ",", ";", "|", "::", "\n", "\r\n", "\r", "\"", "\"\"", " ", "nan", "NaN", "inf", "-inf", "-1", "0",
        "0.5", "5.0", "10", "1e309", "-0", "+3", "2008.0", "99999999999999999999", "4294967296", "2147483648",
        "\xEF\xBB\xBF", "\xC3\xA9", "\xE9", "\xFF\xFE", "\xED\xA0\x80", "\xF0\x9F\x8E\xAC", std::string("\0", 1),
        "{", "}", "[", "]", ":", "\"overall\": ", "\"asin\": ", "null", "true", "\\u0000", "\\\"", "\n----8<----\n",
        "11/15/2019 12:00:00 AM", "13/45/2019 9:99:99 PM", "2019-11-15 08:55:22", "N1-1", "N2-0", "N3-7", "-",
        "user_id:token", "item_id:token", "rating:float", "timestamp:float"};
    return list;
}

void mutate(std::string& data, const std::vector<std::string>& seeds, Random& random, std::size_t maxLength) {
    const int steps = 1 + int(random.below(4));
    for (int step = 0; step < steps; ++step) {
        const std::size_t at = random.below(data.size() + 1);
        switch (random.below(10)) {
        case 0: // flip a bit
            if (!data.empty())
                data[random.below(data.size())] ^= char(1u << random.below(8));
            break;
        case 1: // overwrite a byte
            if (!data.empty())
                data[random.below(data.size())] = char(random.below(256));
            break;
        case 2:
        case 3: { // insert a token
            const auto& token = tokens()[random.below(tokens().size())];
            data.insert(at, token);
            break;
        }
        case 4: // erase a range
            if (!data.empty())
                data.erase(random.below(data.size()), 1 + random.below(16));
            break;
        case 5: { // duplicate a range somewhere else
            if (data.empty())
                break;
            const std::size_t from = random.below(data.size());
            const std::string chunk = data.substr(from, 1 + random.below(64));
            data.insert(random.below(data.size() + 1), chunk);
            break;
        }
        case 6: { // duplicate a whole line (duplicate ratings, repeated headers)
            const std::size_t start = data.rfind('\n', at ? at - 1 : 0);
            const std::size_t lineStart = start == std::string::npos ? 0 : start + 1;
            const std::size_t end = data.find('\n', lineStart);
            if (end != std::string::npos)
                data.insert(lineStart, data.substr(lineStart, end - lineStart + 1));
            break;
        }
        case 7: { // splice with another seed
            const auto& other = seeds[random.below(seeds.size())];
            const std::size_t from = random.below(other.size() + 1);
            data = data.substr(0, at) + other.substr(from);
            break;
        }
        case 8: // truncate
            data.resize(at);
            break;
        default: { // replace a run of digits with another number
            const std::size_t digit = data.find_first_of("0123456789", at);
            if (digit == std::string::npos)
                break;
            const std::size_t end = data.find_first_not_of("0123456789", digit);
            static const char* const numbers[] = {"0", "1", "6", "65535", "4294967297", "-3", "1.5", "1e400", ""};
            data.replace(digit, (end == std::string::npos ? data.size() : end) - digit,
                         numbers[random.below(std::size(numbers))]);
            break;
        }
        }
        if (data.size() > maxLength)
            data.resize(maxLength);
    }
}

// The input being run, for the crash handler: it saves it to ./fuzz-crash-input so a crash can be
// reproduced with `fuzz_<target> fuzz-crash-input` (or under a debugger).
const std::string* g_current = nullptr;

extern "C" void saveCrashingInput(int signal) {
    if (g_current) {
        const int fd = ::open("fuzz-crash-input", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            const char* data = g_current->data();
            std::size_t left = g_current->size();
            while (left > 0) {
                const auto wrote = ::write(fd, data, left);
                if (wrote <= 0)
                    break;
                data += wrote;
                left -= std::size_t(wrote);
            }
            ::close(fd);
            static const char note[] = "\nfuzz smoke: the crashing input was saved to ./fuzz-crash-input\n";
            [[maybe_unused]] const auto ignored = ::write(2, note, sizeof note - 1);
        }
    }
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

void runOne(const std::string& input) {
    g_current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    g_current = nullptr;
}

bool readFile(const std::filesystem::path& file, std::string& out) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

int usage(const char* program) {
    std::fprintf(stderr, "usage: %s [--runs N] [--seconds S] [--seed X] [--max-len BYTES] CORPUS_DIR_OR_FILE...\n",
                 program);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t maxRuns = 300;
    double maxSeconds = 3;
    std::uint64_t seed = 1;
    std::size_t maxLength = 64 * 1024;
    std::vector<std::filesystem::path> folders, files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (arg == "--runs" || arg == "--seconds" || arg == "--seed" || arg == "--max-len") {
            const char* text = value();
            if (!text)
                return usage(argv[0]);
            if (arg == "--runs")
                maxRuns = std::strtoull(text, nullptr, 10);
            else if (arg == "--seconds")
                maxSeconds = std::strtod(text, nullptr);
            else if (arg == "--seed")
                seed = std::strtoull(text, nullptr, 10);
            else
                maxLength = std::strtoull(text, nullptr, 10);
        } else if (arg.rfind("-", 0) == 0) {
            // libFuzzer flags (-runs=, -max_total_time=) are accepted and ignored, so the same
            // command line works for both builds.
            continue;
        } else if (std::filesystem::is_directory(arg)) {
            folders.emplace_back(arg);
        } else if (std::filesystem::is_regular_file(arg)) {
            files.emplace_back(arg);
        } else {
            std::fprintf(stderr, "%s: no such file or folder\n", arg.c_str());
            return 2;
        }
    }
    if (folders.empty() && files.empty())
        return usage(argv[0]);

    std::vector<std::filesystem::path> seedFiles = files;
    for (const auto& folder : folders) {
        std::vector<std::filesystem::path> inFolder;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.is_regular_file())
                inFolder.push_back(entry.path());
        std::sort(inFolder.begin(), inFolder.end());
        seedFiles.insert(seedFiles.end(), inFolder.begin(), inFolder.end());
    }
    std::vector<std::string> seeds;
    for (const auto& file : seedFiles) {
        std::string content;
        if (!readFile(file, content)) {
            std::fprintf(stderr, "%s: cannot read\n", file.c_str());
            return 2;
        }
        seeds.push_back(std::move(content));
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "no seed inputs found: a smoke run needs a corpus\n");
        return 2;
    }

    // Only where nobody else handles the signal: a sanitizer's own SEGV handler reports better.
    for (const int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) {
        struct sigaction current {};
        if (::sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
            ::signal(signal, saveCrashingInput);
    }

    const auto started = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
    std::size_t runs = 0;
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        std::fprintf(stderr, "seed %s (%zu bytes)\n", seedFiles[i].filename().c_str(), seeds[i].size());
        runOne(seeds[i]);
        ++runs;
    }
    std::size_t mutations = 0;
    if (!folders.empty()) {
        Random random(seed);
        std::string data;
        while (runs < maxRuns && elapsed() < maxSeconds) {
            // Mostly mutate a seed; sometimes keep mutating the last input to go deeper.
            if (mutations == 0 || random.below(4) != 0)
                data = seeds[random.below(seeds.size())];
            mutate(data, seeds, random, maxLength);
            runOne(data);
            ++runs;
            ++mutations;
        }
    }
    std::printf("fuzz smoke: %zu inputs (%zu seeds, %zu mutations) in %.2f s, no crash\n", runs, seeds.size(),
                mutations, elapsed());
    return 0;
}
