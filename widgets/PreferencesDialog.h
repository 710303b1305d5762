// PreferencesDialog: Tools > Preferences: the interface language (system, English, Deutsch, 简体中文), applied live.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace codecbpe::widgets {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The language code chosen in the dialog ("" = system).
    QString languageChoice() const;
    void setLanguageChoice(const QString& code);

    // Saves the choices and applies the language at once (every open window retranslates itself).
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace codecbpe::widgets
