// TestSupport: paths into the source and build trees, and running external programs (our CLI, NumPy, the
// Hugging Face reference harness) from Qt Test suites.
#pragma once

#include <QString>
#include <QStringList>

namespace codecbpe::test {

QString sourceDir();
QString binaryDir();
QString testDataDir();
// The built `codecbpe` command-line tool.
QString cliPath();
// Debian's python3 (it has NumPy and torch; the `python3` on PATH may be another interpreter without them).
QString debianPython();
// The prepared Hugging Face reference harness (tokenizers installed), or empty if it is not available.
QString hfRefDir();

struct ProcessResult {
    int exitCode = -1;   // -1 if the program could not be started or crashed
    QByteArray out;
    QByteArray err;
};
// Runs `program` with `args`, feeding `input` to its standard input; waits up to `timeoutMs`.
ProcessResult runProcess(const QString& program, const QStringList& args, const QByteArray& input = {},
                         int timeoutMs = 120000, const QString& workingDir = {});

} // namespace codecbpe::test
