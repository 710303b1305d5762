#include "widgets/OverwriteGuard.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QMessageBox>

namespace codecbpe::widgets {

QStringList OverwriteGuard::existing(const QStringList& paths)
{
    QStringList found;
    for (const QString& path : paths)
        if (QFileInfo::exists(path))
            found << path;
    return found;
}

bool OverwriteGuard::confirm(QWidget* parent, const QStringList& paths)
{
    const QStringList found = existing(paths);
    if (found.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Replace files?"),
                    tr("%n file(s) already exist and will be replaced:", nullptr, int(found.size())),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("overwriteConfirmation"));
    box.setInformativeText(found.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Replace"));
    return box.exec() == QMessageBox::Yes;
}

} // namespace codecbpe::widgets
