// What the fuzz harnesses (fuzz/) found, one test each: the inputs that crashed, hung or ran out of memory stay fixed.
#include "AllocationMeter.h"
#include "TestSupport.h"

#include "audio/AudioFile.h"
#include "common/Error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace codecbpe;

namespace {
QString findingPath(const char* name) { return test::testDataDir() + "/hardening/fuzz-findings/" + name; }

} // namespace

class TestFuzzFindings : public QObject {
    Q_OBJECT
private slots:
    // fuzz_audio: a 124-byte FLAC whose STREAMINFO claims about a billion frames made readAudio reserve 4 GB.
    void audioHeaderLengthDoesNotDriveAllocation()
    {
        const test::AllocationMeter meter;
        try {
            readAudio(findingPath("flac-claims-huge-length.flac").toStdString());
        } catch (const Error& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains("flac-claims-huge-length.flac"), e.what());
        }
        QVERIFY2(meter.largestRequest() <= (std::size_t(64) << 20),
                 qPrintable(QString("largest allocation %1 bytes").arg(meter.largestRequest())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
