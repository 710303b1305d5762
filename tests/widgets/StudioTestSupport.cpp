#include "StudioTestSupport.h"

#include "TestSupport.h"
#include "widgets/Session.h"

#include <QDir>
#include <QTest>

namespace codecbpe::test {

QString widgetOutputDir()
{
    const QString dir = binaryDir() + QStringLiteral("/test-output/widgets");
    QDir().mkpath(dir);
    return dir;
}

QString demoDir()
{
    return sourceDir() + QStringLiteral("/resources/demo");
}

bool waitUntilIdle(const widgets::Session& session)
{
    return QTest::qWaitFor(
        [&] { return !session.isEncoding() && !session.isTokenizing(0) && !session.isTokenizing(1); }, 20000);
}

std::vector<long> cliTokenIds(const QString& codes, const QString& tokenizer)
{
    const ProcessResult result =
        runProcess(cliPath(), {QStringLiteral("encode"), codes, QStringLiteral("--tokenizer"), tokenizer});
    std::vector<long> ids;
    if (result.exitCode != 0)
        return ids;
    for (const QByteArray& word : result.out.simplified().split(' '))
        ids.push_back(word.toLong());
    return ids;
}

} // namespace codecbpe::test
