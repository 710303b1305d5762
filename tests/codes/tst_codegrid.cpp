// Tests CodeGrid: shape checks, element access and the slicing codec-bpe relies on (codes[:K], codes[:, i:i+n]).
#include "codes/CodeGrid.h"

#include <QtTest>

#include <algorithm>
#include <random>
#include <stdexcept>

using codecbpe::CodeGrid;

namespace {
// A K x F grid whose code at (k, f) is k * 1000 + f, so every slice can be checked by formula.
CodeGrid numbered(int numCodebooks, std::int64_t numFrames)
{
    CodeGrid grid(numCodebooks, numFrames);
    for (int k = 0; k < numCodebooks; ++k)
        for (std::int64_t f = 0; f < numFrames; ++f)
            grid.at(k, f) = CodeGrid::Code(k * 1000 + f);
    return grid;
}
} // namespace

class TestCodeGrid : public QObject {
    Q_OBJECT
private slots:
    void defaultIsEmpty()
    {
        const CodeGrid grid;
        QCOMPARE(grid.numCodebooks(), 0);
        QCOMPARE(grid.numFrames(), std::int64_t(0));
        QVERIFY(grid.empty());
    }

    void zerosConstructor()
    {
        const CodeGrid grid(3, 5);
        QCOMPARE(grid.size(), std::int64_t(15));
        QVERIFY(std::all_of(grid.codebookMajor().begin(), grid.codebookMajor().end(), [](int c) { return c == 0; }));
    }

    void codebookMajorLayout()
    {
        // Given the C order of a (2, 3) array, row 1 starts at index 3.
        const CodeGrid grid(2, 3, {0, 1, 2, 10, 11, 12});
        QCOMPARE(grid.at(1, 0), 10);
        QCOMPARE(grid.at(0, 2), 2);
        QCOMPARE(grid.row(1)[2], 12);
    }

    void rejectsWrongSizes()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CodeGrid(2, 3, {1, 2, 3}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CodeGrid(-1, 3, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CodeGrid(2, -3, {}));
    }

    void firstCodebooks()
    {
        const CodeGrid grid = numbered(4, 7);
        const CodeGrid first = grid.firstCodebooks(2);
        QCOMPARE(first.numCodebooks(), 2);
        QCOMPARE(first.numFrames(), std::int64_t(7));
        QCOMPARE(first, numbered(2, 7));
        QCOMPARE(grid.firstCodebooks(4), grid);
        QCOMPARE(grid.firstCodebooks(0).size(), std::int64_t(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, grid.firstCodebooks(5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, grid.firstCodebooks(-1));
    }

    void framesAreClamped()
    {
        const CodeGrid grid = numbered(3, 10);
        const CodeGrid middle = grid.frames(4, 7);
        QCOMPARE(middle.numFrames(), std::int64_t(3));
        for (int k = 0; k < 3; ++k)
            for (int f = 0; f < 3; ++f)
                QCOMPARE(middle.at(k, f), k * 1000 + 4 + f);
        // As Python's codes[:, i:i+n], out-of-range bounds clamp and an inverted range is empty.
        QCOMPARE(grid.frames(8, 100).numFrames(), std::int64_t(2));
        QCOMPARE(grid.frames(-5, 2), numbered(3, 2));
        QCOMPARE(grid.frames(6, 3).numFrames(), std::int64_t(0));
        QCOMPARE(grid.frames(6, 3).numCodebooks(), 3);
    }

    void appendFrames()
    {
        CodeGrid grid;
        grid.appendFrames(numbered(2, 3));
        QCOMPARE(grid, numbered(2, 3));
        grid.appendFrames(numbered(2, 4).frames(3, 4));
        QCOMPARE(grid, numbered(2, 4));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, grid.appendFrames(numbered(3, 1)));
    }

    void splitAndJoinProperty()
    {
        // Cutting a grid into random chunks and appending them back gives the grid again.
        std::mt19937 rng(7);
        for (int round = 0; round < 200; ++round) {
            const int k = std::uniform_int_distribution<int>(1, 32)(rng);
            const std::int64_t f = std::uniform_int_distribution<std::int64_t>(0, 500)(rng);
            CodeGrid grid(k, f);
            for (int codebook = 0; codebook < k; ++codebook)
                std::generate(grid.row(codebook), grid.row(codebook) + f, [&rng] { return CodeGrid::Code(rng()); });
            CodeGrid joined(k, 0);
            for (std::int64_t begin = 0; begin < f;) {
                const std::int64_t end = begin + std::uniform_int_distribution<std::int64_t>(1, 64)(rng);
                joined.appendFrames(grid.frames(begin, end));
                begin = end;
            }
            QCOMPARE(joined, grid);
        }
    }

    void equality()
    {
        QVERIFY(numbered(2, 3) == numbered(2, 3));
        QVERIFY(numbered(2, 3) != numbered(3, 2));
        CodeGrid changed = numbered(2, 3);
        changed.at(1, 2) = -1;
        QVERIFY(changed != numbered(2, 3));
        // Same codes, different shape.
        QVERIFY(CodeGrid(1, 6, {0, 1, 2, 3, 4, 5}) != CodeGrid(2, 3, {0, 1, 2, 3, 4, 5}));
    }
};

QTEST_GUILESS_MAIN(TestCodeGrid)
#include "tst_codegrid.moc"
