#pragma once

#include "core/common/result.h"
#include "core/import/csv_format.h"
#include "core/import/layout_detector.h"

namespace Demetra::Import {

/// Reads the first records of a CSV file the way the importer does (same encoding and delimiter sniffing), for the
/// column-mapping dialog and for matching a remembered mapping. Reads at most the first chunk of a large file.
class FilePreviewReader
{
public:
    /// Up to `maxRecords` non-blank records of `path` with their line numbers; `format` (optional) receives the
    /// sniffed encoding and delimiter. Fails like CsvReader::open (Io, BadInput), or with BadInput when the file
    /// holds no records.
    static Result<FilePreview> read(const QString &path, int maxRecords = 40, CsvFormat *format = nullptr);
};

} // namespace Demetra::Import
