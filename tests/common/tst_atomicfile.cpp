// AtomicFile: a finished write replaces the file whole; a failed or abandoned one leaves the old file untouched.
#include "common/AtomicFile.h"
#include "common/Error.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <iterator>
#include <sys/resource.h>
#include <csignal>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {
std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void writesNewFile()
    {
        QTemporaryDir dir;
        const fs::path target = dir.filePath("out.txt").toStdString();
        writeFileAtomically(target, "hello");
        QCOMPARE(readAll(target), std::string("hello"));
        QCOMPARE(entries(dir.path()), QStringList{"out.txt"}); // no temporary left behind
    }

    void replacesExistingFileWhole()
    {
        QTemporaryDir dir;
        const fs::path target = dir.filePath("out.txt").toStdString();
        writeFileAtomically(target, "old contents");
        writeFileAtomically(target, "new");
        QCOMPARE(readAll(target), std::string("new"));
    }

    void writerThatThrowsLeavesOldFile()
    {
        QTemporaryDir dir;
        const fs::path target = dir.filePath("out.txt").toStdString();
        writeFileAtomically(target, "precious");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeFileAtomically(target, [](std::ostream& out) {
                                     out << "half of it";
                                     throw std::runtime_error("interrupted");
                                 }));
        QCOMPARE(readAll(target), std::string("precious"));
        QCOMPARE(entries(dir.path()), QStringList{"out.txt"});
    }

    void uncommittedFileIsDiscarded()
    {
        QTemporaryDir dir;
        const fs::path target = dir.filePath("out.txt").toStdString();
        {
            AtomicFile file(target);
            file.stream() << "never committed";
        }
        QVERIFY(!fs::exists(target));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void missingDirectoryNamesTheFile()
    {
        QTemporaryDir dir;
        const fs::path target = dir.filePath("no/such/dir/out.txt").toStdString();
        try {
            writeFileAtomically(target, "x");
            QFAIL("expected an Error");
        } catch (const Error& e) {
            QCOMPARE(e.path(), target.string());
            QVERIFY(std::string(e.what()).find("cannot create file") != std::string::npos);
        }
    }

    void fileSizeLimitFailsCleanly()
    {
        // A full disk and a file size limit fail the same way: the write must report it and keep the old file.
        QTemporaryDir dir;
        const fs::path target = dir.filePath("out.bin").toStdString();
        writeFileAtomically(target, "previous");
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit limited = old;
        limited.rlim_cur = 4096;
        std::signal(SIGXFSZ, SIG_IGN);
        setrlimit(RLIMIT_FSIZE, &limited);
        bool threw = false;
        try {
            writeFileAtomically(target, std::string(1 << 20, 'x'));
        } catch (const Error& e) {
            threw = true;
            QCOMPARE(e.path(), target.string());
        }
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(threw);
        QCOMPARE(readAll(target), std::string("previous"));
        QCOMPARE(entries(dir.path()), QStringList{"out.bin"});
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
