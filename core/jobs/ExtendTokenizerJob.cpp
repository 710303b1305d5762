#include "jobs/ExtendTokenizerJob.h"

#include "bpe/BpeEncoder.h"
#include "bpe/HfTokenizerJson.h"
#include "bpe/TokenizerFolder.h"
#include "codes/CodesFolder.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "common/Progress.h"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace codecbpe {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kConflictsShown = 10;

SegmentationComparison checkSegmentation(const ExtendTokenizerRequest& request, const TokenizerExtension& ext,
                                         const std::vector<fs::path>& files, Progress& progress)
{
    // An even sample over the sorted files, so that one long recording does not stand for the whole set.
    std::vector<fs::path> sample;
    const std::size_t n = std::min(request.numCheckFiles, files.size());
    for (std::size_t i = 0; i < n; ++i)
        sample.push_back(files[i * files.size() / n]);
    const TokenizerFolder codec = TokenizerFolder::read(request.codecTokenizer);
    BpeEncoder encoder = BpeEncoder::forFolder(codec, request.codecTokenizer.string());
    const CodeAlphabet alphabet = request.alphabet.resolve(codec.codec, request.codesPath);
    return SegmentationCheck::run(codec.model, encoder, ext.codecToExtended, alphabet, sample, progress);
}

// Ids of the extended tokenizer. HF gives a new token the id after both the model's vocabulary and every added
// token, so once one codec token is new the last added id closes the range; only when none is new (all conflicts)
// must the model's vocabulary be counted, from the text.
TokenId vocabSize(const TokenizerExtension& ext, const fs::path& existingDir)
{
    const std::map<TokenId, AddedToken>& added = ext.addedTokens;
    if (ext.numCodecTokens > ext.conflicts.size() && !added.empty())
        return added.rbegin()->first + 1;
    const HfTokenizerJson extended =
        HfTokenizerJson::parse(ext.tokenizerJson, (existingDir / TokenizerFolder::kTokenizerJson).string());
    return added.empty() ? extended.modelVocabSize()
                         : std::max(extended.modelVocabSize(), added.rbegin()->first + 1);
}

} // namespace

std::string ExtendTokenizerPreview::conflictWarning() const
{
    const std::vector<TokenConflict>& conflicts = extension.conflicts;
    if (conflicts.empty())
        return {};
    std::ostringstream out;
    out << "warning: " << conflicts.size() << " of " << extension.numCodecTokens
        << " codec tokens were already in the base vocabulary and keep their ids (vocabulary conflict; train with "
           "--unicode_offset 0xE000 to avoid it):";
    const std::size_t shown = std::min(conflicts.size(), kConflictsShown);
    for (std::size_t i = 0; i < shown; ++i)
        out << ' ' << conflicts[i].token << " (" << conflicts[i].codecId << " -> " << conflicts[i].extendedId << ')';
    if (shown < conflicts.size())
        out << " ...";
    return out.str();
}

std::string ExtendTokenizerPreview::segmentationReport() const
{
    if (!segmentation)
        return {};
    const SegmentationComparison& c = *segmentation;
    std::ostringstream out;
    out << "Segmentation check on " << c.files << " of " << codesFiles << " code files (" << c.codes
        << " codes): the extended tokenizer (added tokens, leftmost-longest) gives " << c.extendedTokens
        << " tokens where Codec BPE gives " << c.bpeTokens << "; " << c.bpeTokensDiffering << " Codec BPE tokens ("
        << std::fixed << std::setprecision(2) << 100.0 * c.differingFraction() << "%) are segmented differently, in "
        << c.filesDiffering << " file(s).\n";
    if (c.bpeTokensDiffering > 0)
        out << "To keep the Codec BPE segmentation exactly, use --write_id_map and prep-lm-dataset --id_map.\n";
    return out.str();
}

fs::path ExtendTokenizerJob::defaultSavePath(const std::string& existingTokenizer)
{
    return "output/" + existingTokenizer + "_extended";
}

ExtendTokenizerPreview ExtendTokenizerJob::preview(const ExtendTokenizerRequest& request, Progress& progress)
{
    ExtendTokenizerPreview result;
    // Extending has no measurable steps (total 0: busy); the segmentation check counts its files.
    progress.report(0, 0, "extending");
    result.extension = TokenizerExtender::extend(request.existingTokenizer, request.codecTokenizer, request.options);
    progress.throwIfCancelled();

    result.vocabSize = vocabSize(result.extension, request.existingTokenizer);
    progress.throwIfCancelled();

    if (!request.codesPath.empty()) {
        const std::vector<fs::path> files = findCodesFiles(request.codesPath);
        if (files.empty())
            throw Error(request.codesPath.string(), "holds no .npy files");
        result.codesFiles = files.size();
        result.segmentation = checkSegmentation(request, result.extension, files, progress);
    }
    return result;
}

void ExtendTokenizerJob::write(const ExtendTokenizerPreview& preview, const ExtendTokenizerRequest& request,
                               const fs::path& dir, bool writeIdMap)
{
    preview.extension.write(dir);
    if (writeIdMap)
        writeFileAtomically(dir / TokenizerExtension::kIdMapJson, preview.extension.idMapJson(request.codecTokenizer));
}

} // namespace codecbpe
