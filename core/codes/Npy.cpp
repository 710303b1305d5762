#include "codes/Npy.h"

#include "codes/NpyHeaderDict.h"
#include "common/AtomicFile.h"
#include "common/Error.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <limits>
#include <optional>
#include <stdexcept>
#include <type_traits>

namespace codecbpe {
namespace fs = std::filesystem;

namespace {

constexpr char magicBytes[] = "\x93NUMPY";
constexpr std::size_t magicSize = 6;
constexpr std::size_t arrayAlign = 64;
constexpr bool hostIsLittleEndian = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

std::uint32_t littleEndianU32(const unsigned char* bytes, std::size_t count)
{
    std::uint32_t value = 0;
    for (std::size_t i = count; i-- > 0;)
        value = (value << 8) | bytes[i];
    return value;
}

// An open .npy file positioned after its header.
struct OpenNpy {
    std::ifstream stream;
    NpyHeader header;
    std::uint64_t fileSize = 0;
};

OpenNpy openNpy(const fs::path& file)
{
    const std::string name = file.string();
    OpenNpy npy;
    std::error_code ec;
    if (fs::is_directory(file, ec))
        throw Error(name, "is a folder, not an .npy file");
    npy.stream.open(file, std::ios::binary);
    if (!npy.stream)
        throw Error(name, "cannot open file: " + std::string(std::strerror(errno)));
    npy.stream.seekg(0, std::ios::end);
    npy.fileSize = std::uint64_t(npy.stream.tellg());
    npy.stream.seekg(0);
    if (npy.fileSize == 0)
        throw Error(name, "empty file, not a NumPy .npy file");

    unsigned char prefix[magicSize + 6] = {};
    npy.stream.read(reinterpret_cast<char*>(prefix), sizeof prefix);
    const auto got = std::size_t(npy.stream.gcount());
    if (got < magicSize || std::memcmp(prefix, magicBytes, magicSize) != 0)
        throw Error(name, "not a NumPy .npy file (bad magic)");
    if (got < magicSize + 2)
        throw Error(name, "truncated .npy header");
    NpyHeader& header = npy.header;
    header.formatMajor = prefix[magicSize];
    header.formatMinor = prefix[magicSize + 1];
    if (header.formatMinor != 0 || header.formatMajor < 1 || header.formatMajor > 3)
        throw Error(name, "unsupported .npy format version " + std::to_string(header.formatMajor) + "." +
                              std::to_string(header.formatMinor) + " (1.0, 2.0 and 3.0 are supported)");
    // Version 1.0 stores the header length in 2 bytes, 2.0 and 3.0 (utf8 header) in 4.
    const std::size_t lengthSize = header.formatMajor == 1 ? 2 : 4;
    if (got < magicSize + 2 + lengthSize)
        throw Error(name, "truncated .npy header");
    const std::uint32_t headerLength = littleEndianU32(prefix + magicSize + 2, lengthSize);
    header.dataOffset = std::int64_t(magicSize + 2 + lengthSize) + headerLength;
    if (std::uint64_t(header.dataOffset) > npy.fileSize)
        throw Error(name, "truncated .npy header: it claims " + std::to_string(headerLength) + " bytes, the file has " +
                              std::to_string(npy.fileSize - (magicSize + 2 + lengthSize)));
    std::string dict(headerLength, '\0');
    npy.stream.seekg(std::streamoff(magicSize + 2 + lengthSize));
    npy.stream.read(dict.data(), std::streamsize(headerLength));
    if (std::size_t(npy.stream.gcount()) != headerLength)
        throw Error(name, "truncated .npy header");
    parseNpyHeaderDict(dict, name, header);
    return npy;
}

// The integer dtype of a descr such as "<i8", "|u1", "=i4" or ">u2".
struct IntegerDtype {
    bool isSigned = true;
    int size = 8;
    bool swapBytes = false;
};

std::string nonIntegerName(char kind, int size, const std::string& descr)
{
    switch (kind) {
    case 'f': return "float" + std::to_string(size * 8);
    case 'c': return "complex" + std::to_string(size * 8);
    case 'b': return "bool";
    case 'O': return "object";
    case 'U': return "str ('" + descr + "')";
    case 'S': case 'a': return "bytes ('" + descr + "')";
    case 'V': return "void ('" + descr + "')";
    case 'M': return "datetime64";
    case 'm': return "timedelta64";
    default: return "'" + descr + "'";
    }
}

IntegerDtype integerDtype(const std::string& descr, const std::string& file)
{
    std::size_t pos = 0;
    char order = '=';
    if (!descr.empty() && std::strchr("<>|=", descr[0]) != nullptr)
        order = descr[pos++];
    if (pos >= descr.size())
        throw Error(file, "malformed .npy dtype '" + descr + "'");
    const char kind = descr[pos++];
    int size = 0;
    for (; pos < descr.size() && std::isdigit(static_cast<unsigned char>(descr[pos])) && size < 1000; ++pos)
        size = size * 10 + (descr[pos] - '0');
    const bool validSize = pos == descr.size() && (size == 1 || size == 2 || size == 4 || size == 8);
    if (kind != 'i' && kind != 'u')
        throw Error(file, nonIntegerName(kind, size, descr) + " codes are not supported: codes must be integers");
    if (!validSize)
        throw Error(file, "dtype '" + descr + "' is not a NumPy integer type");
    IntegerDtype dtype;
    dtype.isSigned = kind == 'i';
    dtype.size = size;
    dtype.swapBytes = size > 1 && ((order == '<' && !hostIsLittleEndian) || (order == '>' && hostIsLittleEndian));
    return dtype;
}

template <typename T>
T byteSwapped(T value)
{
    if constexpr (sizeof(T) == 1)
        return value;
    using U = std::make_unsigned_t<T>;
    U bits;
    std::memcpy(&bits, &value, sizeof bits);
    if constexpr (sizeof(T) == 2)
        bits = U(__builtin_bswap16(bits));
    else if constexpr (sizeof(T) == 4)
        bits = __builtin_bswap32(bits);
    else
        bits = __builtin_bswap64(bits);
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

template <typename T>
constexpr bool fitsCode(T value)
{
    using Code = CodeGrid::Code;
    if constexpr (sizeof(T) < sizeof(Code) || (std::is_signed_v<T> && sizeof(T) == sizeof(Code)))
        return true;
    else if constexpr (std::is_signed_v<T>)
        return value >= std::numeric_limits<Code>::min() && value <= std::numeric_limits<Code>::max();
    else
        return value <= T(std::numeric_limits<Code>::max());
}

template <typename T, bool Swap>
T loadElement(const char* bytes, std::size_t i)
{
    T value;
    std::memcpy(&value, bytes + i * sizeof(T), sizeof(T));
    if constexpr (Swap)
        value = byteSwapped(value);
    return value;
}

// Converts `count` elements of type T into codes; returns the index of the first value that does not fit int32.
// The loop has no early exit so that the compiler can vectorise it.
template <typename T, bool Swap>
std::optional<std::size_t> convertElements(const char* bytes, std::size_t count, CodeGrid::Code* out, std::string& badValue)
{
    bool allFit = true;
    for (std::size_t i = 0; i < count; ++i) {
        const T value = loadElement<T, Swap>(bytes, i);
        allFit &= fitsCode(value);
        out[i] = CodeGrid::Code(value); // NOLINT(bugprone-signed-char-misuse): int8 codes are signed numbers
    }
    if (allFit)
        return std::nullopt;
    for (std::size_t i = 0;; ++i) {
        const T value = loadElement<T, Swap>(bytes, i);
        if (!fitsCode(value)) {
            badValue = std::to_string(value);
            return i;
        }
    }
}

template <typename T>
std::optional<std::size_t> convertAs(const char* bytes, std::size_t count, bool swap, CodeGrid::Code* out, std::string& badValue)
{
    return swap ? convertElements<T, true>(bytes, count, out, badValue)
                : convertElements<T, false>(bytes, count, out, badValue);
}

std::optional<std::size_t> convert(const IntegerDtype& dtype, const char* bytes, std::size_t count, CodeGrid::Code* out,
                                   std::string& badValue)
{
    const bool swap = dtype.swapBytes;
    switch (dtype.size) {
    case 1: return dtype.isSigned ? convertAs<std::int8_t>(bytes, count, swap, out, badValue)
                                  : convertAs<std::uint8_t>(bytes, count, swap, out, badValue);
    case 2: return dtype.isSigned ? convertAs<std::int16_t>(bytes, count, swap, out, badValue)
                                  : convertAs<std::uint16_t>(bytes, count, swap, out, badValue);
    case 4: return dtype.isSigned ? convertAs<std::int32_t>(bytes, count, swap, out, badValue)
                                  : convertAs<std::uint32_t>(bytes, count, swap, out, badValue);
    default: return dtype.isSigned ? convertAs<std::int64_t>(bytes, count, swap, out, badValue)
                                   : convertAs<std::uint64_t>(bytes, count, swap, out, badValue);
    }
}

// Fortran order stores a (K, F) array frame-major; the grid wants codebook-major. Blocks of frames keep the
// strided reads in cache.
std::vector<CodeGrid::Code> transposed(const std::vector<CodeGrid::Code>& frameMajor, int numCodebooks, std::int64_t numFrames)
{
    std::vector<CodeGrid::Code> out(frameMajor.size());
    const auto k = std::size_t(numCodebooks);
    const auto f = std::size_t(numFrames);
    constexpr std::size_t blockFrames = 1024;
    for (std::size_t first = 0; first < f; first += blockFrames) {
        const std::size_t last = std::min(f, first + blockFrames);
        for (std::size_t codebook = 0; codebook < k; ++codebook) {
            CodeGrid::Code* row = out.data() + codebook * f;
            const CodeGrid::Code* column = frameMajor.data() + codebook;
            for (std::size_t frame = first; frame < last; ++frame)
                row[frame] = column[frame * k];
        }
    }
    return out;
}

template <typename T>
void appendLittleEndian(std::string& bytes, const std::vector<CodeGrid::Code>& codes, const fs::path& file)
{
    const std::size_t start = bytes.size();
    bytes.resize(start + codes.size() * sizeof(T));
    char* out = bytes.data() + start;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if constexpr (sizeof(T) < sizeof(CodeGrid::Code)) {
            if (codes[i] < std::numeric_limits<T>::min() || codes[i] > std::numeric_limits<T>::max())
                throw Error(file.string(), "code " + std::to_string(codes[i]) + " does not fit int" +
                                               std::to_string(sizeof(T) * 8));
        }
        T value = T(codes[i]);
        if constexpr (!hostIsLittleEndian)
            value = byteSwapped(value);
        std::memcpy(out + i * sizeof(T), &value, sizeof(T));
    }
}

} // namespace

NpyHeader readNpyHeader(const fs::path& file)
{
    return openNpy(file).header;
}

NpyGridShape npyGridShape(const NpyHeader& header, const fs::path& file)
{
    const std::string name = file.string();
    integerDtype(header.descr, name);
    const auto& shape = header.shape;
    const std::size_t rank = shape.size();
    if (rank == 0)
        throw Error(name, "a 0-dimensional array (a single number) is not a grid of codes");
    if (rank > 4)
        throw Error(name, "shape " + npyShapeText(shape) +
                              " has too many dimensions: expected (F,), (K, F), (1, K, F) or (1, 1, K, F)");
    // codec-bpe keeps codes[0] of a 3-D and codes[0, 0] of a 4-D array, silently dropping the rest; we insist
    // that there is no rest.
    for (std::size_t d = 0; d + 2 < rank; ++d)
        if (shape[d] != 1)
            throw Error(name, "shape " + npyShapeText(shape) + ": leading dimension " + std::to_string(d) + " is " +
                                  std::to_string(shape[d]) + ", expected 1 (codec-bpe would read only the first " +
                                  (rank == 4 ? "codes[0, 0]" : "codes[0]") + ")");
    NpyGridShape grid;
    grid.numFrames = shape.back();
    const std::int64_t numCodebooks = rank == 1 ? 1 : shape[rank - 2];
    if (numCodebooks > INT_MAX)
        throw Error(name, "shape " + npyShapeText(shape) + ": too many codebooks");
    grid.numCodebooks = int(numCodebooks);
    return grid;
}

CodeGrid loadNpyCodes(const fs::path& file)
{
    const std::string name = file.string();
    OpenNpy npy = openNpy(file);
    const NpyHeader& header = npy.header;
    const NpyGridShape grid = npyGridShape(header, file);
    const IntegerDtype dtype = integerDtype(header.descr, name);

    const std::uint64_t available = npy.fileSize - std::uint64_t(header.dataOffset);
    std::uint64_t count = 0;
    std::uint64_t needed = 0;
    const bool overflow = __builtin_mul_overflow(std::uint64_t(grid.numCodebooks), std::uint64_t(grid.numFrames), &count) ||
                          __builtin_mul_overflow(count, std::uint64_t(dtype.size), &needed);
    if (overflow || needed > available)
        throw Error(name, "truncated .npy data: shape " + npyShapeText(header.shape) + " of '" + header.descr + "' needs " +
                              (overflow ? std::string("more") : std::to_string(needed)) + " bytes, the file has " +
                              std::to_string(available));

    // Read and convert in blocks that stay in cache, rather than staging the whole file in memory.
    constexpr std::size_t blockBytes = std::size_t(1) << 18;
    const std::size_t itemSize = std::size_t(dtype.size);
    std::vector<char> block(std::min<std::uint64_t>(needed, blockBytes));
    std::vector<CodeGrid::Code> codes(count);
    npy.stream.seekg(header.dataOffset);
    for (std::size_t done = 0; done < count;) {
        const std::size_t items = std::min<std::size_t>(count - done, block.size() / itemSize);
        npy.stream.read(block.data(), std::streamsize(items * itemSize));
        if (std::size_t(npy.stream.gcount()) != items * itemSize)
            throw Error(name, "cannot read the .npy data");
        std::string badValue;
        if (const auto bad = convert(dtype, block.data(), items, codes.data() + done, badValue))
            throw Error(name, "value " + badValue + " at flat index " + std::to_string(done + *bad) +
                                  " does not fit int32 (codes must be 32-bit integers)");
        done += items;
    }
    if (header.fortranOrder && grid.numCodebooks > 1 && grid.numFrames > 1)
        codes = transposed(codes, grid.numCodebooks, grid.numFrames);
    return CodeGrid(grid.numCodebooks, grid.numFrames, std::move(codes));
}

void saveNpyCodes(const fs::path& file, const CodeGrid& codes, NpyDtype dtype, std::vector<std::int64_t> shape)
{
    if (shape.empty())
        shape = {codes.numCodebooks(), codes.numFrames()};
    const bool fits = shape.size() == 1
                          ? codes.numCodebooks() == 1 && shape[0] == codes.numFrames()
                          : shape[shape.size() - 2] == codes.numCodebooks() && shape.back() == codes.numFrames();
    std::int64_t product = 1;
    for (const std::int64_t dim : shape)
        product *= dim;
    if (!fits || product != codes.size())
        throw std::invalid_argument("saveNpyCodes: shape " + npyShapeText(shape) + " does not hold a grid of " +
                                    std::to_string(codes.numCodebooks()) + " x " + std::to_string(codes.numFrames()));

    const char* descr = dtype == NpyDtype::Int16 ? "<i2" : dtype == NpyDtype::Int32 ? "<i4" : "<i8";
    std::string bytes = formatNpyHeaderDict(descr, false, shape);
    // NumPy pads with spaces and a newline so that magic + length + dict is a multiple of 64 bytes, adding a
    // whole 64 when it already is one.
    const std::size_t prefixSize = magicSize + 2 + 2;
    const std::size_t padding = arrayAlign - (prefixSize + bytes.size() + 1) % arrayAlign;
    bytes.append(padding, ' ');
    bytes += '\n';
    if (bytes.size() > std::numeric_limits<std::uint16_t>::max())
        throw std::invalid_argument("saveNpyCodes: shape " + npyShapeText(shape) + " needs too long a header");
    const auto headerLength = std::uint16_t(bytes.size());
    const char lengthBytes[2] = {char(headerLength & 0xff), char(headerLength >> 8)};
    bytes.insert(0, std::string(magicBytes, magicSize) + '\x01' + '\x00' + std::string(lengthBytes, 2));

    switch (dtype) {
    case NpyDtype::Int16: appendLittleEndian<std::int16_t>(bytes, codes.codebookMajor(), file); break;
    case NpyDtype::Int32: appendLittleEndian<std::int32_t>(bytes, codes.codebookMajor(), file); break;
    case NpyDtype::Int64: appendLittleEndian<std::int64_t>(bytes, codes.codebookMajor(), file); break;
    }
    writeFileAtomically(file, bytes);
}

} // namespace codecbpe
