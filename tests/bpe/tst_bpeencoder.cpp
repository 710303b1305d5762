// Tests of BpeEncoder: golden encodings, a literal port of HF's merge_word on random models, and the real HF library.
#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerFolder.h"
#include "common/Error.h"
#include "text/Utf8.h"

#include "HfReference.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <queue>
#include <random>
#include <set>

using namespace codecbpe;

namespace {

using Ids = std::vector<TokenId>;

// A model from token strings and merges given as (left text, right text); ids in the order given.
BpeModel makeModel(const std::vector<std::string>& vocab, const std::vector<std::pair<std::string, std::string>>& merges,
                   const std::vector<std::string>& added = {})
{
    BpeModel m;
    m.vocab = vocab;
    const auto id = [&m](const std::string& s) {
        return TokenId(std::find(m.vocab.begin(), m.vocab.end(), s) - m.vocab.begin());
    };
    for (const auto& [a, b] : merges)
        m.merges.push_back({id(a), id(b), id(a + b)});
    for (const std::string& s : added)
        m.addedTokens.push_back(AddedToken{id(s), s});
    return m;
}

std::u32string u32(const std::string& utf8) { return fromUtf8(utf8, "test"); }

// A literal port of HF tokenizers' encode for codec-bpe's pipeline: AddedVocabulary (leftmost-longest), Metaspace
// (never, split), BPE::merge_word and Word::merge_all with its BinaryHeap, kept slow and close to the Rust source.
class HfPort {
public:
    explicit HfPort(const BpeModel& model) : m_model(model)
    {
        for (TokenId id = 0; id < model.vocab.size(); ++id)
            m_vocab.emplace(u32(model.vocab[id]), id);
        for (std::uint32_t rank = 0; rank < model.merges.size(); ++rank)
            m_merges[{model.merges[rank].left, model.merges[rank].right}] = {rank, model.merges[rank].result};
        if (model.unkToken)
            m_unk = m_vocab.at(u32(*model.unkToken));
    }

    Ids encode(const std::u32string& text) const
    {
        Ids out;
        std::size_t gap = 0;
        std::size_t i = 0;
        while (i < text.size()) {
            std::size_t bestLen = 0;
            TokenId bestId = 0;
            for (const AddedToken& a : m_model.addedTokens) {
                const std::u32string c = u32(a.content);
                if (c.size() > bestLen && text.compare(i, c.size(), c) == 0) {
                    bestLen = c.size();
                    bestId = a.id;
                }
            }
            if (bestLen == 0) {
                ++i;
                continue;
            }
            preTokenize(text.substr(gap, i - gap), out);
            out.push_back(bestId);
            i += bestLen;
            gap = i;
        }
        preTokenize(text.substr(gap), out);
        return out;
    }

private:
    struct Symbol {
        TokenId c;
        std::ptrdiff_t prev;
        std::ptrdiff_t next;
        std::size_t len;
    };
    struct Merge {
        std::size_t pos;
        std::uint32_t rank;
        TokenId newId;
        bool operator<(const Merge& o) const // BinaryHeap is a max-heap: "greater" = lower rank, then lower pos
        {
            if (rank != o.rank)
                return rank > o.rank;
            return pos > o.pos;
        }
    };

    void preTokenize(std::u32string s, Ids& out) const
    {
        for (char32_t& c : s)
            if (c == U' ')
                c = U'\u2581';
        std::vector<std::u32string> words;
        for (char32_t c : s) {
            if (words.empty() || c == U'\u2581')
                words.emplace_back();
            words.back() += c;
        }
        for (const auto& w : words)
            mergeWord(w, out);
    }

    void mergeWord(const std::u32string& w, Ids& out) const
    {
        std::vector<Symbol> symbols;
        const auto add = [&symbols](TokenId c, std::size_t len) {
            const std::ptrdiff_t n = std::ptrdiff_t(symbols.size());
            if (n > 0)
                symbols.back().next = n;
            symbols.push_back({c, n - 1, -1, len});
        };
        std::size_t unkLen = 0; // a pending unk symbol of this many characters
        for (char32_t ch : w) {
            const auto it = m_vocab.find(std::u32string(1, ch));
            if (it != m_vocab.end()) {
                if (unkLen > 0) {
                    add(*m_unk, unkLen);
                    unkLen = 0;
                }
                add(it->second, 1);
            } else if (m_unk) {
                if (unkLen > 0 && !fuseUnk) {
                    add(*m_unk, unkLen);
                    unkLen = 0;
                }
                ++unkLen;
            }
        }
        if (unkLen > 0)
            add(*m_unk, unkLen);
        std::priority_queue<Merge> queue;
        for (std::size_t i = 0; i + 1 < symbols.size(); ++i) {
            const auto m = m_merges.find({symbols[i].c, symbols[i + 1].c});
            if (m != m_merges.end())
                queue.push({i, m->second.first, m->second.second});
        }
        while (!queue.empty()) {
            const Merge top = queue.top();
            queue.pop();
            if (symbols[top.pos].len == 0 || symbols[top.pos].next == -1)
                continue;
            const std::size_t nextPos = std::size_t(symbols[top.pos].next);
            const Symbol right = symbols[nextPos];
            const auto target = m_merges.find({symbols[top.pos].c, right.c});
            if (target == m_merges.end() || target->second.second != top.newId)
                continue;
            symbols[top.pos].c = top.newId;
            symbols[top.pos].len += right.len;
            symbols[top.pos].next = right.next;
            symbols[nextPos].len = 0;
            if (right.next > -1 && std::size_t(right.next) < symbols.size())
                symbols[std::size_t(right.next)].prev = std::ptrdiff_t(top.pos);
            const Symbol current = symbols[top.pos];
            if (current.prev >= 0) {
                const auto m = m_merges.find({symbols[std::size_t(current.prev)].c, current.c});
                if (m != m_merges.end())
                    queue.push({std::size_t(current.prev), m->second.first, m->second.second});
            }
            if (current.next >= 0 && std::size_t(current.next) < symbols.size()) {
                const auto m = m_merges.find({current.c, symbols[std::size_t(current.next)].c});
                if (m != m_merges.end())
                    queue.push({top.pos, m->second.first, m->second.second});
            }
        }
        for (const Symbol& s : symbols)
            if (s.len != 0)
                out.push_back(s.c);
    }

public:
    bool fuseUnk = false;

private:
    const BpeModel& m_model;
    std::map<std::u32string, TokenId> m_vocab;
    std::map<std::pair<TokenId, TokenId>, std::pair<std::uint32_t, TokenId>> m_merges;
    std::optional<TokenId> m_unk;
};

// A random model over a small alphabet: random merges of existing tokens, where the concatenation may already be a
// token (HF then reuses that id: several pairs with one result), plus added tokens.
BpeModel randomModel(std::mt19937& rng, bool withUnk)
{
    BpeModel m;
    m.vocab = {"<pad>", "<p", "a", "b", "c", "d", "\xe2\x96\x81"}; // ▁
    m.addedTokens = {AddedToken{0, "<pad>"}, AddedToken{1, "<p"}};
    if (withUnk) {
        m.vocab.push_back("<unk>");
        m.addedTokens.push_back(AddedToken{7, "<unk>"});
        m.unkToken = "<unk>";
    }
    std::set<std::pair<TokenId, TokenId>> used;
    const int merges = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int k = 0; k < merges; ++k) {
        std::uniform_int_distribution<TokenId> pick(2, m.vocabSize() - 1);
        const TokenId a = pick(rng), b = pick(rng);
        if (m.vocab[a] == "<unk>" || m.vocab[b] == "<unk>" || !used.insert({a, b}).second)
            continue;
        const std::string s = m.vocab[a] + m.vocab[b];
        const auto it = std::find(m.vocab.begin(), m.vocab.end(), s);
        TokenId result = TokenId(it - m.vocab.begin());
        if (it == m.vocab.end())
            m.vocab.push_back(s);
        m.merges.push_back({a, b, result});
    }
    return m;
}

std::u32string randomText(std::mt19937& rng, std::size_t maxLength)
{
    static const std::u32string pieces[] = {U"a", U"b", U"c", U"d", U"a", U"b", U" ", U"\u2581", U"x", U"<pad>", U"<p",
                                            U"<pa", U"<"};
    std::u32string text;
    const std::size_t n = std::uniform_int_distribution<std::size_t>(0, maxLength)(rng);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
    while (text.size() < n)
        text += pieces[pick(rng)];
    return text;
}

std::string joinIds(const Ids& ids)
{
    std::string s;
    for (TokenId id : ids)
        s += std::to_string(id) + " ";
    return s;
}

void writeLines(const QString& file, const std::vector<std::u32string>& lines)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (const auto& line : lines)
        f.write(QByteArray::fromStdString(toUtf8(line) + "\n"));
}

std::vector<std::u32string> readLines(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::vector<std::u32string> lines;
    for (const QByteArray& line : f.readAll().split('\n'))
        lines.push_back(u32(line.toStdString()));
    lines.pop_back();
    return lines;
}

} // namespace

class TestBpeEncoder : public QObject {
    Q_OBJECT

private slots:
    void lowestRankFirst()
    {
        const BpeModel m = makeModel({"a", "b", "c", "bc", "ab"}, {{"b", "c"}, {"a", "b"}});
        BpeEncoder e(m);
        QCOMPARE(e.encode(U"abc"), (Ids{0, 3}));
        QCOMPARE(e.encode(U"abab"), (Ids{4, 4}));
    }

    void leftmostOnTies()
    {
        const BpeModel m = makeModel({"a", "aa", "aaaa"}, {{"a", "a"}, {"aa", "aa"}});
        BpeEncoder e(m);
        QCOMPARE(e.encode(U"aaa"), (Ids{1, 0}));
        QCOMPARE(e.encode(U"aaaa"), (Ids{2}));
        QCOMPARE(e.encode(U"aaaaa"), (Ids{2, 0}));
        QCOMPARE(e.encode(U"aaaaaa"), (Ids{2, 1}));
    }

    void emptyText()
    {
        BpeEncoder e(makeModel({"a"}, {}));
        QCOMPARE(e.encode(U""), Ids{});
        std::vector<TokenSpan> spans{{1, 2, 3}};
        e.encode(U"", spans);
        QVERIFY(spans.empty());
    }

    void specialTokensInText()
    {
        const BpeModel m = makeModel({"<pad>", "<p", "a", "b", "ab"}, {{"a", "b"}}, {"<pad>", "<p"});
        BpeEncoder e(m);
        QCOMPARE(e.encode(U"<pad>ab<pad>"), (Ids{0, 4, 0}));
        QCOMPARE(e.encode(U"a<pad>b"), (Ids{2, 0, 3}));          // the special splits the word
        QCOMPARE(e.encode(U"<p<pad>"), (Ids{1, 0}));            // leftmost first, then longest
        QCOMPARE(e.encode(U"<pa"), (Ids{1, 2}));
        QCOMPARE(e.encode(U"<<pad>"), (Ids{0}));                // '<' is not in the vocab: dropped
    }

    void spacesBecomeMetaspaceWords()
    {
        // "▁" in the vocabulary: each space starts a new word
        const BpeModel m = makeModel({"a", "b", "\xe2\x96\x81", "ab", "\xe2\x96\x81" "a"}, {{"a", "b"}, {"\xe2\x96\x81", "a"}});
        BpeEncoder e(m);
        QCOMPARE(e.encode(U"ab ab"), (Ids{3, 2, 3})); // (a,b) ranks before (▁,a)
        QCOMPARE(e.encode(U"ab a"), (Ids{3, 4}));
        QCOMPARE(e.encode(U"a b"), (Ids{0, 2, 1}));              // no merge across a word boundary
        QCOMPARE(e.encode(U"a\u2581b"), (Ids{0, 2, 1}));         // a literal ▁ splits too
        QCOMPARE(e.encode(U"  a"), (Ids{2, 4}));
        // without "▁" in the vocabulary the spaces vanish, but still split words
        BpeEncoder noMeta(makeModel({"a", "b", "ab"}, {{"a", "b"}}));
        QCOMPARE(noMeta.encode(U"a b"), (Ids{0, 1}));
        QCOMPARE(noMeta.encode(U"ab"), (Ids{2}));
    }

    void unknownCharacters()
    {
        // codec-bpe default (no unk token): dropped, and the neighbours merge
        BpeEncoder drop(makeModel({"a", "b", "ab"}, {{"a", "b"}}));
        QCOMPARE(drop.encode(U"axyb"), (Ids{2}));
        std::vector<TokenSpan> spans;
        drop.encode(U"axyb", spans);
        QCOMPARE(spans, (std::vector<TokenSpan>{{2, 0, 4}}));
        // with an unk token: one unk per character (fuse_unk false), or fused
        BpeModel m = makeModel({"<unk>", "a", "b", "ab"}, {{"a", "b"}}, {"<unk>"});
        m.unkToken = "<unk>";
        BpeEncoder unk(m);
        QCOMPARE(unk.encode(U"axyb"), (Ids{1, 0, 0, 2}));
        BpeEncoder::Options fused;
        fused.fuseUnk = true;
        BpeEncoder fuse(m, fused);
        QCOMPARE(fuse.encode(U"axyb"), (Ids{1, 0, 2}));
        fuse.encode(U"axyb", spans);
        QCOMPARE(spans, (std::vector<TokenSpan>{{1, 0, 1}, {0, 1, 3}, {2, 3, 4}}));
        m.unkToken = "<missing>";
        QVERIFY_THROWS_EXCEPTION(Error, BpeEncoder{m});
    }

    void spansCoverTheInput()
    {
        const BpeModel m = makeModel({"<pad>", "a", "b", "\xe2\x96\x81", "ab", "\xe2\x96\x81" "ab"},
                                     {{"a", "b"}, {"\xe2\x96\x81", "ab"}}, {"<pad>"});
        BpeEncoder e(m);
        std::vector<TokenSpan> spans;
        e.encode(U"ab<pad> aba", spans);
        QCOMPARE(spans, (std::vector<TokenSpan>{{4, 0, 2}, {0, 2, 7}, {5, 7, 10}, {1, 10, 11}}));
    }

    void decodes()
    {
        BpeModel m = makeModel({"<pad>", "a", "b", "\xe2\x96\x81", "\xe2\x96\x81" "a"}, {{"\xe2\x96\x81", "a"}}, {"<pad>"});
        BpeEncoder e(m);
        QCOMPARE(e.decode({4, 2, 0, 1}), std::u32string(U" ab<pad>a"));
        QCOMPARE(e.decode({4, 2, 0, 1}, true), std::u32string(U" aba"));
        QVERIFY_THROWS_EXCEPTION(Error, e.decode({5}));
    }

    void decodesToCodes()
    {
        // K=2, S=4, offset 0x4E00: codebook 0 is 一丁丂七, codebook 1 is 丄丅丆万
        const CodeAlphabet alphabet(2, 4);
        BpeModel m;
        m.vocab.push_back("<pad>");
        m.addedTokens.push_back(AddedToken{0, "<pad>"});
        for (char32_t c = 0x4E00; c < 0x4E08; ++c)
            m.vocab.push_back(toUtf8(std::u32string(1, c)));
        m.vocab.push_back(m.vocab[1] + m.vocab[6]); // 一丅 = frame (0, 1)
        m.merges.push_back({1, 6, 9});
        BpeEncoder e(m);
        const std::u32string text = U"\u4E00\u4E05\u4E02\u4E04";
        const Ids ids = e.encode(std::u32string(U"<pad>") + text);
        QCOMPARE(ids, (Ids{0, 9, 3, 5}));
        const CodeAlphabet::Decoded codes = e.decodeToCodes(ids, alphabet);
        QCOMPARE(alphabet.codesToChars(codes.codes), text);
    }

    void matchesLiteralHfPortOnRandomModels()
    {
        std::mt19937 rng(20261127);
        for (int round = 0; round < 400; ++round) {
            const bool withUnk = round % 3 == 0;
            BpeModel m = randomModel(rng, withUnk);
            HfPort port(m);
            BpeEncoder::Options options;
            options.fuseUnk = withUnk && round % 2 == 0;
            port.fuseUnk = options.fuseUnk;
            BpeEncoder e(m, options);
            std::vector<TokenSpan> spans;
            for (int t = 0; t < 20; ++t) {
                const std::u32string text = randomText(rng, 60);
                const Ids expected = port.encode(text);
                const Ids ids = e.encode(text);
                QVERIFY2(ids == expected, qPrintable(QString::fromStdString("round " + std::to_string(round) + " text " +
                                                                           toUtf8(text) + ": " + joinIds(ids) +
                                                                           "!= " + joinIds(expected))));
                // the spans give the same ids, in order, over increasing disjoint ranges of the input
                e.encode(text, spans);
                QCOMPARE(spans.size(), ids.size());
                std::uint32_t last = 0;
                for (std::size_t k = 0; k < spans.size(); ++k) {
                    QCOMPARE(spans[k].id, ids[k]);
                    QVERIFY(spans[k].begin >= last && spans[k].end > spans[k].begin && spans[k].end <= text.size());
                    last = spans[k].end;
                }
            }
        }
    }

    void longWordIsFastAndExact()
    {
        // one word of 200k characters (a codec file without spaces): the heap keeps it n log n
        std::mt19937 rng(5);
        BpeModel m = randomModel(rng, false);
        HfPort port(m);
        BpeEncoder e(m);
        std::u32string text;
        std::uniform_int_distribution<int> pick(0, 3);
        for (int i = 0; i < 200000; ++i)
            text += char32_t(U'a' + pick(rng));
        QCOMPARE(e.encode(text), port.encode(text));
    }

    void matchesHfOnATrainedCodecTokenizer()
    {
        CODECBPE_HF_REF_OR_SKIP(hfDir);
        test::HfReference hf(hfDir);
        QTemporaryDir dir;
        const QString corpus = dir.path() + "/corpus.txt";
        QVERIFY2(hf.generateCorpus(corpus, 400000, 11), qPrintable(hf.lastError()));
        const QString trained = dir.path() + "/hf";
        QVERIFY2(hf.train(corpus, trained, 8000,
                          {"--codec", "4:1024", "--pad-token", "<pad>", "--unk-token", "<unk>", "--min-frequency", "2"}),
                 qPrintable(hf.lastError()));
        const TokenizerFolder folder = TokenizerFolder::read(trained.toStdString());
        std::vector<std::u32string> lines = readLines(corpus);
        QVERIFY(lines.size() > 20);
        // edge cases: specials inside codes, spaces, characters outside the vocabulary, an empty line
        const std::u32string codes = lines[0].substr(0, 40);
        lines.push_back(U"<pad>" + codes + U"<unk><pad>" + codes.substr(0, 7));
        lines.push_back(codes.substr(0, 13) + U" " + codes.substr(13, 9) + U"  \u2581" + codes.substr(22));
        lines.push_back(U"xy" + codes.substr(0, 10) + U"\u00e9\U0001F600" + codes.substr(10) + U"\u4DFF");
        lines.push_back(U"");
        lines.push_back(U"<pa<pad" + codes.substr(3, 5) + U"<pad");
        const QString textFile = dir.path() + "/lines.txt";
        writeLines(textFile, lines);

        // the tokenizer as HF trained it (unk set), and as we write it without unk (codec-bpe's default)
        TokenizerFolder noUnk = folder;
        noUnk.model.unkToken.reset();
        const QString noUnkDir = dir.path() + "/nounk";
        noUnk.write(noUnkDir.toStdString());
        for (const auto& [tokenizer, path] : {std::pair{&folder, trained}, std::pair{static_cast<const TokenizerFolder*>(&noUnk), noUnkDir}}) {
            std::vector<Ids> expected;
            QVERIFY2(hf.encode(path + "/tokenizer.json", textFile, expected), qPrintable(hf.lastError()));
            QCOMPARE(expected.size(), lines.size());
            BpeEncoder e = BpeEncoder::forFolder(*tokenizer, path.toStdString());
            for (std::size_t i = 0; i < lines.size(); ++i)
                QVERIFY2(e.encode(lines[i]) == expected[i],
                         qPrintable(QString("%1: line %2 differs").arg(path).arg(i)));
        }
    }

    void ourRandomFoldersEncodeAsInHf()
    {
        CODECBPE_HF_REF_OR_SKIP(hfDir);
        test::HfReference hf(hfDir);
        std::mt19937 rng(99);
        for (int round = 0; round < 4; ++round) {
            QTemporaryDir dir;
            TokenizerFolder folder;
            folder.model = randomModel(rng, round % 2 == 1);
            folder.write(dir.path().toStdString());
            std::vector<std::u32string> lines;
            for (int i = 0; i < 300; ++i)
                lines.push_back(randomText(rng, 80));
            writeLines(dir.path() + "/lines.txt", lines);
            std::vector<Ids> expected;
            QVERIFY2(hf.encode(dir.path() + "/tokenizer.json", dir.path() + "/lines.txt", expected),
                     qPrintable(hf.lastError()));
            QCOMPARE(expected.size(), lines.size());
            BpeEncoder e = BpeEncoder::forFolder(folder, dir.path().toStdString());
            for (std::size_t i = 0; i < lines.size(); ++i)
                QVERIFY2(e.encode(lines[i]) == expected[i],
                         qPrintable(QString::fromStdString("round " + std::to_string(round) + " " + toUtf8(lines[i]) +
                                                           ": " + joinIds(e.encode(lines[i])) + "!= " +
                                                           joinIds(expected[i]))));
        }
    }

    void refusesPipelinesItCannotFollow()
    {
        TokenizerFolder folder;
        folder.model = makeModel({"a"}, {});
        folder.pipeline.normalizer = "{\"type\":\"NFKC\"}";
        QVERIFY_THROWS_EXCEPTION(Error, BpeEncoder::forFolder(folder, "dir"));
        folder.pipeline.normalizer = "null";
        folder.pipeline.preTokenizer = "{\"type\":\"Metaspace\",\"replacement\":\"_\",\"prepend_scheme\":\"always\",\"split\":true}";
        QVERIFY_THROWS_EXCEPTION(Error, BpeEncoder::forFolder(folder, "dir"));
        folder.pipeline.preTokenizer = "{\"type\":\"Metaspace\",\"replacement\":\"_\",\"add_prefix_space\":false}";
        BpeEncoder e = BpeEncoder::forFolder(folder, "dir");
        Q_UNUSED(e);
        folder.options.byteFallback = true;
        QVERIFY_THROWS_EXCEPTION(Error, BpeEncoder::forFolder(folder, "dir"));
    }
};

QTEST_GUILESS_MAIN(TestBpeEncoder)
#include "tst_bpeencoder.moc"
