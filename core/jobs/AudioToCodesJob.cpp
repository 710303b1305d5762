#include "jobs/AudioToCodesJob.h"

#include "audio/AudioFile.h"
#include "audio/ChunkPlan.h"
#include "audio/Resampler.h"
#include "codecs/CodecType.h"
#include "codes/CodecInfo.h"
#include "codes/Npy.h"
#include "codes/PythonRepr.h"
#include "common/Error.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace codecbpe {
namespace fs = std::filesystem;
namespace {

// create_directories' filesystem_error would reach the user as "filesystem error: ..." rather than our one line.
void createFolder(const fs::path& dir)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(dir.string(), "cannot create the folder: " + ec.message());
}

struct FileTask {
    fs::path audio;
    fs::path outDir;
    std::string stem;
};

// Thrown when a file cannot be read, so that it is reported as codec-bpe's "Error loading".
struct LoadFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The outputs of the file being encoded: removed again unless the whole file succeeded, so that a failed or
// cancelled file leaves nothing behind and a re-run encodes it afresh.
class PendingOutputs {
public:
    PendingOutputs() = default;
    PendingOutputs(const PendingOutputs&) = delete;
    PendingOutputs& operator=(const PendingOutputs&) = delete;
    ~PendingOutputs()
    {
        std::error_code ec;
        if (!m_committed) {
            for (const auto& p : m_paths)
                fs::remove(p, ec);
        }
    }
    void save(const fs::path& file, const CodeGrid& codes)
    {
        saveNpyCodes(file, codes, NpyDtype::Int64, {1, codes.numCodebooks(), codes.numFrames()});
        m_paths.push_back(file);
    }
    int count() const { return int(m_paths.size()); }
    void commit() { m_committed = true; }

private:
    std::vector<fs::path> m_paths;
    bool m_committed = false;
};

std::string reasonFor(const std::exception& e, const fs::path& file)
{
    if (const auto* err = dynamic_cast<const Error*>(&e); err && err->path() == file.string())
        return err->reason();
    return e.what();
}

bool allExist(const std::vector<fs::path>& files)
{
    std::error_code ec;
    return !files.empty() &&
           std::all_of(files.begin(), files.end(), [&](const fs::path& f) { return fs::exists(f, ec); });
}

bool keepFile(const fs::path& file, const AudioToCodesOptions& options)
{
    const std::string ext = file.extension().string();
    if (std::find(options.extensions.begin(), options.extensions.end(), ext) == options.extensions.end())
        return false;
    if (options.audioFilter.empty())
        return true;
    const std::string full = file.string();
    return std::any_of(options.audioFilter.begin(), options.audioFilter.end(),
                       [&](const std::string& f) { return full.find(f) != std::string::npos; });
}

// The job's shared state while workers run: counts, progress and cancellation behind one mutex.
class RunState {
public:
    RunState(Progress& progress, const AudioToCodesJob::Log& log, AudioToCodesResult& result, std::size_t total)
        : m_progress(progress), m_log(log), m_result(result), m_total(total)
    {
    }

    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_progress.cancelled();
    }
    void log(const std::string& line)
    {
        std::lock_guard lock(m_mutex);
        if (m_log)
            m_log(line);
    }
    void fileDone(int numpyFiles, double seconds, bool attempted, bool skipped, const ErroredFile* error)
    {
        std::lock_guard lock(m_mutex);
        m_result.numNumpyFiles += numpyFiles;
        m_result.audioSeconds += seconds;
        m_result.numAudioFiles += attempted ? 1 : 0;
        m_result.numSkippedFiles += skipped ? 1 : 0;
        if (error)
            m_result.errored.push_back(*error);
        ++m_done;
        char message[96];
        std::snprintf(message, sizeof message, "%zu/%zu files, %.1f s of audio", m_done, m_total,
                      m_result.audioSeconds);
        m_progress.report(std::int64_t(m_done), std::int64_t(m_total), message);
    }

private:
    std::mutex m_mutex;
    Progress& m_progress;
    const AudioToCodesJob::Log& m_log;
    AudioToCodesResult& m_result;
    std::size_t m_total;
    std::size_t m_done = 0;
};

class FileEncoder {
public:
    FileEncoder(const AudioToCodesOptions& options, const ChunkPlan& plan, Codec& codec, RunState& state)
        : m_options(options), m_plan(plan), m_codec(codec), m_state(state)
    {
    }

    void encode(const FileTask& task)
    {
        const fs::path monoOutput = task.outDir / (task.stem + "_c0.npy");
        if (!m_options.overwrite && !m_options.stereo && !m_options.filePerChunk && allExist({monoOutput})) {
            m_state.fileDone(0, 0.0, false, true, nullptr);
            return;
        }
        try {
            encodeChecked(task);
        } catch (const Cancelled&) {
            throw;
        } catch (const LoadFailure& e) {
            fail(task, e.what(), "Error loading ");
        } catch (const std::exception& e) {
            fail(task, reasonFor(e, task.audio), "Error encoding ");
        }
    }

private:
    void fail(const FileTask& task, const std::string& reason, const char* what)
    {
        m_state.log(what + task.audio.string() + ": " + reason);
        const ErroredFile error{task.audio.string(), reason};
        m_state.fileDone(0, 0.0, true, false, &error);
    }

    std::vector<std::vector<float>> load(const FileTask& task) const
    {
        try {
            const AudioBuffer audio = readAudio(task.audio);
            const int rate = m_codec.info().samplingRateEncoder;
            std::vector<std::vector<float>> channels;
            if (!m_options.stereo) {
                channels.push_back(resample(audio.mixToMono(), audio.sampleRate(), rate));
            } else {
                if (audio.numChannels() > 2)
                    throw Error(task.audio.string(), "--stereo handles 1 or 2 channels, the file has " +
                                                         std::to_string(audio.numChannels()));
                for (const auto& c : audio.channels())
                    channels.push_back(resample(c, audio.sampleRate(), rate));
            }
            return channels;
        } catch (const std::exception& e) {
            throw LoadFailure(reasonFor(e, task.audio));
        }
    }

    std::vector<fs::path> outputNames(const FileTask& task, int numChannels,
                                      const std::vector<ChunkWindow>& windows) const
    {
        std::vector<fs::path> names;
        for (int ch = 0; ch < numChannels; ++ch) {
            if (!m_options.filePerChunk) {
                names.push_back(task.outDir / (task.stem + "_c" + std::to_string(ch) + ".npy"));
                continue;
            }
            for (const auto& w : windows)
                names.push_back(task.outDir / perChunkFileName(task.stem, ch, m_plan.startSeconds(w)));
        }
        return names;
    }

    void encodeChecked(const FileTask& task)
    {
        const std::vector<std::vector<float>> channels = load(task);
        const auto numSamples = std::int64_t(channels.front().size());
        const std::vector<ChunkWindow> windows = m_plan.windows(numSamples);
        const std::vector<fs::path> names = outputNames(task, int(channels.size()), windows);
        if (!m_options.overwrite && allExist(names)) {
            m_state.fileDone(0, 0.0, false, true, nullptr);
            return;
        }

        createFolder(task.outDir);
        PendingOutputs outputs;
        std::vector<CodeGrid> wholeFile;
        const auto batch = std::size_t(std::max(1, m_options.batchSize));
        for (std::size_t ch = 0; ch < channels.size(); ++ch) {
            CodeGrid joined(m_codec.info().numCodebooks, 0);
            for (std::size_t first = 0; first < windows.size(); first += batch) {
                if (m_state.cancelled())
                    throw Cancelled();
                const std::size_t last = std::min(windows.size(), first + batch);
                std::vector<std::vector<float>> chunks;
                std::int64_t padded = 0;
                for (std::size_t w = first; w < last; ++w) {
                    chunks.push_back(m_plan.extract(channels[ch], windows[w]));
                    padded = std::max(padded, std::int64_t(chunks.back().size()));
                }
                const std::vector<CodeGrid> grids = m_codec.encodeBatch(chunks);
                for (std::size_t i = 0; i < grids.size(); ++i) {
                    const FrameRange kept =
                        m_plan.keptFrames(std::int64_t(chunks[i].size()), padded, grids[i].numFrames());
                    const CodeGrid codes = grids[i].frames(kept.begin, kept.end);
                    if (m_options.filePerChunk)
                        outputs.save(task.outDir / perChunkFileName(task.stem, int(ch),
                                                                    m_plan.startSeconds(windows[first + i])),
                                     codes);
                    else
                        joined.appendFrames(codes);
                }
            }
            if (!m_options.filePerChunk)
                wholeFile.push_back(std::move(joined));
        }
        for (std::size_t ch = 0; ch < wholeFile.size(); ++ch)
            outputs.save(task.outDir / (task.stem + "_c" + std::to_string(ch) + ".npy"), wholeFile[ch]);
        outputs.commit();
        m_state.fileDone(outputs.count(), double(numSamples) / m_plan.sampleRate(), true, false, nullptr);
    }

    const AudioToCodesOptions& m_options;
    const ChunkPlan& m_plan;
    Codec& m_codec;
    RunState& m_state;
};

} // namespace

AudioToCodesJob::AudioToCodesJob(AudioToCodesOptions options, CodecFactory factory, Log log)
    : m_options(std::move(options)), m_factory(std::move(factory)), m_log(std::move(log))
{
    if (!m_factory) {
        m_factory = [codec = m_options.codec] { return CodecRegistry::instance().create(codec); };
    }
}

fs::path AudioToCodesJob::codesDirFor(const AudioToCodesOptions& options)
{
    const std::string& model = options.codec.codecModel;
    const std::string name = model.substr(model.rfind('/') == std::string::npos ? 0 : model.rfind('/') + 1);
    return options.codesPath / name /
           (pythonFloatRepr(options.chunkSizeSecs) + "s_" + pythonFloatRepr(options.contextSecs) + "s") /
           (options.stereo ? "stereo" : "mono");
}

AudioToCodesResult AudioToCodesJob::run(Progress& progress)
{
    const AudioToCodesOptions& o = m_options;
    if (o.batchSize < 1)
        throw Error("--batch_size must be at least 1, got " + std::to_string(o.batchSize));
    if (!o.codecType.empty()) {
        const auto& known = knownCodecTypes();
        if (std::find(known.begin(), known.end(), o.codecType) == known.end())
            throw Error("unknown --codec_type " + o.codecType);
    } else {
        inferCodecType(o.codec.codecModel); // codec-bpe refuses a model whose type it cannot tell
    }

    std::unique_ptr<Codec> probe = m_factory();
    CodecInfo info = probe->info();
    if (!o.codecType.empty() && o.codecType != info.codecType)
        throw Error(o.codec.codecModel, "is a " + info.codecType + " codec, not --codec_type " + o.codecType);
    info.codecModel = o.codec.codecModel;
    const ChunkPlan plan(o.chunkSizeSecs, o.contextSecs, info.samplingRateEncoder);

    AudioToCodesResult result;
    result.codesDir = codesDirFor(o);
    const fs::path infoFile = result.codesDir / "codec_info.json";
    if (o.codecInfoOnly) {
        createFolder(result.codesDir);
        writeCodecInfo(infoFile, info);
        return result;
    }

    std::error_code ec;
    if (!fs::is_directory(o.audioPath, ec))
        throw Error(o.audioPath.string(), "no such audio folder");

    // Files by directory, as os.walk sees them: matching files only, sorted by full path.
    std::map<fs::path, std::vector<fs::path>> byDir;
    for (auto it = fs::recursive_directory_iterator(o.audioPath, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (it->is_regular_file(ec) && keepFile(it->path(), o))
            byDir[it->path().parent_path()].push_back(it->path());
    }
    if (ec)
        throw Error(o.audioPath.string(), "cannot list the audio folder: " + ec.message());

    std::vector<FileTask> tasks;
    for (auto& [dir, files] : byDir) {
        std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) { return a.string() < b.string(); });
        // codec-bpe maps root.replace(audio_path, codes_dir); only the leading audio_path is meant, so only it is.
        const fs::path relative = dir.lexically_relative(o.audioPath);
        const fs::path outDir = relative == "." ? result.codesDir : result.codesDir / relative;
        if (o.overwrite && fs::exists(outDir, ec)) {
            // Outputs of this directory only; its subdirectories are cleared when (and if) they are visited.
            for (const auto& entry : fs::directory_iterator(outDir, ec)) {
                if (entry.is_regular_file() && entry.path().extension() == ".npy")
                    fs::remove(entry.path(), ec);
            }
        }
        const bool quickDone = !o.overwrite && !o.stereo && !o.filePerChunk &&
                               std::all_of(files.begin(), files.end(), [&](const fs::path& f) {
                                   return fs::exists(outDir / (f.stem().string() + "_c0.npy"), ec);
                               });
        if (quickDone) {
            if (m_log)
                m_log("Skipping " + dir.string() + " because every file is already encoded in " + outDir.string() + ".");
            ++result.numSkippedDirs;
            result.numSkippedFiles += int(files.size());
            continue;
        }
        if (m_log)
            m_log("Converting in " + dir.string() + "...");
        for (const auto& f : files)
            tasks.push_back({f, outDir, f.stem().string()});
    }

    RunState state(progress, m_log, result, tasks.size());
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto worker = [&](std::unique_ptr<Codec> codec) {
        try {
            if (!codec)
                codec = m_factory();
            FileEncoder encoder(o, plan, *codec, state);
            while (!stop) {
                const std::size_t i = next++;
                if (i >= tasks.size())
                    break;
                encoder.encode(tasks[i]);
            }
        } catch (...) {
            // Cancelled, or the codec could not be made: stop everyone, report after joining.
            stop = true;
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t numThreads =
        std::min<std::size_t>(std::max<std::size_t>(1, tasks.size()), o.threads > 0 ? std::size_t(o.threads) : cores);
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < numThreads; ++t)
        threads.emplace_back(worker, nullptr);
    worker(std::move(probe)); // the calling thread works too, with the codec it already has
    for (auto& t : threads)
        t.join();
    if (failure)
        std::rethrow_exception(failure);

    std::sort(result.errored.begin(), result.errored.end(),
              [](const ErroredFile& a, const ErroredFile& b) { return a.path < b.path; });
    createFolder(result.codesDir);
    writeCodecInfo(infoFile, info);
    return result;
}

std::string perChunkFileName(const std::string& stem, int channel, double startSeconds)
{
    const auto whole = std::int64_t(startSeconds);
    // Python's round(): halves go to the even neighbour, which nearbyint does in the default rounding mode.
    const auto ms = std::int64_t(std::nearbyint((startSeconds - double(whole)) * 1000.0));
    char suffix[64];
    std::snprintf(suffix, sizeof suffix, "_t%06lld_%03lld.npy", static_cast<long long>(whole),
                  static_cast<long long>(ms));
    return stem + "_c" + std::to_string(channel) + suffix;
}

std::string formatAudioToCodesSummary(const AudioToCodesResult& r)
{
    const int errored = int(r.errored.size());
    std::string out = "Attempted to convert " + std::to_string(r.numAudioFiles) + " audio files:\n" +
                      std::to_string(r.numAudioFiles - errored) + " Succeeded.\n" + std::to_string(errored) +
                      " Errored.\n" + std::to_string(r.numNumpyFiles) + " numpy files created.\n" +
                      std::to_string(r.numSkippedDirs) + " directories skipped.\n" +
                      std::to_string(r.numSkippedFiles) + " files already encoded.\n";
    if (errored > 0) {
        out += "\nErrored files:\n";
        for (const auto& e : r.errored)
            out += e.path + ": " + e.reason + "\n";
    }
    out += "\nCodec info written.\n\nDone.\n";
    return out;
}

} // namespace codecbpe
