#include "widgets/AboutDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QtGlobal>

namespace codecbpe::widgets {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/codecbpe-studio.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Plain text on purpose: the About box must not send anyone anywhere (no links).
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setMinimumWidth(460);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_body, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    retranslate();
}

QString AboutDialog::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->text();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Codec BPE Studio"));
    m_title->setText(tr("Codec BPE Studio %1").arg(QStringLiteral(CODECBPE_VERSION)));
    const QString body =
        tr("Train, inspect and compare BPE tokenizers for the discrete codes of neural audio codecs. "
           "The studio shows audio, its codec codes and how a tokenizer groups them, on one time axis. "
           "Tokenizers are interchangeable with the Python package codec-bpe and Hugging Face tokenizers.") +
        QStringLiteral("\n\n") + tr("Built with:") + QLatin1Char('\n') +
        tr("Qt %1 (LGPL v3)").arg(QString::fromLatin1(qVersion())) + QLatin1Char('\n') +
        tr("QCustomPlot 2.1 (GPL v3)") + QLatin1Char('\n') + tr("libtorch 1.13 (BSD 3-clause)") + QLatin1Char('\n') +
        tr("libsndfile (LGPL v2.1 or later)") + QLatin1Char('\n') + tr("libsamplerate (BSD 2-clause)") +
        QLatin1Char('\n') + tr("codec2 (LGPL v2.1)") + QLatin1Char('\n') + tr("nlohmann/json (MIT)") +
        QStringLiteral("\n\n") +
        tr("Because QCustomPlot is licensed under the GPL v3, the studio as a whole is distributed under the GPL v3.");
    m_body->setText(body);
}

} // namespace codecbpe::widgets
