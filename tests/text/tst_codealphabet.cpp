// Tests CodeAlphabet against codec-bpe's converter (spec sections 2 and 14) and by properties over random grids.
#include "common/Error.h"
#include "text/CodeAlphabet.h"
#include "text/CodeText.h"

#include "TestSupport.h"

#include <QtTest>

#include <algorithm>
#include <climits>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

using codecbpe::CodeAlphabet;
using codecbpe::CodeGrid;
using codecbpe::Error;

namespace {

using Rows = std::vector<std::vector<CodeGrid::Code>>;

CodeGrid gridOf(const Rows& rows)
{
    std::vector<CodeGrid::Code> codes;
    for (const auto& row : rows)
        codes.insert(codes.end(), row.begin(), row.end());
    return CodeGrid(int(rows.size()), rows.empty() ? 0 : std::int64_t(rows.front().size()), std::move(codes));
}

// The grid in codec-bpe's list notation, e.g. "[[0,1,2],[3,4,5]]".
QString show(const CodeGrid& grid)
{
    QStringList rows;
    for (int k = 0; k < grid.numCodebooks(); ++k) {
        QStringList codes;
        for (std::int64_t t = 0; t < grid.numFrames(); ++t)
            codes << QString::number(grid.at(k, t));
        rows << "[" + codes.join(',') + "]";
    }
    return "[" + rows.join(',') + "]";
}

// Code points in the spec's notation, e.g. "4E00 5203".
QString hex(std::u32string_view chars)
{
    QStringList out;
    for (const char32_t c : chars)
        out << QString::number(quint32(c), 16).toUpper().rightJustified(4, '0');
    return out.join(' ');
}

std::u32string text(std::initializer_list<char32_t> chars) { return std::u32string(chars); }

template <typename Function>
QString errorOf(Function&& function)
{
    try {
        function();
    } catch (const Error& error) {
        return QString::fromStdString(error.what());
    }
    return QStringLiteral("(no error)");
}

QString surrogateMessage(const char* offset, std::int64_t size)
{
    return QStringLiteral("You are using unicode offset %1, however your base vocabulary size (num_codebooks x "
                          "codebook_size) is %2 which will intersect with the non-printable surrogate range "
                          "0xD800-0xDFFF if starting from this offset.\nTo avoid this issue, use a unicode offset "
                          "starting after the surrogate range, such as 0xe000.")
        .arg(QLatin1String(offset))
        .arg(size);
}

const CodeAlphabet::DecodeOptions kKeepAll{false, false};
const CodeAlphabet::DecodeOptions kDropHangingOnly{false, true};
const CodeAlphabet::DecodeOptions kDropInconsistentOnly{true, false};

// The text of spec 2.2's first example: K=2, S=1024, codes [[0,1,2],[3,4,5]].
const std::u32string kS = text({0x4E00, 0x5203, 0x4E01, 0x5204, 0x4E02, 0x5205});

// A random alphabet (K in 1..32, S up to 262144, either offset where valid) and a random grid for it.
struct RandomCase {
    CodeAlphabet alphabet;
    CodeGrid grid;
};

RandomCase randomCase(std::mt19937& rng, std::int64_t maxFrames)
{
    const int numCodebooks = std::uniform_int_distribution<int>(1, 32)(rng);
    const int maxSize = int(std::min<std::int64_t>(262144, (0x110000 - 0xE000) / numCodebooks));
    // Log-uniform, so that small and huge codebooks are both common.
    const double logSize = std::uniform_real_distribution<double>(0.0, std::log(double(maxSize)))(rng);
    const int codebookSize = std::clamp(int(std::lround(std::exp(logSize))), 1, maxSize);
    const bool defaultFits = std::int64_t(numCodebooks) * codebookSize <= 0x8A00;
    const char32_t offset = defaultFits && (rng() & 1) ? CodeAlphabet::kDefaultOffset : CodeAlphabet::kLargeOffset;
    const std::int64_t frames = std::uniform_int_distribution<std::int64_t>(0, maxFrames)(rng);
    CodeGrid grid(numCodebooks, frames);
    std::uniform_int_distribution<CodeGrid::Code> code(0, codebookSize - 1);
    for (int k = 0; k < numCodebooks; ++k) {
        for (std::int64_t t = 0; t < frames; ++t) {
            // Every tenth code is a range edge, where off-by-one mistakes show.
            const auto pick = rng() % 20;
            grid.at(k, t) = pick == 0 ? 0 : pick == 1 ? codebookSize - 1 : code(rng);
        }
    }
    return {CodeAlphabet(numCodebooks, codebookSize, offset), std::move(grid)};
}

void compareDecoded(const CodeAlphabet::Decoded& decoded, const CodeGrid& codes, std::u32string_view begin,
                    std::u32string_view end, std::int64_t dropped)
{
    QCOMPARE(show(decoded.codes), show(codes));
    QCOMPARE(hex(decoded.beginHanging), hex(begin));
    QCOMPARE(hex(decoded.endHanging), hex(end));
    QCOMPARE(decoded.droppedInconsistent, dropped);
}

} // namespace

class TestCodeAlphabet : public QObject {
    Q_OBJECT
private slots:
    // ---- spec 2.2 and 14: codes_to_chars ----
    void codesToCharsVectors()
    {
        const CodeAlphabet two(2, 1024);
        QCOMPARE(hex(two.codesToChars(gridOf({{0, 1, 2}, {3, 4, 5}}))), QStringLiteral("4E00 5203 4E01 5204 4E02 5205"));
        QCOMPARE(hex(CodeAlphabet(1, 1024).codesToChars(gridOf({{5, 1023}}))), QStringLiteral("4E05 51FF"));
        QCOMPARE(hex(CodeAlphabet(4, 1024).codesToChars(gridOf({{0, 1}, {2, 3}, {4, 5}, {6, 7}}))),
                 QStringLiteral("4E00 5202 5604 5A06 4E01 5203 5605 5A07"));
        QCOMPARE(hex(two.codesToChars(CodeGrid(2, 0))), QString());
        QCOMPARE(hex(CodeAlphabet(1, 0x8A00).codesToChars(gridOf({{0}}))), QStringLiteral("4E00"));
        QCOMPARE(hex(CodeAlphabet(1, 262144, 0xE000).codesToChars(gridOf({{262143}}))), QStringLiteral("4DFFF"));
    }

    void codesToCharsRejectsCodesOutsideTheCodebook()
    {
        const CodeAlphabet two(2, 1024);
        // codec-bpe: [[1024],[0]] -> U+5200 U+5200 (the code spills into codebook 1).
        QCOMPARE(errorOf([&] { two.codesToChars(gridOf({{1024}, {0}})); }),
                 QStringLiteral("code 1024 at codebook 0, frame 0 is outside the codebook (size 1024)"));
        // codec-bpe: [[-1],[0]] -> U+4DFF U+5200 (below the alphabet).
        QCOMPARE(errorOf([&] { two.codesToChars(gridOf({{-1}, {0}})); }),
                 QStringLiteral("code -1 at codebook 0, frame 0 is outside the codebook (size 1024)"));
        QCOMPARE(errorOf([&] { two.codesToChars(gridOf({{0, 1, 2, 3}, {0, 0, 0, INT_MIN}})); }),
                 QStringLiteral("code -2147483648 at codebook 1, frame 3 is outside the codebook (size 1024)"));
        std::vector<CodeGrid::Code> long_(40, 7);
        long_[17] = 1024;
        QCOMPARE(errorOf([&] { two.codesToChars(CodeGrid(2, 20, long_)); }),
                 QStringLiteral("code 1024 at codebook 0, frame 17 is outside the codebook (size 1024)"));
    }

    void codesToCharsNeedsEnoughCodebooks()
    {
        // codec-bpe takes K from the input (a 1-D input raises "codes must be a 2D array"); we check it against
        // the alphabet, and use the first K codebooks of a larger grid as codes[:K] does.
        const CodeAlphabet four(4, 1024);
        QCOMPARE(errorOf([&] { four.codesToChars(gridOf({{1, 2, 3}, {4, 5, 6}})); }),
                 QStringLiteral("the code grid has 2 codebooks but the alphabet needs 4"));
        const CodeAlphabet two(2, 1024);
        QCOMPARE(hex(two.codesToChars(gridOf({{0, 1, 2}, {3, 4, 5}, {9, 9, 9}}))),
                 QStringLiteral("4E00 5203 4E01 5204 4E02 5205"));
    }

    void appendCharsKeepsWhatIsThere()
    {
        std::u32string out = U"<audio>";
        CodeAlphabet(2, 1024).appendChars(gridOf({{0, 1, 2}, {3, 4, 5}}), out);
        QCOMPARE(out, U"<audio>" + kS);
    }

    // ---- spec 2.5 and 15.2: validate_unicode_offset ----
    void surrogateValidation()
    {
        // codec-bpe: codes_to_chars([[0]], 65536) raises ValueError with this text.
        QCOMPARE(errorOf([] { CodeAlphabet(1, 65536); }), surrogateMessage("0x4e00", 65536));
        QCOMPARE(errorOf([] { CodeAlphabet(1, 0x8A00); }), QStringLiteral("(no error)")); // upper == 0xD800
        QCOMPARE(errorOf([] { CodeAlphabet(1, 0x8A01); }), surrogateMessage("0x4e00", 0x8A01));
        QCOMPARE(errorOf([] { CodeAlphabet(32, 2048); }), surrogateMessage("0x4e00", 65536)); // Mimi needs 0xE000
        QCOMPARE(errorOf([] { CodeAlphabet(32, 1024); }), QStringLiteral("(no error)"));
        // codec-bpe: codes_to_chars([[0]], 1, unicode_offset=0xDFFF) -> "\udfff" (its check is lower < 0xDFFF).
        QCOMPARE(errorOf([] { CodeAlphabet(1, 1, 0xDFFF); }), surrogateMessage("0xdfff", 1));
        QCOMPARE(errorOf([] { CodeAlphabet(1, 1, 0xD800); }), surrogateMessage("0xd800", 1));
        QCOMPARE(errorOf([] { CodeAlphabet(1, 1, 0xD7FF); }), QStringLiteral("(no error)"));
        QCOMPARE(errorOf([] { CodeAlphabet(1, 2, 0xD7FF); }), surrogateMessage("0xd7ff", 2));
        QCOMPARE(errorOf([] { CodeAlphabet(1, 262144, 0xE000); }), QStringLiteral("(no error)"));
    }

    void codePointRangeValidation()
    {
        // codec-bpe does not check the upper end; chr() fails later.
        QCOMPARE(errorOf([] { CodeAlphabet(4, 264192, 0xE000); }), QStringLiteral("(no error)")); // ends at U+10FFFF
        QCOMPARE(errorOf([] { CodeAlphabet(1, 1056769, 0xE000); }),
                 QStringLiteral("unicode offset 0xe000 with a base vocabulary of 1056769 codes (1 x 1056769) runs past "
                                "U+10FFFF, the last unicode code point; at most 1056768 codes fit from this offset"));
        QCOMPARE(errorOf([] { CodeAlphabet(32, 262144, 0xE000); }),
                 QStringLiteral("unicode offset 0xe000 with a base vocabulary of 8388608 codes (32 x 262144) runs past "
                                "U+10FFFF, the last unicode code point; at most 1056768 codes fit from this offset"));
        QVERIFY(errorOf([] { CodeAlphabet(1, 1, 0x110000); }).contains("at most 0 codes fit"));
        QCOMPARE(errorOf([] { CodeAlphabet(1, 1, 0x10FFFF); }), QStringLiteral("(no error)"));
    }

    void metaspaceCharsValidation()
    {
        QCOMPARE(errorOf([] { CodeAlphabet(1, 1024, 0); }),
                 QStringLiteral("unicode offset 0x0 with a base vocabulary of 1024 codes covers U+0020 (space, which "
                                "Metaspace pre-tokenization replaces), which would break tokenization; use an offset "
                                "such as 0x4e00 or 0xe000"));
        QCOMPARE(errorOf([] { CodeAlphabet(1, 0x20, 0); }), QStringLiteral("(no error)"));
        QCOMPARE(errorOf([] { CodeAlphabet(1, 1, 0x20); }).left(47),
                 QStringLiteral("unicode offset 0x20 with a base vocabulary of 1"));
        QCOMPARE(errorOf([] { CodeAlphabet(2, 0x12B0, 0x21); }), QStringLiteral("(no error)")); // ends at U+2580
        QCOMPARE(errorOf([] { CodeAlphabet(1, 0x2561, 0x21); }),
                 QString::fromUtf8("unicode offset 0x21 with a base vocabulary of 9569 codes covers U+2581 (\u2581, "
                                   "Metaspace's replacement for spaces), which would break tokenization; use an "
                                   "offset such as 0x4e00 or 0xe000"));
        QCOMPARE(errorOf([] { CodeAlphabet(8, 1024, 0x2582); }), QStringLiteral("(no error)"));
    }

    void shapeValidation()
    {
        QCOMPARE(errorOf([] { CodeAlphabet(0, 1024); }),
                 QStringLiteral("a code alphabet needs at least one codebook of at least one code (got 0 codebooks of "
                                "1024 codes)"));
        QVERIFY(errorOf([] { CodeAlphabet(2, 0); }).startsWith("a code alphabet needs"));
        QVERIFY(errorOf([] { CodeAlphabet(-1, 4); }).startsWith("a code alphabet needs"));
    }

    void accessors()
    {
        const CodeAlphabet alphabet(8, 1024);
        QCOMPARE(alphabet.size(), std::int64_t(8192));
        QCOMPARE(quint32(alphabet.first()), quint32(0x4E00));
        QCOMPARE(quint32(alphabet.last()), quint32(0x6DFF));
        QCOMPARE(quint32(alphabet.charFor(3, 5)), quint32(0x4E00 + 3 * 1024 + 5));
        QCOMPARE(alphabet.codebookOf(0x4DFF), -1);
        QCOMPARE(alphabet.codebookOf(0x4E00), 0);
        QCOMPARE(alphabet.codebookOf(0x51FF), 0);
        QCOMPARE(alphabet.codebookOf(0x5200), 1);
        QCOMPARE(alphabet.codebookOf(0x6DFF), 7);
        QCOMPARE(alphabet.codebookOf(0x6E00), -1); // codec-bpe's _resolve_codebook would clamp this to 7
        QVERIFY(!alphabet.contains(U' '));
        QCOMPARE(quint32(CodeAlphabet(1, 4).unicodeOffset()), quint32(CodeAlphabet::kDefaultOffset));
    }

    // ---- spec 14 and the table of 2.4: chars_to_codes ----
    void charsToCodesFirstVector()
    {
        compareDecoded(CodeAlphabet(2, 1024).charsToCodes(kS), gridOf({{0, 1, 2}, {3, 4, 5}}), U"", U"", 0);
    }

    void charsToCodesEmpty()
    {
        const CodeAlphabet two(2, 1024);
        // codec-bpe: chars_to_codes("", 2, 1024) raises IndexError (codes[0] of an empty array).
        compareDecoded(two.charsToCodes(U""), CodeGrid(2, 0), U"", U"", 0);
        QCOMPARE(show(two.charsToCodes(U"").codes), QStringLiteral("[[],[]]"));
        // codec-bpe with drop_inconsistent_codes=False: [[], []].
        compareDecoded(two.charsToCodes(U"", kDropHangingOnly), CodeGrid(2, 0), U"", U"", 0);
        compareDecoded(two.charsToCodes(U"", kKeepAll), CodeGrid(2, 0), U"", U"", 0);
        compareDecoded(two.charsToCodes(U"", kDropInconsistentOnly), CodeGrid(2, 0), U"", U"", 0);
    }

    void charsToCodesRotationReturnsHangingChars()
    {
        // codec-bpe: s[1:]+s[:1] with return_hanging_codes_chars=True -> ([[1,2],[4,5]], '\u5203', '\u4e00').
        const std::u32string rotated = kS.substr(1) + kS.substr(0, 1);
        compareDecoded(CodeAlphabet(2, 1024).charsToCodes(rotated), gridOf({{1, 2}, {4, 5}}), text({0x5203}),
                       text({0x4E00}), 0);
    }

    void charsToCodesDropsSpecialTokenText()
    {
        // codec-bpe: "<pad>"+s -> [[0,1,2],[3,4,5]] (the five ASCII chars resolve to -1, dropped as inconsistent).
        const CodeAlphabet two(2, 1024);
        compareDecoded(two.charsToCodes(U"<pad>" + kS), gridOf({{0, 1, 2}, {3, 4, 5}}), U"", U"", 5);
        // Without dropping inconsistent codes codec-bpe drops them as hanging instead.
        compareDecoded(two.charsToCodes(U"<pad>" + kS + U"</s>", kDropHangingOnly), gridOf({{0, 1, 2}, {3, 4, 5}}),
                       U"<pad>", U"</s>", 0);
    }

    void charsToCodesRejectsCharsAboveTheAlphabet()
    {
        // codec-bpe: s[:-1] + chr(0x4E00+2048+5) -> [[0,1,2],[3,4,1029]], an out-of-range code.
        const std::u32string above = kS.substr(0, 5) + text({0x4E00 + 2048 + 5});
        const QString expected = QStringLiteral(
            "character U+5605 at position 5 is above the code alphabet U+4E00..U+55FF (2 codebooks of 1024 codes)");
        const CodeAlphabet two(2, 1024);
        QCOMPARE(errorOf([&] { two.charsToCodes(above); }), expected);
        QCOMPARE(errorOf([&] { two.charsToCodes(above, kKeepAll); }), expected);
        QCOMPARE(errorOf([&] { two.charsToCodes(above, kDropHangingOnly); }), expected);
        QCOMPARE(errorOf([&] { two.charsToCodes(above, kDropInconsistentOnly); }), expected);
        // Also where codec-bpe would drop it (a codebook-1 slot right after another codebook-1 char) or as the first
        // char (which sets the phase).
        QCOMPARE(errorOf([&] { two.charsToCodes(kS.substr(0, 2) + text({0xAC00}) + kS.substr(2)); }),
                 QStringLiteral("character U+AC00 at position 2 is above the code alphabet U+4E00..U+55FF (2 "
                                "codebooks of 1024 codes)"));
        QVERIFY(errorOf([&] { two.charsToCodes(text({0x5600}) + kS); }).startsWith("character U+5600 at position 0"));
        // K=1: codec-bpe maps every char >= O into codebook 0, even above the alphabet.
        QVERIFY(errorOf([] { CodeAlphabet(1, 1024).charsToCodes(text({0x4E00, 0x5200})); })
                    .startsWith("character U+5200 at position 1 is above"));
    }

    void charsToCodesPartialFrameWithoutDropping()
    {
        const CodeAlphabet two(2, 1024);
        // codec-bpe: s[:-1] with drop_hanging_codes=False -> ValueError from numpy's reshape.
        QCOMPARE(errorOf([&] { two.charsToCodes(kS.substr(0, 5), kDropInconsistentOnly); }),
                 QStringLiteral("the text ends inside a frame: 5 codes are not a whole number of frames of 2 codes, "
                                "and hanging codes are not dropped"));
        QCOMPARE(errorOf([&] { two.charsToCodes(kS.substr(0, 5), kKeepAll); }),
                 QStringLiteral("the text ends inside a frame: 5 codes are not a whole number of frames of 2 codes, "
                                "and hanging codes are not dropped"));
        // codec-bpe silently shifts every frame by one codebook here (s[1:]+s[:1] without dropping hanging codes).
        const std::u32string rotated = kS.substr(1) + kS.substr(0, 1);
        QCOMPARE(errorOf([&] { two.charsToCodes(rotated, kDropInconsistentOnly); }),
                 QStringLiteral("the text starts inside a frame (its first code is from codebook 1 of 2) and hanging "
                                "codes are not dropped"));
        QCOMPARE(errorOf([&] { two.charsToCodes(rotated, kKeepAll); }),
                 QStringLiteral("character U+5203 at position 0 is in codebook 1 where codebook 0 was expected "
                                "(inconsistent codes are not dropped)"));
    }

    void charsToCodesWholeFramesWithoutDroppingHanging()
    {
        // codec-bpe: drop_hanging_codes=False with return_hanging_codes_chars=True raises UnboundLocalError; we
        // return the codes and empty hanging strings.
        compareDecoded(CodeAlphabet(2, 1024).charsToCodes(kS, kDropInconsistentOnly), gridOf({{0, 1, 2}, {3, 4, 5}}),
                       U"", U"", 0);
        compareDecoded(CodeAlphabet(2, 1024).charsToCodes(kS, kKeepAll), gridOf({{0, 1, 2}, {3, 4, 5}}), U"", U"", 0);
    }

    void charsToCodesDropsInconsistentCode()
    {
        // codec-bpe: [4E00,5203,4E00,4E01,5204,4E02,5205], K=2 -> [[0,0,2],[3,4,5]]: position 3 (4E01, codebook
        // 0 where codebook 1 is expected) is dropped.
        const std::u32string chars = text({0x4E00, 0x5203, 0x4E00, 0x4E01, 0x5204, 0x4E02, 0x5205});
        const CodeAlphabet two(2, 1024);
        compareDecoded(two.charsToCodes(chars), gridOf({{0, 0, 2}, {3, 4, 5}}), U"", U"", 1);
        // codec-bpe without dropping reshapes the 6 remaining chars into shifted garbage.
        QCOMPARE(errorOf([&] { two.charsToCodes(chars, kDropHangingOnly); }),
                 QStringLiteral("character U+4E01 at position 3 is in codebook 0 where codebook 1 was expected "
                                "(inconsistent codes are not dropped)"));
        QCOMPARE(errorOf([&] { two.charsToCodes(kS.substr(0, 3) + U"x" + kS.substr(3), kKeepAll); }),
                 QStringLiteral("character U+0078 at position 3 is below the code alphabet where codebook 1 was "
                                "expected (inconsistent codes are not dropped)"));
    }

    void charsToCodesSingleCodebookNeverHangs()
    {
        // codec-bpe: with K=1 every char >= O is codebook 0, so there are never hanging codes.
        const CodeAlphabet one(1, 1024);
        const std::u32string chars = text({0x4E05, 0x51FF, 0x4E00});
        compareDecoded(one.charsToCodes(chars), gridOf({{5, 1023, 0}}), U"", U"", 0);
        compareDecoded(one.charsToCodes(chars, kKeepAll), gridOf({{5, 1023, 0}}), U"", U"", 0);
        compareDecoded(one.charsToCodes(U"<s>" + chars + U"\n"), gridOf({{5, 1023, 0}}), U"", U"", 4);
    }

    void charsToCodesAllBelowTheAlphabet()
    {
        // codec-bpe: all chars below O -> [[], []].
        compareDecoded(CodeAlphabet(2, 1024).charsToCodes(U"<pad><audio>"), CodeGrid(2, 0), U"", U"", 12);
        compareDecoded(CodeAlphabet(2, 1024).charsToCodes(U"<pad>", kDropHangingOnly), CodeGrid(2, 0), U"<pad>", U"",
                       0);
    }

    void charsToCodesShorterThanAFrame()
    {
        const CodeAlphabet four(4, 1024);
        const std::u32string chars = four.codesToChars(gridOf({{0, 1}, {2, 3}, {4, 5}, {6, 7}}));
        // Chars 1..2 (codebooks 1, 2): no codebook-0 char, so all are hanging at the beginning.
        compareDecoded(four.charsToCodes(chars.substr(1, 2)), CodeGrid(4, 0), chars.substr(1, 2), U"", 0);
        // Chars 4..5 (codebooks 0, 1): a frame starts but does not end.
        compareDecoded(four.charsToCodes(chars.substr(4, 2)), CodeGrid(4, 0), U"", chars.substr(4, 2), 0);
        compareDecoded(four.charsToCodes(chars.substr(3, 3), kDropHangingOnly), CodeGrid(4, 0), chars.substr(3, 1),
                       chars.substr(4, 2), 0);
    }

    void stripLegacyTokenFormat()
    {
        QCOMPARE(codecbpe::stripLegacyTokenFormat(U"<\u4E00><\u4E01>"), std::u32string(U"\u4E00\u4E01"));
        QCOMPARE(codecbpe::stripLegacyTokenFormat(U"\u4E00\u4E01"), std::u32string(U"\u4E00\u4E01"));
        QCOMPARE(codecbpe::stripLegacyTokenFormat(U"\u4E00<x>"), std::u32string(U"\u4E00<x>"));
        QCOMPARE(codecbpe::stripLegacyTokenFormat(U""), std::u32string());
        QCOMPARE(codecbpe::stripLegacyTokenFormat(U"<>"), std::u32string());
    }

    void utf8Helpers()
    {
        const CodeAlphabet two(2, 1024);
        const std::string utf8 = codecbpe::codesToUtf8(two, gridOf({{0, 1, 2}, {3, 4, 5}}));
        QCOMPARE(QString::fromStdString(utf8), QString::fromUcs4(kS.data(), qsizetype(kS.size())));
        compareDecoded(codecbpe::utf8ToCodes(two, "<pad>" + utf8 + "\n", "a.txt"), gridOf({{0, 1, 2}, {3, 4, 5}}),
                       U"", U"", 6);
        QCOMPARE(errorOf([&] { codecbpe::utf8ToCodes(two, utf8 + "\xEA\xB0\x80", "a.txt"); }),
                 QStringLiteral("a.txt: character U+AC00 at position 6 is above the code alphabet U+4E00..U+55FF (2 "
                                "codebooks of 1024 codes)"));
        QCOMPARE(errorOf([&] { codecbpe::utf8ToCodes(two, utf8.substr(0, 4), "b.txt"); }),
                 QStringLiteral("b.txt: invalid UTF-8 at byte offset 3: the input ends inside a 3-byte sequence"));
        QCOMPARE(errorOf([&] { codecbpe::utf8ToCodes(two, utf8.substr(0, 3), "c.txt", kKeepAll); }),
                 QStringLiteral("c.txt: the text ends inside a frame: 1 codes are not a whole number of frames of 2 "
                                "codes, and hanging codes are not dropped"));
    }

    void longTextsCatchBoundaryStrays()
    {
        // Given a long text (long texts are checked in vectorized blocks), when a char just outside the expected
        // codebook's range (the neighbouring codebook's edge code) is inserted anywhere, then it is dropped and
        // counted, and without dropping it is reported at its exact position.
        std::mt19937 rng(8);
        const CodeAlphabet alphabet(8, 1024);
        CodeGrid grid(8, 1000);
        for (int k = 0; k < 8; ++k)
            for (std::int64_t t = 0; t < 1000; ++t)
                grid.at(k, t) = CodeGrid::Code(rng() % 1024);
        const std::u32string chars = alphabet.codesToChars(grid);
        std::vector<std::size_t> positions = {1, 71, 72, 73, 327, 328, 329, 583, 7999, 8000};
        for (int i = 0; i < 200; ++i)
            positions.push_back(std::uniform_int_distribution<std::size_t>(1, chars.size())(rng));
        for (const std::size_t position : positions) {
            const int expected = int(position % 8);
            const char32_t strays[] = {alphabet.charFor(expected, 0) - 1, alphabet.charFor(expected, 1023) + 1};
            for (const char32_t stray : strays) {
                if (stray > alphabet.last())
                    continue;
                const std::u32string noisy = chars.substr(0, position) + stray + chars.substr(position);
                const CodeAlphabet::Decoded decoded = alphabet.charsToCodes(noisy);
                QVERIFY(decoded.codes == grid);
                QVERIFY(decoded.beginHanging.empty() && decoded.endHanging.empty());
                QCOMPARE(decoded.droppedInconsistent, std::int64_t(1));
                const int actual = alphabet.codebookOf(stray);
                QCOMPARE(errorOf([&] { alphabet.charsToCodes(noisy, kKeepAll); }),
                         QStringLiteral("character U+%1 at position %2 %3 where codebook %4 was expected "
                                        "(inconsistent codes are not dropped)")
                             .arg(QString::number(quint32(stray), 16).toUpper())
                             .arg(position)
                             .arg(actual < 0 ? QStringLiteral("is below the code alphabet")
                                             : QStringLiteral("is in codebook %1").arg(actual))
                             .arg(expected));
            }
            // Blocks end on codebook 7, where the next range up is above the alphabet.
            const std::u32string above = chars.substr(0, position) + char32_t(alphabet.last() + 1) + chars.substr(position);
            QVERIFY(errorOf([&] { alphabet.charsToCodes(above); })
                        .startsWith(QStringLiteral("character U+6E00 at position %1 is above").arg(position)));
        }
    }

    // ---- codec-bpe's own output on random edited texts (tests/data/text/codec_bpe_chars_to_codes.txt) ----
    void matchesRecordedCodecBpe()
    {
        // Given codec-bpe's result for each recorded text, when we convert the text with the same options, then we
        // return exactly its codes and hanging chars, or we raise an Error where codec-bpe raised too, where the text
        // holds a char above the alphabet (which codec-bpe clamps), or where codec-bpe's codes are garbage: out of
        // range, or (keeping inconsistent codes) not the text they were read from.
        const std::string path = (codecbpe::test::testDataDir() + "/text/codec_bpe_chars_to_codes.txt").toStdString();
        std::ifstream file(path);
        QVERIFY2(file, path.c_str());
        const auto readChars = [](std::istringstream& in) {
            std::size_t count = 0;
            in >> count;
            std::u32string chars(count, U'\0');
            for (char32_t& c : chars) {
                std::uint32_t value = 0;
                in >> value;
                c = value;
            }
            return chars;
        };
        int cases = 0;
        int agreed = 0;
        std::string line;
        while (std::getline(file, line)) {
            if (line.empty() || line[0] == '#')
                continue;
            ++cases;
            std::istringstream in(line);
            int numCodebooks = 0, codebookSize = 0, dropInconsistent = 0, dropHanging = 0, inRange = 0;
            std::string status;
            in >> numCodebooks >> codebookSize >> dropInconsistent >> dropHanging >> status >> inRange;
            const std::u32string chars = readChars(in);
            std::int64_t frames = 0;
            in >> frames;
            std::vector<CodeGrid::Code> codes(std::size_t(numCodebooks * frames));
            for (CodeGrid::Code& code : codes)
                in >> code;
            const std::u32string begin = readChars(in);
            const std::u32string end = readChars(in);
            QVERIFY2(in, line.c_str());

            const CodeAlphabet alphabet(numCodebooks, codebookSize);
            const CodeAlphabet::DecodeOptions options{dropInconsistent != 0, dropHanging != 0};
            const bool above = std::any_of(chars.begin(), chars.end(), [&](char32_t c) { return c > alphabet.last(); });
            const QByteArray where = QByteArray::fromStdString(line);
            try {
                const CodeAlphabet::Decoded decoded = alphabet.charsToCodes(chars, options);
                if (status == "err") {
                    // codec-bpe's IndexError on empty text is the one error we replace by a result.
                    QVERIFY2(chars.empty() && options.dropInconsistentCodes, where);
                    continue;
                }
                QVERIFY2(inRange && !above, where);
                QVERIFY2(decoded.codes == CodeGrid(numCodebooks, frames, codes), where);
                QVERIFY2(decoded.beginHanging == begin && decoded.endHanging == end, where);
                ++agreed;
            } catch (const Error&) {
                if (above || status == "err" || !inRange)
                    continue;
                QVERIFY2(!options.dropInconsistentCodes, where);
                const std::u32string middle = chars.substr(begin.size(), chars.size() - begin.size() - end.size());
                const std::u32string reread = alphabet.codesToChars(CodeGrid(numCodebooks, frames, codes));
                QVERIFY2(reread != middle, where);
            }
        }
        QCOMPARE(cases, 1500);
        // Most cases are exact agreements; the rest are errors on both sides (235), chars above the alphabet (135) and
        // codec-bpe garbage (72).
        QCOMPARE(agreed, 973);
    }

    // ---- properties over random grids (fixed seeds) ----
    void propertyRoundTrip()
    {
        std::mt19937 rng(20261127);
        for (int round = 0; round < 400; ++round) {
            const RandomCase c = randomCase(rng, 40);
            const int numCodebooks = c.alphabet.numCodebooks();
            const std::u32string chars = c.alphabet.codesToChars(c.grid);
            QCOMPARE(std::int64_t(chars.size()), c.grid.size());
            for (std::size_t i = 0; i < chars.size(); ++i) {
                const int k = int(i % std::size_t(numCodebooks));
                QCOMPARE(c.alphabet.codebookOf(chars[i]), k);
                QCOMPARE(quint32(chars[i]),
                         quint32(c.alphabet.charFor(k, c.grid.at(k, std::int64_t(i) / numCodebooks))));
            }
            for (const auto options : {CodeAlphabet::DecodeOptions{}, kKeepAll, kDropHangingOnly, kDropInconsistentOnly}) {
                const CodeAlphabet::Decoded decoded = c.alphabet.charsToCodes(chars, options);
                QVERIFY(decoded.codes == c.grid);
                QVERIFY(decoded.beginHanging.empty() && decoded.endHanging.empty());
                QCOMPARE(decoded.droppedInconsistent, std::int64_t(0));
            }
        }
    }

    void propertyRangeErrorsNameTheCell()
    {
        std::mt19937 rng(7);
        for (int round = 0; round < 200; ++round) {
            RandomCase c = randomCase(rng, 30);
            if (c.grid.numFrames() == 0)
                continue;
            const int k = std::uniform_int_distribution<int>(0, c.alphabet.numCodebooks() - 1)(rng);
            const auto t = std::uniform_int_distribution<std::int64_t>(0, c.grid.numFrames() - 1)(rng);
            const CodeGrid::Code size = c.alphabet.codebookSize();
            const CodeGrid::Code bad[] = {size, -1, size + 1, INT_MAX, INT_MIN};
            c.grid.at(k, t) = bad[rng() % 5];
            QCOMPARE(errorOf([&] { c.alphabet.codesToChars(c.grid); }),
                     QStringLiteral("code %1 at codebook %2, frame %3 is outside the codebook (size %4)")
                         .arg(c.grid.at(k, t))
                         .arg(k)
                         .arg(t)
                         .arg(size));
        }
    }

    void propertyPrefixesAndSuffixesHang()
    {
        std::mt19937 rng(42);
        for (int round = 0; round < 600; ++round) {
            const RandomCase c = randomCase(rng, 12);
            const auto frameSize = std::size_t(c.alphabet.numCodebooks());
            const std::u32string chars = c.alphabet.codesToChars(c.grid);
            const std::size_t length = chars.size();
            const auto cutFront = std::uniform_int_distribution<std::size_t>(0, length)(rng);
            const auto cutBack = std::uniform_int_distribution<std::size_t>(0, length - cutFront)(rng);
            const std::size_t end = length - cutBack;
            const std::u32string piece = chars.substr(cutFront, end - cutFront);

            const std::size_t firstFrame = (cutFront + frameSize - 1) / frameSize;
            const std::size_t endFrame = end / frameSize;
            std::u32string begin = piece;
            std::u32string tail;
            CodeGrid whole(c.alphabet.numCodebooks(), 0);
            if (firstFrame <= endFrame) {
                begin = chars.substr(cutFront, firstFrame * frameSize - cutFront);
                tail = chars.substr(endFrame * frameSize, end - endFrame * frameSize);
                whole = c.grid.frames(std::int64_t(firstFrame), std::int64_t(endFrame));
            }
            // The piece is consistent, so both ways of dropping agree.
            compareDecoded(c.alphabet.charsToCodes(piece), whole, begin, tail, 0);
            compareDecoded(c.alphabet.charsToCodes(piece, kDropHangingOnly), whole, begin, tail, 0);
            const bool wholeFrames = begin.empty() && tail.empty();
            for (const auto options : {kKeepAll, kDropInconsistentOnly}) {
                if (wholeFrames) {
                    compareDecoded(c.alphabet.charsToCodes(piece, options), whole, U"", U"", 0);
                    continue;
                }
                // Keeping everything, a first char that is not from codebook 0 is itself inconsistent.
                const char* error = !begin.empty() && !options.dropInconsistentCodes ? "character " : "the text ";
                QVERIFY(errorOf([&] { c.alphabet.charsToCodes(piece, options); }).startsWith(error));
            }
        }
    }

    void propertyRotationsHang()
    {
        std::mt19937 rng(1234);
        for (int round = 0; round < 400; ++round) {
            const RandomCase c = randomCase(rng, 12);
            const auto frameSize = std::size_t(c.alphabet.numCodebooks());
            const std::u32string chars = c.alphabet.codesToChars(c.grid);
            const auto r = std::uniform_int_distribution<std::size_t>(0, chars.size())(rng);
            const std::u32string rotated = chars.substr(r) + chars.substr(0, r);

            const std::size_t firstFrame = (r + frameSize - 1) / frameSize;
            const std::size_t lastFrame = r / frameSize;
            CodeGrid expected = c.grid.frames(std::int64_t(firstFrame), c.grid.numFrames());
            expected.appendFrames(c.grid.frames(0, std::int64_t(lastFrame)));
            const std::u32string begin = chars.substr(r, firstFrame * frameSize - r);
            const std::u32string tail = chars.substr(lastFrame * frameSize, r - lastFrame * frameSize);
            compareDecoded(c.alphabet.charsToCodes(rotated), expected, begin, tail, 0);
            compareDecoded(c.alphabet.charsToCodes(rotated, kDropHangingOnly), expected, begin, tail, 0);
        }
    }

    void propertyStrayCharsAreDroppedAndCounted()
    {
        std::mt19937 rng(99);
        for (int round = 0; round < 400; ++round) {
            const RandomCase c = randomCase(rng, 150); // long enough for the blocked check
            const int numCodebooks = c.alphabet.numCodebooks();
            const std::u32string chars = c.alphabet.codesToChars(c.grid);
            // strays[j]: the chars inserted before original position j (j == size: at the end).
            std::vector<std::u32string> strays(chars.size() + 1);
            const int count = std::uniform_int_distribution<int>(1, 10)(rng);
            for (int s = 0; s < count; ++s) {
                const auto j = std::uniform_int_distribution<std::size_t>(0, chars.size())(rng);
                const int expected = int(j % std::size_t(numCodebooks));
                // The first char sets the phase, so only a char below the alphabet may lead; elsewhere also a code
                // of a codebook other than the one expected there.
                const bool below = (j == 0 && strays[0].empty()) || numCodebooks == 1 || (rng() & 1);
                char32_t stray;
                if (below) {
                    stray = std::uniform_int_distribution<char32_t>(0, c.alphabet.first() - 1)(rng);
                } else {
                    int k = std::uniform_int_distribution<int>(0, numCodebooks - 2)(rng);
                    k += k >= expected ? 1 : 0;
                    stray = c.alphabet.charFor(k, std::uniform_int_distribution<int>(0, c.alphabet.codebookSize() - 1)(rng));
                }
                strays[j].push_back(stray);
            }
            std::u32string noisy;
            for (std::size_t j = 0; j <= chars.size(); ++j) {
                noisy += strays[j];
                if (j < chars.size())
                    noisy.push_back(chars[j]);
            }
            compareDecoded(c.alphabet.charsToCodes(noisy), c.grid, U"", U"", count);
            compareDecoded(c.alphabet.charsToCodes(noisy, kDropInconsistentOnly), c.grid, U"", U"", count);
        }
    }
};

QTEST_GUILESS_MAIN(TestCodeAlphabet)
#include "tst_codealphabet.moc"
