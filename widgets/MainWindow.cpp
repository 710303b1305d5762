#include "widgets/MainWindow.h"

#include "widgets/AboutDialog.h"
#include "widgets/PreferencesDialog.h"
#include "widgets/RecentFiles.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"
#include "widgets/Timeline.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include <exception>

namespace codecbpe::widgets {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLastDirKey = QStringLiteral("files/lastDir");
constexpr int kStatusMessageMs = 5000;
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/codecbpe-studio.svg")));
    m_session = new Session(this);
    m_recent = new RecentFiles(this);

    m_welcome = new QLabel(this);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(24);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_timeline = new Timeline(m_session, this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_pages->addWidget(m_timeline);
    setCentralWidget(m_pages);

    m_positionLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_positionLabel);

    createActions();
    createMenus();
    createToolBar();
    retranslate();

    connect(m_timeline, &Timeline::hoverTextChanged, m_positionLabel, &QLabel::setText);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_session, &Session::codesChanged, this, &MainWindow::updateTitleAndActions);
    connect(m_session, &Session::audioChanged, this, &MainWindow::updateTitleAndActions);
    connect(m_session, &Session::tokensChanged, this, [this](int slot) {
        const std::size_t count = m_session->tokens(slot).spans.size();
        if (count > 0)
            statusBar()->showMessage(tr("Tokenizer %1: %n token(s)", nullptr, int(count))
                                         .arg(slot == 0 ? QStringLiteral("A") : QStringLiteral("B")),
                                     kStatusMessageMs);
    });
    connect(m_session, &Session::tokenizeFailed, this, [this](int, const QString& message) {
        statusBar()->showMessage(message, kStatusMessageMs);
        QMessageBox::warning(this, tr("Cannot use tokenizer"), message);
    });
    rebuildRecentMenu();
    updateTitleAndActions();

    resize(1100, 700);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto icon = [](const char* name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); };

    m_openAction = new QAction(icon("open"), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDocument);

    m_openTokenizerAAction = new QAction(icon("tokenizer"), QString(), this);
    m_openTokenizerAAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_openTokenizerBAction = new QAction(icon("tokenizer"), QString(), this);
    m_openTokenizerBAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_openTokenizerAAction, &QAction::triggered, this, [this] { chooseTokenizer(0); });
    connect(m_openTokenizerBAction, &QAction::triggered, this, [this] { chooseTokenizer(1); });

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, m_recent, &RecentFiles::clear);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    // Some platforms (and the offscreen one) define no standard key for these: give them the common one.
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = new QAction(icon("zoom-in"), QString(), this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = new QAction(icon("zoom-out"), QString(), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomFitAction = new QAction(icon("zoom-fit"), QString(), this);
    m_zoomFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    TimeAxis* axis = m_timeline->axis();
    connect(m_zoomInAction, &QAction::triggered, axis, &TimeAxis::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, axis, &TimeAxis::zoomOut);
    connect(m_zoomFitAction, &QAction::triggered, axis, &TimeAxis::fit);

    const auto laneAction = [this](Qt::Key key, Timeline::LaneKind lane) {
        auto* action = new QAction(this);
        action->setCheckable(true);
        action->setChecked(m_timeline->isLaneEnabled(lane));
        action->setShortcut(QKeySequence(Qt::ALT | key));
        connect(action, &QAction::toggled, m_timeline, [this, lane](bool on) { m_timeline->setLaneEnabled(lane, on); });
        return action;
    };
    m_waveformLaneAction = laneAction(Qt::Key_1, Timeline::LaneKind::Waveform);
    m_codeGridLaneAction = laneAction(Qt::Key_2, Timeline::LaneKind::CodeGrid);
    m_tokensALaneAction = laneAction(Qt::Key_3, Timeline::LaneKind::TokensA);
    m_tokensBLaneAction = laneAction(Qt::Key_4, Timeline::LaneKind::TokensB);

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    if (m_preferencesAction->shortcut().isEmpty())
        m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Object names let tests and screenshots find every action regardless of the interface language.
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openTokenizerAAction->setObjectName(QStringLiteral("actionOpenTokenizerA"));
    m_openTokenizerBAction->setObjectName(QStringLiteral("actionOpenTokenizerB"));
    m_clearRecentAction->setObjectName(QStringLiteral("actionClearRecent"));
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_zoomInAction->setObjectName(QStringLiteral("actionZoomIn"));
    m_zoomOutAction->setObjectName(QStringLiteral("actionZoomOut"));
    m_zoomFitAction->setObjectName(QStringLiteral("actionZoomFit"));
    m_waveformLaneAction->setObjectName(QStringLiteral("actionLaneWaveform"));
    m_codeGridLaneAction->setObjectName(QStringLiteral("actionLaneCodeGrid"));
    m_tokensALaneAction->setObjectName(QStringLiteral("actionLaneTokensA"));
    m_tokensBLaneAction->setObjectName(QStringLiteral("actionLaneTokensB"));
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openTokenizerAAction);
    m_fileMenu->addAction(m_openTokenizerBAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomFitAction);
    m_viewMenu->addSeparator();
    m_lanesMenu = m_viewMenu->addMenu(QString());
    m_lanesMenu->setObjectName(QStringLiteral("menuLanes"));
    m_lanesMenu->addAction(m_waveformLaneAction);
    m_lanesMenu->addAction(m_codeGridLaneAction);
    m_lanesMenu->addAction(m_tokensALaneAction);
    m_lanesMenu->addAction(m_tokensBLaneAction);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("menuTools"));
    m_toolsMenu->addAction(m_preferencesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_openTokenizerAAction);
    m_toolBar->addAction(m_openTokenizerBAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_zoomFitAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Recent &Files"));
    m_viewMenu->setTitle(tr("&View"));
    m_lanesMenu->setTitle(tr("&Lanes"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));

    m_openAction->setText(tr("&Open Audio or Codes…"));
    m_openAction->setIconText(tr("Open"));
    m_openAction->setStatusTip(tr("Open an audio file or a .npy file of codec codes"));
    m_openTokenizerAAction->setText(tr("Open Tokenizer &A…"));
    m_openTokenizerAAction->setIconText(tr("Tokenizer A"));
    m_openTokenizerAAction->setStatusTip(tr("Open a tokenizer folder and segment the codes with it"));
    m_openTokenizerBAction->setText(tr("Open Tokenizer &B…"));
    m_openTokenizerBAction->setIconText(tr("Tokenizer B"));
    m_openTokenizerBAction->setStatusTip(tr("Open a second tokenizer folder to compare with the first"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_quitAction->setText(tr("&Quit"));

    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomInAction->setIconText(tr("Zoom In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomOutAction->setIconText(tr("Zoom Out"));
    m_zoomFitAction->setText(tr("&Fit to Window"));
    m_zoomFitAction->setIconText(tr("Fit"));
    m_waveformLaneAction->setText(tr("&Waveform"));
    m_codeGridLaneAction->setText(tr("&Code Grid"));
    m_tokensALaneAction->setText(tr("Tokens &A"));
    m_tokensBLaneAction->setText(tr("Tokens &B"));

    m_preferencesAction->setText(tr("&Preferences…"));
    m_aboutAction->setText(tr("&About Codec BPE Studio"));

    m_welcome->setText(tr("Open an audio file or a .npy file of codec codes (Ctrl+O), then a tokenizer folder "
                          "(Ctrl+T) to see how it splits the codes into tokens."));
    updateTitleAndActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        // &1..&9 give the first nine entries a keyboard accelerator.
        const QString label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                    : QFileInfo(path).fileName();
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFiles({path}); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!paths.isEmpty());
}

void MainWindow::updateTitleAndActions()
{
    QStringList names;
    if (!m_session->codesPath().isEmpty())
        names << QFileInfo(m_session->codesPath()).fileName();
    if (!m_session->audioPath().isEmpty())
        names << QFileInfo(m_session->audioPath()).fileName();
    const QString app = tr("Codec BPE Studio");
    setWindowTitle(names.isEmpty() ? app : names.join(QStringLiteral(" + ")) + QStringLiteral(" — ") + app);

    const bool haveDocument = !m_session->isEmpty();
    m_pages->setCurrentWidget(haveDocument ? static_cast<QWidget*>(m_timeline) : m_welcome);
    for (QAction* action : {m_zoomInAction, m_zoomOutAction, m_zoomFitAction})
        action->setEnabled(haveDocument);
    m_openTokenizerAAction->setEnabled(!m_session->codes().empty());
    m_openTokenizerBAction->setEnabled(!m_session->codes().empty());
}

void MainWindow::chooseDocument()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Audio or Codes"), settings.value(kLastDirKey).toString(),
        tr("Codes and audio (*.npy *.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;Codes (*.npy);;"
           "Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kLastDirKey, QFileInfo(paths.constFirst()).absolutePath());
    openFiles(paths);
}

void MainWindow::chooseTokenizer(int slot)
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(
        this, slot == 0 ? tr("Open Tokenizer A") : tr("Open Tokenizer B"), settings.value(kLastDirKey).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(kLastDirKey, dir);
    openTokenizer(slot, dir);
}

void MainWindow::openTokenizer(int slot, const QString& dir)
{
    statusBar()->showMessage(tr("Segmenting the codes with %1…").arg(QFileInfo(dir).fileName()));
    m_session->openTokenizer(slot, dir);
}

bool MainWindow::openFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        try {
            m_session->openFile(path);
            m_recent->add(path);
            statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
        } catch (const std::exception& e) {
            const QString message = QString::fromStdString(e.what());
            statusBar()->showMessage(message, kStatusMessageMs);
            QMessageBox::warning(this, tr("Cannot open file"), message);
            return false;
        }
    }
    return true;
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setObjectName(QStringLiteral("aboutDialog"));
    }
    m_about->open();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace codecbpe::widgets
