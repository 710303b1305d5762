#include "widgets/PathField.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace codecbpe::widgets {

PathField::PathField(Kind kind, const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_edit(new QLineEdit(this)), m_browse(new QToolButton(this))
{
    m_edit->setPlaceholderText(placeholder);
    m_edit->setClearButtonEnabled(true);
    m_browse->setText(QStringLiteral("…"));
    m_browse->setToolTip(tr("Browse…"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    connect(m_edit, &QLineEdit::textChanged, this, &PathField::textChanged);
    connect(m_browse, &QToolButton::clicked, this, &PathField::browse);
}

QString PathField::text() const
{
    return m_edit->text().trimmed();
}

void PathField::setText(const QString& path)
{
    m_edit->setText(path);
}

std::filesystem::path PathField::path() const
{
    return QDir(text()).filesystemAbsolutePath();
}

void PathField::browse()
{
    QString picked;
    switch (m_kind) {
    case Kind::Folder:
        picked = QFileDialog::getExistingDirectory(this, m_edit->placeholderText(), text());
        break;
    case Kind::OpenFile:
        picked = QFileDialog::getOpenFileName(this, m_edit->placeholderText(), text());
        break;
    case Kind::SaveFile:
        // The form asks before overwriting, also for a typed path.
        picked = QFileDialog::getSaveFileName(this, m_edit->placeholderText(), text(), QString(), nullptr,
                                              QFileDialog::DontConfirmOverwrite);
        break;
    }
    if (!picked.isEmpty())
        setText(picked);
}

} // namespace codecbpe::widgets
