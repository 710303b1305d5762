#include "widgets/JobProgress.h"

#include "widgets/Session.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace codecbpe::widgets {

JobProgress::JobProgress(Session* session, QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setObjectName(QStringLiteral("encodingProgress"));
    m_bar->setMaximumWidth(160);
    m_cancel->setObjectName(QStringLiteral("cancelEncoding"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QToolButton::clicked, session, &Session::cancelEncoding);
    connect(session, &Session::encodingStarted, this, [this](const QString& codec) {
        m_codec = QFileInfo(codec).fileName();
        m_bar->setRange(0, 0); // busy until the first report says how many chunks there are
        retranslate();
        show();
    });
    connect(session, &Session::encodingProgress, this, [this](int done, int total) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    });
    for (auto done : {&Session::encodingFinished, &Session::encodingCancelled})
        connect(session, done, this, &QWidget::hide);
    connect(session, &Session::encodingFailed, this, &QWidget::hide);
    retranslate();
    hide();
}

void JobProgress::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobProgress::retranslate()
{
    m_label->setText(tr("Encoding with %1").arg(m_codec));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop encoding (Esc)"));
}

} // namespace codecbpe::widgets
