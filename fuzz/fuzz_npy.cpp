// Fuzzes the .npy reader (loadNpyCodes, and readNpyHeader + npyGridShape as `codecbpe info` uses them): any bytes
// load as a grid or give codecbpe::Error, and the header-only shape agrees with the loaded grid.
#include "FuzzCheck.h"
#include "ScratchFolder.h"

#include "codes/Npy.h"

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace codecbpe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::ScratchFolder scratch;
    const auto file = scratch.write("codes.npy", {reinterpret_cast<const char*>(data), size});

    std::optional<NpyGridShape> shape;
    fuzz::succeeds([&] { shape = npyGridShape(readNpyHeader(file), file); });
    CodeGrid grid;
    if (!fuzz::succeeds([&] { grid = loadNpyCodes(file); }))
        return 0;
    fuzz::require(shape.has_value(), "loadNpyCodes accepted a file whose header npyGridShape rejects");
    fuzz::require(shape->numCodebooks == grid.numCodebooks() && shape->numFrames == grid.numFrames(),
                  "npyGridShape and loadNpyCodes disagree on the grid's shape");
    fuzz::require(grid.size() == std::int64_t(grid.numCodebooks()) * grid.numFrames(), "grid size is not K x F");
    return 0;
}
