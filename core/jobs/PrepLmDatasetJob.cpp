#include "jobs/PrepLmDatasetJob.h"

#include "bpe/TokenizerFolder.h"
#include "codes/CodecInfo.h"
#include "common/Error.h"

#include <array>
#include <sstream>
#include <utility>

namespace codecbpe {

namespace {

constexpr std::array<std::pair<LmDatasetFormat, const char*>, 4> kFormats{{{LmDatasetFormat::Text, "text"},
                                                                           {LmDatasetFormat::Ids, "ids"},
                                                                           {LmDatasetFormat::Jsonl, "jsonl"},
                                                                           {LmDatasetFormat::Npy, "npy"}}};

std::optional<CodecMetadata> codecOf(const LmDatasetTokenizer& tokenizer)
{
    const TokenizerFolder* folder = tokenizer.codecFolder();
    return folder ? folder->codec : std::nullopt;
}

} // namespace

const char* PrepLmDatasetJob::formatName(LmDatasetFormat format)
{
    for (const auto& [value, name] : kFormats)
        if (value == format)
            return name;
    return kFormats.front().second;
}

LmDatasetFormat PrepLmDatasetJob::formatNamed(const std::string& name)
{
    for (const auto& [value, known] : kFormats)
        if (name == known)
            return value;
    throw Error("--format " + name + " is not one of text, ids, jsonl, npy");
}

PrepLmDatasetJob::PrepLmDatasetJob(PrepLmDatasetRequest request)
    : m_request(std::move(request)),
      m_tokenizer(LmDatasetTokenizer::load(m_request.tokenizer, m_request.idMap)),
      m_alphabet(m_request.alphabet.resolve(codecOf(m_tokenizer), m_request.dataset.codesPath))
{
    LmDatasetOptions& o = m_request.dataset;
    // codec-bpe tests the tokens for truth: an empty one is none.
    for (std::optional<std::string>* token : {&o.audioStartToken, &o.audioEndToken})
        if (*token && (*token)->empty())
            token->reset();
    if (!o.codecFramerate)
        if (const std::optional<CodecMetadata> codec = codecOf(m_tokenizer))
            o.codecFramerate = codec->codecFramerate;
    if (!o.codecFramerate)
        if (const auto info = findCodecInfo(o.codesPath))
            o.codecFramerate = info->framerate;
}

LmDatasetSummary PrepLmDatasetJob::run(Progress& progress)
{
    return LmDatasetBuilder::build(m_tokenizer, m_alphabet, m_request.dataset, progress);
}

std::string PrepLmDatasetJob::describe(const LmDatasetSummary& s) const
{
    std::ostringstream out;
    out << s.files << " files in " << s.groups << " recordings, " << s.codes << " codes -> " << s.tokens
        << " tokens -> " << s.examples << " examples";
    if (s.emptyGroups > 0)
        out << " (" << s.emptyGroups << " recordings without tokens skipped)";
    out << "; saved to " << m_request.dataset.savePath.string();
    return out.str();
}

LmDatasetStatsOptions PrepLmDatasetJob::statsOptions() const
{
    LmDatasetStatsOptions stats;
    stats.datasetPath = m_request.dataset.savePath;
    stats.audioStartToken = m_request.dataset.audioStartToken;
    stats.audioEndToken = m_request.dataset.audioEndToken;
    return stats;
}

} // namespace codecbpe
