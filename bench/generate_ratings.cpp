// generate_ratings: writes a synthetic MovieLens-25M-shaped dataset for the import benchmark.
//
//   generate_ratings --out DIR [--ratings N] [--users U] [--items I] [--seed S]
//
// DIR/ratings.csv  "userId,movieId,rating,timestamp", N rows (default 25,000,095), sorted by user
//                  then movie like ML-25M; every user 1..U (default 162,541) has at least one rating;
//                  no (user, movie) pair twice; half-star ratings 0.5..5 with ML-like frequencies.
// DIR/movies.csv   "movieId,title,genres" for all I movies (default 59,047), some titles quoted.
// stdout           the counts the import must reproduce, one "key=value" per line
//                  (ratings, users, items, rated_items), also written to DIR/counts.txt.
//
// Shape: user activity and item popularity are both power laws (Zipf-like). Activity is
// rank^-0.6 on top of a minimum (20 like ML-25M when N allows), capped at half the catalogue;
// item popularity is Zipf–Mandelbrot 1/(rank + 20). Ranks are shuffled over ids, so heavy users
// and popular movies are spread over the id range. Deterministic for a given seed.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace {

struct Options {
    std::uint64_t ratings = 25'000'095;
    std::uint64_t users = 162'541;
    std::uint64_t items = 59'047;
    std::uint64_t seed = 42;
    std::filesystem::path out;
};

[[noreturn]] void usage(const char* message) {
    std::fprintf(stderr,
                 "generate_ratings: %s\n"
                 "usage: generate_ratings --out DIR [--ratings N] [--users U] [--items I] [--seed S]\n"
                 "  defaults: 25000095 ratings, 162541 users, 59047 items (MovieLens 25M), seed 42\n",
                 message);
    std::exit(2);
}

std::uint64_t parseCount(const char* text, const char* flag) {
    std::uint64_t value = 0;
    const char* end = text + std::strlen(text);
    const auto [ptr, ec] = std::from_chars(text, end, value);
    if (ec != std::errc() || ptr != end)
        usage((std::string(flag) + " needs a whole number").c_str());
    return value;
}

Options parseOptions(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--help" || flag == "-h")
            usage("writes ratings.csv and movies.csv");
        if (i + 1 >= argc)
            usage(("missing value after " + flag).c_str());
        const char* value = argv[++i];
        if (flag == "--out")
            options.out = value;
        else if (flag == "--ratings")
            options.ratings = parseCount(value, "--ratings");
        else if (flag == "--users")
            options.users = parseCount(value, "--users");
        else if (flag == "--items")
            options.items = parseCount(value, "--items");
        else if (flag == "--seed")
            options.seed = parseCount(value, "--seed");
        else
            usage(("unknown option " + flag).c_str());
    }
    if (options.out.empty())
        usage("--out is required");
    if (options.users == 0 || options.items == 0)
        usage("--users and --items must be at least 1");
    if (options.ratings < options.users)
        usage("--ratings must be at least --users (every user rates something)");
    const long double pairs = (long double)(options.users) * (long double)(options.items);
    if ((long double)(options.ratings) > pairs / 2)
        usage("ratings must be at most half of users x items (the data would not be sparse)");
    return options;
}

/// Buffered writer with fast integer formatting.
class Output {
public:
    explicit Output(const std::filesystem::path& file) : m_file(std::fopen(file.c_str(), "wb")) {
        if (!m_file) {
            std::perror(file.c_str());
            std::exit(1);
        }
        m_buffer.reserve(kCapacity + 256);
    }
    ~Output() {
        flush();
        if (std::fclose(m_file) != 0) {
            std::perror("close");
            std::exit(1);
        }
    }
    void text(std::string_view s) {
        m_buffer.append(s);
        maybeFlush();
    }
    void number(std::uint64_t value) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_buffer.append(digits, end);
    }
    void byte(char c) { m_buffer.push_back(c); }
    void maybeFlush() {
        if (m_buffer.size() >= kCapacity)
            flush();
    }

private:
    void flush() {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) {
            std::perror("write");
            std::exit(1);
        }
        m_buffer.clear();
    }
    static constexpr std::size_t kCapacity = 4u << 20;
    std::FILE* m_file;
    std::string m_buffer;
};

/// Walker's alias method: O(1) draws from a fixed discrete distribution.
class AliasTable {
public:
    explicit AliasTable(const std::vector<double>& weights) : m_probability(weights.size()), m_alias(weights.size()) {
        const std::size_t n = weights.size();
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        std::vector<double> scaled(n);
        std::vector<std::uint32_t> small, large;
        for (std::size_t i = 0; i < n; ++i) {
            scaled[i] = weights[i] * double(n) / total;
            (scaled[i] < 1 ? small : large).push_back(std::uint32_t(i));
        }
        while (!small.empty() && !large.empty()) {
            const auto s = small.back(), l = large.back();
            small.pop_back();
            m_probability[s] = scaled[s];
            m_alias[s] = l;
            scaled[l] -= 1 - scaled[s];
            if (scaled[l] < 1) {
                large.pop_back();
                small.push_back(l);
            }
        }
        for (const auto i : large)
            m_probability[i] = 1;
        for (const auto i : small)
            m_probability[i] = 1;
    }
    template <class Random> std::uint32_t draw(Random& random) const {
        const std::uint64_t bits = random();
        const auto column = std::uint32_t(((bits >> 32) * m_probability.size()) >> 32);
        const double coin = double(bits & 0xFFFFFFFFu) * (1.0 / 4294967296.0);
        return coin < m_probability[column] ? column : m_alias[column];
    }

private:
    std::vector<double> m_probability;
    std::vector<std::uint32_t> m_alias;
};

/// Ratings per user: a minimum plus a power-law share of the rest, capped, summing exactly to total.
std::vector<std::uint32_t> userActivity(const Options& options, std::mt19937_64& random) {
    const std::uint64_t users = options.users;
    const std::uint64_t minimum = std::clamp<std::uint64_t>(options.ratings / users / 4, 1, 20);
    const double cap = std::max<double>(double(minimum), std::floor(double(options.items) / 2));
    const double extraTotal = double(options.ratings - minimum * users);
    std::vector<double> share(users);
    for (std::uint64_t r = 0; r < users; ++r)
        share[r] = std::pow(double(r + 1), -0.6);
    // Water-filling: give every user its share of the extra, cap, and hand the overflow to the rest.
    std::vector<double> extra(users, 0);
    std::vector<bool> capped(users, false);
    double left = extraTotal;
    for (int round = 0; round < 50 && left > 0.5; ++round) {
        double weight = 0;
        for (std::uint64_t r = 0; r < users; ++r)
            if (!capped[r])
                weight += share[r];
        if (weight <= 0)
            break;
        double handedOut = 0;
        for (std::uint64_t r = 0; r < users; ++r) {
            if (capped[r])
                continue;
            const double room = cap - double(minimum) - extra[r];
            double add = left * share[r] / weight;
            if (add >= room) {
                add = room;
                capped[r] = true;
            }
            extra[r] += add;
            handedOut += add;
        }
        left -= handedOut;
    }
    // Integers: floor (never more than the total), then the largest remainders get the missing units.
    std::vector<std::uint32_t> counts(users);
    std::uint64_t assigned = 0;
    std::vector<std::pair<double, std::uint32_t>> remainders(users);
    for (std::uint64_t r = 0; r < users; ++r) {
        const double whole = std::floor(extra[r]);
        counts[r] = std::uint32_t(minimum + std::uint64_t(whole));
        assigned += counts[r];
        remainders[r] = {extra[r] - whole, std::uint32_t(r)};
    }
    std::sort(remainders.begin(), remainders.end(), std::greater<>());
    for (std::size_t k = 0; assigned < options.ratings; k = (k + 1) % users) {
        auto& count = counts[remainders[k].second];
        if (count < cap) {
            ++count;
            ++assigned;
        }
    }
    std::shuffle(counts.begin(), counts.end(), random); // heavy users anywhere in the id range
    return counts;
}

std::uint64_t movieId(std::uint64_t index, std::uint64_t items) {
    // Spread over 1..209171 like ML-25M's ids (gaps included); dense when there are more items.
    constexpr std::uint64_t kMaxId = 209'171;
    if (items >= kMaxId || items == 1)
        return index + 1;
    return 1 + index * (kMaxId - 1) / (items - 1);
}

void writeMovies(const Options& options, std::mt19937_64& random) {
    static const char* const kGenres[] = {"Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
                                          "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "IMAX",
                                          "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western"};
    Output out(options.out / "movies.csv");
    out.text("movieId,title,genres\n");
    for (std::uint64_t i = 0; i < options.items; ++i) {
        out.number(movieId(i, options.items));
        const std::uint64_t year = 1900 + random() % 120;
        // One title in seven has a comma, as in "American President, The (1995)", and is quoted.
        if (random() % 7 == 0) {
            out.text(",\"Synthetic Film ");
            out.number(i + 1);
            out.text(", The (");
            out.number(year);
            out.text(")\",");
        } else {
            out.text(",Synthetic Film ");
            out.number(i + 1);
            out.text(" (");
            out.number(year);
            out.text("),");
        }
        const int genres = 1 + int(random() % 3);
        for (int g = 0; g < genres; ++g) {
            if (g)
                out.byte('|');
            out.text(kGenres[random() % std::size(kGenres)]);
        }
        out.byte('\n');
        out.maybeFlush();
    }
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parseOptions(argc, argv);
    std::error_code ec;
    std::filesystem::create_directories(options.out, ec);
    if (ec) {
        std::fprintf(stderr, "generate_ratings: cannot create %s: %s\n", options.out.c_str(), ec.message().c_str());
        return 1;
    }
    std::mt19937_64 random(options.seed);

    // Item popularity: Zipf–Mandelbrot over ranks, ranks shuffled over item indexes.
    std::vector<std::uint32_t> rankToItem(options.items);
    std::iota(rankToItem.begin(), rankToItem.end(), 0u);
    std::shuffle(rankToItem.begin(), rankToItem.end(), random);
    std::vector<double> popularity(options.items);
    for (std::uint64_t r = 0; r < options.items; ++r)
        popularity[r] = 1.0 / (double(r) + 20.0);
    const AliasTable items(popularity);

    const auto activity = userActivity(options, random);

    // Half stars with MovieLens-like frequencies (4.0 most common, then 3.0, 5.0, 3.5, ...).
    static const char* const kRatingText[] = {"0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"};
    const AliasTable ratingValues({1.6, 3.1, 1.6, 6.6, 5.0, 19.5, 12.6, 26.6, 8.5, 14.5});

    constexpr std::uint64_t kFirstTime = 789'652'009;  // 1995-01-09, ML-25M's first rating
    constexpr std::uint64_t kLastTime = 1'574'327'703; // 2019-11-21, its last

    std::vector<std::uint32_t> takenBy(options.items, 0); // user number + 1 that took the item
    std::vector<bool> rated(options.items, false);
    std::vector<std::uint32_t> chosen;
    std::uint64_t written = 0;
    {
        Output out(options.out / "ratings.csv");
        out.text("userId,movieId,rating,timestamp\n");
        for (std::uint64_t user = 0; user < options.users; ++user) {
            const std::uint32_t count = activity[user];
            chosen.clear();
            // Rejection sampling without replacement; heavy users fall back to a uniform scan of the
            // tail when popular items are all taken (keeps the worst case linear).
            std::uint64_t misses = 0;
            while (chosen.size() < count) {
                std::uint32_t item = rankToItem[items.draw(random)];
                if (takenBy[item] == user + 1) {
                    if (++misses < 64ull * count)
                        continue;
                    item = std::uint32_t(random() % options.items);
                    while (takenBy[item] == user + 1)
                        item = std::uint32_t((item + 1) % options.items);
                }
                takenBy[item] = std::uint32_t(user + 1);
                chosen.push_back(item);
            }
            std::sort(chosen.begin(), chosen.end()); // by movieId, as in ML-25M
            const std::uint64_t start = kFirstTime + random() % (kLastTime - kFirstTime);
            const std::uint64_t span = std::min<std::uint64_t>(kLastTime - start, 86'400ull * (1 + random() % 900));
            for (const auto item : chosen) {
                rated[item] = true;
                out.number(user + 1);
                out.byte(',');
                out.number(movieId(item, options.items));
                out.byte(',');
                out.text(kRatingText[ratingValues.draw(random)]);
                out.byte(',');
                out.number(start + (span ? random() % span : 0));
                out.byte('\n');
                out.maybeFlush();
            }
            written += count;
        }
    }
    writeMovies(options, random);

    const auto ratedItems = std::uint64_t(std::count(rated.begin(), rated.end(), true));
    const std::string counts = "ratings=" + std::to_string(written) + "\nusers=" + std::to_string(options.users) +
                               "\nitems=" + std::to_string(options.items) + "\nrated_items=" +
                               std::to_string(ratedItems) + "\n";
    std::fputs(counts.c_str(), stdout);
    std::FILE* file = std::fopen((options.out / "counts.txt").c_str(), "wb");
    if (!file || std::fputs(counts.c_str(), file) < 0 || std::fclose(file) != 0) {
        std::perror("counts.txt");
        return 1;
    }
    return written == options.ratings ? 0 : 1;
}
