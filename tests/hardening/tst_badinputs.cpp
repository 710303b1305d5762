// The bad-input table (BadInputCase.cpp) run against the built codecbpe: each bad input ends in one error line
// naming the file, the expected exit code, and a scratch folder exactly as it was (nothing created or changed).
// With CODECBPE_BAD_INPUTS_DOC=<file> it also writes the table with the messages seen as Markdown (docs/bad-inputs.md).
#include "BadInputCase.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace codecbpe::test;

namespace {
using Limit = BadInputCase::Limit;

// Every entry under `root` with its kind, size and content hash.
QMap<QString, QByteArray> snapshot(const QString& root)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QByteArray state = info.isDir() ? QByteArray("dir") : QByteArray::number(info.size());
        if (info.isFile()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                state += " " + QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex();
        }
        entries.insert(path.mid(root.size() + 1), state);
    }
    return entries;
}

// Makes a folder immutable for the life of the object (chattr +i), so that not even root can create files in it.
class ImmutableFolder {
public:
    explicit ImmutableFolder(QString path) : m_path(std::move(path))
    {
        m_locked = runProcess("chattr", {"+i", m_path}).exitCode == 0;
    }
    ~ImmutableFolder()
    {
        if (m_locked)
            runProcess("chattr", {"-i", m_path});
    }
    ImmutableFolder(const ImmutableFolder&) = delete;
    ImmutableFolder& operator=(const ImmutableFolder&) = delete;
    bool locked() const { return m_locked; }

private:
    QString m_path;
    bool m_locked = false;
};

ProcessResult runCli(const QStringList& args, Limit limit)
{
    if (limit != Limit::FullDisk)
        return runProcess(cliPath(), args);
    // dash counts ulimit -f in 512-byte blocks. An ignored signal stays ignored across exec.
    return runProcess("/bin/sh", QStringList{"-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", cliPath()} + args);
}

struct Observed {
    QString command;
    QString errorLine;
    int exitCode = 0;
};
} // namespace

class TestBadInputs : public QObject {
    Q_OBJECT
private slots:
    void tableIsLargeEnough() { QVERIFY(badInputCases().size() >= 30); }

    void rejects_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < badInputCases().size(); ++i)
            QTest::newRow(badInputCases()[i].name) << int(i);
    }

    void rejects()
    {
        QFETCH(int, index);
        const BadInputCase& c = badInputCases()[std::size_t(index)];
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        c.setup(CaseFolder(root));
        QVERIFY2(!QTest::currentTestFailed(), "setup failed");
        const auto before = snapshot(root);

        std::optional<ImmutableFolder> lock;
        if (c.limit == Limit::ReadOnlyFolder) {
            lock.emplace(root + "/" + c.lockedFolder);
            if (!lock->locked())
                QSKIP("chattr +i does not work here (not root, or a file system without immutable files)");
        }
        QStringList args = c.args;
        args.replaceInStrings("{d}", root);
        const ProcessResult result = runCli(args, c.limit);
        lock.reset();

        const QString err = QString::fromUtf8(result.err);
        const QStringList errorLines = err.split('\n').filter(QRegularExpression("^codecbpe: error: "));
        QVERIFY2(result.exitCode == c.exitCode,
                 qPrintable(QString("exit code %1, expected %2; stderr: %3").arg(result.exitCode).arg(c.exitCode).arg(err)));
        QVERIFY2(errorLines.size() == 1, qPrintable("expected one error line, stderr: " + err));
        QString pattern = "^codecbpe: error: " + c.error;
        pattern.replace("{d}", QRegularExpression::escape(root));
        QVERIFY2(QRegularExpression(pattern).match(errorLines.first()).hasMatch(),
                 qPrintable("error line \"" + errorLines.first() + "\" does not match " + pattern));

        const auto after = snapshot(root);
        const QRegularExpression mayCreate("^(" + c.mayCreate + ")$");
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const bool allowed = !c.mayCreate.isEmpty() && !before.contains(it.key()) && mayCreate.match(it.key()).hasMatch();
            QVERIFY2(allowed || before.value(it.key()) == it.value(), qPrintable("created or changed: " + it.key()));
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.contains(it.key()), qPrintable("removed: " + it.key()));

        Observed seen{c.args.join(' '), errorLines.first(), result.exitCode};
        seen.errorLine.replace(root, "{d}");
        m_observed[index] = seen;
    }

    void cleanupTestCase()
    {
        const QString docPath = qEnvironmentVariable("CODECBPE_BAD_INPUTS_DOC");
        if (docPath.isEmpty())
            return;
        QFile doc(docPath);
        QVERIFY(doc.open(QIODevice::WriteOnly | QIODevice::Text));
        QTextStream out(&doc);
        out << "# What codecbpe does with bad input\n\n"
            << "Every row is a case of `tests/hardening/tst_badinputs` (written by it with "
               "`CODECBPE_BAD_INPUTS_DOC=docs/bad-inputs.md`), run on every build. In each case `codecbpe` prints one "
               "line naming the file and the problem, exits with the code shown, and leaves every file and folder as "
               "it was: nothing is created, changed or left half-written (but where noted). `{d}` is the folder "
               "holding the case's files. What the studio does when it opens bad input: "
               "[bad-inputs-studio.md](bad-inputs-studio.md).\n\n"
            << "| # | input | command | exit | error message |\n|---|---|---|---|---|\n";
        for (auto it = m_observed.cbegin(); it != m_observed.cend(); ++it) {
            const BadInputCase& c = badInputCases()[std::size_t(it.key())];
            QString message = it->errorLine;
            message.replace('|', "\\|");
            const QString problem = QString(c.problem) + (c.mayCreate.isEmpty() ? "" : " (codec_info.json is still "
                                                                                 "written, as codec-bpe writes it)");
            out << "| " << it.key() + 1 << " | " << problem << " | `codecbpe " << it->command << "` | "
                << it->exitCode << " | `" << message << "` |\n";
        }
    }

private:
    QMap<int, Observed> m_observed;
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
