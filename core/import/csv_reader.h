#pragma once

#include "core/common/result.h"
#include "core/import/csv_format.h"
#include "core/import/csv_record.h"

#include <QByteArray>
#include <memory>

class QIODevice;

namespace Demetra::Import {

/// Streaming RFC 4180 reader: reads a file in fixed-size chunks (never the whole file), decodes UTF-8 (with or
/// without BOM), UTF-16 LE/BE (with BOM), Windows-1251 and Latin-1 into UTF-8, detects the delimiter among
/// comma, semicolon, tab and pipe, accepts CRLF and LF, quoted fields with embedded delimiters, doubled quotes
/// and newlines. Malformed records are returned with `CsvRecord::error` set; reading goes on after them.
class CsvReader
{
public:
    explicit CsvReader(CsvLimits limits = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Opens `path` and sniffs its format from the first 64 KiB. Fails with Io when the file cannot be opened,
    /// BadInput when it is empty or binary (NUL bytes outside UTF-16, control bytes), with the reason in the message.
    Status open(const QString &path);

    /// Same, over bytes in memory (tests, fuzzing, clipboard paste).
    Status openData(const QByteArray &data);

    /// Overrides the sniffed delimiter (the user chose one in the import dialog). Call after open().
    void setDelimiter(char delimiter);

    const CsvFormat &format() const;

    /// Reads the next record into `record`. Returns false at the end of the file (record untouched),
    /// an Io error when the device fails mid-read.
    Result<bool> next(CsvRecord &record);

    /// Bytes consumed so far and the total size (0 when unknown), for progress reporting.
    qint64 bytesRead() const;
    qint64 totalBytes() const;

    /// Rewinds to the first record (re-reads from the start); used by two-pass imports.
    Status rewind();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Demetra::Import
