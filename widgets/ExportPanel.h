// ExportPanel: everything that leaves the studio as files: a tokenizer folder saved, an LLM tokenizer extended
// with a Codec BPE tokenizer (previewed before writing), and an LM dataset written with prep-lm-dataset's options.
#pragma once

#include <QWidget>

class QScrollArea;

namespace codecbpe::widgets {

class ExtendTokenizerSection;
class LmDatasetSection;
class SaveTokenizerSection;
class Session;

class ExportPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExportPanel(Session* session, QWidget* parent = nullptr);

    SaveTokenizerSection* saveSection() const { return m_save; }
    ExtendTokenizerSection* extendSection() const { return m_extend; }
    LmDatasetSection* datasetSection() const { return m_dataset; }

    // As wide as the sections want to be (plus the scroll bar), so that a dock opens wide enough for their paths.
    QSize sizeHint() const override;

private:
    SaveTokenizerSection* m_save;
    ExtendTokenizerSection* m_extend;
    LmDatasetSection* m_dataset;
    QScrollArea* m_scroll;
};

} // namespace codecbpe::widgets
