// The entry point of codecbpe_torch_plugin.so, which the codec registry loads when a TorchScript codec is first
// created: it adds the real "torchscript" family to the program's registry.
#include "codecs/CodecPlugins.h"
#include "torch/TorchScriptCodec.h"

#include <type_traits>

extern "C" __attribute__((visibility("default"))) void codecbpe_register_codecs(codecbpe::CodecRegistry& registry)
{
    codecbpe::TorchScriptCodec::registerIn(registry);
}

static_assert(std::is_same_v<decltype(&codecbpe_register_codecs), codecbpe::CodecPluginEntry>,
              "the entry point must have the type the loader calls");
