#include "jobs/LmDatasetStats.h"

#include "common/Error.h"
#include "common/Progress.h"
#include "jobs/LmDatasetBuilder.h"
#include "text/CodeAlphabet.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numeric>

namespace codecbpe {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

struct Sidecar {
    std::optional<int> numCodebooks;
    std::optional<double> framerate;
    std::vector<std::int64_t> overlapCodes;
};

std::optional<Sidecar> readSidecar(const fs::path& dataset)
{
    const fs::path file(dataset.string() + LmDatasetBuilder::kSidecarSuffix);
    if (!fs::exists(file))
        return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    try {
        const Json j = Json::parse(in);
        Sidecar s;
        if (j.contains("num_codebooks") && j["num_codebooks"].is_number_integer())
            s.numCodebooks = j["num_codebooks"].get<int>();
        if (j.contains("codec_framerate") && j["codec_framerate"].is_number())
            s.framerate = j["codec_framerate"].get<double>();
        s.overlapCodes = j.at("overlap_codes").get<std::vector<std::int64_t>>();
        return s;
    } catch (const Json::exception& e) {
        throw Error(file.string(), std::string("is not a prep-lm-dataset sidecar: ") + e.what());
    }
}

std::u32string stripPrefix(std::u32string s, const std::u32string& prefix)
{
    if (!prefix.empty() && s.compare(0, prefix.size(), prefix) == 0)
        s.erase(0, prefix.size());
    return s;
}

std::u32string stripSuffix(std::u32string s, const std::u32string& suffix)
{
    if (!suffix.empty() && s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0)
        s.erase(s.size() - suffix.size());
    return s;
}

// Python's str.rstrip(): trailing whitespace (the line end included).
void rstripWhitespace(std::u32string& s)
{
    const auto isSpace = [](char32_t c) {
        return c == U' ' || (c >= U'\t' && c <= U'\r') || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 ||
               c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
               c == 0x205F || c == 0x3000;
    };
    while (!s.empty() && isSpace(s.back()))
        s.pop_back();
}

std::string format2(double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    return buffer;
}

} // namespace

double LmDatasetStatsResult::total() const { return std::accumulate(seconds.begin(), seconds.end(), 0.0); }
double LmDatasetStatsResult::max() const { return *std::max_element(seconds.begin(), seconds.end()); }
double LmDatasetStatsResult::min() const { return *std::min_element(seconds.begin(), seconds.end()); }
double LmDatasetStatsResult::mean() const { return total() / double(seconds.size()); }

double LmDatasetStatsResult::median() const
{
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

double LmDatasetStatsResult::std() const
{
    const double m = mean();
    double sum = 0.0;
    for (const double v : seconds)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / double(seconds.size()));
}

std::string LmDatasetStatsResult::report() const
{
    std::string out = std::to_string(seconds.size()) + " examples\n";
    if (seconds.empty())
        return out;
    out += "Total: " + format2(total()) + " seconds (" + format2(total() / 3600.0) + " hours)\n";
    out += "Max: " + format2(max()) + " seconds\n";
    out += "Min: " + format2(min()) + " seconds\n";
    out += "Median: " + format2(median()) + " seconds\n";
    out += "Mean: " + format2(mean()) + " seconds\n";
    out += "Std: " + format2(std()) + " seconds\n";
    return out;
}

LmDatasetStatsResult LmDatasetStats::compute(const LmDatasetStatsOptions& o, Progress& progress)
{
    const std::string name = o.datasetPath.string();
    std::ifstream in(o.datasetPath, std::ios::binary);
    if (!in)
        throw Error(name, "cannot open the file");
    const std::optional<Sidecar> sidecar = readSidecar(o.datasetPath);
    const std::optional<int> k = o.numCodebooks ? o.numCodebooks : sidecar ? sidecar->numCodebooks : std::nullopt;
    const std::optional<double> rate = o.codecFramerate ? o.codecFramerate : sidecar ? sidecar->framerate : std::nullopt;
    if (!k || *k <= 0)
        throw Error(name, "the number of codebooks is unknown: pass --num_codebooks");
    if (!rate || *rate <= 0.0)
        throw Error(name, "the codec frame rate is unknown: pass --codec_framerate");
    const std::u32string start = o.audioStartToken ? fromUtf8(*o.audioStartToken, "--audio_start_token") : U"";
    const std::u32string end = o.audioEndToken ? fromUtf8(*o.audioEndToken, "--audio_end_token") : U"";

    LmDatasetStatsResult result;
    std::vector<std::int64_t> codes;
    std::string line;
    for (std::int64_t lineNo = 1; std::getline(in, line); ++lineNo) {
        if (o.numExamples && std::int64_t(codes.size()) == *o.numExamples)
            break;
        if (lineNo % 4096 == 0)
            progress.throwIfCancelled();
        std::u32string text = fromUtf8(line, name + " line " + std::to_string(lineNo));
        rstripWhitespace(text);
        text = stripSuffix(stripPrefix(std::move(text), start), end);
        if (!text.empty() && text[0] == U'<')
            text = stripLegacyTokenFormat(text);
        codes.push_back(std::int64_t(text.size()));
    }
    if (in.bad())
        throw Error(name, "cannot read the file");
    const bool once = o.countOverlapsOnce && sidecar;
    if (once && sidecar->overlapCodes.size() < codes.size())
        throw Error(name, "has more lines than its sidecar " + name + LmDatasetBuilder::kSidecarSuffix +
                              " lists examples: the sidecar belongs to another file");
    result.overlapsCountedOnce = once;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const std::int64_t n = once ? codes[i] - sidecar->overlapCodes[i] : codes[i];
        result.seconds.push_back(double(n) / double(*k) / *rate);
    }
    return result;
}

} // namespace codecbpe
