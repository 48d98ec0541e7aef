#pragma once

#include "core/common/result.h"
#include "core/import/file_preview.h"
#include "core/import/import_options.h"
#include "core/import/import_outcome.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QWidget;

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Ui {

class ColumnMappingDialog;

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
    /// True while a job runs, mapped files wait for theirs, or the column-mapping dialog is open.
    bool isRunning() const;

    /// Replaces the modal exec() of the column-mapping dialog (tests): the hook gets the dialog, set up for the
    /// file, and returns QDialog::Accepted or Rejected. An empty hook restores exec().
    using MappingDialogHook = std::function<int(ColumnMappingDialog &)>;
    void setMappingDialogHook(MappingDialogHook hook) { m_dialogHook = std::move(hook); }

signals:
    void started(const QString &text);
    void progress(int permille, const QString &stage);
    /// The import ended. `html` is the banner text (links "demetra:rejected/<run id>"); `error` when some file
    /// failed; `changed` when rows were written (pages must reload).
    void finished(const QString &html, bool error, bool changed);
    /// An import could not start (another one runs).
    void refused(const QString &message);

private:
    void startJob(const QStringList &files, const Import::ImportOptions &options);
    void onFinished();
    /// Whether a file that failed this way can be imported with a column mapping: an unknown layout, or a known
    /// one that does not say which channel its rows belong to. Reads the file's first rows into `preview` (once:
    /// askMapping uses them too).
    static bool needsMapping(const Import::FileImportOutcome &file,
                             std::optional<Result<Import::FilePreview>> &preview);
    /// The options to import `file` (see needsMapping) with: a remembered mapping for its headers, or the user's
    /// choice in the column-mapping dialog (remembered on OK); nullopt when the user cancels or the file cannot be
    /// previewed, with the reason in `why`.
    std::optional<Import::ImportOptions> askMapping(const QString &file, const Result<Import::FilePreview> &preview,
                                                    const Import::ImportOptions &base, bool channelOnly, QString *why);
    QString describe(const Import::ImportOutcome &outcome, bool *anyError) const;

    Jobs::JobRunner &m_jobs;
    Settings::SettingsStore &m_settings;
    QWidget *m_dialogParent;
    QFutureWatcher<Result<Import::ImportOutcome>> m_watcher;
    Import::ImportOptions m_options;
    QList<std::pair<QString, Import::ImportOptions>> m_queue; ///< mapped files waiting for their own run
    QStringList m_reports;                                    ///< banner lines of the runs so far
    QHash<QString, QString> m_notes; ///< per file: how its mapping was chosen (shown after its counts)
    MappingDialogHook m_dialogHook;
    bool m_asking = false;
    bool m_anyError = false;
    bool m_changed = false;
};

} // namespace Demetra::Ui
