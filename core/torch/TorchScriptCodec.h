// TorchScriptCodec: a neural codec exported as TorchScript (encode/decode methods + codec.json), run with libtorch.
#pragma once

#include "codecs/Codec.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace codecbpe {

class CodecRegistry;

// The module's methods: encode(wav: float32 [B,1,T]) -> int64 [B,K,F] and decode(codes: int64 [B,K,F]) ->
// float32 [B,1,T'] (tools/export_codec.py writes such modules). The metadata is codec.json, stored in the archive
// as an extra file or lying beside it. Calls are serialised; libtorch spreads each one over all cores.
class TorchScriptCodec final : public Codec {
public:
    // `path` is a .pt/.ts archive or a folder holding model.ts (+ codec.json). Throws Error naming the file for
    // a missing file, an operator this libtorch lacks, no encode method, missing or invalid codec.json.
    explicit TorchScriptCodec(const std::filesystem::path& path);
    ~TorchScriptCodec() override;
    TorchScriptCodec(const TorchScriptCodec&) = delete;
    TorchScriptCodec& operator=(const TorchScriptCodec&) = delete;

    // What the constructor accepts: a path ending in .pt or .ts, or a folder holding model.ts (isTorchScriptModel).
    static bool handles(const std::string& codecModel);
    // Registers the "torchscript" family: any --codec_model that handles() accepts. codecbpe_torch_plugin calls it
    // for the program's registry (CodecRegistry::instance() has a stand-in that loads the plugin).
    static void registerIn(CodecRegistry& registry);

    const CodecInfo& info() const override;
    CodeGrid encode(const std::vector<float>& samples) override;
    // One forward pass for all chunks, right-padded with zeros to the longest as codec-bpe's DefaultProcessor
    // does; chunk i keeps frames [0, ceil(len_i / spf)) with spf = ceil(T_padded / F) (codec-bpe _process_batch).
    std::vector<CodeGrid> encodeBatch(const std::vector<std::vector<float>>& chunks) override;
    // As encodeBatch for sliding windows whose first `contextSamples` samples are context: window i keeps frames
    // [ceil(contextSamples / spf), ceil(len_i / spf)), exactly the frames codec-bpe keeps with --context_secs.
    std::vector<CodeGrid> encodeWindows(const std::vector<std::vector<float>>& windows, std::int64_t contextSamples);

    // False for an encode-only export (no decode method).
    bool canDecode() const override;
    std::vector<float> decode(const CodeGrid& codes) override;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace codecbpe
