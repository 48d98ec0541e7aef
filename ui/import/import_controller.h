#pragma once

#include "core/common/result.h"
#include "core/import/import_options.h"
#include "core/import/import_outcome.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <optional>

class QWidget;

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Ui {

/// Runs CSV imports for the window: one job at a time with progress and cancel; files whose layout is unknown go
/// through the column-mapping dialog (or a mapping remembered for the same headers) and are imported again; the
/// outcome becomes a banner text with imported / updated / rejected counts and a link to the rejected rows.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, QWidget *dialogParent,
                     QObject *parent = nullptr);
    ~ImportController() override;

    /// Starts importing `files` (ignored with a message while another import runs).
    void importFiles(const QStringList &files, const Import::ImportOptions &options = {});
    void cancel();
    bool isRunning() const;

signals:
    void started(const QString &text);
    void progress(int permille, const QString &stage);
    /// The import ended. `html` is the banner text (links "demetra:rejected/<run id>"); `error` when some file
    /// failed; `changed` when rows were written (pages must reload).
    void finished(const QString &html, bool error, bool changed);
    /// An import could not start (another one runs).
    void refused(const QString &message);

private:
    void onFinished();
    /// The options to import an unknown-layout `file` with: a remembered mapping for its headers, or the user's
    /// choice in the column-mapping dialog; nullopt when the user cancels.
    std::optional<Import::ImportOptions> askMapping(const QString &file, const Import::ImportOptions &base);
    QString describe(const Import::ImportOutcome &outcome, bool *anyError) const;

    Jobs::JobRunner &m_jobs;
    Settings::SettingsStore &m_settings;
    QWidget *m_dialogParent;
    QFutureWatcher<Result<Import::ImportOutcome>> m_watcher;
    Import::ImportOptions m_options;
    QList<std::pair<QString, Import::ImportOptions>> m_queue; ///< mapped files waiting for their own run
    QStringList m_reports;                                    ///< banner lines of the runs so far
    bool m_anyError = false;
    bool m_changed = false;
};

} // namespace Demetra::Ui
