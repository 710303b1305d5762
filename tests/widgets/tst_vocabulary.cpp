// Tests of the vocabulary browser: the token table against hand-worked figures and the CLI's encoding of the demo,
// filtering and sorting as a user clicks them, picking a token highlights its occurrences and Next/Previous step
// through them in the timeline, a quarter-million-token table, and `codecbpe-studio --panel vocabulary --screenshot`.
// PNG grabs go to test-output/widgets.
#include "widgets/MainWindow.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"
#include "widgets/Timeline.h"
#include "widgets/TokenLane.h"
#include "widgets/UiLanguage.h"
#include "widgets/VocabularyFilter.h"
#include "widgets/VocabularyModel.h"
#include "widgets/VocabularyPanel.h"

#include "analysis/Segmentation.h"
#include "bpe/TokenizerFolder.h"
#include "text/CodeAlphabet.h"

#include "TestSupport.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <map>

using namespace codecbpe;
using namespace codecbpe::widgets;

namespace {
QString outputDir()
{
    const QString dir = codecbpe::test::binaryDir() + QStringLiteral("/test-output/widgets");
    QDir().mkpath(dir);
    return dir;
}

QString demoDir()
{
    return codecbpe::test::sourceDir() + QStringLiteral("/resources/demo");
}

bool waitUntilIdle(const Session& session)
{
    return QTest::qWaitFor(
        [&] { return !session.isEncoding() && !session.isTokenizing(0) && !session.isTokenizing(1); }, 20000);
}

std::string utf8(std::u32string_view text)
{
    return QString::fromUcs4(text.data(), qsizetype(text.size())).toStdString();
}

// Token ids of the CLI's encoding: counts independent of the studio.
std::map<long, long> cliTokenCounts(const QString& codes, const QString& tokenizer)
{
    const auto result = codecbpe::test::runProcess(
        codecbpe::test::cliPath(), {QStringLiteral("encode"), codes, QStringLiteral("--tokenizer"), tokenizer});
    std::map<long, long> counts;
    if (result.exitCode == 0) {
        for (const QByteArray& word : result.out.simplified().split(' '))
            ++counts[word.toLong()];
    }
    return counts;
}

// Visible rows of the panel's table as model entries.
std::vector<VocabularyEntry> shownEntries(const VocabularyPanel& panel)
{
    std::vector<VocabularyEntry> shown;
    for (int row = 0; row < panel.filter()->rowCount(); ++row)
        shown.push_back(panel.model()->entry(panel.filter()->mapToSource(panel.filter()->index(row, 0)).row()));
    return shown;
}

void clickCell(QTableView* table, int row, int column)
{
    const QRect cell = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}
} // namespace

class tst_Vocabulary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void describesHandWorkedTokens();
    void browsesTheDemoVocabulary();
    void pickingATokenStepsThroughItsOccurrences();
    void quarterMillionTokensStayInstant();
    void screenshotFromTheCommandLine();
};

void tst_Vocabulary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("codecbpe-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_vocabulary"));
    UiLanguage::apply(QStringLiteral("en"));
}

void tst_Vocabulary::init()
{
    QSettings().clear();
}

void tst_Vocabulary::describesHandWorkedTokens()
{
    // Given K = 2 codebooks of 4 codes: a = codebook 0 code 0, b = codebook 1 code 1, and merges building
    // ab, abab, ba, baba, ababa
    const CodeAlphabet alphabet(2, 4);
    const char32_t a = alphabet.charFor(0, 0);
    const char32_t b = alphabet.charFor(1, 1);
    TokenizerFolder folder;
    folder.model.vocab.push_back("<pad>");
    for (int k = 0; k < 2; ++k) {
        for (int c = 0; c < 4; ++c)
            folder.model.vocab.push_back(utf8(std::u32string(1, alphabet.charFor(k, c))));
    }
    const std::u32string ab{a, b};
    const std::u32string ba{b, a};
    for (const std::u32string& text : {ab, ab + ab, ba, ba + ba, ab + ab + std::u32string(1, a)})
        folder.model.vocab.push_back(utf8(text));
    folder.model.merges = {{1, 6, 9}, {9, 9, 10}, {6, 1, 11}, {11, 11, 12}, {10, 1, 13}};
    folder.model.addedTokens.push_back(AddedToken{0, "<pad>"});
    // And a segmentation using abab twice and ab once (codes of 5 frames)
    const Segmentation segmentation({{10, 0, 4}, {9, 4, 6}, {10, 6, 10}}, 2);

    // When described
    const std::vector<VocabularyEntry> entries = VocabularyModel::describe(folder, alphabet, segmentation);

    // Then every figure is the hand-worked one
    QCOMPARE(entries.size(), std::size_t(14));
    QCOMPARE(entries[0].numCodes, 0); // <pad>
    QCOMPARE(entries[0].startCodebook, -1);
    QVERIFY(!entries[0].mergeRank);
    QCOMPARE(entries[6].numCodes, 1);
    QCOMPARE(entries[6].wholeFrames, 0);
    QCOMPARE(entries[6].startCodebook, 1);
    struct Expected {
        int codes, frames, codebook;
        std::size_t rank;
        std::int64_t count;
        bool repeated;
    };
    const Expected expected[] = {{2, 1, 0, 0, 1, false}, {4, 2, 0, 1, 2, true}, {2, 1, 1, 2, 0, false},
                                 {4, 2, 1, 3, 0, true},  {5, 2, 0, 4, 0, false}};
    for (int i = 0; i < 5; ++i) {
        const VocabularyEntry& e = entries[std::size_t(9 + i)];
        QCOMPARE(e.id, TokenId(9 + i));
        QCOMPARE(e.numCodes, expected[i].codes);
        QCOMPARE(e.wholeFrames, expected[i].frames);
        QCOMPARE(e.startCodebook, expected[i].codebook);
        QCOMPARE(e.mergeRank.value_or(99), expected[i].rank);
        QCOMPARE(e.count, expected[i].count);
        QCOMPARE(e.repeatedFrame, expected[i].repeated);
    }

    // And the filter keeps only what it is asked for
    VocabularyModel model;
    model.setEntries(entries);
    VocabularyFilter filter(&model);
    filter.setNumCodebooks(2);
    filter.setLongerThanFrames(1);
    QCOMPARE(filter.rowCount(), 3); // abab, baba, ababa
    filter.setRepeatedFrameOnly(true);
    QCOMPARE(filter.rowCount(), 2);
    filter.setLongerThanFrames(2);
    QCOMPARE(filter.rowCount(), 0);
}

void tst_Vocabulary::browsesTheDemoVocabulary()
{
    // Given the demo open with the vocabulary panel shown
    MainWindow window;
    window.resize(1400, 800);
    window.show();
    QVERIFY(window.openDemo());
    QVERIFY(waitUntilIdle(*window.session()));
    VocabularyPanel* panel = qobject_cast<VocabularyPanel*>(window.showPanel(QStringLiteral("vocabulary")));
    QVERIFY(panel);
    QVERIFY(QTest::qWaitForWindowExposed(panel));
    const TokenizerFolder& tokenizer = *window.session()->tokens(0).tokenizer();

    // Then there is a row per token, and the counts are the CLI's
    QCOMPARE(panel->filter()->rowCount(), int(tokenizer.model.vocab.size()));
    const std::map<long, long> counts = cliTokenCounts(demoDir() + QStringLiteral("/codes/speech_c0.npy"),
                                                       demoDir() + QStringLiteral("/tokenizer"));
    QVERIFY(!counts.empty());
    for (const VocabularyEntry& e : panel->model()->entries()) {
        const auto it = counts.find(long(e.id));
        QCOMPARE(long(e.count), it == counts.end() ? 0L : it->second);
    }

    // When the user ticks "Only one repeated frame"
    panel->repeatedFrameBox()->click();
    // Then only tokens whose text is one frame (4 codes) repeated remain, checked from the text itself
    std::int64_t repeated = 0;
    for (const std::string& text : tokenizer.model.vocab) {
        const std::u32string chars = QString::fromStdString(text).toStdU32String();
        bool periodic = chars.size() >= 8 && chars.size() % 4 == 0 && chars.front() >= 0x4E00;
        for (std::size_t i = 4; periodic && i < chars.size(); ++i)
            periodic = chars[i] == chars[i - 4];
        repeated += periodic ? 1 : 0;
    }
    QVERIFY(repeated > 0);
    QCOMPARE(panel->filter()->rowCount(), int(repeated));
    QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("One repeated frame: %1 tokens").arg(repeated)));
    QVERIFY(panel->grab().save(outputDir() + "/vocabulary-repeated.png"));

    // When the user types 1 into "Longer than (frames)" instead
    panel->repeatedFrameBox()->click();
    panel->longerThanBox()->selectAll();
    QTest::keyClicks(panel->longerThanBox(), QStringLiteral("1"));
    QCOMPARE(panel->longerThanBox()->value(), 1);
    const std::vector<VocabularyEntry> longer = shownEntries(*panel);
    QVERIFY(!longer.empty());
    for (const VocabularyEntry& e : longer)
        QVERIFY(e.numCodes > 4);
    std::int64_t expectedLonger = 0;
    for (const VocabularyEntry& e : panel->model()->entries())
        expectedLonger += e.numCodes > 4 ? 1 : 0;
    QCOMPARE(std::int64_t(longer.size()), expectedLonger);

    // When the user clicks the count header twice (descending)
    QHeaderView* header = panel->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(VocabularyModel::CountColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(VocabularyModel::CountColumn));
    const std::vector<VocabularyEntry> sorted = shownEntries(*panel);
    for (std::size_t i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted[i - 1].count >= sorted[i].count);
    QVERIFY(panel->grab().save(outputDir() + "/vocabulary-longer.png"));
}

void tst_Vocabulary::pickingATokenStepsThroughItsOccurrences()
{
    // Given the demo zoomed in so that the timeline shows a few frames, tokens sorted by count, descending
    MainWindow window;
    window.resize(1400, 800);
    window.show();
    QVERIFY(window.openDemo());
    QVERIFY(waitUntilIdle(*window.session()));
    auto* panel = qobject_cast<VocabularyPanel*>(window.showPanel(QStringLiteral("vocabulary")));
    QVERIFY(panel);
    QVERIFY(QTest::qWaitForWindowExposed(panel));
    TimeAxis* axis = window.timeline()->axis();
    axis->setPixelsPerFrame(TimeAxis::kMaxPixelsPerFrame, 0.0);
    axis->setStartFrame(0.0);
    panel->table()->sortByColumn(VocabularyModel::CountColumn, Qt::DescendingOrder);

    // When the user clicks the most frequent token
    clickCell(panel->table(), 0, VocabularyModel::IdColumn);
    const VocabularyEntry picked = shownEntries(*panel).front();
    QVERIFY(picked.count >= 3);

    // Then the session highlights it, at its first occurrence
    const Session& session = *window.session();
    const TokenTrack& track = session.tokens(0);
    std::vector<std::int64_t> expected;
    for (std::int64_t i = 0; i < track.size(); ++i) {
        if (track.segment(i).id == picked.id)
            expected.push_back(i);
    }
    QCOMPARE(std::int64_t(expected.size()), picked.count);
    QCOMPARE(session.highlightedToken(0), std::optional<TokenId>(picked.id));
    QCOMPARE(panel->occurrences(), expected);
    QCOMPARE(session.currentOccurrence(0), expected[0]);

    // When the user clicks Next to the last occurrence, each is brought into view
    for (std::size_t i = 1; i < expected.size(); ++i) {
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        QCOMPARE(session.currentOccurrence(0), expected[i]);
        const TokenSegment& token = track.segment(expected[i]);
        QVERIFY(axis->startFrame() <= token.frameBegin + 1e-9);
        QVERIFY(axis->endFrame() >= token.frameEnd - 1e-9);
    }
    QCOMPARE(panel->occurrenceLabel()->text(),
             QStringLiteral("Token %1: occurrence %2 of %2").arg(picked.id).arg(expected.size()));
    QVERIFY(window.grab().save(outputDir() + "/vocabulary-occurrence.png"));

    // And Next wraps to the first, Previous back to the last
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QCOMPARE(session.currentOccurrence(0), expected.front());
    QTest::mouseClick(panel->previousButton(), Qt::LeftButton);
    QCOMPARE(session.currentOccurrence(0), expected.back());

    // And the highlighted occurrence is outlined in the token lane (red pixels at its left edge)
    const TokenSegment& current = track.segment(expected.back());
    const QImage lane = window.timeline()->tokenLane(0)->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int edge = int(axis->frameToX(current.frameBegin)) + 1;
    QCOMPARE(QColor(lane.pixel(edge, lane.height() / 2)), QColor(220, 0, 0));
}

void tst_Vocabulary::quarterMillionTokensStayInstant()
{
    // Given 262,144 tokens in the browser's model and view
    std::vector<VocabularyEntry> entries(262144);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        entries[i].id = TokenId(i);
        entries[i].numCodes = int(i % 37);
        entries[i].count = std::int64_t((i * 7919) % 1000);
    }
    VocabularyModel model;
    VocabularyFilter filter(&model);
    QTableView view;
    view.setModel(&filter);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // When they are loaded, sorted by count and scrolled to the end
    QElapsedTimer timer;
    timer.start();
    model.setEntries(std::move(entries));
    view.setSortingEnabled(true);
    view.sortByColumn(VocabularyModel::CountColumn, Qt::DescendingOrder);
    view.scrollToBottom();
    QCoreApplication::processEvents();
    const qint64 ms = timer.elapsed();
    qInfo("262144 tokens loaded, sorted and scrolled in %lld ms", ms);

    // Then it is interactive (a generous bound for a loaded CI machine) and the order is right
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    QCOMPARE(filter.rowCount(), 262144);
    QCOMPARE(filter.index(0, VocabularyModel::CountColumn).data(VocabularyModel::SortRole).toLongLong(), 999);
    QCOMPARE(filter.index(262143, VocabularyModel::CountColumn).data(VocabularyModel::SortRole).toLongLong(), 0);
}

void tst_Vocabulary::screenshotFromTheCommandLine()
{
    const QString studio = codecbpe::test::binaryDir() + QStringLiteral("/app/studio/codecbpe-studio");
    if (!QFileInfo::exists(studio))
        QSKIP("codecbpe-studio is not built");
    const QString png = outputDir() + QStringLiteral("/vocabulary-panel.png");
    QFile::remove(png);
    const auto result = codecbpe::test::runProcess(
        studio, {QStringLiteral("--demo"), QStringLiteral("--panel"), QStringLiteral("vocabulary"),
                 QStringLiteral("--screenshot"), png});
    QCOMPARE(result.exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    // The panel, not the whole window: narrower than the default window and not showing the menu bar
    QVERIFY(image.width() < 1000);

    const auto unknown = codecbpe::test::runProcess(
        studio, {QStringLiteral("--demo"), QStringLiteral("--panel"), QStringLiteral("nonsense"),
                 QStringLiteral("--screenshot"), png + QStringLiteral(".x.png")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown panel 'nonsense'"));
}

QTEST_MAIN(tst_Vocabulary)
#include "tst_vocabulary.moc"
