// The studio's open paths meet bad input (MainWindow::openFiles, openTokenizer): a broken .npy, a 0-byte or
// non-audio file, a broken tokenizer folder, codes whose codec_info.json lies. Each shows one message box with one
// line naming the file, nothing crashes, and the document open before stays open.
// With CODECBPE_STUDIO_BAD_INPUTS_DOC=<file> it also writes its rows of the bad-input table as Markdown
// (docs/bad-inputs-studio.md).
#include "widgets/MainWindow.h"
#include "widgets/Session.h"

#include "CaseFolder.h"
#include "CodesTestSupport.h"
#include "StudioTestSupport.h"
#include "TestSupport.h"

#include <QApplication>
#include <QFile>
#include <QMap>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <vector>

using namespace codecbpe;
using namespace codecbpe::test;
using namespace codecbpe::widgets;

namespace {

struct StudioBadInput {
    enum class Open { File, TokenizerA };

    const char* name;
    const char* problem; // what is wrong, for the table
    std::function<void(const CaseFolder&)> setup;
    Open open;
    QString target; // the file or folder opened, relative to the case folder
    QString error;  // a regular expression over the message box text; "{d}" is the case folder
};

void replaceIn(QByteArray& text, const char* from, const char* to)
{
    QVERIFY2(text.contains(from), from);
    text.replace(from, to);
}

const std::vector<StudioBadInput>& cases()
{
    using Open = StudioBadInput::Open;
    static const std::vector<StudioBadInput> table = {
        {"npy-empty", "a 0-byte .npy file", [](auto& d) { d.write("codes.npy", {}); }, Open::File, "codes.npy",
         "{d}/codes.npy: empty file.*"},
        {"npy-not-npy", "a text file named .npy", [](auto& d) { d.write("codes.npy", "codes, honestly\n"); },
         Open::File, "codes.npy", "{d}/codes.npy: not a NumPy .npy file.*"},
        {"npy-truncated-data", "an .npy file cut inside its data",
         [](auto& d) { d.write("codes.npy", craftedNpy("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }",
                                                       QByteArray(24, '\0'))); },
         Open::File, "codes.npy", "{d}/codes.npy: truncated .npy data.*"},
        {"npy-float", "float codes",
         [](auto& d) { d.write("codes.npy", craftedNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }",
                                                       QByteArray(16, '\0'))); },
         Open::File, "codes.npy", "{d}/codes.npy: float32 codes are not supported.*"},
        {"codec-info-lies-size", "codec_info.json says 4 codes per codebook, the file holds a 7",
         [](auto& d) { d.codes("codes.npy", 2, {0, 1, 7, 3}), d.codecInfo("codec_info.json", 2, 4); }, Open::File,
         "codes.npy", "{d}/codes.npy: code 7 at codebook 1, frame 0 is outside the codebook \\(size 4\\)"},
        {"codec-info-lies-codebooks", "codec_info.json says 8 codebooks, the file has 2",
         [](auto& d) { d.codes("codes.npy", 2, {0, 1, 2, 3}), d.codecInfo("codec_info.json", 8, 1024); },
         Open::File, "codes.npy", "{d}/codes.npy: .*2 codebooks.*8.*"},
        {"codec-info-not-json", "codec_info.json that is not JSON",
         [](auto& d) { d.codes("codes.npy", 2, {0, 1, 2, 3}), d.write("codec_info.json", "{\"num_codebooks\": 2,"); },
         Open::File, "codes.npy", "{d}/codec_info.json: .*"},
        {"audio-empty", "a 0-byte audio file", [](auto& d) { d.write("speech.wav", {}); }, Open::File, "speech.wav",
         "{d}/speech.wav: .*"},
        {"audio-not-audio", "a text file named .flac", [](auto& d) { d.write("speech.flac", "not audio\n"); },
         Open::File, "speech.flac", "{d}/speech.flac: .*"},
        {"audio-truncated", "a WAV file cut inside its header",
         [](auto& d) {
             QFile wav(testDataDir() + "/audio/22050-1-16.wav");
             QVERIFY(wav.open(QIODevice::ReadOnly));
             d.write("speech.wav", wav.read(30));
         },
         Open::File, "speech.wav", "{d}/speech.wav: .*"},
        {"tokenizer-missing", "a tokenizer folder without tokenizer.json", [](auto& d) { d.mkdir("tok"); },
         Open::TokenizerA, "tok", "{d}/tok/tokenizer.json: .*"},
        {"tokenizer-truncated", "a truncated tokenizer.json",
         [](auto& d) { d.tokenizer("tok", [](QByteArray& j) { j.truncate(j.size() / 2); }); }, Open::TokenizerA,
         "tok", "{d}/tok/tokenizer.json: .*"},
        {"tokenizer-merge-missing-token", "a merge of a token that is not in the vocabulary",
         [](auto& d) { d.tokenizer("tok", [](QByteArray& j) { replaceIn(j, "\"刀\"\n      ]", "\"X\"\n      ]"); }); },
         Open::TokenizerA, "tok", "{d}/tok/tokenizer.json: .*"},
        {"tokenizer-config-overflow", "tokenizer_config.json with a number too large for a double",
         [](auto& d) {
             d.tokenizer("tok");
             d.write("tok/tokenizer_config.json", R"({"model_max_length": 1e999})");
         },
         Open::TokenizerA, "tok", "{d}/tok/tokenizer_config.json: .*"},
    };
    return table;
}

// Closes every message box the studio shows while it lives (they are modal: QMessageBox::warning runs its own
// event loop, where this timer keeps firing) and keeps their text.
class MessageBoxCloser {
public:
    MessageBoxCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                if (box && box->isVisible()) {
                    m_texts << box->text();
                    box->done(QMessageBox::Ok);
                }
            }
        });
        m_timer.start(10);
    }
    const QStringList& texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

// What must survive a failed open: the document and its segmentations.
struct DocumentState {
    QString title;
    QString codesPath;
    QString audioPath;
    std::int64_t frames = 0;
    QString tokenizerA;
    std::int64_t tokensA = 0;

    static DocumentState of(const MainWindow& window)
    {
        const Session& s = *window.session();
        return {window.windowTitle(), s.codesPath(),          s.audioPath(),
                s.codes().numFrames(), s.tokens(0).tokenizerPath(), s.tokens(0).size()};
    }
    bool operator==(const DocumentState& o) const
    {
        return title == o.title && codesPath == o.codesPath && audioPath == o.audioPath && frames == o.frames &&
               tokenizerA == o.tokenizerA && tokensA == o.tokensA;
    }
};

bool idle(const Session& session)
{
    return !session.isEncoding() && !session.isTokenizing(0) && !session.isTokenizing(1);
}

} // namespace

class tst_StudioBadInputs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void openingBadInputKeepsTheDocument_data();
    void openingBadInputKeepsTheDocument();
    void cleanupTestCase();

private:
    QMap<int, QString> m_messages; // case index -> message seen, "{d}" for the case folder
};

void tst_StudioBadInputs::initTestCase()
{
    codecbpe::test::isolateStudioSettings();
}

void tst_StudioBadInputs::openingBadInputKeepsTheDocument_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void tst_StudioBadInputs::openingBadInputKeepsTheDocument()
{
    QFETCH(int, index);
    const StudioBadInput& c = cases()[std::size_t(index)];

    // Given the studio with the demo open (codes, audio, tokenizers A and B) and a folder holding the bad input
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    QTRY_VERIFY_WITH_TIMEOUT(idle(*window.session()), 30000);
    QVERIFY(window.session()->tokens(0).size() > 0);
    const DocumentState before = DocumentState::of(window);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.filePath(QString::fromLatin1(c.name));
    QVERIFY(QDir().mkpath(root));
    const CaseFolder folder(root);
    c.setup(folder);
    const QString target = folder.path(c.target);

    // When the user opens it
    MessageBoxCloser closer;
    if (c.open == StudioBadInput::Open::File) {
        QVERIFY(!window.openFiles({target}));
    } else {
        window.openTokenizer(0, target);
        QTRY_VERIFY_WITH_TIMEOUT(!closer.texts().isEmpty(), 30000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(idle(*window.session()), 30000);

    // Then one message box says what is wrong in one line naming the file, and the demo is still open
    QCOMPARE(closer.texts().size(), 1);
    const QString message = closer.texts().first();
    QVERIFY2(!message.contains('\n'), qPrintable(message));
    QString pattern = "^" + c.error + "$";
    pattern.replace("{d}", QRegularExpression::escape(root));
    QVERIFY2(QRegularExpression(pattern).match(message).hasMatch(),
             qPrintable("\"" + message + "\" does not match " + pattern));
    QVERIFY(DocumentState::of(window) == before);
    QString seen = message;
    m_messages[index] = seen.replace(root, QStringLiteral("{d}"));
}

void tst_StudioBadInputs::cleanupTestCase()
{
    const QString docPath = qEnvironmentVariable("CODECBPE_STUDIO_BAD_INPUTS_DOC");
    if (docPath.isEmpty())
        return;
    QFile doc(docPath);
    QVERIFY(doc.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream out(&doc);
    out << "# What the studio does with bad input\n\n"
        << "Every row is a case of `tests/widgets/tst_studiobadinputs` (written by it with "
           "`CODECBPE_STUDIO_BAD_INPUTS_DOC=docs/bad-inputs-studio.md`), run on every build. With the demo open, the "
           "input is opened from File > Open (`MainWindow::openFiles`) or as tokenizer A (`openTokenizer`); the "
           "studio shows one message box with the line below, naming the file, and the demo stays open as it was "
           "(codes, audio, both segmentations). `{d}` is the folder holding the case's files. What the command line "
           "does with bad input: [bad-inputs.md](bad-inputs.md).\n\n"
        << "| # | input | opened as | message |\n|---|---|---|---|\n";
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const StudioBadInput& c = cases()[std::size_t(it.key())];
        QString message = it.value();
        message.replace('|', "\\|");
        const char* openedAs = c.open == StudioBadInput::Open::File ? "File > Open" : "Open Tokenizer A";
        out << "| " << it.key() + 1 << " | " << c.problem << " | " << openedAs << " `{d}/" << c.target << "` | `"
            << message << "` |\n";
    }
}

QTEST_MAIN(tst_StudioBadInputs)
#include "tst_studiobadinputs.moc"
