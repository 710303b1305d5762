#include "CodesTestSupport.h"

#include "common/Error.h"

#include <QFile>
#include <QTest>

namespace codecbpe::test {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QFAIL(qPrintable("cannot write " + path));
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray craftedNpy(const std::string& dict, const QByteArray& data, int major)
{
    const int lengthSize = major == 1 ? 2 : 4;
    QByteArray header = QByteArray::fromStdString(dict);
    header.append(QByteArray(64 - int((6 + 2 + lengthSize + header.size() + 1) % 64), ' '));
    header.append('\n');
    QByteArray bytes("\x93NUMPY", 6);
    bytes.append(char(major)).append('\0');
    for (int i = 0; i < lengthSize; ++i)
        bytes.append(char((header.size() >> (8 * i)) & 0xff));
    return bytes + header + data;
}

void verifyError(const std::function<void()>& action, const QString& file, const QString& part)
{
    try {
        action();
    } catch (const Error& error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.startsWith(file + ": ") && message.contains(part),
                 qPrintable("message \"" + message + "\" lacks \"" + part + "\" or the file name"));
        return;
    } catch (const std::exception& other) {
        QFAIL(qPrintable(QStringLiteral("wrong exception: ") + other.what()));
    }
    QFAIL(qPrintable("no error for " + file + " (expected \"" + part + "\")"));
}

} // namespace codecbpe::test
