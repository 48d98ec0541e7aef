// libFuzzer target: the CSV reader (encoding, delimiter and quote handling) and layout detection over its first
// records, the way FilePreviewReader and the importer read a file.
#include "core/import/csv_reader.h"
#include "core/import/csv_record.h"
#include "core/import/layout_detector.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Import;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // Small limits so the fuzzer reaches the over-the-limit paths with small inputs.
    CsvReader reader(CsvLimits{256, 1024, 64});
    if (!reader.openData(bytes))
        return 0;
    FilePreview preview;
    preview.fileName = QStringLiteral("fuzz.csv");
    CsvRecord record;
    qint64 records = 0;
    for (;;) {
        Result<bool> more = reader.next(record);
        if (!more || !*more)
            break;
        if (++records > 100000)
            __builtin_trap(); // the reader must make progress: more records than bytes is a loop
        if (record.isBlank() || preview.records.size() >= 40)
            continue;
        QStringList fields;
        for (QByteArrayView f : record.fields)
            fields << QString::fromUtf8(f);
        preview.records << fields;
        preview.lines << record.line;
    }
    if (records > static_cast<qint64>(size) + 1)
        __builtin_trap();
    if (!preview.records.isEmpty()) {
        (void)LayoutDetector::detect(preview);
        (void)LayoutDetector::detect(preview, QStringLiteral("Facebook"));
    }
    // A second pass must read the same file again (two-pass imports rewind).
    if (reader.rewind()) {
        CsvRecord again;
        if (Result<bool> first = reader.next(again); first && *first && records == 0)
            __builtin_trap();
    }
    return 0;
}
