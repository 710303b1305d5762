// CodecRegistry: turns a --codec_model name into a Codec. Codec families register a matcher and a factory, so a
// later module (core/torch) can add its codecs without core/codecs depending on it; a family can also come from a
// plugin (CodecPlugins.h) that is loaded only when one of its codecs is first created.
#pragma once

#include "codecs/Codec.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

// What a factory gets: codec-bpe's audio_to_codes options that select and configure a codec.
struct CodecOptions {
    std::string codecModel;                 // --codec_model verbatim (a name or a file path)
    std::optional<double> bandwidth;        // --bandwidth (encodec / funcodec)
    std::optional<int> numQuantizers;       // --n_quantizers (dac / mimi)
};

class CodecRegistry {
public:
    using Matcher = std::function<bool(const std::string& codecModel)>;
    // Builds a fresh, independent codec (the job makes one per worker thread). Throws Error on failure.
    using Factory = std::function<std::unique_ptr<Codec>(const CodecOptions& options)>;

    // The process-wide registry, with the built-in Codec 2 modes and the TorchScript families (TorchScriptFamilies.h)
    // already registered.
    static CodecRegistry& instance();

    // Registers a family: `family` names it in messages and listings (e.g. "codec2", "torchscript"),
    // `examples` are model names to show users. Families registered later are asked first.
    void add(std::string family, std::vector<std::string> examples, Matcher matches, Factory create);
    // Registers a family whose factory lives in codec plugin `plugin` (a name for codecPluginFile). Matching and
    // examples() need no plugin; the first create() of a matching model loads it, its entry point registers the real
    // families, and this one is dropped. A plugin that fails to load throws Error naming its file (and is tried
    // again on the next create()).
    void addFromPlugin(std::string family, std::vector<std::string> examples, Matcher matches, std::string plugin);

    bool canCreate(const std::string& codecModel) const;
    // Throws Error naming the model and listing what is available when no family matches.
    std::unique_ptr<Codec> create(const CodecOptions& options);
    std::unique_ptr<Codec> create(const std::string& codecModel) { return create(CodecOptions{codecModel, {}, {}}); }

    // Example model names of every family, for --help and error messages.
    std::vector<std::string> examples() const;

private:
    struct Entry {
        std::string family;
        std::vector<std::string> examples;
        Matcher matches;
        Factory create;       // empty while the family waits for its plugin
        std::string plugin;   // the plugin that brings the factory, for a family added by addFromPlugin
    };
    // Loads `plugin` unless another thread has already done it, then drops the families that waited for it.
    void loadPlugin(const std::string& plugin);

    mutable std::mutex m_mutex;
    std::mutex m_pluginMutex;   // serialises plugin loads; taken before m_mutex, never inside it
    std::vector<Entry> m_entries;
};

} // namespace codecbpe
