// CodecPlugins: finds and loads (dlopen) the shared libraries that add codec families, such as the TorchScript one,
// so that a program maps heavy libraries (libtorch and the OpenCV and Qt 5 it pulls in) only when it needs them.
#pragma once

#include <filesystem>
#include <string>

namespace codecbpe {

class CodecRegistry;

// The C function every codec plugin exports under kCodecPluginEntryName. It registers the plugin's families in the
// registry it is given: the program's, so that the plugin never keeps a registry of its own.
using CodecPluginEntry = void (*)(CodecRegistry& registry);
inline constexpr char kCodecPluginEntryName[] = "codecbpe_register_codecs";

// Overrides where plugins are looked up (a folder).
inline constexpr char kCodecPluginDirVariable[] = "CODECBPE_PLUGIN_DIR";

// The file of plugin `name` ("codecbpe_torch_plugin" -> codecbpe_torch_plugin.so): in $CODECBPE_PLUGIN_DIR when that
// is set; else beside the running executable when it is there (an installed or copied program); else in the build
// tree's plugin folder.
std::filesystem::path codecPluginFile(const std::string& name);

// Loads `file` and calls its entry point with `registry`. The library stays loaded for the life of the process:
// the registry keeps factories whose code lives in it. Throws Error(file, reason) with the loader's one-line reason
// when the file is missing, is no loadable library, lacks a dependency or exports no entry point.
void loadCodecPlugin(const std::filesystem::path& file, CodecRegistry& registry);

} // namespace codecbpe
