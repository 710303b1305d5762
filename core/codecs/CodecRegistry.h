// CodecRegistry: turns a --codec_model name into a Codec. Codec families register a matcher and a factory, so a
// later module (core/torch) can add its codecs without core/codecs depending on it.
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

    // The process-wide registry, with the built-in Codec 2 modes already registered.
    static CodecRegistry& instance();

    // Registers a family: `family` names it in messages and listings (e.g. "codec2", "torchscript"),
    // `examples` are model names to show users. Families registered later are asked first.
    void add(std::string family, std::vector<std::string> examples, Matcher matches, Factory create);

    bool canCreate(const std::string& codecModel) const;
    // Throws Error naming the model and listing what is available when no family matches.
    std::unique_ptr<Codec> create(const CodecOptions& options) const;
    std::unique_ptr<Codec> create(const std::string& codecModel) const { return create(CodecOptions{codecModel, {}, {}}); }

    // Example model names of every family, for --help and error messages.
    std::vector<std::string> examples() const;

private:
    struct Entry {
        std::string family;
        std::vector<std::string> examples;
        Matcher matches;
        Factory create;
    };
    mutable std::mutex m_mutex;
    std::vector<Entry> m_entries;
};

} // namespace codecbpe
