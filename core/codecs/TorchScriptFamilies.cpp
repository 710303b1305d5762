#include "codecs/TorchScriptFamilies.h"

#include "codecs/CodecRegistry.h"
#include "codecs/CodecType.h"
#include "common/Error.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace codecbpe {
namespace fs = std::filesystem;

bool isTorchScriptModel(const std::string& codecModel)
{
    std::string ext = fs::path(codecModel).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext == ".pt" || ext == ".ts")
        return true;
    std::error_code ec;
    return fs::is_directory(codecModel, ec) && fs::is_regular_file(fs::path(codecModel) / "model.ts", ec);
}

void registerTorchScriptFamilies(CodecRegistry& registry)
{
    // We cannot run hub models, but we can say how to get an export; no need to load libtorch for that.
    registry.add(
        "pytorch", {},
        [](const std::string& model) {
            const auto type = tryInferCodecType(model);
            return !isTorchScriptModel(model) && type && *type != "codec2";
        },
        [](const CodecOptions& options) -> std::unique_ptr<Codec> {
            throw Error(options.codecModel,
                        "a PyTorch codec: export it once with tools/export_codec.py (e.g. --model " +
                            options.codecModel + " --output codec.ts), then pass --codec_model codec.ts");
        });
    registry.addFromPlugin("torchscript", {"<exported codec>.ts"}, &isTorchScriptModel, kTorchCodecPlugin);
}

} // namespace codecbpe
