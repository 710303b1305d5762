// The only translation unit of the project that includes libtorch.
#include "torch/TorchScriptCodec.h"

#include "codecs/CodecRegistry.h"
#include "codecs/TorchScriptFamilies.h"
#include "common/Error.h"
#include "torch/CodecJson.h"
#include "torch/TorchMessages.h"

#include <ATen/Parallel.h>
#include <torch/script.h>
#include <torch/version.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

namespace codecbpe {
namespace fs = std::filesystem;

namespace {

const std::string kMetadataName = "codec.json";
const std::string kFolderModelName = "model.ts";

bool isModelFolder(const fs::path& path)
{
    std::error_code ec;
    return fs::is_directory(path, ec) && fs::is_regular_file(path / kFolderModelName, ec);
}

std::string readTextFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(file.string(), "cannot open the file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// libtorch starts with one intra-op thread on these machines (OpenMP reports 1); give it every core once per
// process, unless the user chose a count through OMP_NUM_THREADS.
void useAllCores()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (std::getenv("OMP_NUM_THREADS") == nullptr)
            at::set_num_threads(int(std::max(1u, std::thread::hardware_concurrency())));
    });
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

std::string shapeOf(const torch::Tensor& tensor)
{
    std::ostringstream text;
    text << tensor.sizes();
    return text.str();
}

} // namespace

class TorchScriptCodec::Impl {
public:
    explicit Impl(const fs::path& path);

    std::vector<CodeGrid> encodeWindows(const std::vector<std::vector<float>>& windows, std::int64_t contextSamples);
    std::vector<float> decode(const CodeGrid& codes);

    CodecInfo info;
    bool hasDecode = false;

private:
    CodecJson readMetadata(const std::string& embedded) const;
    torch::Tensor run(const std::string& method, torch::Tensor input);
    torch::Tensor checkedCodes(const torch::Tensor& codes, std::int64_t batch) const;
    void checkCodeRange(std::int64_t low, std::int64_t high, const std::string& where) const;

    fs::path m_archive;
    std::string m_file;
    int m_padToMultipleOf = 1;
    torch::jit::Module m_module;
    std::mutex m_mutex;
};

TorchScriptCodec::Impl::Impl(const fs::path& path)
    : m_archive(isModelFolder(path) ? path / kFolderModelName : path), m_file(m_archive.string())
{
    std::error_code ec;
    if (fs::is_directory(path, ec) && m_archive == path)
        throw Error(path.string(), "the folder holds no " + kFolderModelName);
    if (!fs::is_regular_file(m_archive, ec))
        throw Error(m_file, "no such TorchScript file");

    torch::jit::ExtraFilesMap extra{{kMetadataName, ""}};
    try {
        m_module = torch::jit::load(m_file, torch::kCPU, extra);
    } catch (const std::exception& e) {
        throw Error(m_file, describeLoadFailure(e.what(), TORCH_VERSION));
    }
    m_module.eval();
    const CodecJson metadata = readMetadata(extra[kMetadataName]);
    info = metadata.info;
    m_padToMultipleOf = metadata.padToMultipleOf;
    if (!m_module.find_method("encode"))
        throw Error(m_file, "the module has no method encode(wav: float32 [B,1,T]) -> int64 [B,K,F]");
    hasDecode = m_module.find_method("decode").has_value();
    useAllCores();
}

CodecJson TorchScriptCodec::Impl::readMetadata(const std::string& embedded) const
{
    if (!embedded.empty())
        return parseCodecJson(embedded, m_file);
    const fs::path beside = m_archive.parent_path() / kMetadataName;
    std::error_code ec;
    if (!fs::is_regular_file(beside, ec))
        throw Error(m_file, "no " + kMetadataName + " inside the archive nor beside it (export with tools/export_codec.py)");
    return parseCodecJson(readTextFile(beside), beside.string());
}

torch::Tensor TorchScriptCodec::Impl::run(const std::string& method, torch::Tensor input)
{
    c10::IValue output;
    try {
        output = m_module.get_method(method)({std::move(input)});
    } catch (const std::exception& e) {
        throw Error(m_file, method + " failed: " + summarizeTorchError(e.what()));
    }
    if (!output.isTensor())
        throw Error(m_file, method + " returned a " + output.tagKind() + ", not a tensor");
    return output.toTensor();
}

void TorchScriptCodec::Impl::checkCodeRange(std::int64_t low, std::int64_t high, const std::string& where) const
{
    const std::int64_t bad = low < 0 ? low : high;
    if (low < 0 || high >= info.codebookSize)
        throw Error(m_file, where + " code " + std::to_string(bad) + " is outside the codebook [0, " +
                                std::to_string(info.codebookSize) + ")");
}

torch::Tensor TorchScriptCodec::Impl::checkedCodes(const torch::Tensor& codes, std::int64_t batch) const
{
    if (codes.dim() != 3)
        throw Error(m_file, "encode returned shape " + shapeOf(codes) + "; expected int64 [B, K, F]");
    if (!c10::isIntegralType(codes.scalar_type(), /*includeBool=*/false))
        throw Error(m_file, std::string("encode returned ") + c10::toString(codes.scalar_type()) +
                                " values; expected integer codes (int64)");
    if (codes.size(0) != batch)
        throw Error(m_file, "encode returned shape " + shapeOf(codes) + " for a batch of " + std::to_string(batch));
    if (codes.size(1) != info.numCodebooks)
        throw Error(m_file, "encode returned " + std::to_string(codes.size(1)) + " codebooks but codec.json says " +
                                "num_codebooks = " + std::to_string(info.numCodebooks));
    torch::Tensor wide = codes.to(torch::kInt64).contiguous();
    if (wide.numel() > 0)
        checkCodeRange(wide.min().item<std::int64_t>(), wide.max().item<std::int64_t>(), "encode returned");
    return wide;
}

std::vector<CodeGrid> TorchScriptCodec::Impl::encodeWindows(const std::vector<std::vector<float>>& windows,
                                                            std::int64_t contextSamples)
{
    const auto batch = std::int64_t(windows.size());
    std::int64_t padded = 0;
    for (const auto& window : windows)
        padded = std::max(padded, std::int64_t(window.size()));
    const int numCodebooks = info.numCodebooks;
    if (padded == 0)
        return std::vector<CodeGrid>(windows.size(), CodeGrid(numCodebooks, 0));
    padded = ceilDiv(padded, m_padToMultipleOf) * m_padToMultipleOf;

    const std::lock_guard lock(m_mutex);
    const c10::InferenceMode inferenceOnly;
    torch::Tensor wav = torch::zeros({batch, 1, padded}, torch::kFloat32);
    float* samples = wav.data_ptr<float>();
    for (std::int64_t i = 0; i < batch; ++i)
        std::copy(windows[i].begin(), windows[i].end(), samples + i * padded);

    const torch::Tensor codes = checkedCodes(run("encode", wav), batch);
    const std::int64_t numFrames = codes.size(2);
    const std::int64_t* values = codes.data_ptr<std::int64_t>();
    std::vector<CodeGrid> grids;
    grids.reserve(windows.size());
    // codec-bpe estimates the hop per batch from the processor's padded length, then slices [context : non_padded].
    const std::int64_t samplesPerFrame = numFrames == 0 ? 1 : ceilDiv(padded, numFrames);
    for (std::int64_t i = 0; i < batch; ++i) {
        const std::int64_t end = std::min(numFrames, ceilDiv(std::int64_t(windows[i].size()), samplesPerFrame));
        const std::int64_t begin = std::min(end, ceilDiv(contextSamples, samplesPerFrame));
        CodeGrid grid(numCodebooks, end - begin);
        for (int k = 0; k < numCodebooks; ++k) {
            const std::int64_t* row = values + (i * numCodebooks + k) * numFrames;
            std::transform(row + begin, row + end, grid.row(k), [](std::int64_t c) { return CodeGrid::Code(c); });
        }
        grids.push_back(std::move(grid));
    }
    return grids;
}

std::vector<float> TorchScriptCodec::Impl::decode(const CodeGrid& codes)
{
    if (!hasDecode)
        throw Error(m_file, "the module has no decode method: this export can only encode");
    if (codes.numCodebooks() != info.numCodebooks)
        throw Error(m_file, "decode needs " + std::to_string(info.numCodebooks) + " codebooks, the codes have " +
                                std::to_string(codes.numCodebooks()));
    if (codes.empty())
        return {};
    const auto [low, high] = std::minmax_element(codes.codebookMajor().begin(), codes.codebookMajor().end());
    checkCodeRange(*low, *high, "decode got");

    const std::lock_guard lock(m_mutex);
    const c10::InferenceMode inferenceOnly;
    torch::Tensor input = torch::empty({1, codes.numCodebooks(), codes.numFrames()}, torch::kInt64);
    std::copy(codes.codebookMajor().begin(), codes.codebookMajor().end(), input.data_ptr<std::int64_t>());
    torch::Tensor audio = run("decode", input);
    if (audio.dim() != 3 || audio.size(0) != 1 || audio.size(1) != 1)
        throw Error(m_file, "decode returned shape " + shapeOf(audio) + "; expected float32 [1, 1, T]");
    if (!c10::isFloatingType(audio.scalar_type()))
        throw Error(m_file, std::string("decode returned ") + c10::toString(audio.scalar_type()) +
                                " values; expected float32 samples");
    audio = audio.to(torch::kFloat32).contiguous();
    const float* begin = audio.data_ptr<float>();
    return std::vector<float>(begin, begin + audio.numel());
}

TorchScriptCodec::TorchScriptCodec(const fs::path& path) : m_impl(std::make_unique<Impl>(path)) {}

TorchScriptCodec::~TorchScriptCodec() = default;

bool TorchScriptCodec::handles(const std::string& codecModel) { return isTorchScriptModel(codecModel); }

void TorchScriptCodec::registerIn(CodecRegistry& registry)
{
    registry.add("torchscript", {"<exported codec>.ts"}, &TorchScriptCodec::handles,
                 [](const CodecOptions& options) -> std::unique_ptr<Codec> {
                     if (options.bandwidth)
                         throw Error(options.codecModel, "--bandwidth is fixed when a TorchScript codec is exported "
                                                         "(tools/export_codec.py --bandwidth)");
                     auto codec = std::make_unique<TorchScriptCodec>(options.codecModel);
                     if (options.numQuantizers && *options.numQuantizers != codec->info().numCodebooks)
                         throw Error(options.codecModel,
                                     "this export has " + std::to_string(codec->info().numCodebooks) +
                                         " codebooks; for --n_quantizers " + std::to_string(*options.numQuantizers) +
                                         " re-export it (tools/export_codec.py --n_quantizers)");
                     return codec;
                 });
}

const CodecInfo& TorchScriptCodec::info() const { return m_impl->info; }

CodeGrid TorchScriptCodec::encode(const std::vector<float>& samples)
{
    return std::move(m_impl->encodeWindows({samples}, 0).front());
}

std::vector<CodeGrid> TorchScriptCodec::encodeBatch(const std::vector<std::vector<float>>& chunks)
{
    return m_impl->encodeWindows(chunks, 0);
}

std::vector<CodeGrid> TorchScriptCodec::encodeWindows(const std::vector<std::vector<float>>& windows,
                                                      std::int64_t contextSamples)
{
    return m_impl->encodeWindows(windows, contextSamples);
}

bool TorchScriptCodec::canDecode() const { return m_impl->hasDecode; }

std::vector<float> TorchScriptCodec::decode(const CodeGrid& codes) { return m_impl->decode(codes); }

} // namespace codecbpe
