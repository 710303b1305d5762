// Leak test of the studio's Train panel: starting and cancelling a training run 100 times in a row leaves no
// thread behind (/proc/self/task) and, in the asan preset, no leak (LeakSanitizer checks at exit).
#include "widgets/Session.h"
#include "widgets/TrainOptionsForm.h"
#include "widgets/TrainPanel.h"

#include "codes/CodeGrid.h"
#include "codes/Npy.h"

#include "TestCodecInfo.h"
#include "StudioTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <random>

using namespace codecbpe;
using namespace codecbpe::widgets;

namespace {
constexpr int kRuns = 100;

// A codes folder that takes the trainer long enough (a few hundred ms) for every Cancel to land mid-run: 2 codebooks of
// 64 codes, 100,000 frames of seeded random codes, and its codec_info.json.
void writeTrainingCodes(const QString& dir)
{
    constexpr int kCodebooks = 2;
    constexpr int kCodebookSize = 64;
    constexpr std::int64_t kFrames = 100000;
    std::mt19937 random(8);
    std::vector<CodeGrid::Code> codes(std::size_t(kCodebooks * kFrames));
    for (CodeGrid::Code& code : codes)
        code = CodeGrid::Code(random() % kCodebookSize);
    const std::filesystem::path folder = dir.toStdString();
    saveNpyCodes(folder / "codes.npy", CodeGrid(kCodebooks, kFrames, std::move(codes)));
    writeCodecInfo(folder / "codec_info.json", test::testCodecInfo(kCodebooks, kCodebookSize));
}

// Threads of this process once the global thread pool, which keeps idle threads for a while, has let them go.
int threadCount()
{
    QThreadPool::globalInstance()->waitForDone();
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Resident memory in kB (VmRSS of /proc/self/status), for the log.
long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Starts a run and cancels it after `waitMs`; empty when it ended as cancelled, wrote nothing and can start again,
// else what went wrong.
QString startAndCancel(TrainPanel& panel, const QString& output, int waitMs)
{
    QSignalSpy cancelled(&panel, &TrainPanel::trainingCancelled);
    QSignalSpy trained(&panel, &TrainPanel::trained);
    QSignalSpy failed(&panel, &TrainPanel::trainingFailed);
    panel.train();
    if (!panel.isTraining())
        return QStringLiteral("did not start: ") + panel.form()->problem();
    if (waitMs > 0)
        QTest::qWait(waitMs);
    panel.cancel();
    if (!QTest::qWaitFor([&] { return !panel.isTraining(); }, 10000))
        return QStringLiteral("still training 10 s after Cancel");
    if (!failed.isEmpty())
        return QStringLiteral("failed: ") + failed.first().first().toString();
    if (!trained.isEmpty() || cancelled.size() != 1)
        return QStringLiteral("ended with %1 trained and %2 cancelled signals").arg(trained.size()).arg(cancelled.size());
    if (QFileInfo::exists(output))
        return QStringLiteral("wrote ") + output;
    if (!panel.trainButton()->isEnabled())
        return QStringLiteral("Train is not enabled again");
    return {};
}
} // namespace

class tst_StudioLeaks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { codecbpe::test::isolateStudioSettings(); }
    void startAndCancelTrainingHundredTimes();
};

void tst_StudioLeaks::startAndCancelTrainingHundredTimes()
{
    // Given the Train panel filled in with a codes folder, a vocabulary size, a pad token and an output folder
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    Session session;
    TrainPanel panel(&session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString codes = tmp.filePath(QStringLiteral("codes"));
    QVERIFY(QDir().mkpath(codes));
    writeTrainingCodes(codes);
    panel.form()->setCodesFolder(codes);
    panel.form()->vocabSizeBox()->setValue(4000);
    QTest::keyClicks(panel.form()->padTokenEdit(), QStringLiteral("<pad>"));
    const QString output = tmp.filePath(QStringLiteral("never-written"));
    QTest::keyClicks(panel.outputEdit(), output);
    QVERIFY2(panel.trainButton()->isEnabled(), qPrintable(panel.form()->problem()));

    // (a first few runs start whatever threads live as long as the program)
    for (int run = 0; run < 3; ++run) {
        const QString problem = startAndCancel(panel, output, run);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("warm-up run %1: %2").arg(run).arg(problem)));
    }
    const int threadsBefore = threadCount();
    const long rssBefore = residentKb();

    // When a run is started and cancelled 100 times in a row, at once or after a few milliseconds
    for (int run = 0; run < kRuns; ++run) {
        const QString problem = startAndCancel(panel, output, run % 8);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(problem)));
    }

    // Then every run ended as cancelled, nothing was written, and no thread is left behind
    QVERIFY(!QFileInfo::exists(output));
    QTRY_VERIFY2_WITH_TIMEOUT(threadCount() <= threadsBefore,
                              qPrintable(QStringLiteral("%1 threads before, %2 after %3 runs")
                                             .arg(threadsBefore)
                                             .arg(threadCount())
                                             .arg(kRuns)),
                              10000);
    qInfo("%d runs started and cancelled: %d threads before and after; resident memory %ld kB before, %ld kB after",
          kRuns, threadsBefore, rssBefore, residentKb());
}

QTEST_MAIN(tst_StudioLeaks)
#include "tst_studioleaks.moc"
