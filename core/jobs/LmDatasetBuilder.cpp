#include "jobs/LmDatasetBuilder.h"

#include "bpe/JsonPrettyWriter.h"
#include "codes/CodesFolder.h"
#include "codes/Npy.h"
#include "common/AtomicFile.h"
#include "common/CreatedFolders.h"
#include "common/Error.h"
#include "common/Progress.h"
#include "text/Utf8.h"

#include <algorithm>
#include <memory>

namespace codecbpe {
namespace {

namespace fs = std::filesystem;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

void appendIds(std::string& out, const std::vector<TokenId>& ids, const char* separator)
{
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += separator;
        out += std::to_string(ids[i]);
    }
}

std::string sidecarJson(const LmDatasetOptions& o, const CodeAlphabet& alphabet, const std::vector<std::int64_t>& overlaps)
{
    std::string out;
    JsonPrettyWriter w(out);
    w.beginObject();
    w.key("audio_end_token");
    o.audioEndToken ? w.string(*o.audioEndToken) : w.null();
    w.key("audio_start_token");
    o.audioStartToken ? w.string(*o.audioStartToken) : w.null();
    w.key("codec_framerate");
    o.codecFramerate ? w.floating(*o.codecFramerate) : w.null();
    w.key("num_codebooks");
    w.integer(alphabet.numCodebooks());
    w.key("num_examples");
    w.integer(std::int64_t(overlaps.size()));
    w.key("overlap_length");
    w.integer(o.overlapLength);
    // Per example: the codes at its start that the previous example of the same recording already holds.
    w.key("overlap_codes");
    w.beginArray();
    for (const std::int64_t v : overlaps)
        w.integer(v);
    w.endArray();
    w.key("sequence_length");
    w.integer(o.sequenceLength);
    w.endObject();
    out += '\n';
    return out;
}

} // namespace

std::vector<LmWindow> LmDatasetBuilder::windows(std::int64_t numTokens, std::int64_t window, std::int64_t overlap,
                                                bool dropLast)
{
    if (window < 1)
        throw Error("sequence_length leaves no room for audio tokens after the reserved BOS/EOS/audio start/end "
                    "tokens (window of " + std::to_string(window) + " tokens)");
    if (overlap < 0 || overlap >= window)
        throw Error("overlap_length " + std::to_string(overlap) + " must be at least 0 and smaller than the window of " +
                    std::to_string(window) + " tokens (sequence_length minus the reserved tokens)");
    std::vector<LmWindow> result;
    for (std::int64_t start = 0;;) {
        const std::int64_t end = start + window;
        if (dropLast && end > numTokens)
            break;
        result.push_back(LmWindow{start, std::min(end, numTokens)});
        if (end >= numTokens)
            break;
        start = end - overlap;
    }
    return result;
}

std::string LmDatasetBuilder::groupKey(const fs::path& file)
{
    const std::string path = file.string();
    // Greedy (.+): the last "_c<digits>[_.]" that leaves at least one character before it.
    for (std::size_t p = path.size(); p-- > 1;) {
        if (path[p] != '_' || p + 2 >= path.size() || path[p + 1] != 'c' || !isDigit(path[p + 2]))
            continue;
        std::size_t q = p + 2;
        while (q < path.size() && isDigit(path[q]))
            ++q;
        if (q < path.size() && (path[q] == '_' || path[q] == '.'))
            return path.substr(0, p);
    }
    throw Error(path, "has no \"_c<digits>\" followed by '_' or '.' in its name, so its recording is unknown "
                      "(audio-to-codes names files <name>_c<channel>[_t<start>_<end>].npy)");
}

LmDatasetSummary LmDatasetBuilder::build(LmDatasetTokenizer& tokenizer, const CodeAlphabet& alphabet,
                                         const LmDatasetOptions& o, Progress& progress)
{
    std::optional<TokenId> startId;
    std::optional<TokenId> endId;
    for (const auto& [name, id] : {std::pair{&o.audioStartToken, &startId}, std::pair{&o.audioEndToken, &endId}})
        if (*name) {
            *id = tokenizer.tokenId(**name);
            if (!*id)
                throw Error("Token '" + **name + "' not found in tokenizer");
        }
    if (o.numExamples && *o.numExamples < 0)
        throw Error("--num_examples must not be negative");
    const std::vector<fs::path> files = findCodesFiles(o.codesPath, o.codesFilter);
    if (files.empty())
        throw Error(o.codesPath.string(), "holds no .npy files");
    std::vector<std::string> keys;
    keys.reserve(files.size());
    for (const fs::path& f : files)
        keys.push_back(groupKey(f)); // all names are checked before any work
    // The window check before any encoding, for the case without BOS/EOS (they can only shrink it further).
    windows(0, o.sequenceLength - (startId ? 1 : 0) - (endId ? 1 : 0), o.overlapLength, o.dropLast);

    LmDatasetSummary summary;
    summary.files = files.size();
    std::string out;
    std::vector<std::int64_t> overlaps;
    std::vector<std::vector<TokenId>> npyRows;
    std::u32string text;
    std::vector<TokenId> tokens;
    std::vector<TokenId> example;
    CreatedFolders saveFolder(o.savePath.parent_path());
    auto file = o.format == LmDatasetFormat::Npy ? nullptr : std::make_unique<AtomicFile>(o.savePath);
    const auto flush = [&] {
        if (file) {
            file->stream().write(out.data(), std::streamsize(out.size()));
            out.clear();
        }
    };
    const bool done0 = o.numExamples && *o.numExamples == 0;
    for (std::size_t g = 0; g < files.size() && !done0;) {
        std::size_t next = g;
        text.clear();
        for (; next < files.size() && keys[next] == keys[g]; ++next) {
            progress.throwIfCancelled();
            try {
                alphabet.appendChars(loadCodesFile(files[next], alphabet.numCodebooks()), text);
            } catch (const Error& e) {
                throw Error(files[next].string(), e.reason());
            }
        }
        ++summary.groups;
        summary.codes += std::int64_t(text.size());
        tokenizer.encode(text, tokens);
        std::int64_t window = o.sequenceLength;
        std::size_t first = 0;
        std::size_t last = tokens.size();
        if (tokenizer.bosId() && last > first && tokens[first] == *tokenizer.bosId()) {
            ++first;
            --window;
        }
        if (tokenizer.eosId() && last > first && tokens[last - 1] == *tokenizer.eosId()) {
            --last;
            --window;
        }
        window -= (startId ? 1 : 0) + (endId ? 1 : 0);
        const auto n = std::int64_t(last - first);
        summary.tokens += n;
        if (n == 0) {
            ++summary.emptyGroups;
            g = next;
            continue;
        }
        const std::vector<LmWindow> ws = windows(n, window, o.overlapLength, o.dropLast);
        std::int64_t previousEnd = 0;
        for (std::size_t w = 0; w < ws.size(); ++w) {
            if (o.numExamples && summary.examples == *o.numExamples)
                break;
            const LmWindow& win = ws[w];
            example.clear();
            if (startId)
                example.push_back(*startId);
            example.insert(example.end(), tokens.begin() + std::ptrdiff_t(first) + win.begin,
                           tokens.begin() + std::ptrdiff_t(first) + win.end);
            if (endId)
                example.push_back(*endId);
            std::int64_t overlapCodes = 0;
            for (std::int64_t t = win.begin; w > 0 && t < previousEnd; ++t)
                overlapCodes += std::int64_t(tokenizer.tokenText(tokens[first + std::size_t(t)]).size());
            previousEnd = win.end;
            overlaps.push_back(overlapCodes);
            ++summary.examples;
            switch (o.format) {
            case LmDatasetFormat::Text:
                text.clear();
                for (const TokenId id : example)
                    text += tokenizer.tokenText(id);
                appendUtf8(text, out);
                out += '\n';
                break;
            case LmDatasetFormat::Ids:
                appendIds(out, example, " ");
                out += '\n';
                break;
            case LmDatasetFormat::Jsonl:
                out += "{\"input_ids\": [";
                appendIds(out, example, ", ");
                out += "]}\n";
                break;
            case LmDatasetFormat::Npy:
                npyRows.push_back(example);
                break;
            }
            if (out.size() > (1u << 20))
                flush();
        }
        progress.report(std::int64_t(next), std::int64_t(files.size()), "prep-lm-dataset");
        if (o.numExamples && summary.examples == *o.numExamples)
            break;
        g = next;
    }
    flush();
    if (file) {
        file->commit();
    } else {
        // Ragged rows (a shorter last window) are padded with -1.
        std::size_t width = 0;
        for (const auto& row : npyRows)
            width = std::max(width, row.size());
        std::vector<CodeGrid::Code> values(npyRows.size() * width, -1);
        for (std::size_t r = 0; r < npyRows.size(); ++r)
            std::copy(npyRows[r].begin(), npyRows[r].end(), values.begin() + std::ptrdiff_t(r * width));
        saveNpyCodes(o.savePath, CodeGrid(int(npyRows.size()), std::int64_t(width), std::move(values)),
                     NpyDtype::Int64);
    }
    writeFileAtomically(fs::path(o.savePath.string() + kSidecarSuffix), sidecarJson(o, alphabet, overlaps));
    saveFolder.keep();
    return summary;
}

} // namespace codecbpe
