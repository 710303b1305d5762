// Tests of BpeTrainer: hand-computed merges, Hugging Face's semantics checked merge for merge against a literal
// port of its trainer on many random corpora, codec-bpe's option validation, and cancellation.
#include "bpe/BpeTrainer.h"
#include "bpe/MergeRun.h"
#include "common/Error.h"
#include "common/Progress.h"
#include "reference/HfBpeTrainerPort.h"
#include "text/Utf8.h"

#include "ScriptedProgress.h"

#include <QtTest>

#include <chrono>
#include <optional>
#include <random>
#include <unordered_set>

using namespace codecbpe;
using codecbpe::test::HfBpeTrainerPort;
using codecbpe::test::ScriptedProgress;

namespace {

constexpr char32_t kOffset = 0x4E00;

TrainerOptions smallOptions(int numCodebooks, int codebookSize, std::int64_t merges, std::int64_t minFrequency)
{
    TrainerOptions options;
    options.numCodebooks = numCodebooks;
    options.codebookSize = codebookSize;
    options.padToken = "<pad>";
    options.vocabSize = 1 + numCodebooks * codebookSize + merges;
    options.minFrequency = minFrequency;
    return options;
}

std::u32string codes(std::initializer_list<int> offsets)
{
    std::u32string text;
    for (int o : offsets)
        text.push_back(char32_t(kOffset + o));
    return text;
}

// What Hugging Face's model keeps of the merge list: each pair once, at its later rank.
std::vector<BpeMerge> lastRankPerPair(const std::vector<BpeMerge>& merges)
{
    std::vector<BpeMerge> kept;
    std::unordered_set<std::uint64_t> seen;
    for (auto it = merges.rbegin(); it != merges.rend(); ++it) {
        if (seen.insert((std::uint64_t(it->left) << 32) | it->right).second)
            kept.push_back(*it);
    }
    return {kept.rbegin(), kept.rend()};
}

QString describe(const BpeMerge& m)
{
    return QStringLiteral("(%1,%2)->%3").arg(m.left).arg(m.right).arg(m.result);
}

struct RandomCase {
    TrainerOptions options;
    std::vector<std::u32string> chunks;
};

// A random small codec corpus: frames of K interleaved codebooks from a few repeated "units", runs of one code
// (overlapping merges), now and then a character outside the alphabet or a space, and repeated chunks.
RandomCase randomCase(std::mt19937& rng)
{
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    RandomCase c;
    TrainerOptions& o = c.options;
    o.numCodebooks = pick(1, 4);
    o.codebookSize = pick(2, 64);
    const int k = o.numCodebooks;
    const int s = o.codebookSize;
    if (pick(0, 3) == 0)
        o.eosToken = "</s>";
    else
        o.padToken = "<pad>";
    if (pick(0, 2) == 0)
        o.unkToken = "<unk>";
    if (pick(0, 4) == 0) // a special token that is also an alphabet character
        o.specialTokens.push_back(toUtf8(std::u32string(1, char32_t(kOffset + pick(0, k * s - 1)))));
    if (pick(0, 4) == 0) // a special token that merges can spell
        o.specialTokens.push_back(toUtf8(codes({0, 0})));
    if (pick(0, 5) == 0) // a one-character special token outside the alphabet, which training keeps
        o.specialTokens.push_back("x");
    o.minFrequency = pick(0, 4);
    const int ngrams = pick(-1, 3);
    if (ngrams >= 0)
        o.maxTokenCodebookNgrams = ngrams;
    o.vocabSize = std::int64_t(o.finalSpecialTokens().size()) + k * s + pick(0, 250);

    const int unitCount = pick(1, 6);
    std::vector<std::vector<int>> units;
    units.resize(std::size_t(unitCount));
    for (auto& unit : units) {
        unit.resize(std::size_t(pick(1, 4) * k));
        for (std::size_t i = 0; i < unit.size(); ++i)
            unit[i] = int(i % std::size_t(k)) * s + pick(0, std::min(s - 1, 3));
    }
    const int chunkCount = pick(1, 12);
    for (int n = 0; n < chunkCount; ++n) {
        if (!c.chunks.empty() && pick(0, 4) == 0) {
            c.chunks.push_back(c.chunks[std::size_t(pick(0, int(c.chunks.size()) - 1))]);
            continue;
        }
        std::u32string chunk;
        const int frames = pick(0, 60);
        for (int f = 0; f < frames;) {
            const int mode = pick(0, 9);
            if (mode < 5) {
                for (int code : units[std::size_t(pick(0, unitCount - 1))])
                    chunk.push_back(char32_t(kOffset + code));
                ++f;
            } else if (mode < 7) {
                const int run = pick(2, 9);
                const char32_t code = char32_t(kOffset + pick(0, k * s - 1));
                chunk.append(std::size_t(run), code);
                f += run / k + 1;
            } else if (mode < 9) {
                for (int cb = 0; cb < k; ++cb)
                    chunk.push_back(char32_t(kOffset + cb * s + pick(0, s - 1)));
                ++f;
            } else {
                chunk.push_back(pick(0, 1) ? U'x' : U' ');
                ++f;
            }
        }
        c.chunks.push_back(chunk);
    }
    return c;
}

// Tiny alphabets and many short, varied words: merges often spell a token that exists already, the case where
// Hugging Face's per-entry word sets, duplicate heap entries and leftover counts decide the result.
RandomCase recreatingCase(std::mt19937& rng)
{
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    RandomCase c;
    TrainerOptions& o = c.options;
    o.numCodebooks = 1;
    o.codebookSize = pick(2, 3);
    o.padToken = "<pad>";
    o.minFrequency = pick(0, 2);
    if (pick(0, 2) == 0)
        o.maxTokenCodebookNgrams = pick(3, 6);
    o.vocabSize = 1 + o.codebookSize + pick(5, 60);
    const int chunkCount = pick(2, 25);
    for (int n = 0; n < chunkCount; ++n) {
        std::u32string chunk;
        const int length = pick(2, 14);
        for (int i = 0; i < length; ++i)
            chunk.push_back(char32_t(kOffset + pick(0, o.codebookSize - 1)));
        const int repeats = pick(1, 3);
        for (int r = 0; r < repeats; ++r)
            c.chunks.push_back(chunk);
    }
    return c;
}

// The merges of MergeRun's exact mode alone (BpeTrainer uses it only after a merge re-creates a token).
std::vector<BpeMerge> trainExactly(const RandomCase& c)
{
    if (!c.options.learnsMerges())
        return {};
    TrainerVocabulary vocabulary(c.options.alphabet(), c.options.finalSpecialTokens());
    TrainingCorpus corpus(vocabulary);
    for (const auto& chunk : c.chunks)
        corpus.addChunk(chunk);
    MergeRun::Settings settings;
    settings.vocabSize = std::uint64_t(c.options.vocabSize);
    settings.minFrequency = std::uint64_t(c.options.minFrequency);
    if (const auto maxLength = c.options.hfMaxTokenLength())
        settings.maxTokenLength = std::uint64_t(*maxLength);
    settings.exact = true;
    NullProgress progress;
    return MergeRun(corpus, vocabulary, settings, progress).run();
}

// MergeRun's fast mode with an index of the best pairs only, rebuilt from the corpus whenever they are merged or fall
// behind: the merges must not depend on how many pairs the index keeps. None if a merge re-creates a token.
std::optional<std::vector<BpeMerge>> trainRebuildingTheIndex(const RandomCase& c)
{
    if (!c.options.learnsMerges())
        return std::vector<BpeMerge>();
    TrainerVocabulary vocabulary(c.options.alphabet(), c.options.finalSpecialTokens());
    TrainingCorpus corpus(vocabulary);
    for (const auto& chunk : c.chunks)
        corpus.addChunk(chunk);
    MergeRun::Settings settings;
    settings.vocabSize = std::uint64_t(c.options.vocabSize);
    settings.minFrequency = std::uint64_t(c.options.minFrequency);
    if (const auto maxLength = c.options.hfMaxTokenLength())
        settings.maxTokenLength = std::uint64_t(*maxLength);
    settings.indexedPairsPerMerge = 0;
    NullProgress progress;
    try {
        return MergeRun(corpus, vocabulary, settings, progress).run();
    } catch (const MergeRun::RecreatedToken&) {
        return std::nullopt;
    }
}

HfBpeTrainerPort::Result trainWithPort(const RandomCase& c)
{
    HfBpeTrainerPort::Config config;
    config.vocabSize = std::uint64_t(c.options.vocabSize);
    config.minFrequency = std::uint64_t(c.options.minFrequency);
    config.specialTokens = c.options.finalSpecialTokens();
    const auto alphabet = c.options.alphabet();
    for (char32_t ch = alphabet.first(); ch <= alphabet.last(); ++ch)
        config.initialAlphabet.push_back(ch);
    config.limitAlphabet = config.initialAlphabet.size();
    if (const auto maxLength = c.options.hfMaxTokenLength())
        config.maxTokenLength = std::uint64_t(*maxLength);
    HfBpeTrainerPort port(config);
    if (c.options.learnsMerges()) { // codec-bpe feeds nothing when it learns no merges
        for (const auto& chunk : c.chunks)
            port.feed(chunk);
    }
    return port.train();
}

} // namespace

class TestBpeTrainer : public QObject {
    Q_OBJECT

private slots:
    void overlappingRunOfFourMergesIntoTwo();
    void overlappingRunOfThreeLeavesOne();
    void tiesGoToTheSmallestPair();
    void minFrequencyIsInclusive();
    void vocabSizeStopsBeforeTheNextMerge();
    void wordCountsWeightPairs();
    void skippedCharactersJoinTheirNeighbours();
    void maxTokenCodebookNgramsCapsTokenLength();
    void zeroNgramsGivesBaseVocabularyOnly();
    void idLayoutAndAddedTokens();
    void trainingTwiceGivesTheSameModel();
    void matchesTheHuggingFacePortOnRandomCorpora();
    void validationFollowsCodecBpe_data();
    void validationFollowsCodecBpe();
    void specialTokenOrder();
    void chunkFramesTruncate();
    void reportsProgress();
    void cancelStopsQuickly();
};

void TestBpeTrainer::overlappingRunOfFourMergesIntoTwo()
{
    // Given one word "AAAA" (ids: <pad>=0, A=1, B=2)
    BpeTrainer trainer(smallOptions(1, 2, 10, 1));
    trainer.addChunk(codes({0, 0, 0, 0}));
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    // Then (A,A) merges left to right without overlap into "XX", then (X,X)
    const std::vector<BpeMerge> expected{{1, 1, 3}, {3, 3, 4}};
    QCOMPARE(model.merges, expected);
    QCOMPARE(model.vocab.size(), std::size_t(5));
    QCOMPARE(model.vocab[4], toUtf8(codes({0, 0, 0, 0})));
}

void TestBpeTrainer::overlappingRunOfThreeLeavesOne()
{
    BpeTrainer trainer(smallOptions(1, 2, 10, 1));
    trainer.addChunk(codes({0, 0, 0}));
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    // "AAA" -> "XA" -> "XA" merged as (X, A)
    const std::vector<BpeMerge> expected{{1, 1, 3}, {3, 1, 4}};
    QCOMPARE(model.merges, expected);
}

void TestBpeTrainer::tiesGoToTheSmallestPair()
{
    BpeTrainer trainer(smallOptions(1, 3, 10, 1));
    // (C,A) and (A,B) both occur once; B=2 < C=3 so (A,B) = (1,2) comes first, then (C,A) = (3,1).
    trainer.addChunk(codes({2, 0}));
    trainer.addChunk(codes({0, 1}));
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    const std::vector<BpeMerge> expected{{1, 2, 4}, {3, 1, 5}};
    QCOMPARE(model.merges, expected);
}

void TestBpeTrainer::minFrequencyIsInclusive()
{
    BpeTrainer trainer(smallOptions(1, 2, 10, 2));
    trainer.addChunk(codes({0, 1, 0, 1}));
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    // (A,B) occurs twice == min_frequency: merged; then (X,X) once: stop.
    const std::vector<BpeMerge> expected{{1, 2, 3}};
    QCOMPARE(model.merges, expected);
}

void TestBpeTrainer::vocabSizeStopsBeforeTheNextMerge()
{
    BpeTrainer trainer(smallOptions(1, 2, 1, 1));
    trainer.addChunk(codes({0, 0, 0, 0}));
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    QCOMPARE(model.merges.size(), std::size_t(1));
    QCOMPARE(model.vocab.size(), std::size_t(4));
}

void TestBpeTrainer::wordCountsWeightPairs()
{
    // (A,B) in one word seen three times beats (B,B) twice in another word.
    BpeTrainer trainer(smallOptions(1, 2, 1, 1));
    for (int i = 0; i < 3; ++i)
        trainer.addChunk(codes({0, 1}));
    trainer.addChunk(codes({1, 1, 1}));
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    const std::vector<BpeMerge> expected{{1, 2, 3}};
    QCOMPARE(model.merges, expected);
    QCOMPARE(trainer.corpusCodes(), std::uint64_t(9));
}

void TestBpeTrainer::skippedCharactersJoinTheirNeighbours()
{
    BpeTrainer trainer(smallOptions(1, 2, 10, 2));
    std::u32string chunk = codes({0}) + U"?" + codes({1}) + U"!" + codes({0}) + codes({1});
    trainer.addChunk(chunk);
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    const std::vector<BpeMerge> expected{{1, 2, 3}};
    QCOMPARE(model.merges, expected);
}

void TestBpeTrainer::maxTokenCodebookNgramsCapsTokenLength()
{
    // K=2, ngrams=1 -> Hugging Face max_token_length 3: tokens of at most 2 codes.
    TrainerOptions options = smallOptions(2, 2, 20, 1);
    options.maxTokenCodebookNgrams = 1;
    BpeTrainer trainer(options);
    trainer.addChunk(codes({0, 2, 0, 2, 0, 2, 1, 3, 0, 2, 1, 3}));
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    QVERIFY(!model.merges.empty());
    for (const std::string& token : model.vocab)
        QVERIFY(token == "<pad>" || fromUtf8(token, "").size() <= 2);
}

void TestBpeTrainer::zeroNgramsGivesBaseVocabularyOnly()
{
    TrainerOptions options = smallOptions(2, 4, 20, 1);
    options.maxTokenCodebookNgrams = 0;
    BpeTrainer trainer(options);
    trainer.addChunk(codes({0, 4, 0, 4, 0, 4}));
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    QVERIFY(model.merges.empty());
    QCOMPARE(model.vocab.size(), std::size_t(1 + 8));
}

void TestBpeTrainer::idLayoutAndAddedTokens()
{
    TrainerOptions options = smallOptions(2, 3, 5, 1);
    options.unkToken = "<unk>";
    options.eosToken = "</s>";
    options.specialTokens = {"<x>", "</s>"};
    options.vocabSize += 3;
    BpeTrainer trainer(options);
    NullProgress progress;
    const BpeModel model = trainer.train(progress);
    const std::vector<std::string> specials{"<pad>", "<unk>", "<x>", "</s>"};
    QCOMPARE(model.addedTokens.size(), specials.size());
    for (std::size_t i = 0; i < specials.size(); ++i) {
        QCOMPARE(model.vocab[i], specials[i]);
        QCOMPARE(model.addedTokens[i].id, TokenId(i));
        QCOMPARE(model.addedTokens[i].content, specials[i]);
        QVERIFY(model.addedTokens[i].special);
    }
    for (int j = 0; j < 6; ++j)
        QCOMPARE(model.vocab[specials.size() + std::size_t(j)], toUtf8(codes({j})));
    QCOMPARE(model.unkToken, std::optional<std::string>("<unk>"));
}

void TestBpeTrainer::trainingTwiceGivesTheSameModel()
{
    std::mt19937 rng(7);
    const RandomCase c = randomCase(rng);
    BpeTrainer trainer(c.options);
    for (const auto& chunk : c.chunks)
        trainer.addChunk(chunk);
    NullProgress progress;
    const BpeModel first = trainer.train(progress);
    QCOMPARE(trainer.train(progress), first);
}

void TestBpeTrainer::matchesTheHuggingFacePortOnRandomCorpora()
{
    int withMerges = 0;
    int withRecreatedTokens = 0;
    int withRebuiltIndex = 0;
    for (unsigned seed = 1; seed <= 3000; ++seed) {
        std::mt19937 rng(seed);
        const RandomCase c = seed <= 600 ? randomCase(rng) : recreatingCase(rng);
        BpeTrainer trainer(c.options);
        for (const auto& chunk : c.chunks)
            trainer.addChunk(chunk);
        NullProgress progress;
        const BpeModel ours = trainer.train(progress);
        const HfBpeTrainerPort::Result reference = trainWithPort(c);

        const QByteArray context = QStringLiteral("seed %1").arg(seed).toUtf8();
        if (ours.vocab != reference.vocab) {
            qWarning("%s: vocab sizes %zu vs %zu", context.constData(), ours.vocab.size(), reference.vocab.size());
            QFAIL(context.constData());
        }
        QVERIFY2(trainExactly(c) == reference.merges, context.constData());
        if (const auto rebuilding = trainRebuildingTheIndex(c)) {
            QVERIFY2(*rebuilding == reference.merges, context.constData());
            withRebuiltIndex += !rebuilding->empty();
        }
        const std::vector<BpeMerge> expected = lastRankPerPair(reference.merges);
        if (ours.merges != expected) {
            std::size_t i = 0;
            while (i < ours.merges.size() && i < expected.size() && ours.merges[i] == expected[i])
                ++i;
            qWarning("%s: first difference at merge %zu: %s vs %s", context.constData(), i,
                     i < ours.merges.size() ? qPrintable(describe(ours.merges[i])) : "none",
                     i < expected.size() ? qPrintable(describe(expected[i])) : "none");
            QFAIL(context.constData());
        }
        withMerges += !expected.empty();
        // Base tokens are the special tokens and single characters; every other token is a merge result.
        const auto specials = c.options.finalSpecialTokens();
        std::size_t base = 0;
        for (const std::string& token : reference.vocab)
            base += std::find(specials.begin(), specials.end(), token) != specials.end() ||
                    fromUtf8(token, "").size() == 1;
        withRecreatedTokens += reference.merges.size() != reference.vocab.size() - base;
    }
    // The corpora must exercise both ordinary training and merges that spell an existing token.
    QVERIFY(withMerges > 400);
    QVERIFY(withRecreatedTokens > 5);
    QVERIFY(withRebuiltIndex > 400);
}

void TestBpeTrainer::validationFollowsCodecBpe_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("chunk without framerate") << 0 << "If chunk_size_secs is set, codec_framerate must also be set.";
    QTest::newRow("chunk not positive") << 1 << "chunk_size_secs must be a positive number.";
    QTest::newRow("chunk of no frame") << 2 << "chunk_size_secs * codec_framerate must be at least one frame";
    QTest::newRow("no pad or eos")
        << 3
        << "Either pad_token or eos_token should be set, otherwise padded batching will not work with this tokenizer.";
    QTest::newRow("negative ngrams") << 4 << "max_token_codebook_ngrams must be a non-negative integer (0 or greater).";
    QTest::newRow("surrogates") << 5 << "surrogate";
    QTest::newRow("vocab too small")
        << 6
        << "vocab_size is set to 4100 but it must be at least 4101 to accommodate 4 x 1024 codes and 5 special "
           "token(s).\nConsider setting vocab_size to 4101 + K, where K is the number of tokens you want to reserve "
           "for codebook ngrams (learned merges). K should be a sufficiently large number (e.g. >= 10,000) to allow "
           "for wide coverage of the most common codebook ngrams in your training data.";
}

void TestBpeTrainer::validationFollowsCodecBpe()
{
    QFETCH(int, which);
    QFETCH(QString, message);
    TrainerOptions o;
    o.numCodebooks = 4;
    o.codebookSize = 1024;
    o.padToken = "<pad>";
    // Each row breaks one rule, and also the later ones, to check the order.
    o.maxTokenCodebookNgrams = which <= 4 ? -1 : 1;
    o.vocabSize = 4100;
    o.specialTokens = {"<a>", "<b>", "<c>", "<a>"};
    switch (which) {
    case 0: o.chunkSizeSecs = 30; o.padToken.reset(); break;
    case 1: o.chunkSizeSecs = 0; o.codecFramerate = 75; break;
    case 2: o.chunkSizeSecs = 0.01; o.codecFramerate = 75; break;
    case 3: o.padToken.reset(); break;
    case 5: o.unicodeOffset = 0xD000; break;
    default: break;
    }
    try {
        BpeTrainer trainer(o);
        QFAIL("no error");
    } catch (const Error& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
    }
}

void TestBpeTrainer::specialTokenOrder()
{
    TrainerOptions o;
    o.specialTokens = {"<x>", "<unk>", "<y>"};
    o.bosToken = "<s>";
    o.eosToken = "</s>";
    o.unkToken = "<unk>";
    o.padToken = "<pad>";
    // codec-bpe inserts eos, bos, unk, pad at the front; <unk> was already listed so it keeps its place.
    QCOMPARE(o.finalSpecialTokens(), (std::vector<std::string>{"<pad>", "<s>", "</s>", "<x>", "<unk>", "<y>"}));
}

void TestBpeTrainer::chunkFramesTruncate()
{
    TrainerOptions o;
    o.codecFramerate = 86.1328125;
    o.chunkSizeSecs = 30;
    QCOMPARE(*o.chunkFrames(), std::int64_t(2583));
    o.codecFramerate = 12.5;
    QCOMPARE(*o.chunkFrames(), std::int64_t(375));
    o.chunkSizeSecs = 0.5;
    o.codecFramerate = 75;
    QCOMPARE(*o.chunkFrames(), std::int64_t(37));
}

void TestBpeTrainer::reportsProgress()
{
    BpeTrainer trainer(smallOptions(1, 2, 10, 1));
    trainer.addChunk(codes({0, 0, 0, 0}));
    ScriptedProgress progress;
    trainer.train(progress);
    QVERIFY(progress.reports >= 2);
    QCOMPARE(progress.lastDone, std::int64_t(2));
    QCOMPARE(progress.lastTotal, std::int64_t(10));
    QCOMPARE(progress.lastMessage, std::string("compression 4.00 codes/token"));
}

void TestBpeTrainer::cancelStopsQuickly()
{
    // A corpus big enough to train for a while: cancel after the first report.
    TrainerOptions options = smallOptions(4, 256, 20000, 2);
    BpeTrainer trainer(options);
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> code(0, 15);
    for (int chunk = 0; chunk < 200; ++chunk) {
        std::u32string text;
        for (int frame = 0; frame < 2000; ++frame) {
            for (int cb = 0; cb < 4; ++cb)
                text.push_back(char32_t(kOffset + cb * 256 + code(rng)));
        }
        trainer.addChunk(text);
    }
    ScriptedProgress progress(1);
    const auto start = std::chrono::steady_clock::now();
    QVERIFY_THROWS_EXCEPTION(Cancelled, trainer.train(progress));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    QVERIFY2(elapsed < std::chrono::milliseconds(1500), "cancellation took too long");
    // Nothing of the cancelled run stays: a full run afterwards equals a fresh trainer's.
    NullProgress none;
    const BpeModel model = trainer.train(none);
    QVERIFY(model.merges.size() > 100);
}

QTEST_GUILESS_MAIN(TestBpeTrainer)
#include "tst_bpetrainer.moc"
