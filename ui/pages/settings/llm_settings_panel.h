#pragma once

#include "core/advice/llm_endpoint.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SecretStore;
class SettingsStore;
} // namespace Demetra::Settings

namespace Demetra::Ui {

class RequestPreviewDialog;

/// Settings → Language model: the OpenAI-compatible endpoint recommendations may be written by (base URL, model,
/// temperature, timeout; the API key only through the secret store, shown as "stored in the system keychain" or "not
/// set"). By default no base URL is set and recommendations are written locally. "Test connection" sends one short
/// chat completion (a job); "Preview what will be sent" shows the exact request body, built from the current
/// figures by a job, before anything leaves the machine.
class LlmSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    LlmSettingsPanel(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, Settings::SecretStore &secrets,
                     QWidget *parent = nullptr);
    ~LlmSettingsPanel() override;

    /// The endpoint as the form shows it, with the key typed in or else the stored one (read from the secret store).
    Advice::LlmEndpoint formEndpoint();
    /// Saves the settings and, when one was typed, the API key (to the secret store only); false with the message
    /// shown when the base URL is not an http(s) address or the key cannot be stored.
    bool save();
    /// Forgets the stored API key.
    void forgetKey();
    /// Sends one short chat completion with the form's endpoint (a job); the result appears in the status line.
    void testConnection();
    /// Builds the request body from the current figures (a job) and opens the preview dialog.
    void preview();
    bool isBusy() const { return m_testWatcher.isRunning() || m_previewWatcher.isRunning(); }

    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QLabel *keyStatusLabel() const { return m_keyStatus; }
    QLabel *statusLabel() const { return m_status; }
    /// The last preview dialog opened (tests), null before the first.
    RequestPreviewDialog *previewDialog() const { return m_dialog; }

signals:
    void saved();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateKeyStatus();
    void showStatus(const QString &text, bool error);

    Jobs::JobRunner &m_jobs;
    Settings::SettingsStore &m_settings;
    Settings::SecretStore &m_secrets;
    QFutureWatcher<Result<QString>> m_testWatcher;
    QFutureWatcher<Result<QByteArray>> m_previewWatcher;
    QString m_previewUrl;
    bool m_keyStatusKnown = false;

    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_status = nullptr;
    RequestPreviewDialog *m_dialog = nullptr;
};

} // namespace Demetra::Ui
