#include "widgets/VocabularyCorpusCount.h"

#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerFolder.h"
#include "codes/CodesFolder.h"
#include "common/Error.h"
#include "common/Progress.h"
#include "text/CodeAlphabet.h"

namespace codecbpe::widgets {

VocabularyCorpusCount VocabularyCorpusCount::count(const TokenizerFolder& tokenizer, const std::string& tokenizerDir,
                                                   const CodeAlphabet& alphabet, const std::filesystem::path& folder,
                                                   Progress& progress)
{
    const std::vector<std::filesystem::path> files = findCodesFiles(folder);
    if (files.empty())
        throw Error(folder.string(), "holds no .npy files");
    BpeEncoder encoder = BpeEncoder::forFolder(tokenizer, tokenizerDir);
    VocabularyCorpusCount result;
    result.counts.assign(tokenizer.model.vocab.size(), 0);
    std::u32string text;
    std::vector<TokenId> ids;
    for (std::size_t f = 0; f < files.size(); ++f) {
        progress.throwIfCancelled();
        progress.report(std::int64_t(f), std::int64_t(files.size()), files[f].filename().string());
        const CodeGrid codes = loadCodesFile(files[f], alphabet.numCodebooks());
        text.clear();
        try {
            alphabet.appendChars(codes, text);
        } catch (const Error& e) {
            throw Error(files[f].string(), e.reason());
        }
        encoder.encode(text, ids);
        for (const TokenId id : ids) {
            if (id < result.counts.size())
                ++result.counts[id];
        }
        result.codes += std::int64_t(text.size());
        result.tokens += std::int64_t(ids.size());
        ++result.files;
    }
    progress.report(std::int64_t(files.size()), std::int64_t(files.size()), {});
    return result;
}

} // namespace codecbpe::widgets
