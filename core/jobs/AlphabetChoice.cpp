#include "jobs/AlphabetChoice.h"

#include "codes/CodecInfo.h"
#include "common/Error.h"

namespace codecbpe {

CodeAlphabet AlphabetChoice::resolve(const std::optional<CodecMetadata>& tokenizerCodec,
                                     const std::filesystem::path& codesDir, std::optional<int> fallbackCodebooks) const
{
    std::optional<int> k = numCodebooks;
    std::optional<int> s = codebookSize;
    char32_t offset = unicodeOffset.value_or(CodeAlphabet::kDefaultOffset);
    if (tokenizerCodec) {
        if (!k)
            k = tokenizerCodec->numCodebooks;
        if (!s)
            s = tokenizerCodec->codebookSize;
        if (!unicodeOffset)
            offset = tokenizerCodec->unicodeOffset;
    }
    if (!k || !s) {
        if (const auto info = findCodecInfo(codesDir)) {
            if (!k)
                k = info->numCodebooks;
            if (!s)
                s = info->codebookSize;
        }
    }
    if (!k)
        k = fallbackCodebooks;
    if (!k || !s)
        throw Error("codec_info.json does not exist beside the codes, so you must specify --num_codebooks and "
                    "--codebook_size manually");
    return CodeAlphabet(*k, *s, offset);
}

} // namespace codecbpe
