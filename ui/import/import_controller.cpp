#include "ui/import/import_controller.h"

#include "core/import/file_preview.h"
#include "core/import/import_job.h"
#include "core/import/layout_detector.h"
#include "core/import/mapping_memory.h"
#include "core/jobs/job_runner.h"
#include "ui/import/column_mapping_dialog.h"

#include <QDialog>
#include <QFileInfo>
#include <QLocale>

namespace Demetra::Ui {

ImportController::ImportController(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, QWidget *dialogParent,
                                   QObject *parent)
    : QObject(parent), m_jobs(jobs), m_settings(settings), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int v) { emit progress(v, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &t) { emit progress(m_watcher.progressValue(), t); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning() || !m_queue.isEmpty() || m_asking;
}

void ImportController::cancel()
{
    m_queue.clear();
    m_watcher.cancel();
}

void ImportController::importFiles(const QStringList &files, const Import::ImportOptions &options)
{
    if (files.isEmpty())
        return;
    if (isRunning()) {
        emit refused(tr("An import is already running; wait for it or cancel it."));
        return;
    }
    m_reports.clear();
    m_notes.clear();
    m_anyError = false;
    m_changed = false;
    startJob(files, options);
}

void ImportController::startJob(const QStringList &files, const Import::ImportOptions &options)
{
    m_options = options;
    Import::ImportRequest request;
    request.files = files;
    request.options = options;
    emit started(tr("Importing %n file(s)…", nullptr, int(files.size())));
    m_watcher.setFuture(m_jobs.run<Import::ImportOutcome>(
        [request](Jobs::JobContext &context) { return Import::runImport(request, context); }));
}

void ImportController::onFinished()
{
    QList<std::pair<QString, Import::ImportOptions>> mapped;
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        m_reports << tr("Import cancelled: nothing from the unfinished file was kept; files finished before it stay "
                        "imported.")
                         .toHtmlEscaped();
        m_changed = true; // files before the cancelled one may have landed
        m_queue.clear();
    } else if (const Result<Import::ImportOutcome> r = m_watcher.result(); !r) {
        m_reports << r.error().message.toHtmlEscaped();
        m_anyError = true;
    } else {
        bool error = false;
        Import::ImportOutcome shown = *r;
        shown.files.clear();
        for (const Import::FileImportOutcome &f : r->files) {
            std::optional<Result<Import::FilePreview>> preview;
            if (needsMapping(f, preview)) {
                QString why;
                m_asking = true;
                std::optional<Import::ImportOptions> o =
                    askMapping(f.file, *preview, m_options, f.error->code != ErrorCode::UnknownLayout, &why);
                m_asking = false;
                if (o) {
                    mapped.append({f.file, *o});
                    continue;
                }
                Import::FileImportOutcome notImported = f;
                notImported.error->message = why;
                shown.files << notImported;
                continue;
            }
            shown.files << f;
        }
        if (!shown.files.isEmpty())
            m_reports << describe(shown, &error);
        m_anyError = m_anyError || error;
        for (const Import::FileImportOutcome &f : shown.files)
            m_changed = m_changed || f.factsWritten > 0;
    }
    m_queue << mapped;
    if (!m_queue.isEmpty()) {
        const auto [file, options] = m_queue.takeFirst();
        startJob({file}, options);
        return;
    }
    emit finished(m_reports.join(QStringLiteral("<br>")), m_anyError, m_changed);
}

bool ImportController::needsMapping(const Import::FileImportOutcome &file,
                                    std::optional<Result<Import::FilePreview>> &preview)
{
    if (!file.error)
        return false;
    const ErrorCode code = file.error->code;
    if (code != ErrorCode::UnknownLayout && code != ErrorCode::InvalidArgument)
        return false;
    preview = Import::FilePreviewReader::read(file.file);
    if (code == ErrorCode::UnknownLayout)
        return true; // askMapping says why when the preview cannot be read
    // The layout is known but names no channel: detection succeeds once a channel is given.
    if (!*preview)
        return false;
    Result<Import::Layout> plain = Import::LayoutDetector::detect(**preview);
    return !plain && plain.error().code == ErrorCode::InvalidArgument &&
           Import::LayoutDetector::detect(**preview, QStringLiteral("Facebook")).has_value();
}

std::optional<Import::ImportOptions> ImportController::askMapping(const QString &file,
                                                                  const Result<Import::FilePreview> &preview,
                                                                  const Import::ImportOptions &base, bool channelOnly,
                                                                  QString *why)
{
    if (!preview) {
        *why = preview.error().message;
        return std::nullopt;
    }
    Import::MappingMemory memory(m_settings);
    const std::optional<Import::ColumnMapping> remembered = memory.findFor(*preview);
    Import::ColumnMapping mapping;
    // A remembered mapping that puts every row on one chosen channel is not applied silently to a file whose name
    // names another channel (the same headers, another platform's export): the dialog opens with that channel.
    const bool fixedChannel = remembered && !remembered->roles.contains(Import::ColumnRole::Channel);
    const QString namedChannel =
        remembered ? Import::ColumnMapping::guess(*preview, remembered->headerRecord).channel : QString();
    const bool otherChannel = fixedChannel && !namedChannel.isEmpty() && namedChannel != remembered->channel;
    if (remembered && remembered->isComplete() && !otherChannel) {
        // The same headers as a file mapped before: imported the same way, without asking.
        mapping = *remembered;
        const QLocale locale;
        const QString when = locale.toString(remembered->savedAt.date(), QStringLiteral("d MMMM yyyy"));
        m_notes.insert(
            file, fixedChannel
                      ? tr("imported with the mapping you chose on %1, every row on %2").arg(when, remembered->channel)
                      : tr("imported with the mapping you chose on %1").arg(when));
    } else {
        Import::ColumnMapping initial =
            remembered ? *remembered
                       : Import::ColumnMapping::guess(*preview, Import::ColumnMapping::guessHeaderRecord(*preview));
        if (otherChannel)
            initial.channel = namedChannel;
        if (!base.channel.isEmpty())
            initial.channel = base.channel;
        if (!base.currency.isEmpty())
            initial.currency = base.currency;
        if (base.dateOrder != Import::DateOrder::Unknown)
            initial.dateOrder = base.dateOrder;
        ColumnMappingDialog dialog(*preview, initial, m_dialogParent);
        if (otherChannel)
            dialog.setExplanation(
                tr("<b>%1 has the columns of a file you mapped before, but its name says %2, not %3.</b><br>Check "
                   "the channel these rows belong to; the rest of the mapping is the one you chose then.")
                    .arg(QFileInfo(file).fileName().toHtmlEscaped(), namedChannel.toHtmlEscaped(),
                         remembered->channel.toHtmlEscaped()));
        else if (channelOnly)
            dialog.setExplanation(
                tr("<b>%1 does not say which channel its rows belong to.</b><br>Choose the channel (or the column "
                   "that names it) and check how the columns are read. Your choice is remembered: files with the "
                   "same columns are imported the same way next time, without asking.")
                    .arg(QFileInfo(file).fileName().toHtmlEscaped()));
        const int answer = m_dialogHook ? m_dialogHook(dialog) : dialog.exec();
        if (answer != QDialog::Accepted || !dialog.problem().isEmpty()) {
            *why = tr("you cancelled the column mapping");
            return std::nullopt;
        }
        mapping = dialog.mapping();
        memory.remember(mapping);
        m_notes.insert(file, tr("imported with your column mapping; files with the same columns will be too"));
    }
    Import::ImportOptions options = base;
    options.layout = mapping.toLayout();
    options.currency = mapping.currency;
    options.dateOrder = mapping.dateOrder;
    options.periodFrom = mapping.periodFrom;
    options.periodTo = mapping.periodTo;
    return options;
}

QString ImportController::describe(const Import::ImportOutcome &outcome, bool *anyError) const
{
    QStringList lines;
    const QLocale locale;
    for (const Import::FileImportOutcome &f : outcome.files) {
        const QString name = QFileInfo(f.file).fileName().toHtmlEscaped();
        if (f.error) {
            *anyError = true;
            lines << tr("<b>%1</b>: not imported — %2").arg(name, f.error->message.toHtmlEscaped());
            continue;
        }
        if (f.cancelled) {
            lines << tr("<b>%1</b>: cancelled; nothing from it was kept").arg(name);
            continue;
        }
        QString line = tr("<b>%1</b> (%2): %3 rows imported, %4 updated, %5 rejected")
                           .arg(name, f.layoutName.toHtmlEscaped(), locale.toString(f.factsInserted),
                                locale.toString(f.factsUpdated), locale.toString(f.rejected));
        if (const QString note = m_notes.value(f.file); !note.isEmpty())
            line += QStringLiteral(" — ") + note.toHtmlEscaped();
        if (f.rejected > 0 && f.runId > 0)
            line += QStringLiteral(" — <a href=\"demetra:rejected/%1\">%2</a>").arg(f.runId).arg(tr("see why"));
        lines << line;
        for (const QString &w : f.warnings)
            lines << w.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace Demetra::Ui
