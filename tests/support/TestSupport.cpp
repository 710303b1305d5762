#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace codecbpe::test {

QString sourceDir() { return QStringLiteral(CODECBPE_SOURCE_DIR); }
QString binaryDir() { return QStringLiteral(CODECBPE_BINARY_DIR); }
QString testDataDir() { return QStringLiteral(CODECBPE_TEST_DATA); }
QString cliPath() { return binaryDir() + QStringLiteral("/app/cli/codecbpe"); }
QString debianPython() { return QStringLiteral("/usr/bin/python3"); }

QString hfRefDir()
{
    const QString dir = QStringLiteral(CODECBPE_HF_REF_DIR);
    if (dir.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/node_modules/tokenizers")))
        return {};
    return dir;
}

ProcessResult runProcess(const QString& program, const QStringList& args, const QByteArray& input, int timeoutMs,
                         const QString& workingDir)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted()) {
        result.err = ("cannot start " + program).toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = ("timed out: " + program).toUtf8();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace codecbpe::test
