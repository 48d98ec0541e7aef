#include "core/report/xlsx_report_writer.h"

#include "core/report/report_tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <xlsxwriter.h>

namespace Demetra::Report {

namespace {

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *number = nullptr;
    lxw_format *money = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *date = nullptr;
    lxw_format *wrap = nullptr;
};

Formats makeFormats(lxw_workbook *wb, const QString &currency)
{
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.subtitle = workbook_add_format(wb);
    format_set_italic(f.subtitle);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xDDE7F0);
    format_set_text_wrap(f.header);
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "#,##0");
    f.number = workbook_add_format(wb);
    format_set_num_format(f.number, "#,##0.00");
    f.money = workbook_add_format(wb);
    // The currency code as a literal suffix: an ISO code is letters only, so quoting it is always safe.
    const QString code = currency.isEmpty() || currency == QLatin1String("mixed") ? QString() : currency;
    const QByteArray moneyFormat =
        code.isEmpty() ? QByteArray("#,##0.00") : QStringLiteral("#,##0.00 \"%1\"").arg(code).toUtf8();
    format_set_num_format(f.money, moneyFormat.constData());
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.00%");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    return f;
}

lxw_datetime toLxw(const QDate &d)
{
    lxw_datetime t{};
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

QString periodLine(const ReportData &data)
{
    if (data.isEmpty() || !data.summary.from.isValid())
        return QCoreApplication::translate("XlsxReportWriter", "Period: no data. Filters: %1").arg(data.filterText());
    return QCoreApplication::translate("XlsxReportWriter", "Period: %1 to %2 (compared with %3 to %4). Filters: %5")
        .arg(data.summary.from.toString(Qt::ISODate), data.summary.to.toString(Qt::ISODate),
             data.summary.previousFrom.toString(Qt::ISODate), data.summary.previousTo.toString(Qt::ISODate),
             data.filterText());
}

/// Sheet names: at most 31 characters, none of []:*?/\ .
QByteArray sheetName(const QString &title)
{
    QString s = title;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        s.replace(c, u'_');
    return s.left(31).toUtf8();
}

void writeCell(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const ReportCell &cell, const Formats &f)
{
    if (cell.value.isNull() || !cell.value.isValid())
        return;
    switch (cell.kind) {
    case CellKind::Text: {
        const QByteArray s = cell.value.toString().toUtf8();
        if (!s.isEmpty())
            worksheet_write_string(ws, r, c, s.constData(), nullptr);
        return;
    }
    case CellKind::Integer:
        worksheet_write_number(ws, r, c, double(cell.value.toLongLong()), f.integer);
        return;
    case CellKind::Number:
        worksheet_write_number(ws, r, c, cell.value.toDouble(), f.number);
        return;
    case CellKind::Money:
        worksheet_write_number(ws, r, c, cell.value.toDouble(), f.money);
        return;
    case CellKind::MoneyMicros:
        worksheet_write_number(ws, r, c, double(cell.value.toLongLong()) / 1e6, f.money);
        return;
    case CellKind::Percent:
        worksheet_write_number(ws, r, c, cell.value.toDouble(), f.percent);
        return;
    case CellKind::Date: {
        lxw_datetime d = toLxw(cell.value.toDate());
        worksheet_write_datetime(ws, r, c, &d, f.date);
        return;
    }
    }
}

void writeSheet(lxw_workbook *wb, const ReportTable &table, const ReportData &data, const Formats &f)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName(table.title).constData());
    const QByteArray title =
        QCoreApplication::translate("XlsxReportWriter", "Demetra report: %1").arg(table.title).toUtf8();
    worksheet_write_string(ws, 0, 0, title.constData(), f.title);
    const QByteArray period = periodLine(data).toUtf8();
    worksheet_write_string(ws, 1, 0, period.constData(), f.subtitle);
    if (!table.note.isEmpty()) {
        const QByteArray note = table.note.toUtf8();
        worksheet_write_string(ws, 2, 0, note.constData(), f.subtitle);
    }
    const lxw_row_t header = XlsxReportWriter::kHeaderRow;
    for (int c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &col = table.columns.at(c);
        const QByteArray name = col.title.toUtf8();
        worksheet_write_string(ws, header, lxw_col_t(c), name.constData(), f.header);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), col.width, nullptr);
    }
    worksheet_freeze_panes(ws, header + 1, 0);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QList<ReportCell> &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            writeCell(ws, header + 1 + lxw_row_t(r), lxw_col_t(c), row.at(c), f);
    }
}

Error ioError(const QString &path, const QString &reason)
{
    return Error{ErrorCode::Io,
                 QCoreApplication::translate("XlsxReportWriter",
                                             "Cannot write the Excel report %1: %2. Choose a folder you can write to.")
                     .arg(QDir::toNativeSeparators(path), reason),
                 path};
}

} // namespace

Status XlsxReportWriter::write(const ReportData &data, const QString &path)
{
    const QFileInfo target(path);
    if (target.isDir())
        return tl::unexpected(ioError(path, QCoreApplication::translate("XlsxReportWriter", "it is a folder")));
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open())
        return tl::unexpected(ioError(path, temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();

    const QByteArray nativeTemp = QFile::encodeName(tempPath);
    lxw_workbook *wb = workbook_new(nativeTemp.constData());
    if (!wb)
        return tl::unexpected(ioError(path, QCoreApplication::translate("XlsxReportWriter", "cannot create it")));
    const Formats formats = makeFormats(wb, data.currency());
    for (const ReportTable &table : reportTables(data))
        writeSheet(wb, table, data, formats);
    QByteArray author = QByteArrayLiteral("Demetra");
    lxw_doc_properties properties{};
    properties.author = author.data();
    workbook_set_properties(wb, &properties);
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR)
        return tl::unexpected(ioError(path, QString::fromUtf8(lxw_strerror(closed))));
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(tempPath.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), ec);
    if (ec)
        return tl::unexpected(ioError(path, QString::fromStdString(ec.message())));
    temp.setAutoRemove(false);
    return {};
}

} // namespace Demetra::Report
