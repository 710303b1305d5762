#include "widgets/PreferencesDialog.h"

#include "widgets/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace codecbpe::widgets {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const UiLanguage::Option& option : UiLanguage::options())
        m_language->addItem(option.displayName, option.code);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setMinimumWidth(400);
    setLanguageChoice(UiLanguage::savedChoice());
    retranslate();
}

QString PreferencesDialog::languageChoice() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguageChoice(const QString& code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::accept()
{
    UiLanguage::saveChoice(languageChoice());
    UiLanguage::apply(languageChoice());
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, UiLanguage::options().constFirst().displayName);
    m_note->setText(tr("The language changes at once and is remembered for the next start."));
}

} // namespace codecbpe::widgets
