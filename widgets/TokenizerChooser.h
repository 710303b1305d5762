// TokenizerChooser: a tokenizer folder for an Export form: the session's tokenizer A or B (following what the
// session opens), or any folder typed or browsed.
#pragma once

#include <QWidget>

#include <filesystem>

class QComboBox;

namespace codecbpe::widgets {

class PathField;
class Session;

class TokenizerChooser : public QWidget {
    Q_OBJECT
public:
    static constexpr int kOtherFolder = -1; // the combo's data for "a folder of your choice"

    TokenizerChooser(Session* session, QWidget* parent = nullptr);

    // Chooses tokenizer A (0) or B (1), or kOtherFolder.
    void chooseSlot(int slot);
    // The slot chosen, or kOtherFolder.
    int slot() const;
    QString folder() const;
    std::filesystem::path path() const;

    QComboBox* slotBox() const { return m_slots; }
    PathField* folderField() const { return m_folder; }

signals:
    void changed();

private:
    void retitle();
    void fillFromSlot();

    Session* m_session;
    QComboBox* m_slots;
    PathField* m_folder;
};

} // namespace codecbpe::widgets
