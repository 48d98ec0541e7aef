#pragma once

#include "core/common/error.h"

#include <tl/expected.hpp>

namespace Demetra {

/// Everything that can fail returns Result<T>: the value, or an Error. Exceptions never cross a core API.
template<typename T> using Result = tl::expected<T, Error>;

/// Result of an operation that produces no value.
using Status = tl::expected<void, Error>;

/// Builds the error side of a Result: `return fail(ErrorCode::Io, tr("..."), path);`
inline tl::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return tl::unexpected<Error>(Error{code, std::move(message), std::move(detail)});
}

/// Passes an existing error on: `if (!r) return forward(r);`
template<typename T> inline tl::unexpected<Error> forward(const Result<T> &r)
{
    return tl::unexpected<Error>(r.error());
}

} // namespace Demetra
