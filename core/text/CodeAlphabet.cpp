#include "text/CodeAlphabet.h"

#include "common/Error.h"
#include "text/PhaseScanner.h"

#include <algorithm>
#include <cstdio>

namespace codecbpe {
namespace {

constexpr std::int64_t kSurrogateFirst = 0xD800;
constexpr std::int64_t kSurrogateLast = 0xDFFF;
constexpr std::int64_t kCodePointEnd = 0x110000;

// Python's hex(): lowercase, "0x" prefix, no padding.
std::string pythonHex(std::int64_t value)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(value));
    return buffer;
}

std::string codePointName(char32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

struct ReservedChar {
    char32_t codePoint;
    const char* why;
};
// Metaspace pre-tokenization treats these two specially, so codes mapped onto them would not survive tokenization.
constexpr ReservedChar kReservedChars[] = {
    {0x0020, "space, which Metaspace pre-tokenization replaces"},
    {0x2581, "\xE2\x96\x81, Metaspace's replacement for spaces"},
};

std::string alphabetRange(const CodeAlphabet& alphabet)
{
    return codePointName(alphabet.first()) + ".." + codePointName(alphabet.last()) + " (" +
           std::to_string(alphabet.numCodebooks()) + " codebooks of " + std::to_string(alphabet.codebookSize()) +
           " codes)";
}

// codec-bpe's _resolve_codebook, except that a character above the alphabet is an Error instead of being clamped
// into the last codebook (which makes up a code >= codebook size).
int resolveCodebook(const CodeAlphabet& alphabet, char32_t c, std::size_t position)
{
    if (c > alphabet.last())
        throw Error("character " + codePointName(c) + " at position " + std::to_string(position) +
                    " is above the code alphabet " + alphabetRange(alphabet));
    return alphabet.codebookOf(c);
}

// codec-bpe's _drop_inconsistent_codes with the phase set by the first character. Returns `chars` itself when
// nothing is dropped (the usual case), otherwise the kept characters, stored in `storage`.
std::u32string_view dropInconsistent(const CodeAlphabet& alphabet, std::u32string_view chars, int phase,
                                     std::u32string& storage, std::int64_t& dropped)
{
    PhaseScanner scanner(alphabet);
    std::size_t run = scanner.consistentPrefix(chars, phase);
    if (run == chars.size())
        return chars;
    storage.reserve(chars.size());
    // Copy consistent runs whole; each run ends at a char that does not fit the phase, which is dropped.
    const auto frameSize = std::size_t(alphabet.numCodebooks());
    std::size_t position = 0;
    while (true) {
        storage.append(chars.substr(position, run));
        position += run;
        if (position == chars.size())
            return storage;
        resolveCodebook(alphabet, chars[position], position); // throws for a char above the alphabet
        ++dropped;
        ++position;
        phase = int((std::size_t(phase) + run) % frameSize);
        run = scanner.consistentPrefix(chars.substr(position), phase);
    }
}

// Without dropping, every character must follow the codebook order from codebook 0.
void requireConsistent(const CodeAlphabet& alphabet, std::u32string_view chars, std::size_t firstPosition)
{
    const std::size_t i = PhaseScanner(alphabet).consistentPrefix(chars, 0);
    if (i == chars.size())
        return;
    const std::size_t position = firstPosition + i;
    const int actual = resolveCodebook(alphabet, chars[i], position);
    // NOLINTNEXTLINE(clang-analyzer-core.DivideZero): the constructor rejects numCodebooks <= 0
    const auto expected = i % std::size_t(alphabet.numCodebooks());
    throw Error("character " + codePointName(chars[i]) + " at position " + std::to_string(position) +
                (actual < 0 ? std::string(" is below the code alphabet") : " is in codebook " + std::to_string(actual)) +
                " where codebook " + std::to_string(expected) + " was expected (inconsistent codes are not dropped)");
}

// `frameChars` holds whole frames, starting with codebook 0; the grid is codebook-major.
CodeGrid transposeFrames(const CodeAlphabet& alphabet, std::u32string_view frameChars)
{
    const int numCodebooks = alphabet.numCodebooks();
    const auto frames = std::int64_t(frameChars.size() / std::size_t(numCodebooks));
    CodeGrid grid(numCodebooks, frames);
    // Walking the text in order and writing K rows at once measured about twice as fast at K=8 as one pass per
    // row, and within 20% of it at K=32.
    CodeGrid::Code* const rows = grid.row(0);
    const char32_t* src = frameChars.data();
    for (std::int64_t t = 0; t < frames; ++t) {
        for (int k = 0; k < numCodebooks; ++k)
            rows[k * frames + t] = CodeGrid::Code(*src++ - alphabet.charFor(k, 0));
    }
    return grid;
}

} // namespace

CodeAlphabet::CodeAlphabet(int numCodebooks, int codebookSize, char32_t unicodeOffset)
    : m_numCodebooks(numCodebooks), m_codebookSize(codebookSize), m_offset(unicodeOffset)
{
    if (numCodebooks <= 0 || codebookSize <= 0)
        throw Error("a code alphabet needs at least one codebook of at least one code (got " +
                    std::to_string(numCodebooks) + " codebooks of " + std::to_string(codebookSize) + " codes)");
    const std::int64_t lower = unicodeOffset;
    const std::int64_t upper = lower + size(); // exclusive
    // codec-bpe tests `lower < 0xDFFF`, letting an alphabet start on the surrogate U+DFFF; we include it.
    if (lower <= kSurrogateLast && upper > kSurrogateFirst)
        throw Error("You are using unicode offset " + pythonHex(lower) +
                    ", however your base vocabulary size (num_codebooks x codebook_size) is " + std::to_string(size()) +
                    " which will intersect with the non-printable surrogate range 0xD800-0xDFFF if starting from this "
                    "offset.\nTo avoid this issue, use a unicode offset starting after the surrogate range, such as " +
                    pythonHex(kLargeOffset) + ".");
    if (upper > kCodePointEnd)
        throw Error("unicode offset " + pythonHex(lower) + " with a base vocabulary of " + std::to_string(size()) +
                    " codes (" + std::to_string(numCodebooks) + " x " + std::to_string(codebookSize) +
                    ") runs past U+10FFFF, the last unicode code point; at most " +
                    std::to_string(std::max<std::int64_t>(0, kCodePointEnd - lower)) + " codes fit from this offset");
    for (const ReservedChar& reserved : kReservedChars) {
        if (lower <= reserved.codePoint && reserved.codePoint < upper)
            throw Error("unicode offset " + pythonHex(lower) + " with a base vocabulary of " + std::to_string(size()) +
                        " codes covers " + codePointName(reserved.codePoint) + " (" + reserved.why +
                        "), which would break tokenization; use an offset such as " + pythonHex(kDefaultOffset) +
                        " or " + pythonHex(kLargeOffset));
    }
}

int CodeAlphabet::codebookOf(char32_t c) const noexcept
{
    if (!contains(c))
        return -1;
    return int((c - m_offset) / char32_t(m_codebookSize));
}

std::u32string CodeAlphabet::codesToChars(const CodeGrid& codes) const
{
    std::u32string chars;
    appendChars(codes, chars);
    return chars;
}

void CodeAlphabet::appendChars(const CodeGrid& codes, std::u32string& out) const
{
    if (codes.numCodebooks() < m_numCodebooks)
        throw Error("the code grid has " + std::to_string(codes.numCodebooks()) + " codebooks but the alphabet needs " +
                    std::to_string(m_numCodebooks));
    const std::int64_t frames = codes.numFrames();
    const auto limit = std::uint32_t(m_codebookSize);
    // One branch-free pass per row finds whether any code is out of range; only then look for the first one.
    for (int k = 0; k < m_numCodebooks; ++k) {
        const CodeGrid::Code* row = codes.row(k);
        std::uint32_t largest = 0;
        for (std::int64_t t = 0; t < frames; ++t)
            largest = std::max(largest, std::uint32_t(row[t]));
        if (largest < limit)
            continue;
        for (std::int64_t t = 0; t < frames; ++t) {
            if (std::uint32_t(row[t]) >= limit)
                throw Error("code " + std::to_string(row[t]) + " at codebook " + std::to_string(k) + ", frame " +
                            std::to_string(t) + " is outside the codebook (size " + std::to_string(m_codebookSize) +
                            ")");
        }
    }
    const std::size_t start = out.size();
    out.resize(start + std::size_t(m_numCodebooks) * std::size_t(frames));
    char32_t* dst = out.data() + start;
    // Frame-major like the text itself (see transposeFrames).
    const CodeGrid::Code* const rows = codes.row(0);
    for (std::int64_t t = 0; t < frames; ++t) {
        for (int k = 0; k < m_numCodebooks; ++k)
            *dst++ = charFor(k, rows[k * frames + t]);
    }
}

CodeAlphabet::Decoded CodeAlphabet::charsToCodes(std::u32string_view chars, DecodeOptions options) const
{
    Decoded result;
    const auto frameSize = std::size_t(m_numCodebooks);
    std::u32string storage;
    std::u32string_view kept;
    std::size_t rawBegin = 0;
    std::size_t rawEnd = chars.size();
    int phase = 0; // codebook of kept[0]
    if (options.dropInconsistentCodes) {
        if (!chars.empty())
            phase = std::max(0, resolveCodebook(*this, chars[0], 0));
        kept = dropInconsistent(*this, chars, phase, storage, result.droppedInconsistent);
    } else {
        // codec-bpe then drops hanging characters of any kind (e.g. "<pad>") before reshaping the rest.
        if (options.dropHangingCodes) {
            while (rawBegin < rawEnd && resolveCodebook(*this, chars[rawBegin], rawBegin) != 0)
                ++rawBegin;
            while (rawEnd > rawBegin && resolveCodebook(*this, chars[rawEnd - 1], rawEnd - 1) != m_numCodebooks - 1)
                --rawEnd;
        }
        kept = chars.substr(rawBegin, rawEnd - rawBegin);
        requireConsistent(*this, kept, rawBegin);
    }

    std::u32string_view body = kept;
    if (options.dropHangingCodes) {
        // NOLINTNEXTLINE(clang-analyzer-core.DivideZero): the constructor rejects numCodebooks <= 0
        const std::size_t head = std::min(std::size_t((m_numCodebooks - phase) % m_numCodebooks), kept.size());
        const std::size_t whole = (kept.size() - head) / frameSize * frameSize;
        body = kept.substr(head, whole);
        result.beginHanging.assign(chars.substr(0, rawBegin));
        result.beginHanging.append(kept.substr(0, head));
        result.endHanging.assign(kept.substr(head + whole));
        result.endHanging.append(chars.substr(rawEnd));
    } else if (!kept.empty() && phase != 0) {
        throw Error("the text starts inside a frame (its first code is from codebook " + std::to_string(phase) +
                    " of " + std::to_string(m_numCodebooks) + ") and hanging codes are not dropped");
    } else if (kept.size() % frameSize != 0) {
        throw Error("the text ends inside a frame: " + std::to_string(kept.size()) +
                    " codes are not a whole number of frames of " + std::to_string(m_numCodebooks) +
                    " codes, and hanging codes are not dropped");
    }
    result.codes = transposeFrames(*this, body);
    return result;
}

std::u32string stripLegacyTokenFormat(std::u32string_view chars)
{
    if (chars.empty() || chars.front() != U'<')
        return std::u32string(chars);
    std::u32string stripped;
    stripped.reserve(chars.size() / 3 + 1);
    for (const char32_t c : chars) {
        if (c != U'<' && c != U'>')
            stripped.push_back(c);
    }
    return stripped;
}

} // namespace codecbpe
