#include "ui/import/import_controller.h"

#include "core/import/import_job.h"
#include "core/jobs/job_runner.h"

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
    return m_watcher.isRunning() || !m_queue.isEmpty();
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
    if (m_watcher.isRunning()) {
        emit refused(tr("An import is already running; wait for it or cancel it."));
        return;
    }
    if (m_queue.isEmpty()) {
        m_reports.clear();
        m_anyError = false;
        m_changed = false;
    }
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
            if (f.error && f.error->code == ErrorCode::UnknownLayout) {
                if (std::optional<Import::ImportOptions> o = askMapping(f.file, m_options)) {
                    mapped.append({f.file, *o});
                    continue;
                }
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
        importFiles({file}, options);
        return;
    }
    emit finished(m_reports.join(QStringLiteral("<br>")), m_anyError, m_changed);
}

std::optional<Import::ImportOptions> ImportController::askMapping(const QString &file,
                                                                  const Import::ImportOptions &base)
{
    Q_UNUSED(file);
    Q_UNUSED(base);
    return std::nullopt;
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
        QString line = tr("<b>%1</b> (%2): %3 rows read, %4 written, %5 rejected")
                           .arg(name, f.layoutName.toHtmlEscaped(), locale.toString(f.records),
                                locale.toString(f.factsWritten), locale.toString(f.rejected));
        if (f.rejected > 0 && f.runId > 0)
            line += QStringLiteral(" — <a href=\"demetra:rejected/%1\">%2</a>").arg(f.runId).arg(tr("see why"));
        lines << line;
        for (const QString &w : f.warnings)
            lines << w.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace Demetra::Ui
