// The CLI's shared parsing and output: --unicode_offset and friends accept exactly what Python's int(x, 0) accepts;
// -o replaces a regular file atomically and writes through a pipe or a link without replacing the node.
#include "CliCommon.h"

#include "common/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <future>
#include <sys/stat.h>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {
// The CLI's own reader (a FIFO included).
std::string readAll(const fs::path& path) { return cli::readInput(path.string()); }
} // namespace

class TestCliCommon : public QObject {
    Q_OBJECT
private slots:
    void pythonIntAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("value");
        QTest::newRow("decimal") << "57344" << 57344LL;
        QTest::newRow("hex upper") << "0xE000" << 0xE000LL;
        QTest::newRow("hex lower") << "0x4e00" << 0x4E00LL;
        QTest::newRow("hex prefix upper") << "0X4E00" << 0x4E00LL;
        QTest::newRow("octal") << "0o160000" << 0xE000LL;
        QTest::newRow("binary") << "0b1110000000000000" << 0xE000LL;
        QTest::newRow("underscores") << "57_344" << 57344LL;
        QTest::newRow("underscore after prefix") << "0x_E000" << 0xE000LL;
        QTest::newRow("zero") << "0" << 0LL;
        QTest::newRow("zeros") << "000" << 0LL;
        QTest::newRow("spaces") << "  42 " << 42LL;
        QTest::newRow("negative") << "-5" << -5LL;
    }
    void pythonIntAccepts()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, value);
        QCOMPARE(qlonglong(cli::parsePythonInt(text.toStdString(), "--unicode_offset")), value);
    }

    void pythonIntRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("leading zero decimal") << "057344"; // Python: invalid literal for int() with base 0
        QTest::newRow("empty") << "";
        QTest::newRow("hex digits without prefix") << "E000";
        QTest::newRow("bad hex digit") << "0xG1";
        QTest::newRow("bad octal digit") << "0o8";
        QTest::newRow("bad binary digit") << "0b102";
        QTest::newRow("double underscore") << "1__0";
        QTest::newRow("trailing underscore") << "10_";
        QTest::newRow("prefix only") << "0x";
        QTest::newRow("unknown prefix") << "0z10";
        QTest::newRow("float") << "1.5";
        QTest::newRow("overflow") << "0xFFFFFFFFFFFFFFFFFF";
    }
    void pythonIntRejects()
    {
        QFETCH(QString, text);
        try {
            cli::parsePythonInt(text.toStdString(), "--unicode_offset");
            QFAIL("expected an Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("--unicode_offset") != std::string::npos, e.what());
        }
    }

    void outputReplacesRegularFile()
    {
        QTemporaryDir dir;
        const fs::path file = dir.filePath("ids.txt").toStdString();
        cli::writeOutput(file, "old");
        cli::writeOutput(file, "new");
        QCOMPARE(readAll(file), std::string("new"));
        QVERIFY(fs::is_regular_file(fs::symlink_status(file)));
    }

    void outputWritesThroughLinkAndPipe()
    {
        QTemporaryDir dir;
        const fs::path target = dir.filePath("target.txt").toStdString();
        const fs::path link = dir.filePath("link.txt").toStdString();
        cli::writeOutput(target, "before");
        fs::create_symlink(target, link);
        cli::writeOutput(link, "through the link");
        QVERIFY(fs::is_symlink(fs::symlink_status(link)));
        QCOMPARE(readAll(target), std::string("through the link"));

        const fs::path fifo = dir.filePath("fifo").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        auto reader = std::async(std::launch::async, [&] { return readAll(fifo); });
        cli::writeOutput(fifo, "down the pipe");
        QCOMPARE(reader.get(), std::string("down the pipe"));
        QVERIFY(fs::is_fifo(fs::symlink_status(fifo)));
    }
};

QTEST_GUILESS_MAIN(TestCliCommon)
#include "tst_clicommon.moc"
