// codecbpe_fake_plugin.so: a codec plugin without libtorch for tst_codecplugins. Its "fake" family takes names
// ending in ".fake"; its codecs report codec type "fake-plugin" and their model name; a name starting with "bad"
// throws Error from inside the plugin.
#include "codecs/CodecPlugins.h"
#include "codecs/CodecRegistry.h"
#include "common/Error.h"

#include <string>

namespace {

class PluginCodec final : public codecbpe::Codec {
public:
    explicit PluginCodec(std::string model)
    {
        m_info.codecType = "fake-plugin";
        m_info.codecModel = std::move(model);
        m_info.numCodebooks = 1;
        m_info.codebookSize = 2;
    }
    const codecbpe::CodecInfo& info() const override { return m_info; }
    codecbpe::CodeGrid encode(const std::vector<float>& samples) override
    {
        return codecbpe::CodeGrid(1, std::int64_t(samples.size()));
    }
    std::vector<float> decode(const codecbpe::CodeGrid& codes) override
    {
        return std::vector<float>(std::size_t(codes.numFrames()));
    }

private:
    codecbpe::CodecInfo m_info;
};

bool endsWithFake(const std::string& model)
{
    return model.size() > 5 && model.compare(model.size() - 5, 5, ".fake") == 0;
}

} // namespace

extern "C" __attribute__((visibility("default"))) void codecbpe_register_codecs(codecbpe::CodecRegistry& registry)
{
    registry.add("fake", {"plugin.fake"}, &endsWithFake, [](const codecbpe::CodecOptions& options) {
        if (options.codecModel.rfind("bad", 0) == 0)
            throw codecbpe::Error(options.codecModel, "refused by the plugin");
        return std::make_unique<PluginCodec>(options.codecModel);
    });
}
