#include "common/Progress.h"

namespace codecbpe {

void Progress::throwIfCancelled() const
{
    if (cancelled())
        throw Cancelled();
}

} // namespace codecbpe
