#include "widgets/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace codecbpe::widgets {

namespace {
const QString kSettingsKey = QStringLiteral("files/recent");
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent)
{
    m_paths = QSettings().value(kSettingsKey).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    while (m_paths.size() > kMaxEntries)
        m_paths.removeLast();
    store();
}

void RecentFiles::remove(const QString& path)
{
    if (m_paths.removeAll(path) > 0)
        store();
}

void RecentFiles::clear()
{
    m_paths.clear();
    store();
}

void RecentFiles::store()
{
    QSettings().setValue(kSettingsKey, m_paths);
    emit changed();
}

} // namespace codecbpe::widgets
