// Tests of TokenizerPrefix: for many random corpora (special tokens merges can spell, min_frequency stops, merges
// that re-create tokens and pairs merged twice) and every vocabulary size, the prefix of one large training run,
// saved as a folder, is byte-identical to training directly with that vocab_size.
#include "RandomCodecCorpus.h"

#include "bpe/TokenizerPrefix.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>

using namespace codecbpe;
using namespace codecbpe::test;

namespace {

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

bool sameFolders(const std::filesystem::path& a, const std::filesystem::path& b)
{
    for (const char* name : {TokenizerFolder::kTokenizerJson, TokenizerFolder::kTokenizerConfigJson,
                             TokenizerFolder::kSpecialTokensMapJson})
        if (readFile(a / name) != readFile(b / name) || readFile(a / name).empty())
            return false;
    return true;
}

// codec-bpe's smallest vocab_size: every code and special token counted, even a special token that is a code.
std::int64_t smallestVocabSize(const RandomCodecCorpus& corpus)
{
    return corpus.options.alphabet().size() + std::int64_t(corpus.options.finalSpecialTokens().size());
}

} // namespace

class TestTokenizerPrefix : public QObject {
    Q_OBJECT
private slots:
    void prefixEqualsTrainingDirectly_data();
    void prefixEqualsTrainingDirectly();
    void savedPrefixFolderIsByteIdentical();
    void folderReadFromDiskGivesTheSamePrefixes();
    void baseVocabularyAndSizesBelowIt();
};

void TestTokenizerPrefix::prefixEqualsTrainingDirectly_data()
{
    QTest::addColumn<bool>("recreating");
    QTest::addColumn<unsigned>("firstSeed");
    QTest::newRow("codec-like corpora") << false << 1u;
    QTest::newRow("tiny alphabets, re-created tokens") << true << 1001u;
}

void TestTokenizerPrefix::prefixEqualsTrainingDirectly()
{
    QFETCH(bool, recreating);
    QFETCH(unsigned, firstSeed);
    int minFrequencyStops = 0;
    int recreatedMerges = 0;
    int pairsMergedTwice = 0;
    int withSpecialSpelled = 0;
    for (unsigned seed = firstSeed; seed < firstSeed + (recreating ? 400 : 60); ++seed) {
        std::mt19937 rng(seed);
        const RandomCodecCorpus corpus = RandomCodecCorpus::make(rng, recreating);
        const TrainedTokenizer full = trainTokenizer(corpus, 100000);
        const TokenizerPrefix prefix(full.folder, full.creationMerges);
        const TokenId base = prefix.baseVocabSize();
        QCOMPARE(full.creationMerges.size() >= full.folder.model.merges.size(), true);
        minFrequencyStops += full.folder.model.vocabSize() < 100000 && corpus.options.minFrequency > 1;
        pairsMergedTwice += full.creationMerges.size() > full.folder.model.merges.size();
        recreatedMerges += full.creationMerges.size() > full.folder.model.vocabSize() - base;
        withSpecialSpelled += corpus.options.specialTokens.size() > 0;
        QCOMPARE(prefix.model(100000), full.folder.model);
        // Every size of the small vocabularies; about 25 sizes of the larger ones.
        const std::int64_t step = std::max<std::int64_t>(1, (prefix.fullVocabSize() - base) / 25);
        for (std::int64_t n = smallestVocabSize(corpus); n <= std::int64_t(prefix.fullVocabSize()) + 2; n += step) {
            const TrainedTokenizer direct = trainTokenizer(corpus, n);
            const QByteArray context = QStringLiteral("seed %1, vocab_size %2").arg(seed).arg(n).toUtf8();
            QVERIFY2(prefix.model(n) == direct.folder.model, context.constData());
            QVERIFY2(prefix.folder(n).tokenizerJson() == direct.folder.tokenizerJson(), context.constData());
            QCOMPARE(prefix.vocabSizeFor(n), direct.folder.model.vocabSize());
            QCOMPARE(prefix.mergeCount(n), direct.creationMerges.size());
        }
    }
    qInfo("min_frequency stops: %d, runs with re-created tokens: %d, with a pair merged twice: %d, with extra "
          "special tokens: %d",
          minFrequencyStops, recreatedMerges, pairsMergedTwice, withSpecialSpelled);
    QVERIFY(minFrequencyStops > 10);
    QVERIFY(withSpecialSpelled > 10);
    if (recreating)
        QVERIFY(recreatedMerges > 5);
}

void TestTokenizerPrefix::savedPrefixFolderIsByteIdentical()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path root = std::filesystem::path(dir.path().toStdString());
    for (unsigned seed : {3u, 5u, 1003u}) {
        std::mt19937 rng(seed);
        const RandomCodecCorpus corpus = RandomCodecCorpus::make(rng, seed > 1000);
        const TrainedTokenizer full = trainTokenizer(corpus, 100000);
        const TokenizerPrefix prefix(full.folder, full.creationMerges);
        const std::int64_t smallest = smallestVocabSize(corpus);
        for (const std::int64_t n : {smallest, smallest + 1, (smallest + prefix.fullVocabSize()) / 2,
                                     std::int64_t(prefix.fullVocabSize())}) {
            const std::string name = std::to_string(seed) + "-" + std::to_string(n);
            prefix.folder(n).write(root / ("prefix-" + name));
            trainTokenizer(corpus, n).folder.write(root / ("direct-" + name));
            QVERIFY2(sameFolders(root / ("prefix-" + name), root / ("direct-" + name)), name.c_str());
        }
    }
}

void TestTokenizerPrefix::folderReadFromDiskGivesTheSamePrefixes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int checked = 0;
    for (unsigned seed = 1; seed <= 40; ++seed) {
        std::mt19937 rng(seed);
        const RandomCodecCorpus corpus = RandomCodecCorpus::make(rng, false);
        const TrainedTokenizer full = trainTokenizer(corpus, 100000);
        if (full.creationMerges.size() != full.folder.model.merges.size())
            continue; // a pair merged twice: the file keeps only its later rank (see TokenizerPrefix.h)
        const std::filesystem::path saved = std::filesystem::path(dir.path().toStdString()) / std::to_string(seed);
        full.folder.write(saved);
        const TokenizerPrefix fromDisk(TokenizerFolder::read(saved));
        for (std::int64_t n = smallestVocabSize(corpus); n <= std::int64_t(fromDisk.fullVocabSize()); n += 3) {
            QVERIFY(fromDisk.folder(n).tokenizerJson() == trainTokenizer(corpus, n).folder.tokenizerJson());
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestTokenizerPrefix::baseVocabularyAndSizesBelowIt()
{
    std::mt19937 rng(11);
    RandomCodecCorpus corpus = RandomCodecCorpus::make(rng, false);
    corpus.options.specialTokens = {"<a>", "<b>"};
    const TrainedTokenizer full = trainTokenizer(corpus, 100000);
    const TokenizerPrefix prefix(full.folder, full.creationMerges);
    const auto specials = corpus.options.finalSpecialTokens().size();
    QCOMPARE(prefix.baseVocabSize(), TokenId(specials + std::size_t(corpus.options.alphabet().size())));
    QCOMPARE(prefix.mergeCount(0), std::size_t(0));
    QCOMPARE(prefix.vocabSizeFor(1), prefix.baseVocabSize());
    QVERIFY(prefix.model(1).merges.empty());
    QCOMPARE(prefix.model(1).addedTokens, full.folder.model.addedTokens);
    QCOMPARE(prefix.mergeCount(prefix.baseVocabSize() + 1), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestTokenizerPrefix)
#include "tst_tokenizerprefix.moc"
