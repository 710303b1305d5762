// AboutDialog: Help > About: the studio's name and version, what it is for, and the libraries it uses with their licences.
#pragma once

#include <QDialog>

class QLabel;

namespace codecbpe::widgets {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown, for tests and for copying.
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
};

} // namespace codecbpe::widgets
