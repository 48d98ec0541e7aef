#include "core/import/file_preview.h"

#include "core/import/csv_reader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Demetra::Import {

Result<FilePreview> FilePreviewReader::read(const QString &path, int maxRecords, CsvFormat *format)
{
    CsvReader reader;
    if (Status opened = reader.open(path); !opened)
        return tl::unexpected(opened.error());
    if (format)
        *format = reader.format();
    FilePreview preview;
    preview.fileName = path;
    CsvRecord record;
    while (preview.records.size() < maxRecords) {
        Result<bool> more = reader.next(record);
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        if (record.isBlank())
            continue;
        QStringList fields;
        fields.reserve(record.fields.size());
        for (QByteArrayView f : record.fields)
            fields << QString::fromUtf8(f);
        preview.records << fields;
        preview.lines << record.line;
    }
    if (preview.records.isEmpty())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("FilePreviewReader", "%1 holds no records.").arg(QFileInfo(path).fileName()),
            path);
    return preview;
}

} // namespace Demetra::Import
