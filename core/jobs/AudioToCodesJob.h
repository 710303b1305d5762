// AudioToCodesJob: codec-bpe's audio_to_codes — a folder tree of audio in, a mirrored tree of .npy codes and a
// codec_info.json out — on all cores, resumable, with per-file errors that do not stop the batch.
#pragma once

#include "codecs/Codec.h"
#include "codecs/CodecRegistry.h"
#include "common/Progress.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace codecbpe {

// codec-bpe's flags (spec 6.1) and defaults, except the codec: ours defaults to Codec 2, which needs no download.
struct AudioToCodesOptions {
    std::filesystem::path audioPath{"audio"};
    std::filesystem::path codesPath{"output/codes"};
    double chunkSizeSecs = 30.0;
    double contextSecs = 0.0;
    int batchSize = 1;                  // chunks per encoder call, formed within one file and channel
    std::string codecType;              // empty: inferred from the model name (spec 6.2)
    CodecOptions codec{"codec2-700c", {}, {}};
    bool stereo = false;
    bool filePerChunk = false;
    std::vector<std::string> extensions{".mp3", ".wav", ".flac", ".opus"}; // case-sensitive
    std::vector<std::string> audioFilter; // keep a file if any of these is a substring of its path
    bool overwrite = false;
    bool codecInfoOnly = false;
    int threads = 0;                    // worker threads; 0 = one per core
};

struct ErroredFile {
    std::string path;
    std::string reason;
};

struct AudioToCodesResult {
    std::filesystem::path codesDir;      // <codes_path>/<model>/<chunk>s_<ctx>s/<mono|stereo>
    int numAudioFiles = 0;               // files attempted (load failures included, already-encoded ones not)
    int numNumpyFiles = 0;
    int numSkippedDirs = 0;              // directories whose every file was already encoded
    int numSkippedFiles = 0;             // files already encoded (their outputs exist) and left alone
    double audioSeconds = 0.0;           // duration of the audio encoded
    std::vector<ErroredFile> errored;    // sorted by path
};

class AudioToCodesJob {
public:
    // Makes one codec per worker thread; by default CodecRegistry::instance().create(options.codec).
    using CodecFactory = std::function<std::unique_ptr<Codec>()>;
    // Receives codec-bpe's console lines ("Converting in ...", "Error loading ...") as they happen.
    using Log = std::function<void(const std::string& line)>;

    explicit AudioToCodesJob(AudioToCodesOptions options, CodecFactory factory = {}, Log log = {});

    // Encodes every matching file, writes codec_info.json, and returns the counts. Throws Error for bad options
    // or a missing audio folder, Cancelled if `progress` asks to stop (finished files stay: a re-run resumes).
    // Progress counts files; its message gives files and seconds of audio done.
    AudioToCodesResult run(Progress& progress);

    // <codes_path>/<last part of codec_model>/<chunk>s_<context>s/<mono|stereo>, numbers as Python floats.
    static std::filesystem::path codesDirFor(const AudioToCodesOptions& options);

private:
    AudioToCodesOptions m_options;
    CodecFactory m_factory;
    Log m_log;
};

// "{stem}_c{channel}_t{whole:06d}_{ms:03d}.npy" with Python's round-half-even milliseconds (which can reach 1000).
std::string perChunkFileName(const std::string& stem, int channel, double startSeconds);

// codec-bpe's closing summary (spec 6.8) plus our skipped-files line; each errored file with its reason.
std::string formatAudioToCodesSummary(const AudioToCodesResult& result);

} // namespace codecbpe
