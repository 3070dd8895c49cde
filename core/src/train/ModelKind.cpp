// ModelKind's parameter handling (parse, check, defaults, JSON) shared by every kind.
#include "kindred/train/ModelKind.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace kindred {

namespace {

std::string typeWord(const ModelParameter& p) {
    switch (p.type) {
    case ModelParameter::Type::Integer: return "an integer";
    case ModelParameter::Type::Real: return "a number";
    case ModelParameter::Type::Flag: return "true or false";
    case ModelParameter::Type::Choice: {
        std::string list;
        for (const auto& c : p.choices)
            list += (list.empty() ? "" : ", ") + c;
        return "one of " + list;
    }
    case ModelParameter::Type::Text: return "text";
    }
    return "a value";
}

std::string rangeText(const ModelParameter& p) {
    std::ostringstream out;
    out << p.minimum << ".." << p.maximum;
    return out.str();
}

bool isNumeric(const ModelParameter& p) {
    return p.type == ModelParameter::Type::Integer || p.type == ModelParameter::Type::Real ||
           p.type == ModelParameter::Type::Flag;
}

} // namespace

const ModelParameter* ModelKind::parameter(const std::string& name) const {
    for (const auto& p : parameters)
        if (p.name == name)
            return &p;
    return nullptr;
}

ParameterValues ModelKind::defaults() const {
    ParameterValues values;
    for (const auto& p : parameters)
        values[p.name] = p.defaultValue;
    return values;
}

Result<ParameterValues> ModelKind::resolve(const ParameterValues& given) const {
    ParameterValues values = defaults();
    for (const auto& [name, value] : given) {
        const ModelParameter* p = parameter(name);
        if (!p) {
            std::string known;
            for (const auto& q : parameters)
                known += (known.empty() ? "" : ", ") + q.name;
            return Status::failure("the " + id + " model has no parameter '" + name + "'" +
                                   (known.empty() ? std::string(" (it has none)") : " (it has: " + known + ")"));
        }
        if (isNumeric(*p)) {
            if (!std::holds_alternative<double>(value))
                return Status::failure(id + " " + name + " must be " + typeWord(*p));
            const double v = std::get<double>(value);
            if (!std::isfinite(v) || v < p->minimum || v > p->maximum)
                return Status::failure(id + " " + name + " must be in " + rangeText(*p) + " (got " +
                                       formatParameterValue(*p, value) + ")");
            if (p->type != ModelParameter::Type::Real && v != std::floor(v))
                return Status::failure(id + " " + name + " must be " + typeWord(*p));
        } else {
            if (!std::holds_alternative<std::string>(value))
                return Status::failure(id + " " + name + " must be " + typeWord(*p));
            const auto& text = std::get<std::string>(value);
            if (p->type == ModelParameter::Type::Choice &&
                std::find(p->choices.begin(), p->choices.end(), text) == p->choices.end())
                return Status::failure(id + " " + name + " must be " + typeWord(*p) + " (got '" + text + "')");
        }
        values[name] = value;
    }
    return values;
}

Result<ParameterValues> ModelKind::parse(const std::map<std::string, std::string>& text) const {
    ParameterValues given;
    for (const auto& [name, raw] : text) {
        const ModelParameter* p = parameter(name);
        if (!p) {
            given[name] = raw; // resolve() names the unknown parameter
            continue;
        }
        if (!isNumeric(*p)) {
            given[name] = raw;
            continue;
        }
        if (p->type == ModelParameter::Type::Flag) {
            if (raw == "true" || raw == "1" || raw == "on" || raw == "yes")
                given[name] = 1.0;
            else if (raw == "false" || raw == "0" || raw == "off" || raw == "no")
                given[name] = 0.0;
            else
                return Status::failure(id + " " + name + " must be true or false (got '" + raw + "')");
            continue;
        }
        double v = 0;
        const auto* end = raw.data() + raw.size();
        const auto [ptr, ec] = std::from_chars(raw.data(), end, v);
        if (ec != std::errc() || ptr != end)
            return Status::failure(id + " " + name + " must be " + typeWord(*p) + " (got '" + raw + "')");
        given[name] = v;
    }
    return resolve(given);
}

std::string ModelKind::toJson(const ParameterValues& values) const {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& p : parameters) {
        const auto found = values.find(p.name);
        const ParameterValue& v = found != values.end() ? found->second : p.defaultValue;
        if (p.type == ModelParameter::Type::Integer)
            out[p.key] = std::llround(std::get<double>(v));
        else if (p.type == ModelParameter::Type::Flag)
            out[p.key] = std::get<double>(v) != 0;
        else if (p.type == ModelParameter::Type::Real)
            out[p.key] = std::get<double>(v);
        else
            out[p.key] = std::get<std::string>(v);
    }
    return out.dump();
}

double numberParameter(const ParameterValues& values, const std::string& name) {
    const auto found = values.find(name);
    return found != values.end() && std::holds_alternative<double>(found->second) ? std::get<double>(found->second)
                                                                                 : 0.0;
}

std::string textParameter(const ParameterValues& values, const std::string& name) {
    const auto found = values.find(name);
    return found != values.end() && std::holds_alternative<std::string>(found->second)
               ? std::get<std::string>(found->second)
               : std::string();
}

std::string formatParameterValue(const ModelParameter& parameter, const ParameterValue& value) {
    if (std::holds_alternative<std::string>(value))
        return std::get<std::string>(value);
    const double v = std::get<double>(value);
    if (parameter.type == ModelParameter::Type::Flag)
        return v != 0 ? "true" : "false";
    if (parameter.type == ModelParameter::Type::Integer)
        return std::to_string(std::llround(v));
    std::ostringstream out;
    out << v;
    return out.str();
}

bool kindHas(const std::string& id, ModelCapability capability) {
    const ModelKind* kind = findModelKind(id);
    return kind && kind->has(capability);
}

const ModelKind* findModelKind(const std::string& id) {
    for (const ModelKind* kind : modelKinds())
        if (kind->id == id)
            return kind;
    return nullptr;
}

Result<const ModelKind*> requireModelKind(const std::string& id) {
    if (const ModelKind* kind = findModelKind(id))
        return kind;
    std::string known;
    for (const ModelKind* kind : modelKinds())
        known += (known.empty() ? "" : ", ") + kind->id;
    return Status::failure("unknown model kind '" + id + "' (known: " + known + ")");
}

} // namespace kindred
