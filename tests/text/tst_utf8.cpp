// Tests the strict UTF-8 codec: boundary code points, every class of invalid input, and random round trips
// cross-checked against Qt's UTF-8 conversion.
#include "common/Error.h"
#include "text/Utf8.h"

#include <QtTest>

#include <random>

using codecbpe::Error;
using codecbpe::fromUtf8;
using codecbpe::toUtf8;

namespace {

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

QByteArray qtUtf8(const std::u32string& text)
{
    return QString::fromUcs4(text.data(), qsizetype(text.size())).toUtf8();
}

std::u32string qtUcs4(const std::string& bytes)
{
    const QList<uint> ucs4 = QString::fromUtf8(bytes.data(), qsizetype(bytes.size())).toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

// A code point of a random UTF-8 length (1 to 4 bytes, equally likely), never a surrogate nor U+FFFD (which Qt
// produces for invalid input, so it must not occur in valid test text).
char32_t randomCodePoint(std::mt19937& rng)
{
    static const std::pair<char32_t, char32_t> ranges[] = {
        {0x0, 0x7F}, {0x80, 0x7FF}, {0x800, 0xD7FF}, {0xE000, 0xFFFC}, {0x10000, 0x10FFFF}};
    const auto& range = ranges[rng() % 5];
    return std::uniform_int_distribution<char32_t>(range.first, range.second)(rng);
}

} // namespace

class TestUtf8 : public QObject {
    Q_OBJECT
private slots:
    void boundaries_data()
    {
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("U+0000") << 0x0u << QByteArray("\x00", 1);
        QTest::newRow("U+007F") << 0x7Fu << QByteArray("\x7F");
        QTest::newRow("U+0080") << 0x80u << QByteArray("\xC2\x80");
        QTest::newRow("U+07FF") << 0x7FFu << QByteArray("\xDF\xBF");
        QTest::newRow("U+0800") << 0x800u << QByteArray("\xE0\xA0\x80");
        QTest::newRow("U+2581") << 0x2581u << QByteArray("\xE2\x96\x81");
        QTest::newRow("U+4E00") << 0x4E00u << QByteArray("\xE4\xB8\x80");
        QTest::newRow("U+D7FF") << 0xD7FFu << QByteArray("\xED\x9F\xBF");
        QTest::newRow("U+E000") << 0xE000u << QByteArray("\xEE\x80\x80");
        QTest::newRow("U+FFFF") << 0xFFFFu << QByteArray("\xEF\xBF\xBF");
        QTest::newRow("U+10000") << 0x10000u << QByteArray("\xF0\x90\x80\x80");
        QTest::newRow("U+4DFFF") << 0x4DFFFu << QByteArray("\xF1\x8D\xBF\xBF");
        QTest::newRow("U+10FFFF") << 0x10FFFFu << QByteArray("\xF4\x8F\xBF\xBF");
    }

    void boundaries()
    {
        QFETCH(uint, codePoint);
        QFETCH(QByteArray, utf8);
        const std::u32string text(1, char32_t(codePoint));
        QCOMPARE(QByteArray::fromStdString(toUtf8(text)), utf8);
        QCOMPARE(fromUtf8(utf8.toStdString(), "t"), text);
    }

    void encodeRejectsNonScalarValues()
    {
        QCOMPARE(errorOf([] { toUtf8(U"a" + std::u32string(1, char32_t(0xD800))); }),
                 QStringLiteral("cannot encode U+D800 at position 1 as UTF-8: it is a surrogate"));
        QCOMPARE(errorOf([] { toUtf8(std::u32string(1, char32_t(0xDFFF))); }),
                 QStringLiteral("cannot encode U+DFFF at position 0 as UTF-8: it is a surrogate"));
        QCOMPARE(errorOf([] { toUtf8(U"ab" + std::u32string(1, char32_t(0x110000))); }),
                 QStringLiteral("cannot encode U+110000 at position 2 as UTF-8: it is above U+10FFFF"));
        QCOMPARE(errorOf([] { toUtf8(std::u32string(1, char32_t(0xFFFFFFFF))); }),
                 QStringLiteral("cannot encode U+FFFFFFFF at position 0 as UTF-8: it is above U+10FFFF"));
    }

    void appendKeepsPrefixAndIsUnchangedOnError()
    {
        std::string out = "head:";
        codecbpe::appendUtf8(U"\u4E00x", out);
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("head:\xE4\xB8\x80x"));
        QVERIFY_THROWS_EXCEPTION(Error, codecbpe::appendUtf8(U"\u4E01" + std::u32string(1, char32_t(0xD900)), out));
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("head:\xE4\xB8\x80x"));
    }

    void empty()
    {
        QCOMPARE(toUtf8(U""), std::string());
        QCOMPARE(fromUtf8("", "t"), std::u32string());
    }

    void invalidSequences_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const QByteArray& bytes, const char* message) {
            QTest::newRow(name) << bytes << QStringLiteral("in.txt: invalid UTF-8 at byte offset ") + message;
        };
        row("lone continuation", "\x80", "0: unexpected continuation byte 0x80");
        row("continuation after ASCII", "ab\xBF", "2: unexpected continuation byte 0xbf");
        row("continuation after a whole sequence", "\xE4\xB8\x80\x80", "3: unexpected continuation byte 0x80");
        row("C0 lead", "\xC0\xAF", "0: byte 0xc0 can only start an overlong encoding");
        row("C1 lead", "x\xC1\xBF", "1: byte 0xc1 can only start an overlong encoding");
        row("overlong 3-byte slash", "\xE0\x80\xAF", "0: overlong encoding of U+002F");
        row("overlong 3-byte max", "\xE0\x9F\xBF", "0: overlong encoding of U+07FF");
        row("overlong 4-byte", "\xF0\x8F\xBF\xBF", "0: overlong encoding of U+FFFF");
        row("overlong 4-byte NUL", "\xF0\x80\x80\x80", "0: overlong encoding of U+0000");
        row("first surrogate", "\xED\xA0\x80", "0: encoded surrogate U+D800");
        row("last surrogate", "a\xED\xBF\xBF", "1: encoded surrogate U+DFFF");
        row("above U+10FFFF", "\xF4\x90\x80\x80", "0: U+110000 is above U+10FFFF");
        row("F5 lead", "\xF5\x80\x80\x80", "0: byte 0xf5 never occurs in UTF-8");
        row("F8 lead", "\xF8\x88\x80\x80\x80", "0: byte 0xf8 never occurs in UTF-8");
        row("FE", "\xFE", "0: byte 0xfe never occurs in UTF-8");
        row("FF", "ok\xFF", "2: byte 0xff never occurs in UTF-8");
        row("truncated 2-byte", "\xC3", "0: the input ends inside a 2-byte sequence");
        row("truncated 3-byte", "x\xE4\xB8", "1: the input ends inside a 3-byte sequence");
        row("truncated 4-byte", "\xF0\x9F\x98", "0: the input ends inside a 4-byte sequence");
        row("cut short by ASCII", "\xE4\x41\x42",
            "0: the 3-byte sequence starting with 0xe4 is cut short by byte 0x41 at offset 1");
        row("cut short by a lead byte", "\xE4\xB8\xC3\xA9",
            "0: the 3-byte sequence starting with 0xe4 is cut short by byte 0xc3 at offset 2");
        row("cut short 4-byte", "abc\xF0\x9F\x98\x20",
            "3: the 4-byte sequence starting with 0xf0 is cut short by byte 0x20 at offset 6");
    }

    void invalidSequences()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QCOMPARE(errorOf([&] { fromUtf8(bytes.toStdString(), "in.txt"); }), message);
    }

    void randomRoundTripsMatchQt()
    {
        std::mt19937 rng(314159);
        for (int round = 0; round < 3000; ++round) {
            std::u32string text(std::uniform_int_distribution<std::size_t>(0, 64)(rng), U'\0');
            for (char32_t& c : text)
                c = randomCodePoint(rng);
            const std::string bytes = toUtf8(text);
            QCOMPARE(QByteArray::fromStdString(bytes), qtUtf8(text));
            QCOMPARE(fromUtf8(bytes, "t"), text);
        }
    }

    void randomCorruptionsAgreeWithQt()
    {
        // Given valid text with one random byte changed, when we decode it, then we accept it exactly when Qt
        // decodes it without a replacement character, and to the same code points; accepted input re-encodes to
        // the same bytes (so no overlong form is accepted).
        std::mt19937 rng(2718);
        int rejected = 0;
        for (int round = 0; round < 20000; ++round) {
            std::u32string text(std::uniform_int_distribution<std::size_t>(1, 8)(rng), U'\0');
            for (char32_t& c : text)
                c = randomCodePoint(rng);
            std::string bytes = toUtf8(text);
            bytes[rng() % bytes.size()] = char(rng() & 0xFF);
            const std::u32string qt = qtUcs4(bytes);
            const bool qtValid = qt.find(char32_t(0xFFFD)) == std::u32string::npos;
            try {
                const std::u32string ours = fromUtf8(bytes, "t");
                QVERIFY2(qtValid, qPrintable(QByteArray::fromStdString(bytes).toHex(' ')));
                QCOMPARE(ours, qt);
                QCOMPARE(toUtf8(ours), bytes);
            } catch (const Error&) {
                QVERIFY2(!qtValid, qPrintable(QByteArray::fromStdString(bytes).toHex(' ')));
                ++rejected;
            }
        }
        QVERIFY(rejected > 1000); // the corruptions did exercise the error paths
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
