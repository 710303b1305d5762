// RecentFiles: the most recently opened documents, newest first, kept in QSettings across runs.
#pragma once

#include <QObject>
#include <QStringList>

namespace codecbpe::widgets {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList paths() const { return m_paths; }
    // Moves `path` (made absolute) to the front, dropping the oldest entry beyond kMaxEntries.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void store();

    QStringList m_paths;
};

} // namespace codecbpe::widgets
