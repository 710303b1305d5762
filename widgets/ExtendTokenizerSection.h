// ExtendTokenizerSection: the Export panel's "Extend an LLM tokenizer": an LLM tokenizer folder, the Codec BPE
// tokenizer and extend-tokenizer's options; Preview computes on a worker thread what would be written (tokens added,
// conflicts, resulting vocabulary size, the segmentation-mismatch figure on a codes folder), and Write… writes
// exactly that (the CLI's files, atomically; existing files replaced only when the user agrees).
#pragma once

#include "jobs/ExtendTokenizerJob.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
template <typename T>
class QFutureWatcher;

namespace codecbpe::widgets {

class PathField;
class Session;
class TokenizerChooser;

class ExtendTokenizerSection : public QGroupBox {
    Q_OBJECT
public:
    explicit ExtendTokenizerSection(Session* session, QWidget* parent = nullptr);
    // Cancels a running preview and waits for it.
    ~ExtendTokenizerSection() override;

    PathField* existingField() const { return m_existing; }
    TokenizerChooser* codecTokenizer() const { return m_codec; }
    QLineEdit* additionalTokensEdit() const { return m_additional; }
    QDoubleSpinBox* maxConflictBox() const { return m_maxConflict; }
    PathField* codesField() const { return m_codes; }
    QSpinBox* checkFilesBox() const { return m_checkFiles; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* addedLabel() const { return m_added; }
    QLabel* vocabSizeLabel() const { return m_vocabSize; }
    QLabel* conflictsLabel() const { return m_conflictCount; }
    QListWidget* conflictList() const { return m_conflicts; }
    QLabel* segmentationLabel() const { return m_segmentation; }
    PathField* outputField() const { return m_output; }
    QCheckBox* idMapBox() const { return m_idMap; }
    QPushButton* writeButton() const { return m_write; }
    QLabel* statusLabel() const { return m_status; }

    // The request the fields describe.
    ExtendTokenizerRequest request() const;
    // The preview of the current fields, once computed (cleared when a field changes).
    const std::optional<ExtendTokenizerPreview>& preview() const { return m_preview; }
    bool isPreviewing() const { return m_running != nullptr; }

    void startPreview();
    // Stops a running preview between its steps (the segmentation check stops between files); nothing is kept.
    void cancelPreview();
    // Writes the previewed extension to the output folder.
    void write();

signals:
    void previewReady();
    void written(const QString& dir);
    void failed(const QString& message);

private:
    void onPreviewFinished();
    void showPreview();
    void invalidate();
    void updateButtons();

    PathField* m_existing;
    TokenizerChooser* m_codec;
    QLineEdit* m_additional;
    QDoubleSpinBox* m_maxConflict;
    PathField* m_codes;
    QSpinBox* m_checkFiles;
    QPushButton* m_previewButton;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_added;
    QLabel* m_vocabSize;
    QLabel* m_conflictCount;
    QListWidget* m_conflicts;
    QLabel* m_segmentation;
    PathField* m_output;
    QCheckBox* m_idMap;
    QPushButton* m_write;
    QLabel* m_status;
    QFutureWatcher<ExtendTokenizerPreview>* m_running = nullptr;
    std::optional<ExtendTokenizerRequest> m_previewed; // what m_preview was computed for
    std::optional<ExtendTokenizerPreview> m_preview;
    bool m_cancelRequested = false; // Cancel clicked: the running preview is dropped when it ends
};

} // namespace codecbpe::widgets
