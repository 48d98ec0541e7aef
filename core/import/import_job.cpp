#include "core/import/import_job.h"

#include "core/import/csv_reader.h"
#include "core/import/header_matcher.h"
#include "core/import/layout_detector.h"
#include "core/import/record_pipeline.h"
#include "core/import/row_mapper.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"
#include "core/storage/fact_writer.h"
#include "core/storage/import_run_repository.h"
#include "core/storage/transaction.h"
#include "core/storage/write_access.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Demetra::Import {

namespace {
constexpr int kPreviewRecords = 40;
constexpr int kKeptRejected = 1000;

QString delimiterName(char d)
{
    switch (d) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(QLatin1Char(d));
    }
}

Result<FilePreview> readPreview(CsvReader &reader, const QString &path)
{
    FilePreview preview;
    preview.fileName = path;
    CsvRecord rec;
    while (preview.records.size() < kPreviewRecords) {
        Result<bool> more = reader.next(rec);
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        if (rec.isBlank())
            continue;
        QStringList fields;
        fields.reserve(rec.fields.size());
        for (QByteArrayView f : rec.fields)
            fields << QString::fromUtf8(f);
        preview.records << fields;
        preview.lines << rec.line;
    }
    return preview;
}

/// Day/month order: from the preview, then from the whole date column when the preview cannot tell.
Result<DateOrder> decideDateOrder(CsvReader &reader, const Layout &layout, const FilePreview &preview,
                                  DateOrder requested, QStringList &warnings)
{
    if (requested != DateOrder::Unknown || !layout.has(ColumnRole::Date))
        return requested;
    const int dc = layout.column(ColumnRole::Date);
    Values::DateOrderEvidence evidence;
    for (int i = layout.headerRecord + 1; i < preview.records.size(); ++i)
        evidence.add(preview.records[i].value(dc).toUtf8());
    if (evidence.decision() == DateOrder::Unknown && evidence.sawNumericDates() && !evidence.conflicting()) {
        CsvRecord rec;
        while (true) {
            Result<bool> more = reader.next(rec);
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                break;
            if (rec.line > layout.headerLine && dc < rec.fields.size())
                evidence.add(rec.fields[dc]);
            if (evidence.decision() != DateOrder::Unknown)
                break;
        }
    }
    if (evidence.conflicting()) {
        warnings << QCoreApplication::translate(
            "ImportJob", "Some dates put the day first and others the month first; rows whose date cannot be read "
                         "either way are rejected. Choose the order to re-read them.");
        return DateOrder::Unknown;
    }
    const DateOrder decided = evidence.decision();
    if (decided == DateOrder::Unknown && evidence.sawNumericDates() && !evidence.sawDotted()) {
        warnings << QCoreApplication::translate(
            "ImportJob", "The day/month order of the dates cannot be decided from this file (no day above 12); they "
                         "were read day first. Choose month first if that is wrong.");
        return DateOrder::DayFirst;
    }
    return decided == DateOrder::Unknown ? DateOrder::DayFirst : decided;
}

int spanFromPreview(const Layout &layout, const FilePreview &preview, DateOrder order)
{
    if (layout.kind != LayoutKind::MarketingMixWide && layout.kind != LayoutKind::BusinessOutcomes)
        return 1;
    const int dc = layout.column(ColumnRole::Date);
    QList<qint64> days;
    for (int i = layout.headerRecord + 1; i < preview.records.size() && days.size() < 8; ++i) {
        const DateCell d = Values::parseDate(preview.records[i].value(dc).toUtf8(), order);
        if (d.state == CellState::Value)
            days << d.date.toJulianDay();
    }
    if (days.size() < 3)
        return 1;
    // Weekly when every gap seen is 7 days.
    for (int i = 1; i < days.size(); ++i) {
        if (days[i] - days[i - 1] != 7)
            return 1;
    }
    return 7;
}

/// Whether the file is large next to what is stored: then the writer rebuilds the campaign index once instead of
/// keeping it in step (rows estimated from the preview's average record size).
bool isBulk(Storage::Database &db, const CsvReader &reader, const FilePreview &preview)
{
    qint64 previewBytes = 0;
    for (const QStringList &r : preview.records)
        previewBytes += r.join(u',').toUtf8().size() + 1;
    if (preview.records.isEmpty() || previewBytes == 0)
        return false;
    const qint64 estimatedRows = reader.totalBytes() * preview.records.size() / previewBytes;
    if (estimatedRows < 50000)
        return false;
    Result<QVariant> stored = db.scalar(QStringLiteral("SELECT COALESCE(SUM(n_rows), 0) FROM rollup_daily"));
    return stored && stored->toLongLong() < 2 * estimatedRows;
}

/// For the bulk write, outside any transaction: foreign-key enforcement off and temporary storage on disk.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(Storage::Database &db) : m_db(db)
    {
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        // Rebuilding an index sorts every row: let SQLite's sorter spill to a temporary file early, not memory.
        m_db.exec(QStringLiteral("PRAGMA temp_store = FILE"));
        m_db.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    }
    ~BulkWriteSettings()
    {
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        m_db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    }
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    Storage::Database &m_db;
};

FileImportOutcome importFile(const QString &path, const ImportOptions &options, Jobs::JobContext &context,
                             Storage::Database &db, int fileIndex, int fileCount)
{
    FileImportOutcome out;
    out.file = path;
    const QString shortName = QFileInfo(path).fileName();
    auto progress = [&](double within, const QString &stage) {
        context.progress((fileIndex + within) / qMax(1, fileCount), stage);
    };
    progress(0.0, QCoreApplication::translate("ImportJob", "Reading %1").arg(shortName));

    CsvReader reader;
    if (Status opened = reader.open(path); !opened) {
        Error e = opened.error();
        e.message = QCoreApplication::translate("ImportJob", "%1: %2").arg(shortName, e.message);
        out.error = e;
        return out;
    }
    out.encoding = reader.format().encodingName();
    out.delimiter = delimiterName(reader.format().delimiter);

    Result<FilePreview> preview = readPreview(reader, path);
    if (!preview) {
        out.error = preview.error();
        return out;
    }
    if (preview->records.isEmpty()) {
        out.error = Error{ErrorCode::BadInput,
                          QCoreApplication::translate("ImportJob", "%1 holds no records.").arg(shortName), path};
        return out;
    }
    Result<Layout> layout =
        options.layout ? Result<Layout>(*options.layout) : LayoutDetector::detect(*preview, options.channel);
    if (!layout) {
        out.error = layout.error();
        return out;
    }
    if (layout->isUndated() && !options.periodFrom.isValid() && !layout->periodFrom.isValid()) {
        out.error = Error{ErrorCode::InvalidArgument,
                          QCoreApplication::translate(
                              "ImportJob", "%1 has no date column: give the reporting period its figures cover.")
                              .arg(shortName),
                          layout->id};
        return out;
    }
    out.layoutId = layout->id;
    out.layoutName = layout->displayName;
    out.readings = layout->readings;
    if (preview->records.size() <= layout->headerRecord + 1) {
        // Header only: nothing to import, nothing changed.
        out.warnings << QCoreApplication::translate("ImportJob", "%1 has a header but no data rows.").arg(shortName);
    }

    if (Status r = reader.rewind(); !r) {
        out.error = r.error();
        return out;
    }
    Result<DateOrder> order = decideDateOrder(reader, *layout, *preview, options.dateOrder, out.warnings);
    if (!order) {
        out.error = order.error();
        return out;
    }
    if (Status r = reader.rewind(); !r) {
        out.error = r.error();
        return out;
    }
    const int span = spanFromPreview(*layout, *preview, *order);
    if (span == 7)
        out.readings << QCoreApplication::translate("ImportJob",
                                                    "Rows are weekly: each covers the 7 days from its date.");

    Storage::AccountKey account;
    account.platform = layout->id;
    account.name = options.accountName.isEmpty() ? LayoutDetector::defaultAccountName(*layout) : options.accountName;
    account.currency = !options.currency.isEmpty()          ? options.currency.toUpper()
                       : !layout->defaultCurrency.isEmpty() ? layout->defaultCurrency
                                                            : QStringLiteral("USD");
    for (ColumnRole moneyRole : {ColumnRole::Spend, ColumnRole::Revenue, ColumnRole::AcquisitionCost}) {
        const QString c = HeaderMatcher::currencyIn(layout->headers.value(layout->column(moneyRole)));
        if (!c.isEmpty() && options.currency.isEmpty())
            account.currency = c;
    }

    // Platform exports (Meta, TikTok, Yandex.Direct, VK, Telegram) were read as generic daily files before they had
    // layouts of their own: a source stored that way keeps its account, so re-importing the file replaces its rows
    // instead of counting them twice under a second source of the same name.
    const bool platformExport =
        layout->kind == LayoutKind::MetaAdsManagerExport || layout->kind == LayoutKind::TikTokAdsExport ||
        layout->kind == LayoutKind::YandexDirectReport || layout->kind == LayoutKind::VkAdsExport ||
        layout->kind == LayoutKind::TelegramAdsExport;
    if (platformExport) {
        const QString sql = QStringLiteral("SELECT (SELECT COUNT(*) FROM accounts WHERE source_kind = 'file' AND "
                                           "platform = 'generic_daily' AND name = ?), "
                                           "(SELECT COUNT(*) FROM accounts WHERE source_kind = 'file' AND "
                                           "platform = ? AND name = ?)");
        Result<QSqlQuery> q = db.exec(sql, {account.name, account.platform, account.name});
        if (q && q->next() && q->value(0).toLongLong() > 0 && q->value(1).toLongLong() == 0)
            account.platform = QStringLiteral("generic_daily");
    }

    Storage::ImportRunRepository runs(db);
    const QString source = QFileInfo(path).absoluteFilePath();
    // Semicolon-delimited files and Russian-language platform exports write decimals with a comma ("1 234,56").
    RowMapper mapper(*layout, options, *order, span, reader.format().delimiter == ';' || layout->decimalComma);
    // The writer resolves every parent row (account, channel, campaign, slice) itself before a fact refers to it,
    // so SQLite's per-row foreign-key lookups only repeat that work; they are switched off for the bulk write and
    // back on afterwards (the pragma cannot change inside a transaction).
    BulkWriteSettings bulkSettings(db);
    Storage::Transaction tx(db);
    Status status = tx.begin();
    // The run is recorded inside the data transaction: a killed import leaves neither data nor a dangling
    // "running" record; a failed or cancelled one is recorded afterwards, on its own.
    Result<qint64> runId = status ? runs.begin(QStringLiteral("file"), source, QFileInfo(path).size())
                                  : Result<qint64>(tl::unexpected(status.error()));
    if (!runId)
        status = tl::unexpected(runId.error());
    out.runId = runId.value_or(0);
    Storage::FactWriter writer(db, out.runId, account);
    if (status)
        status = writer.prepare(isBulk(db, reader, *preview));

    RecordPipeline pipeline(reader, mapper, layout->headerLine);
    if (status)
        pipeline.start();
    while (status) {
        if (context.isCancelled()) {
            out.cancelled = true;
            break;
        }
        std::optional<ParsedBatch> batch = pipeline.take();
        if (!batch)
            break;
        if (batch->error) {
            status = tl::unexpected(*batch->error);
            break;
        }
        out.records += batch->records;
        out.blankLines += batch->blankLines;
        for (const FactRow &f : batch->facts) {
            if (status = writer.write(f); !status)
                break;
            out.acceptedTotals.add(f);
        }
        for (const OutcomeRow &o : batch->outcomes) {
            if (!status)
                break;
            status = writer.writeOutcome(o);
        }
        for (const RejectedRow &r : batch->rejected) {
            if (!status)
                break;
            status = runs.addRejected(out.runId, r);
            ++out.rejected;
            if (out.rejectedRows.size() < kKeptRejected)
                out.rejectedRows << r;
        }
        if (reader.totalBytes() > 0)
            progress(0.95 * double(batch->bytesRead) / double(reader.totalBytes()),
                     QCoreApplication::translate("ImportJob", "Importing %1").arg(shortName));
        pipeline.recycle(std::move(*batch));
    }
    pipeline.stop();

    if (status && !out.cancelled) {
        progress(0.96, QCoreApplication::translate("ImportJob", "Updating daily totals"));
        status = writer.rebuildRollups();
    }
    out.factsWritten = writer.rowsWritten();
    out.factsInserted = writer.rowsInserted();
    out.factsUpdated = writer.rowsUpdated();
    if (status && !out.cancelled) {
        const QString message = out.warnings.join(u'\n');
        status = runs.finish(out.runId, QStringLiteral("ok"), layout->id, out.records, out.factsWritten, out.rejected,
                             message);
        if (status)
            status = tx.commit();
    }
    if (!status || out.cancelled) {
        // Nothing of the file is kept; the run is recorded on its own with why it stopped.
        db.rollback();
        if (!status)
            out.error = status.error();
        const QString why = out.cancelled ? QStringLiteral("cancelled by the user") : status.error().toString();
        if (Result<qint64> failed = runs.begin(QStringLiteral("file"), source, QFileInfo(path).size())) {
            out.runId = *failed;
            runs.markFailed(*failed, out.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), why);
        }
        out.factsWritten = 0;
        out.factsInserted = 0;
        out.factsUpdated = 0;
    }
    progress(1.0, QCoreApplication::translate("ImportJob", "Imported %1").arg(shortName));
    return out;
}
} // namespace

Result<ImportOutcome> runImport(const ImportRequest &request, Jobs::JobContext &context)
{
    if (Status writable = Storage::WriteAccess::check(context.location()); !writable)
        return tl::unexpected(writable.error());
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    ImportOutcome outcome;
    for (int i = 0; i < request.files.size(); ++i) {
        if (context.isCancelled())
            break;
        outcome.files << importFile(request.files[i], request.options, context, **db, i, int(request.files.size()));
    }
    return outcome;
}

} // namespace Demetra::Import
