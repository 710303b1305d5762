// Nothing lost: codecbpe is killed with SIGKILL at random points while it trains a tokenizer, extends an LLM
// tokenizer with it, encodes audio to codes and encodes codes to ids. Afterwards every output is absent, the previous
// complete file or the new complete file, never partial; audio-to-codes then resumes without redoing the files it
// had finished.
#include "TestSupport.h"

#include "codes/CodecInfo.h"
#include "codes/Npy.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <random>
#include <string>
#include <unordered_set>
#include <vector>

using namespace codecbpe;
using test::runProcess;

namespace {
// AtomicFile's temporary names (".<name>.tmp-<pid>-<n>"): a kill may leave one behind, which no reader takes
// for an output (they look for names ending in .npy, .json, ...).
bool isTemporary(const QString& name) { return name.startsWith('.') && name.contains(".tmp-"); }

// Every file under `root` but temporaries: relative path -> contents.
QMap<QString, QByteArray> outputsUnder(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isTemporary(it.fileName()))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path.mid(root.size() + 1), file.readAll());
    }
    return files;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

struct KillResult {
    bool finished = false; // the command ended before the kill
    qint64 runMs = 0;
};

// Starts codecbpe, kills it with SIGKILL after `delayMs` unless it ended first.
KillResult runAndKill(const QStringList& args, int delayMs)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(test::cliPath(), args);
    process.waitForStarted();
    KillResult result;
    result.finished = process.waitForFinished(delayMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.runMs = timer.elapsed();
    return result;
}

// Runs `args` to completion, returning how long it took (-1 if it failed).
qint64 timedRun(const QStringList& args)
{
    QElapsedTimer timer;
    timer.start();
    const auto result = runProcess(test::cliPath(), args);
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return result.exitCode == 0 ? timer.elapsed() : -1;
}

// The shortest of three complete runs (of `argsOfRun(0..2)`): the kills must land inside a run, and the first one
// may be slow (cold cache).
qint64 shortestRun(const std::function<QStringList(int run)>& argsOfRun)
{
    qint64 shortest = -1;
    for (int run = 0; run < 3; ++run) {
        const qint64 ms = timedRun(argsOfRun(run));
        if (ms < 0)
            return -1;
        shortest = shortest < 0 ? ms : std::min(shortest, ms);
    }
    return shortest;
}

// What a kill left behind: files that are neither the previous nor the new complete file, or previous files gone.
struct Outcome {
    QStringList problems;
    int numNew = 0; // outputs that are the new complete file
};

Outcome outcomeUnder(const QString& root, const QMap<QString, QByteArray>& complete,
                     const QMap<QString, QByteArray>& previous)
{
    Outcome outcome;
    const auto seen = outputsUnder(root);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const bool isNew = complete.contains(it.key()) && complete.value(it.key()) == it.value();
        const bool isPrevious = previous.contains(it.key()) && previous.value(it.key()) == it.value();
        if (!isNew && !isPrevious)
            outcome.problems << it.key() + " is neither the previous nor the new complete file";
        outcome.numNew += isNew && !isPrevious;
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        if (!seen.contains(it.key()))
            outcome.problems << it.key() + " was lost";
    return outcome;
}

ino_t inodeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// What a tokenizer folder held before a run replaced it.
const QMap<QString, QByteArray> kPreviousTokenizerFolder{{"tokenizer.json", "{\"previous\": 1}"},
                                                         {"tokenizer_config.json", "{\"previous\": 2}"},
                                                         {"special_tokens_map.json", "{\"previous\": 3}"}};

// An LLM-like BPE tokenizer.json: the letters a-z, `numMerges` merges (each joins two earlier tokens into a new one)
// and the added special token <s>; megabytes of JSON, so that extending it takes a while.
QByteArray largeBpeTokenizerJson(int numMerges)
{
    std::vector<std::string> tokens;
    for (char c = 'a'; c <= 'z'; ++c)
        tokens.emplace_back(1, c);
    std::unordered_set<std::string> known(tokens.begin(), tokens.end());
    std::mt19937 rng(9);
    QByteArray merges;
    while (int(tokens.size()) - 26 < numMerges) {
        const std::string left = tokens[rng() % tokens.size()];
        const std::string right = tokens[rng() % tokens.size()];
        std::string joined = left + right;
        if (joined.size() > 12 || !known.insert(joined).second)
            continue;
        merges += QByteArray(merges.isEmpty() ? "" : ",") + "[\"" + left.c_str() + "\",\"" + right.c_str() + "\"]";
        tokens.push_back(std::move(joined));
    }
    QByteArray vocab;
    for (std::size_t id = 0; id < tokens.size(); ++id)
        vocab += QByteArray(id == 0 ? "" : ",") + "\"" + tokens[id].c_str() + "\":" + QByteArray::number(qulonglong(id));
    return R"({"added_tokens":[{"id":)" + QByteArray::number(qulonglong(tokens.size())) +
           R"(,"content":"<s>","single_word":false,"lstrip":false,"rstrip":false,"normalized":false,"special":true}],)"
           R"("normalizer":null,"pre_tokenizer":null,"post_processor":null,"decoder":null,)"
           R"("model":{"type":"BPE","vocab":{)" + vocab + R"(},"merges":[)" + merges + "]}}";
}

constexpr int kKillsPerCommand = 18;
constexpr int kFrames = 20000;
} // namespace

class TestNothingLost : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Training codes: 2 codebooks x 64 codes, enough that training and encoding take a few hundred ms.
        QVERIFY(QDir().mkpath(m_dir.filePath("codes")));
        std::mt19937 rng(5);
        for (int file = 0; file < 6; ++file) {
            std::vector<CodeGrid::Code> values(2 * kFrames);
            for (auto& v : values)
                v = CodeGrid::Code(rng() % 64);
            saveNpyCodes(m_dir.filePath("codes/f%1.npy").arg(file).toStdString(), CodeGrid(2, kFrames, values));
        }
        CodecInfo info{"codec2", "codec2-700c", 8000, 8000, 2, 64, 25.0};
        writeCodecInfo(m_dir.filePath("codes/codec_info.json").toStdString(), info);
        // Audio: the test fixtures that libsndfile reads quickly.
        const QString audio = test::testDataDir() + "/audio/";
        QVERIFY(QDir().mkpath(m_dir.filePath("audio")));
        int n = 0;
        for (const char* name : {"22050-1-16.wav", "44100-1-f32.wav", "44100-2-16.wav", "48000-1-24.wav", "22050-1-16.flac"})
            for (int copy = 0; copy < 2; ++copy)
                QVERIFY(QFile::copy(audio + name, m_dir.filePath("audio/%1-%2").arg(n++).arg(name)));
    }

    void trainTokenizerKeepsWholeFiles()
    {
        const auto args = [this](const QString& out) {
            return QStringList{"train-tokenizer", "--codes_path", m_dir.filePath("codes"), "--vocab_size", "2000",
                               "--pad_token", "<pad>", "--save_path", out};
        };
        const QString reference = m_dir.filePath("train-reference");
        const qint64 ms = shortestRun([&](int) { return args(reference); });
        QVERIFY(ms >= 0);
        const auto complete = outputsUnder(reference);
        QCOMPARE(complete.size(), 3);
        killReplacingTokenizerFolders("train", ms, complete, args);
    }

    void extendTokenizerKeepsWholeFiles()
    {
        // An LLM base tokenizer large enough that extending it takes a while, extended with the trained codec one
        const QString base = m_dir.filePath("llm-base");
        writeFile(base + "/tokenizer.json", largeBpeTokenizerJson(60000));
        writeFile(base + "/tokenizer_config.json", "{\n  \"bos_token\": \"<s>\"\n}\n");
        const QString codec = m_dir.filePath("train-reference");
        QVERIFY(QFile::exists(codec + "/tokenizer.json"));
        const auto args = [&](const QString& out) {
            return QStringList{"extend-tokenizer", "--existing_tokenizer", base, "--codec_bpe_tokenizer", codec,
                               "--save_path", out};
        };
        const QString reference = m_dir.filePath("extend-reference");
        const qint64 ms = shortestRun([&](int) { return args(reference); });
        QVERIFY(ms >= 0);
        const auto complete = outputsUnder(reference);
        QCOMPARE(complete.size(), 3);
        killReplacingTokenizerFolders("extend", ms, complete, args);
    }

    void encodeKeepsWholeFiles()
    {
        const QString tokenizer = m_dir.filePath("train-reference");
        QVERIFY(QFile::exists(tokenizer + "/tokenizer.json"));
        const auto args = [&](const QString& out) {
            return QStringList{"encode", m_dir.filePath("codes"), "--tokenizer", tokenizer, "-o", out};
        };
        const QString reference = m_dir.filePath("encode-reference/ids.txt");
        QDir().mkpath(m_dir.filePath("encode-reference"));
        const qint64 ms = shortestRun([&](int) { return args(reference); });
        QVERIFY(ms >= 0);
        const auto complete = outputsUnder(m_dir.filePath("encode-reference"));
        QCOMPARE(complete.size(), 1);
        const QMap<QString, QByteArray> previous{{"ids.txt", "1 2 3\n"}};
        killRepeatedly(ms, [&](int kill, int delay, KillResult& killed) {
            const QString out = m_dir.filePath("encode-%1").arg(kill);
            writeFile(out + "/ids.txt", previous.first());
            killed = runAndKill(args(out + "/ids.txt"), delay);
            return outcomeUnder(out, complete, previous);
        });
    }

    void audioToCodesKeepsWholeFilesAndResumes()
    {
        const auto args = [this](const QString& out) {
            return QStringList{"audio-to-codes", "--audio_path", m_dir.filePath("audio"), "--codes_path", out,
                               "--threads", "1"};
        };
        // Each timed run starts from nothing (a second run into the same folder would only skip finished files).
        const auto reference = [this](int run) { return m_dir.filePath("audio-reference-%1").arg(run); };
        const qint64 ms = shortestRun([&](int run) { return args(reference(run)); });
        QVERIFY(ms >= 0);
        const auto complete = outputsUnder(reference(0));
        QVERIFY(complete.size() >= 10);
        killRepeatedly(ms, [&](int kill, int delay, KillResult& killed) {
            const QString out = m_dir.filePath("audio-%1").arg(kill);
            killed = runAndKill(args(out), delay);
            Outcome outcome = outcomeUnder(out, complete, {});
            if (!outcome.problems.isEmpty())
                return outcome;
            // Resume: what was finished stays as it is (same inode: not rewritten), the rest is done.
            QMap<QString, ino_t> inodes;
            const auto finished = outputsUnder(out);
            for (auto it = finished.cbegin(); it != finished.cend(); ++it)
                if (it.key().endsWith(".npy"))
                    inodes.insert(it.key(), inodeOf(out + "/" + it.key()));
            if (timedRun(args(out)) < 0)
                outcome.problems << "the resumed run failed";
            else if (outputsUnder(out) != complete)
                outcome.problems << "the resumed run did not give the complete outputs";
            for (auto it = inodes.cbegin(); it != inodes.cend(); ++it)
                if (inodeOf(out + "/" + it.key()) != it.value())
                    outcome.problems << "the resumed run encoded " + it.key() + " again";
            return outcome;
        });
    }

private:
    // killRepeatedly for a command that writes a tokenizer folder (`args(folder)`) over a previous one's files: into
    // <name>-<kill>, each holding kPreviousTokenizerFolder first.
    void killReplacingTokenizerFolders(const QString& name, qint64 runMs, const QMap<QString, QByteArray>& complete,
                                       const std::function<QStringList(const QString& folder)>& args)
    {
        killRepeatedly(runMs, [&](int kill, int delay, KillResult& killed) {
            const QString out = m_dir.filePath(name + "-%1").arg(kill);
            for (auto it = kPreviousTokenizerFolder.cbegin(); it != kPreviousTokenizerFolder.cend(); ++it)
                writeFile(out + "/" + it.key(), it.value());
            killed = runAndKill(args(out), delay);
            return outcomeUnder(out, complete, kPreviousTokenizerFolder);
        });
    }

    // Kills the command kKillsPerCommand times: every other kill at a random point of the run, the others at
    // points that close in on the moment the outputs are written (a kill that left new files, or came after the
    // end, moves the next one earlier; one that left none moves it later).
    void killRepeatedly(qint64 runMs, const std::function<Outcome(int kill, int delayMs, KillResult& killed)>& attempt)
    {
        m_killed = m_endedFirst = m_leftNew = 0;
        std::mt19937 rng(42);
        double target = double(runMs) / 2;
        double step = double(runMs) / 4;
        int lastDirection = 0;
        for (int kill = 0; kill < kKillsPerCommand && !QTest::currentTestFailed(); ++kill) {
            const bool random = kill % 2 == 0;
            const int delay = random ? int(rng() % std::uint32_t(runMs + 1)) : int(target);
            KillResult killed;
            const Outcome outcome = attempt(kill, delay, killed);
            QVERIFY2(outcome.problems.isEmpty(), qPrintable(QString("kill %1 after %2 ms: ").arg(kill).arg(delay) +
                                                            outcome.problems.join("; ")));
            if (killed.finished) {
                ++m_endedFirst;
            } else {
                ++m_killed;
                m_leftNew += outcome.numNew > 0;
            }
            if (!random) {
                const int direction = (killed.finished || outcome.numNew > 0) ? -1 : 1;
                if (direction != lastDirection && lastDirection != 0)
                    step = std::max(1.0, step / 2);
                lastDirection = direction;
                target = std::max(0.0, target + direction * step);
            }
        }
        qInfo("complete run %lld ms; %d killed (%d of them after writing some new files), %d ended before the kill",
              runMs, m_killed, m_leftNew, m_endedFirst);
        QVERIFY2(m_killed >= kKillsPerCommand / 3, "too few attempts killed the command while it ran");
    }

    int m_killed = 0;
    int m_endedFirst = 0;
    int m_leftNew = 0;

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
