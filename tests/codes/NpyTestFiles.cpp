#include "NpyTestFiles.h"

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

} // namespace codecbpe::test
