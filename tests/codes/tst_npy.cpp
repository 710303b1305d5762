// Tests .npy reading and writing against NumPy itself (both directions), hand-made headers and broken files.
#include "CodesTestSupport.h"
#include "TestSupport.h"
#include "codes/Npy.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <random>
#include <stdexcept>

using namespace codecbpe;
using test::craftedNpy;
using test::verifyError;
using test::writeBytes;

namespace {

void runPython(const QString& script, const QStringList& args)
{
    const auto result = test::runProcess(test::debianPython(), QStringList{test::testDataDir() + "/codes/" + script} + args);
    // NumPy is required: without it this test fails rather than skips (CI installs python3-numpy).
    QVERIFY2(result.exitCode == 0, qPrintable(script + " failed: " + result.err + result.out));
}

CodeGrid randomGrid(std::mt19937& rng, int numCodebooks, std::int64_t numFrames, CodeGrid::Code lo, CodeGrid::Code hi)
{
    std::uniform_int_distribution<CodeGrid::Code> code(lo, hi);
    CodeGrid grid(numCodebooks, numFrames);
    for (int k = 0; k < numCodebooks; ++k)
        for (std::int64_t f = 0; f < numFrames; ++f)
            grid.at(k, f) = code(rng);
    return grid;
}

QByteArray littleEndianInt32s(std::initializer_list<std::int32_t> values)
{
    QByteArray bytes;
    for (const std::int32_t value : values)
        for (int i = 0; i < 4; ++i)
            bytes.append(char((std::uint32_t(value) >> (8 * i)) & 0xff));
    return bytes;
}

} // namespace

class TestNpy : public QObject {
    Q_OBJECT
    QTemporaryDir m_numpyFiles; // made once by make_npy_cases.py

private slots:
    void initTestCase() { runPython("make_npy_cases.py", {m_numpyFiles.path()}); }

    void readsWhatNumPyWrites()
    {
        // Given every integer dtype and byte order, C and Fortran order, formats 1.0-3.0 and 1-4 dimensions,
        // written by NumPy with the grid NumPy reads back, our reader gives the same grid.
        const QDir dir(m_numpyFiles.path());
        QFile cases(dir.filePath("cases.txt"));
        QVERIFY(cases.open(QIODevice::ReadOnly));
        int count = 0;
        while (!cases.atEnd()) {
            const QList<QByteArray> fields = cases.readLine().trimmed().split(' ');
            const QString file = dir.filePath(QString::fromUtf8(fields[0]));
            const CodeGrid grid = loadNpyCodes(file.toStdString());
            QCOMPARE(grid.numCodebooks(), fields[1].toInt());
            QCOMPARE(grid.numFrames(), fields[2].toLongLong());
            QCOMPARE(grid.size(), std::int64_t(fields.size() - 3));
            for (std::int64_t i = 0; i < grid.size(); ++i)
                if (grid.codebookMajor()[std::size_t(i)] != fields[int(i) + 3].toInt())
                    QFAIL(qPrintable(file + ": code " + QString::number(i) + " is " +
                                     QString::number(grid.codebookMajor()[std::size_t(i)]) + ", NumPy says " + fields[int(i) + 3]));
            ++count;
        }
        QVERIFY(count > 300);
    }

    void rejectsWhatNumPyWritesButIsNoCodes()
    {
        const QDir dir(m_numpyFiles.path());
        QFile bad(dir.filePath("bad.txt"));
        QVERIFY(bad.open(QIODevice::ReadOnly));
        int count = 0;
        while (!bad.atEnd()) {
            const QList<QByteArray> fields = bad.readLine().trimmed().split('\t');
            const QString file = dir.filePath(QString::fromUtf8(fields[0]));
            verifyError([&] { loadNpyCodes(file.toStdString()); }, file, QString::fromUtf8(fields[1]));
            ++count;
        }
        QCOMPARE(count, 15);
    }

    void headerFields()
    {
        QTemporaryDir dir;
        const QString v1 = dir.filePath("v1.npy"), v2 = dir.filePath("v2.npy"), v3 = dir.filePath("v3.npy");
        writeBytes(v1, craftedNpy("{'descr': '>u2', 'fortran_order': True, 'shape': (1, 4, 7), }", QByteArray(56, '\0')));
        writeBytes(v2, craftedNpy("{'descr': '|i1', 'fortran_order': False, 'shape': (3,), }", QByteArray(3, '\0'), 2));
        writeBytes(v3, craftedNpy("{'descr': '<i8', 'fortran_order': False, 'shape': (), }", QByteArray(8, '\0'), 3));
        const NpyHeader h1 = readNpyHeader(v1.toStdString());
        QCOMPARE(h1.formatMajor, 1);
        QCOMPARE(h1.descr, std::string(">u2"));
        QVERIFY(h1.fortranOrder);
        QCOMPARE(h1.shape, (std::vector<std::int64_t>{1, 4, 7}));
        QCOMPARE(h1.dataOffset, std::int64_t(128)); // 10 + 62 + 1 bytes, padded to 64
        const NpyHeader h2 = readNpyHeader(v2.toStdString());
        QCOMPARE(h2.formatMajor, 2);
        QCOMPARE(h2.formatMinor, 0);
        QCOMPARE(h2.shape, (std::vector<std::int64_t>{3}));
        QCOMPARE(h2.dataOffset, std::int64_t(128));
        const NpyHeader h3 = readNpyHeader(v3.toStdString());
        QCOMPARE(h3.formatMajor, 3);
        QVERIFY(h3.shape.empty());
        const NpyGridShape grid = npyGridShape(h1, v1.toStdString());
        QCOMPARE(grid.numCodebooks, 4);
        QCOMPARE(grid.numFrames, std::int64_t(7));
    }

    void fortranOrderIsTransposed()
    {
        // A (2, 3) array in Fortran order stores column after column: (0,0) (1,0) (0,1) (1,1) (0,2) (1,2).
        QTemporaryDir dir;
        const QString file = dir.filePath("f.npy");
        writeBytes(file, craftedNpy("{'descr': '<i4', 'fortran_order': True, 'shape': (2, 3), }",
                                    littleEndianInt32s({0, 10, 1, 11, 2, 12})));
        QCOMPARE(loadNpyCodes(file.toStdString()), CodeGrid(2, 3, {0, 1, 2, 10, 11, 12}));
    }

    void brokenFiles()
    {
        QTemporaryDir dir;
        const auto check = [&dir](const QString& name, const QByteArray& bytes, const QString& part) {
            const QString file = dir.filePath(name);
            writeBytes(file, bytes);
            verifyError([&] { loadNpyCodes(file.toStdString()); }, file, part);
        };
        const QByteArray data = littleEndianInt32s({1, 2, 3, 4, 5, 6});
        const std::string dict = "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }";
        const QByteArray good = craftedNpy(dict, data);
        check("empty.npy", {}, "empty file");
        check("magic.npy", "PK\x03\x04 this is a zip file", "not a NumPy .npy file (bad magic)");
        check("short.npy", "\x93NUM", "bad magic");
        check("v4.npy", QByteArray(good).replace(6, 1, "\x04"), "unsupported .npy format version 4.0");
        check("v1_1.npy", QByteArray(good).replace(7, 1, "\x01"), "unsupported .npy format version 1.1");
        check("nolength.npy", good.left(9), "truncated .npy header");
        check("cut_header.npy", good.left(40), "truncated .npy header");
        check("cut_data.npy", good.left(good.size() - 1), "truncated .npy data: shape (2, 3) of '<i4' needs 24 bytes, the file has 23");
        check("huge_shape.npy", craftedNpy("{'descr': '<i8', 'fortran_order': False, 'shape': (8, 4611686018427387904), }", data),
              "truncated .npy data");
        check("no_shape.npy", craftedNpy("{'descr': '<i4', 'fortran_order': False, }", data), "missing key 'shape'");
        check("extra_key.npy", craftedNpy("{'descr': '<i4', 'fortran_order': False, 'shape': (6,), 'x': 1}", data),
              "unexpected key 'x'");
        check("not_dict.npy", craftedNpy("[1, 2, 3]", data), "malformed .npy header (expected '{')");
        check("bad_bool.npy", craftedNpy("{'descr': '<i4', 'fortran_order': 0, 'shape': (6,), }", data),
              "fortran_order must be True or False");
        check("neg_shape.npy", craftedNpy("{'descr': '<i4', 'fortran_order': False, 'shape': (-6,), }", data),
              "shape must hold non-negative integers");
        check("trailing.npy", craftedNpy("{'descr': '<i4', 'fortran_order': False, 'shape': (6,), } x", data),
              "text after the closing brace");
        check("odd_size.npy", craftedNpy("{'descr': '<i3', 'fortran_order': False, 'shape': (6,), }", data),
              "dtype '<i3' is not a NumPy integer type");
        check("half.npy", craftedNpy("{'descr': '<f2', 'fortran_order': False, 'shape': (6,), }", data),
              "float16 codes are not supported: codes must be integers");
        verifyError([] { loadNpyCodes("/nonexistent/codes.npy"); }, "/nonexistent/codes.npy", "cannot open file");
        verifyError([&dir] { loadNpyCodes(dir.path().toStdString()); }, dir.path(), "is a folder");
    }

    void badValueFarIntoTheFile()
    {
        // The flat index in the message counts from the start of the data, past the reader's first block.
        QTemporaryDir dir;
        const QString file = dir.filePath("far.npy");
        QByteArray data(8 * 100000, '\0');
        const std::uint64_t tooBig = std::uint64_t(1) << 31;
        for (int i = 0; i < 8; ++i)
            data[8 * 70001 + i] = char((tooBig >> (8 * i)) & 0xff);
        writeBytes(file, craftedNpy("{'descr': '<u8', 'fortran_order': False, 'shape': (1, 100000), }", data));
        verifyError([&] { loadNpyCodes(file.toStdString()); }, file, "value 2147483648 at flat index 70001 does not fit int32");
    }

    void headerBytesGolden()
    {
        // np.save(f, np.zeros((1, 1, 4, 100), dtype='<i8')) with NumPy 1.24: dict, 21-digit growth room for the
        // first axis, then spaces and '\n' up to 128 bytes.
        QTemporaryDir dir;
        const QString file = dir.filePath("golden.npy");
        saveNpyCodes(file.toStdString(), CodeGrid(4, 100), NpyDtype::Int64, {1, 1, 4, 100});
        const QByteArray bytes = test::readBytes(file);
        const QByteArray dict = "{'descr': '<i8', 'fortran_order': False, 'shape': (1, 1, 4, 100), }";
        QCOMPARE(bytes.left(10), QByteArray("\x93NUMPY\x01\x00\x76\x00", 10));
        QCOMPARE(bytes.mid(10, dict.size()), dict);
        QCOMPARE(bytes.mid(10 + dict.size(), 128 - 11 - dict.size()), QByteArray(128 - 11 - dict.size(), ' '));
        QCOMPARE(bytes.at(127), '\n');
        QCOMPARE(bytes.size(), 128 + 4 * 100 * 8);
    }

    void numpyReadsWhatWeWrite()
    {
        // Given grids of every dtype we write and every shape codec-bpe writes, NumPy loads the same values and
        // np.save would have written the very same bytes.
        QTemporaryDir dir;
        QFile manifest(dir.filePath("written.txt"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        std::mt19937 rng(1234);
        int index = 0;
        const auto write = [&](const CodeGrid& grid, NpyDtype dtype, const std::vector<std::int64_t>& shape) {
            const QString name = QStringLiteral("w%1.npy").arg(index++);
            saveNpyCodes(dir.filePath(name).toStdString(), grid, dtype, shape);
            QStringList dims;
            for (const std::int64_t dim : shape.empty() ? std::vector<std::int64_t>{grid.numCodebooks(), grid.numFrames()} : shape)
                dims << QString::number(dim);
            QByteArray line = (name + " " + (dtype == NpyDtype::Int16 ? "<i2" : dtype == NpyDtype::Int32 ? "<i4" : "<i8") +
                               " " + dims.join(',')).toUtf8();
            for (const CodeGrid::Code code : grid.codebookMajor())
                line += " " + QByteArray::number(code);
            manifest.write(line + "\n");
        };
        for (const NpyDtype dtype : {NpyDtype::Int16, NpyDtype::Int32, NpyDtype::Int64}) {
            const CodeGrid::Code lo = dtype == NpyDtype::Int16 ? -32768 : std::numeric_limits<CodeGrid::Code>::min();
            const CodeGrid::Code hi = dtype == NpyDtype::Int16 ? 32767 : std::numeric_limits<CodeGrid::Code>::max();
            write(randomGrid(rng, 4, 100, lo, hi), dtype, {1, 1, 4, 100});
            write(randomGrid(rng, 8, 75, lo, hi), dtype, {1, 8, 75});
            write(randomGrid(rng, 2, 13, lo, hi), dtype, {});
            write(randomGrid(rng, 1, 9, lo, hi), dtype, {9});
            write(randomGrid(rng, 1, 1, lo, hi), dtype, {1, 1, 1, 1});
            write(CodeGrid(3, 0), dtype, {1, 1, 3, 0});
            write(CodeGrid(1, 0), dtype, {0});
        }
        // Random shapes: the header length changes with the digits of each dimension.
        for (int round = 0; round < 40; ++round) {
            const int k = std::uniform_int_distribution<int>(1, 32)(rng);
            const auto f = std::uniform_int_distribution<std::int64_t>(0, 2000)(rng);
            write(randomGrid(rng, k, f, 0, 65535), NpyDtype::Int64, round % 2 ? std::vector<std::int64_t>{1, 1, k, f}
                                                                                 : std::vector<std::int64_t>{1, k, f});
        }
        manifest.close();
        runPython("check_npy_written.py", {dir.path()});
    }

    void roundTripProperty()
    {
        // Random grids (K 1..32, F 0..2000) survive save + load in every dtype and shape.
        QTemporaryDir dir;
        const std::string file = dir.filePath("rt.npy").toStdString();
        std::mt19937 rng(42);
        for (int round = 0; round < 150; ++round) {
            const int k = std::uniform_int_distribution<int>(1, 32)(rng);
            const auto f = std::uniform_int_distribution<std::int64_t>(0, 2000)(rng);
            const NpyDtype dtype = NpyDtype(round % 3);
            const bool narrow = dtype == NpyDtype::Int16;
            const CodeGrid grid = randomGrid(rng, k, f, narrow ? -32768 : std::numeric_limits<CodeGrid::Code>::min(),
                                             narrow ? 32767 : std::numeric_limits<CodeGrid::Code>::max());
            std::vector<std::int64_t> shape;
            switch (round % 4) {
            case 0: shape = {k, f}; break;
            case 1: shape = {1, k, f}; break;
            case 2: shape = {1, 1, k, f}; break;
            default: break; // the default, (K, F)
            }
            saveNpyCodes(file, grid, dtype, shape);
            QCOMPARE(loadNpyCodes(file), grid);
            const NpyGridShape header = npyGridShape(readNpyHeader(file), file);
            QCOMPARE(header.numCodebooks, k);
            QCOMPARE(header.numFrames, f);
        }
    }

    void writeErrors()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("narrow.npy");
        verifyError([&] { saveNpyCodes(file.toStdString(), CodeGrid(1, 2, {5, 40000}), NpyDtype::Int16); }, file,
                    "code 40000 does not fit int16");
        QVERIFY2(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), "a failed write left a file behind");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saveNpyCodes(file.toStdString(), CodeGrid(2, 3), NpyDtype::Int64, {3, 2}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saveNpyCodes(file.toStdString(), CodeGrid(2, 3), NpyDtype::Int64, {6}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saveNpyCodes(file.toStdString(), CodeGrid(2, 3), NpyDtype::Int64, {2, 2, 3}));
        verifyError([] { saveNpyCodes("/nonexistent/dir/out.npy", CodeGrid(1, 1)); }, "/nonexistent/dir/out.npy", "cannot create");
    }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "tst_npy.moc"
