#include "core/report/csv_table_writer.h"

#include "core/report/report_tables.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>

namespace Demetra::Report {

namespace {

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString cellText(const ReportCell &cell)
{
    if (cell.value.isNull() || !cell.value.isValid())
        return {};
    switch (cell.kind) {
    case CellKind::Text:
        return cell.value.toString();
    case CellKind::Integer:
        return QString::number(cell.value.toLongLong());
    case CellKind::MoneyMicros:
        return microsToDecimal(cell.value.toLongLong());
    case CellKind::Date:
        return cell.value.toDate().toString(Qt::ISODate);
    case CellKind::Number:
    case CellKind::Money:
    case CellKind::Percent:
        return QString::number(cell.value.toDouble(), 'g', 15);
    }
    return {};
}

} // namespace

QByteArray CsvTableWriter::toCsv(const ReportTable &table)
{
    QString text;
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header << quoted(c.key);
    text += header.join(u',') + QStringLiteral("\r\n");
    for (const QList<ReportCell> &row : table.rows) {
        QStringList fields;
        for (const ReportCell &cell : row)
            fields << quoted(cellText(cell));
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvTableWriter::write(const ReportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("CsvTableWriter", "Cannot write the CSV file %1: %2. Choose a folder "
                                                                  "you can write to.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    path);
    const QByteArray bytes = toCsv(table);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("CsvTableWriter", "Cannot write the CSV file %1: %2. Nothing was "
                                                                  "written; check the free space.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    path);
    return {};
}

} // namespace Demetra::Report
