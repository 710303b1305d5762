// Load: a folder of 10,000 small code files trains a tokenizer (train-tokenizer) and converts (encode,
// prep-lm-dataset) with at most 64 open files per process, within the engine's memory budget (24 bytes per corpus
// code, whole process), and with the same results as the same codes in 10 large files.
#include "Sanitizers.h"
#include "SyntheticCodes.h"
#include "TestSupport.h"

#include "bpe/TokenizerFolder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

using namespace codecbpe;
using test::runProcess;

namespace {

constexpr int kRecordings = 10000;
constexpr int kOpenFiles = 64;
constexpr double kBytesPerCode = 24.0;

// Runs codecbpe with at most kOpenFiles open files (prlimit sets the child's RLIMIT_NOFILE before exec).
test::ProcessResult runLimited(const QStringList& args)
{
    return runProcess("prlimit", QStringList{QString("--nofile=%1:%1").arg(kOpenFiles), test::cliPath()} + args, {},
                      300000);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> lines(const QString& path)
{
    QList<QByteArray> result = readAll(path).split('\n');
    if (!result.isEmpty() && result.back().isEmpty())
        result.pop_back();
    return result;
}

// The largest whole-process peak RSS of the children waited for so far, in bytes.
double childrenPeakBytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) * 1024.0;
}

} // namespace

class TestLoadFolder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theLimitReachesTheChild();
    void trainsLikeTheSameCodesInFewFiles();
    void encodesEveryFile();
    void prepLmDatasetHasOneExamplePerFile();
    void staysWithinTheMemoryBudget();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::int64_t m_codes = 0;
};

void TestLoadFolder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::SyntheticCodesSpec spec;
    spec.recordings = kRecordings;
    const test::SyntheticCodes codes(spec);
    m_codes = codes.writeFolder(path("many").toStdString());
    QCOMPARE(codes.writeFolder(path("few").toStdString(), kRecordings / 10), m_codes);
}

void TestLoadFolder::theLimitReachesTheChild()
{
    const test::ProcessResult r =
        runProcess("prlimit", {QString("--nofile=%1:%1").arg(kOpenFiles), "/bin/sh", "-c", "ulimit -n"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray::number(kOpenFiles));
}

void TestLoadFolder::trainsLikeTheSameCodesInFewFiles()
{
    // Chunks of 1 s (50 frames) never straddle two recordings, so both folders give the same training chunks.
    for (const QString& folder : {QString("many"), QString("few")}) {
        const test::ProcessResult r =
            runLimited({"train-tokenizer", "--codes_path", path(folder), "--chunk_size_secs", "1", "--vocab_size",
                        "8000", "--pad_token", "<pad>", "--save_path", path("tokenizer-" + folder)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    for (const char* file : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"}) {
        const QByteArray many = readAll(path("tokenizer-many/") + file);
        QVERIFY(!many.isEmpty());
        QVERIFY2(many == readAll(path("tokenizer-few/") + file), file);
    }
    // A real training: merges fill the vocabulary beyond the 4 x 1024 codes and the pad token.
    const TokenizerFolder tokenizer = TokenizerFolder::read(path("tokenizer-many").toStdString());
    QCOMPARE(tokenizer.model.vocab.size(), std::size_t(8000));
    QCOMPARE(tokenizer.model.merges.size(), std::size_t(8000 - 4 * 1024 - 1));
}

void TestLoadFolder::encodesEveryFile()
{
    const test::ProcessResult r =
        runLimited({"encode", path("many"), "--tokenizer", path("tokenizer-many"), "-o", path("encoded.txt")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> encoded = lines(path("encoded.txt"));
    QCOMPARE(encoded.size(), kRecordings);
    QVERIFY(encoded.front().startsWith("rec000000_c0.npy\t"));
    QVERIFY(encoded.back().startsWith(QString("rec%1_c0.npy\t").arg(kRecordings - 1, 6, 10, QChar('0')).toUtf8()));
}

void TestLoadFolder::prepLmDatasetHasOneExamplePerFile()
{
    const test::ProcessResult r = runLimited({"prep-lm-dataset", "--tokenizer", path("tokenizer-many"), "--codes_path",
                                              path("many"), "--format", "ids", "--save_path", path("dataset.txt")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Every recording (at most 1600 codes) fits one example of 4096 tokens: line i holds file i's ids.
    const QList<QByteArray> dataset = lines(path("dataset.txt"));
    const QList<QByteArray> encoded = lines(path("encoded.txt"));
    QCOMPARE(dataset.size(), kRecordings);
    QCOMPARE(encoded.size(), kRecordings);
    for (int i = 0; i < kRecordings; ++i)
        QCOMPARE(dataset[i], encoded[i].mid(encoded[i].indexOf('\t') + 1));
}

void TestLoadFolder::staysWithinTheMemoryBudget()
{
    const double peak = childrenPeakBytes();
    qInfo("%lld codes in %d files; largest child peak RSS %.1f MB = %.1f bytes/code (budget %.0f)",
          static_cast<long long>(m_codes), kRecordings, peak / 1e6, peak / double(m_codes), kBytesPerCode);
    QVERIFY(peak > 0);
    if (codecbpe::test::kUnderAddressSanitizer)
        QSKIP("the budget is not checked under AddressSanitizer: its shadow memory and quarantine are in the RSS");
    QVERIFY(peak <= kBytesPerCode * double(m_codes));
}

QTEST_GUILESS_MAIN(TestLoadFolder)
#include "tst_loadfolder.moc"
