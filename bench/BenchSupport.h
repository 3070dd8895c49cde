#pragma once
// What the table benchmarks share: opening the project, comma lists on the command line and
// mean ± sd over seeds.
#include "kindred/store/Project.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace bench {

/// The project at `path`, read-only; prints the reason and exits with 1 when it cannot be opened.
inline std::unique_ptr<kindred::Project> openProjectOrExit(const char* path) {
    auto project = kindred::Project::open(path, kindred::OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", project.status().message().c_str());
        std::exit(1);
    }
    return std::move(project).value();
}

inline std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        if (!part.empty())
            out.push_back(part);
    return out;
}

/// Values over seeds: mean and sample standard deviation (0 for one value).
struct Stats {
    std::vector<double> values;
    double mean() const {
        double s = 0;
        for (double v : values)
            s += v;
        return values.empty() ? std::nan("") : s / double(values.size());
    }
    double sd() const {
        if (values.size() < 2)
            return 0;
        const double m = mean();
        double s = 0;
        for (double v : values)
            s += (v - m) * (v - m);
        return std::sqrt(s / double(values.size() - 1));
    }
};

} // namespace bench
