// Fuzzes reading a tokenizer folder: tokenizer.json, and tokenizer_config.json after the first kConfigMarker line
// of the input. A folder that reads must render its three files, read back equal from them, and — when the
// encoder accepts it — encode text made of its own tokens into valid ids that decode.
#include "FuzzCheck.h"
#include "ScratchFolder.h"

#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerFolder.h"
#include "text/Utf8.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

using namespace codecbpe;

namespace {
constexpr std::string_view kConfigMarker = "\n#tokenizer_config.json\n";

void checkEncoder(const TokenizerFolder& folder, const std::string& dir)
{
    std::optional<BpeEncoder> encoder;
    if (!fuzz::succeeds([&] { encoder.emplace(BpeEncoder::forFolder(folder, dir)); }))
        return;
    std::u32string text;
    const auto& vocab = folder.model.vocab;
    for (std::size_t id = 0; id < vocab.size() && id < 64; ++id) {
        text += fromUtf8(vocab[id], "vocab");
        text += id % 3 == 0 ? U" " : U"";
    }
    std::vector<TokenSpan> spans;
    encoder->encode(text, spans);
    std::vector<TokenId> ids;
    for (const TokenSpan& span : spans) {
        fuzz::require(span.id < encoder->vocabSize(), "encode produced an id outside the vocabulary");
        fuzz::require(span.begin <= span.end && span.end <= text.size(), "token span outside the text");
        ids.push_back(span.id);
    }
    encoder->decode(ids);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::ScratchFolder scratch;
    static const fuzz::ScratchFolder written;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t marker = input.find(kConfigMarker);
    scratch.write(TokenizerFolder::kTokenizerJson, input.substr(0, marker));
    if (marker == std::string_view::npos)
        scratch.remove(TokenizerFolder::kTokenizerConfigJson);
    else
        scratch.write(TokenizerFolder::kTokenizerConfigJson, input.substr(marker + kConfigMarker.size()));

    TokenizerFolder folder;
    if (!fuzz::succeeds([&] { folder = TokenizerFolder::read(scratch.path()); }))
        return 0;
    TokenizerFolder reread;
    fuzz::require(fuzz::succeeds([&] {
                      folder.write(written.path());
                      reread = TokenizerFolder::read(written.path());
                  }),
                  "a tokenizer folder we read cannot be written and read back");
    fuzz::require(reread == folder, "a tokenizer folder does not read back equal after writing it");
    checkEncoder(folder, scratch.path().string());
    return 0;
}
