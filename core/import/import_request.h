#pragma once

#include "core/import/import_options.h"

#include <QStringList>

namespace Demetra::Import {

/// Copyable input of an import job: the files, in order, and the options that apply to each.
struct ImportRequest
{
    QStringList files;
    ImportOptions options;
};

} // namespace Demetra::Import
