// MainWindow: the studio's window: menus, toolbar, status bar, shortcuts, recent files, drag and drop, the codec
// choice and background encoding, playback, the statistics strip, and the document views.
#pragma once

#include <QMainWindow>
#include <QString>

#include <array>
#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;

namespace codecbpe::widgets {

class AboutDialog;
class JobProgress;
class PlaybackController;
class RecentFiles;
class Session;
class StatisticsStrip;
class Timeline;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    Timeline* timeline() const { return m_timeline; }
    PlaybackController* playback() const { return m_playback; }
    StatisticsStrip* statistics() const { return m_statistics; }
    JobProgress* jobProgress() const { return m_jobProgress; }
    // The dockable panels by their command-line names ("vocabulary", "train", ...), in View-menu order.
    QStringList panelNames() const;
    // The panel called `name`, or nullptr for an unknown name.
    QWidget* panel(const QString& name) const;
    // Shows the panel called `name` and returns it; nullptr for an unknown name.
    QWidget* showPanel(const QString& name);

    // Opens documents (codes .npy or audio); errors go to a message box and the status bar. Returns true if all
    // opened. Audio without codes from a file is encoded in the background with the chosen codec. `remember`
    // adds them to the recent files.
    bool openFiles(const QStringList& paths, bool remember = true);
    // Segments the open codes with the tokenizer folder `dir` in slot 0 (A) or 1 (B), in the background (after
    // the running encoding, if any).
    void openTokenizer(int slot, const QString& dir);
    // Opens the bundled demo: the sample speech, its Codec 2 codes and two tokenizers (A and B) trained on the bundled
    // audio.
    bool openDemo();

    // The codec that encodes opened audio: a CodecRegistry model name or a TorchScript file; empty = codes come
    // from files and audio is not encoded. Persisted.
    QString codecChoice() const;
    void setCodecChoice(const QString& codecModel);
    static QString builtInCodec() { return QStringLiteral("codec2-700c"); }

public slots:
    void showAbout();
    void showPreferences();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslate();
    void rebuildRecentMenu();
    void updateTitleAndActions();
    void chooseDocument();
    void chooseTokenizer(int slot);
    void chooseTorchScriptCodec();
    void encodeAudio();
    void updateCodecActions();
    void updatePlaybackActions();
    void showMessage(const QString& message);
    void saveWindowState() const;
    void restoreWindowState();

    Session* m_session = nullptr;
    PlaybackController* m_playback = nullptr;
    StatisticsStrip* m_statistics = nullptr;
    JobProgress* m_jobProgress = nullptr;
    // A panel in a dock on the right, hidden until asked for; the dock's title follows the panel's windowTitle.
    struct PanelDock {
        QString name;
        QWidget* panel;
        QDockWidget* dock;
    };
    void addPanel(const QString& name, QWidget* panel);
    std::vector<PanelDock> m_panels;
    QWidget* m_documentPage = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    // Tokenizer folders in use, reapplied when new codes arrive from an encoding.
    std::array<QString, 2> m_tokenizerDirs;
    RecentFiles* m_recent = nullptr;
    AboutDialog* m_about = nullptr;
    QStackedWidget* m_pages = nullptr;
    Timeline* m_timeline = nullptr;
    QLabel* m_welcome = nullptr;
    QLabel* m_positionLabel = nullptr;
    QToolBar* m_toolBar = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_lanesMenu = nullptr;
    QMenu* m_playbackMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_codecMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_openTokenizerAAction = nullptr;
    QAction* m_openTokenizerBAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomFitAction = nullptr;
    QAction* m_waveformLaneAction = nullptr;
    QAction* m_codeGridLaneAction = nullptr;
    QAction* m_tokensALaneAction = nullptr;
    QAction* m_tokensBLaneAction = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_playDecodedAction = nullptr;
    QAction* m_loopAction = nullptr;
    QAction* m_encodeAction = nullptr;
    QActionGroup* m_codecGroup = nullptr;
    QAction* m_codecBuiltInAction = nullptr;
    QAction* m_codecTorchScriptAction = nullptr;
    QAction* m_codecFromFileAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace codecbpe::widgets
