// Tests of CompressionCurve: every point of the one-pass curve equals encoding the held-out texts with BpeEncoder
// under that prefix (Hugging Face's merge_word), on random corpora including merges that re-create tokens; merges
// fed live with restarts give the same curve; the figures of a small hand-made case.
#include "RandomCodecCorpus.h"

#include "analysis/CompressionCurve.h"
#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerPrefix.h"

#include <QtTest>

using namespace codecbpe;
using namespace codecbpe::test;

namespace {

std::uint64_t encodedTokens(const BpeModel& model, const std::vector<std::u32string>& texts)
{
    BpeEncoder encoder(model);
    std::uint64_t tokens = 0;
    for (const auto& text : texts)
        tokens += encoder.encode(text).size();
    return tokens;
}

std::vector<CompressionCurve::Point> curveOf(const TokenizerPrefix& prefix, const std::vector<std::u32string>& texts)
{
    CompressionCurve curve(prefix.model(0));
    for (const auto& text : texts)
        curve.addText(text, 1.0);
    curve.addMerges(prefix.creationMerges());
    return curve.points();
}

bool samePoints(const std::vector<CompressionCurve::Point>& a, const std::vector<CompressionCurve::Point>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.vocabSize == y.vocabSize && x.merges == y.merges && x.tokens == y.tokens;
    });
}

} // namespace

class TestCompressionCurve : public QObject {
    Q_OBJECT
private slots:
    void handComputedCase();
    void everyPointEqualsEncodingThePrefix_data();
    void everyPointEqualsEncodingThePrefix();
    void pairMergedTwiceMovesToItsLaterRank();
    void liveMergesWithRestartsGiveTheSameCurve();
    void textAfterTheFirstMergeIsRefused();
};

void TestCompressionCurve::handComputedCase()
{
    // Alphabet a b (ids 1, 2 after <pad>); merges ab -> 3, then ab+ab -> 4. Held out: "ababa" and "bb".
    BpeModel base;
    base.vocab = {"<pad>", "\u4E00", "\u4E01"};
    base.addedTokens = {AddedToken{0, "<pad>"}};
    CompressionCurve curve(base);
    curve.addText(U"\u4E00\u4E01\u4E00\u4E01\u4E00", 2.0);
    curve.addText(U"\u4E01\u4E01<pad>", 1.0);
    QCOMPARE(curve.codes(), std::uint64_t(12)); // characters, as `codecbpe encode` counts them
    QCOMPARE(curve.seconds(), 3.0);
    QCOMPARE(curve.tokens(), std::uint64_t(8));
    curve.addMerge(0, BpeMerge{1, 2, 3});
    QCOMPARE(curve.tokens(), std::uint64_t(6));
    curve.addMerge(1, BpeMerge{3, 3, 4});
    QCOMPARE(curve.tokens(), std::uint64_t(5));
    QCOMPARE(curve.points().size(), std::size_t(3));
    QCOMPARE(curve.points()[0].vocabSize, TokenId(3));
    QCOMPARE(curve.points()[0].tokens, std::uint64_t(8));
    QCOMPARE(curve.points()[1].vocabSize, TokenId(4));
    QCOMPARE(curve.points()[1].merges, std::size_t(1));
    QCOMPARE(curve.points()[2].tokens, std::uint64_t(5));
}

void TestCompressionCurve::everyPointEqualsEncodingThePrefix_data()
{
    QTest::addColumn<bool>("recreating");
    QTest::addColumn<unsigned>("firstSeed");
    QTest::newRow("codec-like corpora") << false << 1u;
    QTest::newRow("tiny alphabets, re-created tokens") << true << 1001u;
}

void TestCompressionCurve::everyPointEqualsEncodingThePrefix()
{
    QFETCH(bool, recreating);
    QFETCH(unsigned, firstSeed);
    int points = 0;
    int withRecreated = 0;
    for (unsigned seed = firstSeed; seed < firstSeed + 120; ++seed) {
        std::mt19937 rng(seed);
        const RandomCodecCorpus corpus = RandomCodecCorpus::make(rng, recreating);
        const TrainedTokenizer full = trainTokenizer(corpus, 100000);
        const TokenizerPrefix prefix(full.folder, full.creationMerges);
        withRecreated += full.creationMerges.size() > prefix.fullVocabSize() - prefix.baseVocabSize();
        // Held out: unseen random text, and text the merges were learned from.
        std::vector<std::u32string> heldOut = corpus.moreChunks(rng, 6);
        heldOut.push_back(corpus.chunks.front());
        const auto curve = curveOf(prefix, heldOut);
        QCOMPARE(std::size_t(curve.back().vocabSize), std::size_t(prefix.fullVocabSize()));
        for (const auto& point : curve) {
            const QByteArray context = QStringLiteral("seed %1, vocab %2").arg(seed).arg(point.vocabSize).toUtf8();
            QVERIFY2(point.merges == prefix.mergeCount(point.vocabSize), context.constData());
            QVERIFY2(point.tokens == encodedTokens(prefix.model(point.vocabSize), heldOut), context.constData());
            ++points;
        }
    }
    qInfo("%d points checked, %d runs with re-created tokens", points, withRecreated);
    if (recreating)
        QVERIFY(withRecreated > 10);
}

void TestCompressionCurve::pairMergedTwiceMovesToItsLaterRank()
{
    // Training made (a,b) -> X, (X,a) -> Y, (a,b) -> X again (Hugging Face's duplicate entry), then (Y,b) -> Z: the
    // prefixes from the third merge on rank (a,b) after (X,a).
    TokenizerFolder folder;
    folder.model.vocab = {"<pad>", "\u4E00", "\u4E01", "\u4E00\u4E01", "\u4E00\u4E01\u4E00",
                          "\u4E00\u4E01\u4E00\u4E01"};
    folder.model.addedTokens = {AddedToken{0, "<pad>"}};
    const std::vector<BpeMerge> creation = {{1, 2, 3}, {3, 1, 4}, {1, 2, 3}, {4, 2, 5}};
    folder.model.merges = TokenizerPrefix::lastRankPerPair(creation);
    const TokenizerPrefix prefix(folder, creation);
    const std::vector<std::u32string> heldOut = {U"\u4E00\u4E01\u4E00\u4E01\u4E00\u4E01\u4E00",
                                                 U"\u4E00\u4E01\u4E00\u4E00\u4E01"};
    const auto curve = curveOf(prefix, heldOut);
    QCOMPARE(curve.size(), std::size_t(4));
    for (const auto& point : curve)
        QCOMPARE(point.tokens, encodedTokens(prefix.model(point.vocabSize), heldOut));
}

void TestCompressionCurve::liveMergesWithRestartsGiveTheSameCurve()
{
    for (unsigned seed = 1; seed <= 60; ++seed) {
        std::mt19937 rng(seed);
        const RandomCodecCorpus corpus = RandomCodecCorpus::make(rng, seed % 2 == 0);
        const TrainedTokenizer full = trainTokenizer(corpus, 100000);
        const TokenizerPrefix prefix(full.folder, full.creationMerges);
        const std::vector<std::u32string> heldOut = corpus.moreChunks(rng, 4);
        const std::vector<BpeMerge>& merges = prefix.creationMerges();

        // A listener's view of a run restarted twice: partway, then back to the start, then to the end.
        CompressionCurve live(prefix.model(0));
        for (const auto& text : heldOut)
            live.addText(text, 0.5);
        const std::size_t first = merges.size() * 2 / 3;
        for (std::size_t i = 0; i < first; ++i)
            live.addMerge(i, merges[i]);
        const std::size_t restart = merges.size() / 3;
        for (std::size_t i = restart; i < merges.size(); ++i)
            live.addMerge(i, merges[i]);
        for (std::size_t i = 0; i < merges.size(); ++i)
            live.addMerge(i, merges[i]);
        QVERIFY2(samePoints(live.points(), curveOf(prefix, heldOut)), qPrintable(QString::number(seed)));
        QCOMPARE(live.mergesFed(), merges.size());

        // The first part all at once (only its pairs indexed), then the rest live.
        CompressionCurve mixed(prefix.model(0));
        for (const auto& text : heldOut)
            mixed.addText(text, 0.5);
        mixed.addMerges({merges.begin(), merges.begin() + std::ptrdiff_t(restart)});
        for (std::size_t i = restart; i < merges.size(); ++i)
            mixed.addMerge(i, merges[i]);
        QVERIFY2(samePoints(mixed.points(), live.points()), qPrintable(QString::number(seed)));
    }
}

void TestCompressionCurve::textAfterTheFirstMergeIsRefused()
{
    BpeModel base;
    base.vocab = {"\u4E00", "\u4E01"};
    CompressionCurve curve(base);
    curve.addText(U"\u4E00\u4E01", 0.0);
    curve.addMerge(0, BpeMerge{0, 1, 2});
    QVERIFY_THROWS_EXCEPTION(std::logic_error, curve.addText(U"\u4E00", 0.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, curve.addMerge(5, BpeMerge{0, 1, 2}));
}

QTEST_GUILESS_MAIN(TestCompressionCurve)
#include "tst_compressioncurve.moc"
