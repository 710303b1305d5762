// PathField: a path typed or picked with a Browse button (a folder, a file to open, or a file to save), as the
// Export panel's forms ask for them.
#pragma once

#include <QWidget>

#include <filesystem>

class QLineEdit;
class QToolButton;

namespace codecbpe::widgets {

class PathField : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Folder, OpenFile, SaveFile };

    PathField(Kind kind, const QString& placeholder, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& path);
    bool isEmpty() const { return text().isEmpty(); }
    // The path as the core takes it (absolute, so that the studio's working folder does not matter).
    std::filesystem::path path() const;

    QLineEdit* edit() const { return m_edit; }
    QToolButton* browseButton() const { return m_browse; }

signals:
    void textChanged(const QString& path);

private:
    void browse();

    Kind m_kind;
    QLineEdit* m_edit;
    QToolButton* m_browse;
};

} // namespace codecbpe::widgets
