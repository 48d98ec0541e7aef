#include "ui/pages/settings/llm_settings_panel.h"

#include "core/advice/advice_job.h"
#include "core/advice/llm_client.h"
#include "core/advice/llm_settings.h"
#include "core/analytics/dashboard_filter.h"
#include "core/jobs/job_runner.h"
#include "core/settings/secret_store.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/pages/recommendations/request_preview_dialog.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace K = Settings::Keys;

LlmSettingsPanel::LlmSettingsPanel(Jobs::JobRunner &jobs, Settings::SettingsStore &settings,
                                   Settings::SecretStore &secrets, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_settings(settings), m_secrets(secrets)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *intro =
        new QLabel(tr("Recommendations are written locally from your data unless a language model is set "
                      "here. Any OpenAI-compatible Chat Completions server works: a hosted model, the Hugging "
                      "Face router, Ollama, a llama.cpp server or vLLM. Only aggregated figures are sent, "
                      "never raw rows, and nothing is sent while the base URL is empty."),
                   this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_baseUrl = new QLineEdit(m_settings.value(K::LlmBaseUrl), this);
    m_baseUrl->setObjectName(QStringLiteral("llmBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:11434/v1"));
    m_baseUrl->setMinimumWidth(380);
    m_baseUrl->setToolTip(tr("Up to and including the API version; empty: write locally, send nothing"));
    form->addRow(tr("Base URL:"), m_baseUrl);
    m_model = new QLineEdit(m_settings.value(K::LlmModel), this);
    m_model->setObjectName(QStringLiteral("llmModel"));
    m_model->setPlaceholderText(QStringLiteral("qwen3:8b"));
    m_model->setMinimumWidth(380);
    form->addRow(tr("Model:"), m_model);

    auto *keyRow = new QHBoxLayout;
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("llmApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setMinimumWidth(340);
    m_apiKey->setPlaceholderText(tr("Type a new key to replace the stored one"));
    m_apiKey->setToolTip(tr("Kept only in the system keychain, never in the settings file, the database or logs"));
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("llmKeyStatus"));
    auto *forget = new QPushButton(tr("Forget key"), this);
    connect(forget, &QPushButton::clicked, this, &LlmSettingsPanel::forgetKey);
    keyRow->addWidget(m_apiKey);
    keyRow->addWidget(m_keyStatus);
    keyRow->addWidget(forget);
    keyRow->addStretch(1);
    form->addRow(tr("API key:"), keyRow);

    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(m_settings.value(K::LlmTemperature));
    form->addRow(tr("Temperature:"), m_temperature);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(m_settings.value(K::LlmTimeoutSeconds));
    m_timeout->setToolTip(tr("How long one request may take before it is abandoned and the text is written locally"));
    form->addRow(tr("Timeout:"), m_timeout);
    outer->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save"), this);
    connect(save, &QPushButton::clicked, this, &LlmSettingsPanel::save);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setToolTip(tr("Send one short chat completion to the endpoint in the form"));
    connect(m_test, &QPushButton::clicked, this, &LlmSettingsPanel::testConnection);
    m_preview = new QPushButton(tr("Preview what will be sent…"), this);
    m_preview->setToolTip(tr("Show the exact request body built from the current figures; nothing is sent"));
    connect(m_preview, &QPushButton::clicked, this, &LlmSettingsPanel::preview);
    buttons->addWidget(save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_preview);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("llmStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);

    connect(&m_testWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_test->setEnabled(true);
        if (m_testWatcher.isCanceled() || m_testWatcher.future().resultCount() == 0)
            return;
        const Result<QString> r = m_testWatcher.result();
        if (r)
            showStatus(*r, false);
        else
            showStatus(tr("Connection failed: %1").arg(r.error().message), true);
    });
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_preview->setEnabled(true);
        if (m_previewWatcher.isCanceled() || m_previewWatcher.future().resultCount() == 0)
            return;
        const Result<QByteArray> r = m_previewWatcher.result();
        if (!r) {
            showStatus(tr("Could not build the request: %1").arg(r.error().message), true);
            return;
        }
        showStatus(QString(), false);
        if (m_dialog)
            m_dialog->deleteLater();
        m_dialog = new RequestPreviewDialog(*r, m_previewUrl, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        m_dialog->show();
    });
}

LlmSettingsPanel::~LlmSettingsPanel()
{
    if (m_testWatcher.isRunning())
        m_testWatcher.future().cancel();
    m_testWatcher.waitForFinished();
    m_previewWatcher.waitForFinished();
}

void LlmSettingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keychain is asked only once the panel is shown (it may ask the user to unlock it).
    if (!m_keyStatusKnown)
        updateKeyStatus();
}

void LlmSettingsPanel::updateKeyStatus()
{
    m_keyStatusKnown = true;
    Result<QString> key = m_secrets.read(Settings::llmApiKeySecret());
    if (key && !key->isEmpty())
        m_keyStatus->setText(tr("Stored in the system keychain"));
    else if (!key && key.error().code != ErrorCode::NotFound)
        m_keyStatus->setText(tr("Keychain unavailable: %1").arg(key.error().message));
    else
        m_keyStatus->setText(tr("Not set"));
}

void LlmSettingsPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

Advice::LlmEndpoint LlmSettingsPanel::formEndpoint()
{
    Advice::LlmEndpoint endpoint;
    endpoint.baseUrl = m_baseUrl->text().trimmed();
    endpoint.model = m_model->text().trimmed();
    endpoint.temperature = m_temperature->value();
    endpoint.timeoutMs = m_timeout->value() * 1000;
    endpoint.apiKey = m_apiKey->text();
    if (endpoint.apiKey.isEmpty() && !endpoint.baseUrl.isEmpty()) {
        if (Result<QString> key = m_secrets.read(Settings::llmApiKeySecret()))
            endpoint.apiKey = *key;
    }
    return endpoint;
}

bool LlmSettingsPanel::save()
{
    const QString baseUrl = m_baseUrl->text().trimmed();
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            showStatus(tr("The base URL must be an http:// or https:// address, like http://127.0.0.1:11434/v1."),
                       true);
            return false;
        }
        if (m_model->text().trimmed().isEmpty()) {
            showStatus(tr("Name the model to use (for example qwen3:8b or gpt-4o-mini)."), true);
            return false;
        }
    }
    if (!m_apiKey->text().isEmpty()) {
        const Status stored = m_secrets.write(Settings::llmApiKeySecret(), m_apiKey->text());
        if (!stored) {
            showStatus(tr("The API key could not be stored: %1").arg(stored.error().message), true);
            return false;
        }
        m_apiKey->clear();
    }
    m_settings.setValue(K::LlmBaseUrl, baseUrl);
    m_settings.setValue(K::LlmModel, m_model->text().trimmed());
    m_settings.setValue(K::LlmTemperature, m_temperature->value());
    m_settings.setValue(K::LlmTimeoutSeconds, m_timeout->value());
    updateKeyStatus();
    showStatus(baseUrl.isEmpty() ? tr("Saved. Recommendations are written locally; nothing is sent.")
                                 : tr("Saved. Recommendations will be written by %1.").arg(m_model->text().trimmed()),
               false);
    emit saved();
    return true;
}

void LlmSettingsPanel::forgetKey()
{
    const Status removed = m_secrets.remove(Settings::llmApiKeySecret());
    if (!removed)
        showStatus(tr("The API key could not be removed: %1").arg(removed.error().message), true);
    updateKeyStatus();
}

void LlmSettingsPanel::testConnection()
{
    if (m_testWatcher.isRunning())
        return;
    Advice::LlmEndpoint endpoint = formEndpoint();
    if (!endpoint.isConfigured()) {
        showStatus(tr("Set an http(s) base URL and a model first."), true);
        return;
    }
    endpoint.maxAttempts = 1;
    m_test->setEnabled(false);
    showStatus(tr("Asking %1…").arg(endpoint.model), false);
    m_testWatcher.setFuture(m_jobs.run<QString>([endpoint](Jobs::JobContext &context) -> Result<QString> {
        Advice::ChatRequest chat;
        chat.system = QStringLiteral("You are a connectivity check. Answer with a JSON object.");
        chat.user = QStringLiteral("Reply with {\"ok\": true}.");
        QElapsedTimer clock;
        clock.start();
        Result<Advice::ChatReply> reply =
            Advice::LlmClient(endpoint).complete(chat, [&context] { return context.isCancelled(); });
        if (!reply)
            return tl::unexpected(reply.error());
        return QCoreApplication::translate("Demetra::Ui::LlmSettingsPanel", "Connected: %1 answered in %2 ms (%3).")
            .arg(reply->model)
            .arg(clock.elapsed())
            .arg(Advice::responseFormatName(reply->format));
    }));
}

void LlmSettingsPanel::preview()
{
    if (m_previewWatcher.isRunning())
        return;
    Advice::AdviceRequest request;
    request.input.filter = Analytics::DashboardFilter::load(m_settings);
    request.input.language = Advice::adviceLanguage(m_settings);
    request.input.forecasts = true;
    request.store = false;
    const Advice::LlmEndpoint endpoint = formEndpoint();
    m_previewUrl = endpoint.isConfigured() ? endpoint.chatCompletionsUrl() : QString();
    request.endpoint = endpoint;
    m_preview->setEnabled(false);
    showStatus(tr("Collecting the figures…"), false);
    m_previewWatcher.setFuture(m_jobs.run<QByteArray>(
        [request](Jobs::JobContext &context) { return Advice::previewAdviceRequest(request, context); }));
}

} // namespace Demetra::Ui
