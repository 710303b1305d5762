#include "widgets/TokenizerChooser.h"

#include "widgets/PathField.h"
#include "widgets/Session.h"

#include <QComboBox>
#include <QDir>
#include <QVBoxLayout>

namespace codecbpe::widgets {

TokenizerChooser::TokenizerChooser(Session* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_slots(new QComboBox(this)),
      m_folder(new PathField(PathField::Kind::Folder, tr("Tokenizer folder"), this))
{
    for (int slot = 0; slot < Session::kTokenizerSlots; ++slot)
        m_slots->addItem(QString(), slot);
    m_slots->addItem(tr("Other folder"), kOtherFolder);
    // The slot names change with the open tokenizers (and the language): the combo follows their width.
    m_slots->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The combo above the folder, so that both fit a narrow dock.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slots, 0, Qt::AlignLeft);
    layout->addWidget(m_folder);
    retitle();
    fillFromSlot();

    connect(m_slots, &QComboBox::currentIndexChanged, this, &TokenizerChooser::fillFromSlot);
    connect(m_folder, &PathField::textChanged, this, [this] {
        // Typing a folder of one's own leaves the session's tokenizers.
        if (slot() != kOtherFolder && m_folder->text() != m_session->tokens(slot()).tokenizerPath()) {
            const QSignalBlocker blocker(m_slots);
            m_slots->setCurrentIndex(m_slots->findData(kOtherFolder));
        }
        emit changed();
    });
    connect(session, &Session::tokensChanged, this, [this](int changedSlot) {
        retitle();
        if (changedSlot == slot())
            fillFromSlot();
    });
}

void TokenizerChooser::chooseSlot(int slot)
{
    m_slots->setCurrentIndex(m_slots->findData(slot));
}

int TokenizerChooser::slot() const
{
    return m_slots->currentData().toInt();
}

QString TokenizerChooser::folder() const
{
    return m_folder->text();
}

std::filesystem::path TokenizerChooser::path() const
{
    return m_folder->path();
}

void TokenizerChooser::retitle()
{
    for (int slot = 0; slot < Session::kTokenizerSlots; ++slot) {
        const QString path = m_session->tokens(slot).tokenizerPath();
        const QString name = path.isEmpty() ? tr("none open") : QDir(path).dirName();
        m_slots->setItemText(m_slots->findData(slot),
                             slot == 0 ? tr("Tokenizer A (%1)").arg(name) : tr("Tokenizer B (%1)").arg(name));
    }
}

void TokenizerChooser::fillFromSlot()
{
    if (slot() != kOtherFolder) {
        const QSignalBlocker blocker(m_folder);
        m_folder->setText(m_session->tokens(slot()).tokenizerPath());
    }
    emit changed();
}

} // namespace codecbpe::widgets
