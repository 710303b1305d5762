// SaveTokenizerSection: the Export panel's "Save tokenizer": tokenizer A, B or a folder, written as a Hugging Face
// tokenizer folder (the three files, atomically; existing files are replaced only when the user agrees).
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace codecbpe::widgets {

class PathField;
class Session;
class TokenizerChooser;

class SaveTokenizerSection : public QGroupBox {
    Q_OBJECT
public:
    explicit SaveTokenizerSection(Session* session, QWidget* parent = nullptr);

    TokenizerChooser* tokenizer() const { return m_tokenizer; }
    PathField* outputField() const { return m_output; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* statusLabel() const { return m_status; }

    // Reads the chosen tokenizer and writes it to the output folder; says what happened in the status line.
    void save();

signals:
    void saved(const QString& dir);
    void failed(const QString& message);

private:
    void updateButton();

    TokenizerChooser* m_tokenizer;
    PathField* m_output;
    QPushButton* m_save;
    QLabel* m_status;
};

} // namespace codecbpe::widgets
