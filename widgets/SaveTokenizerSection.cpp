#include "widgets/SaveTokenizerSection.h"

#include "bpe/TokenizerFolder.h"
#include "widgets/FormRows.h"
#include "widgets/OverwriteGuard.h"
#include "widgets/PathField.h"
#include "widgets/TokenizerChooser.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace codecbpe::widgets {

SaveTokenizerSection::SaveTokenizerSection(Session* session, QWidget* parent)
    : QGroupBox(tr("Save tokenizer"), parent),
      m_tokenizer(new TokenizerChooser(session, this)),
      m_output(new PathField(PathField::Kind::Folder, tr("Output tokenizer folder"), this)),
      m_save(new QPushButton(tr("Save"), this)),
      m_status(new QLabel(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Tokenizer:"), m_tokenizer);
    layout->addRow(tr("Save to:"), m_output);
    layout->addRow(QString(), m_save);
    layout->addRow(m_status);
    setFormStatus(m_status, {});
    connect(m_tokenizer, &TokenizerChooser::changed, this, &SaveTokenizerSection::updateButton);
    connect(m_output, &PathField::textChanged, this, &SaveTokenizerSection::updateButton);
    connect(m_save, &QPushButton::clicked, this, &SaveTokenizerSection::save);
    updateButton();
}

void SaveTokenizerSection::save()
{
    if (m_tokenizer->folder().isEmpty() || m_output->isEmpty())
        return;
    try {
        const TokenizerFolder tokenizer = TokenizerFolder::read(m_tokenizer->path());
        const QDir out(m_output->text());
        if (!OverwriteGuard::confirm(this, {out.filePath(TokenizerFolder::kTokenizerJson),
                                            out.filePath(TokenizerFolder::kTokenizerConfigJson),
                                            out.filePath(TokenizerFolder::kSpecialTokensMapJson)})) {
            setFormStatus(m_status, tr("Not saved: the files exist."));
            return;
        }
        tokenizer.write(m_output->path());
        setFormStatus(m_status, tr("Saved %n token(s) to %1.", nullptr, int(tokenizer.model.vocab.size()))
                                    .arg(m_output->text()));
        emit saved(m_output->text());
    } catch (const std::exception& e) {
        setFormStatus(m_status, QString::fromStdString(e.what()));
        emit failed(m_status->text());
    }
}

void SaveTokenizerSection::updateButton()
{
    m_save->setEnabled(!m_tokenizer->folder().isEmpty() && !m_output->isEmpty());
}

} // namespace codecbpe::widgets
