// Tests the codes folder walk against codec-bpe's get_codes_files, the header-only summary and loadCodesFile.
#include "CodesTestSupport.h"
#include "ScriptedProgress.h"
#include "TestSupport.h"
#include "codes/CodesFolder.h"
#include "codes/Npy.h"
#include "common/Error.h"
#include "common/Progress.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {

// codec-bpe's own answer, from get_codes_files.py.
QStringList pythonCodesFiles(const QString& dir, const QString& numFiles, const QStringList& filters)
{
    const auto result = test::runProcess(test::debianPython(), QStringList{test::testDataDir() + "/codes/get_codes_files.py",
                                                                           dir, numFiles} + filters);
    if (result.exitCode != 0)
        qWarning("get_codes_files.py failed: %s", result.err.constData());
    QStringList files;
    for (const QByteArray& line : result.out.split('\n'))
        if (!line.isEmpty())
            files << QString::fromUtf8(line);
    return files;
}

QStringList asStrings(const std::vector<fs::path>& paths)
{
    QStringList out;
    for (const fs::path& path : paths)
        out << QString::fromStdString(path.string());
    return out;
}

void touch(const QString& path)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    test::writeBytes(path, "x");
}

using test::ScriptedProgress;

} // namespace

class TestCodesFolder : public QObject {
    Q_OBJECT
    QTemporaryDir m_tree;

private slots:
    void initTestCase()
    {
        // Names chosen so that Python's string order differs from per-component path order ("a-b/" < "a/" as
        // '-' < '/'), from case-insensitive order, and where UTF-8 matters ("é" > "z").
        const QDir root(m_tree.path());
        for (const char* name : {"a.npy", "a/x.npy", "a-b/x.npy", "a/b/c/deep.npy", "B.npy", "z.npy", "é.npy",
                                 "sub dir/song_c0.npy", "sub dir/song_c1.npy", "x.NPY", "x.npy.bak", "codec_info.json",
                                 "notes.txt", ".hidden.npy", "mono/part_t000001.npy", "mono/part_t000000.npy"})
            touch(root.filePath(QString::fromUtf8(name)));
        QVERIFY(QDir().mkpath(root.filePath("folder.npy")));
        touch(root.filePath("folder.npy/inside.npy"));
        // A link to a folder is not entered (os.walk(followlinks=False)); a link to a file is listed.
        QVERIFY(QFile::link(root.filePath("a"), root.filePath("linked")));
        QVERIFY(QFile::link(root.filePath("z.npy"), root.filePath("link.npy")));
    }

    void sameFilesAsCodecBpe_data()
    {
        QTest::addColumn<QString>("numFiles");
        QTest::addColumn<QStringList>("filters");
        QTest::newRow("all") << "-" << QStringList{};
        QTest::newRow("first 3") << "3" << QStringList{};
        QTest::newRow("none") << "0" << QStringList{};
        QTest::newRow("more than there are") << "1000" << QStringList{};
        QTest::newRow("one filter") << "-" << QStringList{"_c0"};
        QTest::newRow("any of two filters") << "-" << QStringList{"_c1", "deep"};
        QTest::newRow("filter on a folder name") << "-" << QStringList{"sub dir/"};
        QTest::newRow("filter and limit") << "2" << QStringList{"a"};
        QTest::newRow("no match") << "-" << QStringList{"nothing"};
    }

    void sameFilesAsCodecBpe()
    {
        QFETCH(QString, numFiles);
        QFETCH(QStringList, filters);
        for (const QString& dir : {m_tree.path(), m_tree.path() + "/"}) {
            std::vector<std::string> ourFilters;
            for (const QString& filter : filters)
                ourFilters.push_back(filter.toStdString());
            std::optional<std::size_t> limit;
            if (numFiles != "-")
                limit = numFiles.toULong();
            const QStringList expected = pythonCodesFiles(dir, numFiles, filters);
            QCOMPARE(asStrings(findCodesFiles(dir.toStdString(), ourFilters, limit)), expected);
            if (numFiles == "-" && filters.isEmpty())
                QCOMPARE(expected.size(), 14);
        }
    }

    void missingFolder()
    {
        try {
            findCodesFiles("/nonexistent/codes");
            QFAIL("no error");
        } catch (const Error& error) {
            QCOMPARE(QString::fromStdString(error.what()), QStringLiteral("/nonexistent/codes: not a folder"));
        }
    }

    void summary()
    {
        // Given four code files (one with 4 codebooks among 8-codebook ones), a broken one and codec_info.json,
        // the summary counts frames and codebooks from the headers and reports the broken file.
        QTemporaryDir dir;
        const QDir root(dir.path());
        QVERIFY(root.mkpath("mono/inner"));
        saveNpyCodes(root.filePath("mono/a_c0.npy").toStdString(), CodeGrid(8, 750), NpyDtype::Int64, {1, 1, 8, 750});
        saveNpyCodes(root.filePath("mono/b_c0.npy").toStdString(), CodeGrid(8, 1500), NpyDtype::Int64, {1, 8, 1500});
        saveNpyCodes(root.filePath("mono/inner/c_c0.npy").toStdString(), CodeGrid(8, 30), NpyDtype::Int16);
        saveNpyCodes(root.filePath("mono/inner/d_c0.npy").toStdString(), CodeGrid(4, 2220), NpyDtype::Int32);
        test::writeBytes(root.filePath("mono/broken.npy"), "not numpy");
        writeCodecInfo(root.filePath("codec_info.json").toStdString(),
                       CodecInfo{"encodec", "facebook/encodec_24khz", 24000, 24000, 8, 1024, 75.0});

        NullProgress progress;
        const CodesFolderSummary summary = summarizeCodesFolder(dir.path().toStdString(), {}, progress);
        QCOMPARE(summary.numFiles, std::size_t(5));
        QCOMPARE(summary.numReadableFiles(), std::size_t(4));
        QCOMPARE(summary.totalFrames, std::int64_t(750 + 1500 + 30 + 2220));
        QCOMPARE(summary.minFrames, std::int64_t(30));
        QCOMPARE(summary.maxFrames, std::int64_t(2220));
        QCOMPARE(summary.minCodebooks(), 4);
        QCOMPARE(summary.maxCodebooks(), 8);
        QCOMPARE(summary.filesPerCodebookCount, (std::map<int, std::size_t>{{4, 1}, {8, 3}}));
        QVERIFY(summary.codecInfo && summary.codecInfo->numCodebooks == 8);
        QVERIFY(summary.hours());
        QVERIFY(std::abs(*summary.hours() - 4500.0 / 75.0 / 3600.0) < 1e-12);
        QCOMPARE(summary.problems.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(summary.problems[0]).startsWith(root.filePath("mono/broken.npy") + ": not a NumPy"));

        // A filter narrows the files; without codec_info.json there are no hours.
        const CodesFolderSummary inner = summarizeCodesFolder(root.filePath("mono").toStdString(), {"inner"}, progress);
        QCOMPARE(inner.numFiles, std::size_t(2));
        QVERIFY(!inner.codecInfo);
        QVERIFY(!inner.hours());
        QVERIFY(inner.problems.empty());
    }

    void summaryOfManyFilesIsQuickAndCancellable()
    {
        QTemporaryDir dir;
        saveNpyCodes(dir.filePath("template.npy").toStdString(), CodeGrid(8, 100), NpyDtype::Int16, {1, 1, 8, 100});
        const QByteArray file = test::readBytes(dir.filePath("template.npy"));
        for (int i = 0; i < 300; ++i)
            test::writeBytes(dir.filePath(QStringLiteral("f%1.npy").arg(i, 5, 10, QLatin1Char('0'))), file);
        NullProgress progress;
        QElapsedTimer timer;
        timer.start();
        const CodesFolderSummary summary = summarizeCodesFolder(dir.path().toStdString(), {}, progress);
        qInfo("summary of %zu files: %lld ms", summary.numFiles, timer.elapsed());
        QCOMPARE(summary.numFiles, std::size_t(301));
        QCOMPARE(summary.totalFrames, std::int64_t(301) * 100);
        ScriptedProgress cancel(3);
        QVERIFY_THROWS_EXCEPTION(Cancelled, summarizeCodesFolder(dir.path().toStdString(), {}, cancel));
    }

    void loadCodesFileTakesFirstCodebooks()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("codes.npy").toStdString();
        CodeGrid grid(4, 5);
        for (int k = 0; k < 4; ++k)
            for (int f = 0; f < 5; ++f)
                grid.at(k, f) = k * 10 + f;
        saveNpyCodes(file, grid, NpyDtype::Int64, {1, 1, 4, 5});
        QCOMPARE(loadCodesFile(file, 4), grid);
        QCOMPARE(loadCodesFile(file, 2), grid.firstCodebooks(2));
        try {
            loadCodesFile(file, 8);
            QFAIL("no error");
        } catch (const Error& error) {
            QCOMPARE(QString::fromStdString(error.what()), QString::fromStdString(file) + ": has 4 codebooks, 8 expected");
        }
    }
};

QTEST_GUILESS_MAIN(TestCodesFolder)
#include "tst_codesfolder.moc"
