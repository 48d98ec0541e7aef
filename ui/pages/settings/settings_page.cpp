#include "ui/pages/settings/settings_page.h"

#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/pages/settings/alert_settings_panel.h"
#include "ui/pages/settings/database_settings_panel.h"
#include "ui/pages/settings/llm_settings_panel.h"
#include "ui/pages/settings/scheduled_report_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace K = Settings::Keys;

SettingsPage::SettingsPage(PageContext context, QString databaseDescription, QWidget *parent) : Page(context, parent)
{
    Settings::SettingsStore &settings = this->context().settings;
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    page->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(content);
    auto *heading = new QLabel(tr("Settings"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    outer->addWidget(heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    const QString language = settings.value(K::UiLanguage);
    // No choice stored yet: the language the interface runs in (the system's, set as the default locale).
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(language.isEmpty() ? QLocale().name().left(2) : language)));
    m_restartNote = new QLabel(tr("The new language applies when Demetra starts next time."), this);
    m_restartNote->setEnabled(false);
    m_restartNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        this->context().settings.setValue(K::UiLanguage, m_language->currentData().toString());
        m_restartNote->show();
    });
    auto *languageBox = new QVBoxLayout;
    languageBox->addWidget(m_language);
    languageBox->addWidget(m_restartNote);
    form->addRow(tr("Language:"), languageBox);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.value(K::UiTheme))));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const QString mode = m_theme->currentData().toString();
        this->context().settings.setValue(K::UiTheme, mode);
        emit themeChanged(mode);
    });
    form->addRow(tr("Theme:"), m_theme);

    m_minImpressions = new QSpinBox(this);
    m_minImpressions->setRange(0, 100'000'000);
    m_minImpressions->setSingleStep(500);
    m_minImpressions->setGroupSeparatorShown(true);
    m_minImpressions->setValue(int(qMin<qint64>(settings.value(K::MinImpressions), 100'000'000)));
    m_minImpressions->setToolTip(tr("Groups with fewer impressions are left out of the audience and best-time "
                                    "rankings, so a tiny group cannot top a list by chance."));
    connect(m_minImpressions, &QSpinBox::valueChanged, this, [this](int v) {
        this->context().settings.setValue(K::MinImpressions, qint64(v));
        emit analysisChanged();
    });
    form->addRow(tr("Minimum impressions for rankings:"), m_minImpressions);

    m_tray = new QCheckBox(tr("Show an icon in the system tray"), this);
    m_tray->setChecked(settings.value(K::TrayEnabled));
    connect(m_tray, &QCheckBox::toggled, this, [this](bool on) {
        this->context().settings.setValue(K::TrayEnabled, on);
        emit trayChanged(on);
    });
    form->addRow(tr("Tray:"), m_tray);

    outer->addLayout(form);

    auto *database = new QGroupBox(tr("Database"), this);
    database->setToolTip(tr("Start Demetra with --db PATH or --db postgresql://… to open another database once."));
    auto *databaseLayout = new QVBoxLayout(database);
    m_database = new DatabaseSettingsPanel(settings, this->context().secrets, std::move(databaseDescription), database);
    databaseLayout->addWidget(m_database);
    outer->addWidget(database);

    auto *alerts = new QGroupBox(tr("Alerts and refresh"), this);
    auto *alertsLayout = new QVBoxLayout(alerts);
    m_alerts = new AlertSettingsPanel(this->context().jobs, settings, alerts);
    alertsLayout->addWidget(m_alerts);
    connect(m_alerts, &AlertSettingsPanel::saved, this, &SettingsPage::alertSettingsChanged);
    outer->addWidget(alerts);

    auto *reports = new QGroupBox(tr("Scheduled reports"), this);
    auto *reportsLayout = new QVBoxLayout(reports);
    m_reports = new ScheduledReportPanel(this->context().jobs, settings, reports);
    reportsLayout->addWidget(m_reports);
    outer->addWidget(reports);

    auto *llm = new QGroupBox(tr("Language model"), this);
    auto *llmLayout = new QVBoxLayout(llm);
    m_llm = new LlmSettingsPanel(this->context().jobs, settings, this->context().secrets, llm);
    llmLayout->addWidget(m_llm);
    outer->addWidget(llm);
    outer->addStretch(1);
}

} // namespace Demetra::Ui
