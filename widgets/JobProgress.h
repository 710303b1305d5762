// JobProgress: a progress bar and a cancel button for the status bar, shown while the session encodes audio in
// the background; the GUI stays usable meanwhile.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace codecbpe::widgets {

class Session;

class JobProgress : public QWidget {
    Q_OBJECT
public:
    explicit JobProgress(Session* session, QWidget* parent = nullptr);

    QProgressBar* bar() const { return m_bar; }
    QToolButton* cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    QString m_codec;
};

} // namespace codecbpe::widgets
