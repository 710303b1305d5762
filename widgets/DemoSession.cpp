#include "widgets/DemoSession.h"

#include "common/Error.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace codecbpe::widgets {

namespace {
const QString kRoot = QStringLiteral(":/demo");
} // namespace

DemoSession DemoSession::extractTo(const QString& dir)
{
    QDirIterator files(kRoot, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString target = dir + source.mid(kRoot.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(source, target))
            throw Error(target.toStdString(), "cannot write the demo file");
    }
    DemoSession demo;
    demo.audio = dir + QStringLiteral("/speech.flac");
    demo.codes = dir + QStringLiteral("/codes/speech_c0.npy");
    demo.tokenizer = dir + QStringLiteral("/tokenizer");
    demo.tokenizerB = dir + QStringLiteral("/tokenizer-b");
    return demo;
}

} // namespace codecbpe::widgets
