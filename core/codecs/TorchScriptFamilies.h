// TorchScriptFamilies: the torch-free side of TorchScript codecs: which --codec_model names they take, what to do
// with a PyTorch hub name, and the plugin (core/torch) that runs them.
#pragma once

#include <string>

namespace codecbpe {

class CodecRegistry;

// The plugin that registers the real "torchscript" family (built from core/torch).
inline constexpr char kTorchCodecPlugin[] = "codecbpe_torch_plugin";

// A TorchScript export: a path ending in .pt or .ts (any letter case), or a folder holding model.ts.
bool isTorchScriptModel(const std::string& codecModel);

// Registers "pytorch" (hub names of the PyTorch codecs codec-bpe runs, e.g. facebook/encodec_24khz: creating one
// throws an Error saying how to export it) and "torchscript" (any isTorchScriptModel name; the first creation loads
// kTorchCodecPlugin, whose family then takes over).
void registerTorchScriptFamilies(CodecRegistry& registry);

} // namespace codecbpe
