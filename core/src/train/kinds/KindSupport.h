#pragma once
// Helpers for model kind descriptions (private to core): a ParameterBinding ties one public
// ModelParameter to a member of the kind's typed options struct, so the defaults are the struct's
// own initialisers (one place) and the values people set reach the trainer unchanged.

#include "kindred/train/ModelKind.h"

#include <cmath>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace kindred::kinds {

template <class Options>
struct ParameterBinding {
    ModelParameter parameter; ///< defaultValue is filled in by describe()
    std::function<void(Options&, const ParameterValue&)> set;
    std::function<ParameterValue(const Options&)> get;
};

inline double asNumber(const ParameterValue& v) {
    return std::holds_alternative<double>(v) ? std::get<double>(v) : 0.0;
}
inline std::string asText(const ParameterValue& v) {
    return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
}

struct Range {
    double minimum = 0, maximum = 0, step = 1;
};

/// An integer member (int or unsigned) bound as an Integer parameter.
template <class Options, class Int>
ParameterBinding<Options> integer(std::string name, std::string key, std::string label, std::string help,
                                  Int Options::*member, Range range, bool searchable = false,
                                  bool advanced = false) {
    ParameterBinding<Options> b;
    b.parameter.name = std::move(name);
    b.parameter.key = std::move(key);
    b.parameter.label = std::move(label);
    b.parameter.help = std::move(help);
    b.parameter.type = ModelParameter::Type::Integer;
    b.parameter.minimum = range.minimum;
    b.parameter.maximum = range.maximum;
    b.parameter.step = range.step;
    b.parameter.decimals = 0;
    b.parameter.searchable = searchable;
    b.parameter.advanced = advanced;
    b.set = [member](Options& o, const ParameterValue& v) { o.*member = Int(std::llround(asNumber(v))); };
    b.get = [member](const Options& o) { return ParameterValue(double(o.*member)); };
    return b;
}

/// A double member bound as a Real parameter.
template <class Options>
ParameterBinding<Options> real(std::string name, std::string key, std::string label, std::string help,
                               double Options::*member, Range range, int decimals, bool searchable = false,
                               bool advanced = false) {
    ParameterBinding<Options> b;
    b.parameter.name = std::move(name);
    b.parameter.key = std::move(key);
    b.parameter.label = std::move(label);
    b.parameter.help = std::move(help);
    b.parameter.type = ModelParameter::Type::Real;
    b.parameter.minimum = range.minimum;
    b.parameter.maximum = range.maximum;
    b.parameter.step = range.step;
    b.parameter.decimals = decimals;
    b.parameter.searchable = searchable;
    b.parameter.advanced = advanced;
    b.set = [member](Options& o, const ParameterValue& v) { o.*member = asNumber(v); };
    b.get = [member](const Options& o) { return ParameterValue(o.*member); };
    return b;
}

/// A bool member bound as a Flag parameter (values 0/1).
template <class Options>
ParameterBinding<Options> flag(std::string name, std::string key, std::string label, std::string help,
                               bool Options::*member, bool advanced = true) {
    ParameterBinding<Options> b;
    b.parameter.name = std::move(name);
    b.parameter.key = std::move(key);
    b.parameter.label = std::move(label);
    b.parameter.help = std::move(help);
    b.parameter.type = ModelParameter::Type::Flag;
    b.parameter.minimum = 0;
    b.parameter.maximum = 1;
    b.parameter.decimals = 0;
    b.parameter.advanced = advanced;
    b.set = [member](Options& o, const ParameterValue& v) { o.*member = asNumber(v) != 0; };
    b.get = [member](const Options& o) { return ParameterValue(o.*member ? 1.0 : 0.0); };
    return b;
}

/// A text member: a Choice when `choices` is non-empty, else free Text (e.g. a path).
template <class Options>
ParameterBinding<Options> text(std::string name, std::string key, std::string label, std::string help,
                               std::string Options::*member, std::vector<std::string> choices = {},
                               bool advanced = true) {
    ParameterBinding<Options> b;
    b.parameter.name = std::move(name);
    b.parameter.key = std::move(key);
    b.parameter.label = std::move(label);
    b.parameter.help = std::move(help);
    b.parameter.type = choices.empty() ? ModelParameter::Type::Text : ModelParameter::Type::Choice;
    b.parameter.choices = std::move(choices);
    b.parameter.advanced = advanced;
    b.set = [member](Options& o, const ParameterValue& v) { o.*member = asText(v); };
    b.get = [member](const Options& o) { return ParameterValue(o.*member); };
    return b;
}

/// The public descriptions, each with its default read from a default-constructed Options.
template <class Options>
std::vector<ModelParameter> describe(const std::vector<ParameterBinding<Options>>& bindings,
                                     const Options& defaults = Options{}) {
    std::vector<ModelParameter> out;
    for (const auto& b : bindings) {
        out.push_back(b.parameter);
        out.back().defaultValue = b.get(defaults);
    }
    return out;
}

/// `base` with every value of `values` that has a binding applied.
template <class Options>
Options optionsFrom(const std::vector<ParameterBinding<Options>>& bindings, const ParameterValues& values,
                    Options base = Options{}) {
    for (const auto& b : bindings) {
        const auto found = values.find(b.parameter.name);
        if (found != values.end())
            b.set(base, found->second);
    }
    return base;
}

/// Every bound member of `options` as ParameterValues.
template <class Options>
ParameterValues valuesFrom(const std::vector<ParameterBinding<Options>>& bindings, const Options& options) {
    ParameterValues values;
    for (const auto& b : bindings)
        values[b.parameter.name] = b.get(options);
    return values;
}

} // namespace kindred::kinds
