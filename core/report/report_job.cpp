#include "core/report/report_job.h"

#include "core/advice/advice_repository.h"
#include "core/alerts/alert_repository.h"
#include "core/analytics/analytics_service.h"
#include "core/budget/budget_job.h"
#include "core/connectors/connector_account_repository.h"
#include "core/connectors/platform.h"
#include "core/forecast/forecast_job.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Demetra::Report {

namespace {

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("ReportJob", "The report was cancelled."), {}};
}

Result<QList<DataSourceFreshness>> loadSources(Storage::Database &db)
{
    Result<QSqlQuery> q = db.exec(
        QStringLiteral("SELECT a.name, a.source_kind, a.platform, MIN(f.day), MAX(f.day) FROM accounts a "
                       "LEFT JOIN facts f ON f.account_id = a.id GROUP BY a.id ORDER BY a.source_kind, a.name"));
    if (!q)
        return tl::unexpected(q.error());
    QList<DataSourceFreshness> sources;
    while (q->next()) {
        DataSourceFreshness s;
        s.name = q->value(0).toString();
        s.kind = q->value(1).toString();
        s.platform = q->value(2).toString();
        if (!q->value(3).isNull())
            s.firstDay = QDate::fromJulianDay(q->value(3).toLongLong());
        if (!q->value(4).isNull())
            s.lastDay = QDate::fromJulianDay(q->value(4).toLongLong());
        sources << s;
    }
    Result<QList<Connectors::ConnectorAccount>> accounts = Connectors::ConnectorAccountRepository(db).list();
    if (!accounts)
        return tl::unexpected(accounts.error());
    for (const Connectors::ConnectorAccount &a : *accounts) {
        const QString platform = Connectors::platformId(a.platform);
        bool matched = false;
        for (DataSourceFreshness &s : sources) {
            if (s.kind == QLatin1String("api") && s.platform == platform && s.name == a.name) {
                s.completeUpTo = a.completeUpTo;
                s.lastSyncAt = a.lastSyncAt;
                s.lastStatus = a.lastStatus;
                matched = true;
            }
        }
        if (!matched) {
            DataSourceFreshness s;
            s.name = a.name;
            s.kind = QStringLiteral("api");
            s.platform = platform;
            s.completeUpTo = a.completeUpTo;
            s.lastSyncAt = a.lastSyncAt;
            s.lastStatus = a.lastStatus;
            sources << s;
        }
    }
    return sources;
}

} // namespace

Result<ReportData> buildReportData(const ReportRequest &request, Jobs::JobContext &context)
{
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    const Analytics::AnalyticsService analytics(**db);
    ReportData data;
    data.filter = request.filter;
    data.generatedAt = QDateTime::currentDateTimeUtc();

    context.progress(0.0, QCoreApplication::translate("ReportJob", "Reading the period's figures"));
    Result<Analytics::KpiSummary> summary = analytics.summary(request.filter);
    if (!summary)
        return tl::unexpected(summary.error());
    data.summary = *summary;
    Result<QList<DataSourceFreshness>> sources = loadSources(**db);
    if (!sources)
        return tl::unexpected(sources.error());
    data.sources = *sources;
    Result<QList<Alerts::Alert>> alerts = Alerts::AlertRepository(**db).list(false);
    if (!alerts)
        return tl::unexpected(alerts.error());
    for (const Alerts::Alert &a : *alerts) {
        if (a.state == Alerts::AlertState::Open)
            data.openAlerts << a;
    }
    Result<std::optional<Advice::AdviceRecord>> advice = Advice::AdviceRepository(**db).latest();
    if (!advice)
        return tl::unexpected(advice.error());
    data.advice = *advice;
    if (data.isEmpty() || !data.summary.from.isValid())
        return data;

    Analytics::AnalyticsFilter period = request.filter;
    period.from = data.summary.from;
    period.to = data.summary.to;
    Result<QList<Analytics::BreakdownRow>> channels = analytics.breakdown(period, Analytics::Dimension::Channel);
    if (!channels)
        return tl::unexpected(channels.error());
    data.channels = *channels;
    Result<QList<Analytics::BreakdownRow>> campaigns = analytics.breakdown(period, Analytics::Dimension::Campaign);
    if (!campaigns)
        return tl::unexpected(campaigns.error());
    data.campaigns = *campaigns;
    Result<QList<Analytics::SeriesPoint>> daily = analytics.timeSeries(period, Analytics::Granularity::Day, false);
    if (!daily)
        return tl::unexpected(daily.error());
    data.daily = *daily;
    Result<QList<Analytics::SeriesPoint>> byChannel = analytics.timeSeries(period, Analytics::Granularity::Day, true);
    if (!byChannel)
        return tl::unexpected(byChannel.error());
    data.dailyByChannel = *byChannel;
    if (context.isCancelled())
        return tl::unexpected(cancelledError());

    if (request.forecasts) {
        context.progress(0.3, QCoreApplication::translate("ReportJob", "Forecasting ROI by channel"));
        Forecast::ForecastRequest f;
        f.conditions = period;
        f.options.horizonDays = request.forecastHorizonDays;
        f.options.folds = Forecast::kOverviewFolds;
        Result<Forecast::ForecastOverview> overview = Forecast::runForecastOverview(f, context);
        if (overview)
            data.forecasts = *overview;
        else if (overview.error().code == ErrorCode::Cancelled)
            return tl::unexpected(overview.error());
        else
            data.forecastError = overview.error();
    }
    if (request.budget) {
        context.progress(0.7, QCoreApplication::translate("ReportJob", "Planning the budget"));
        Budget::BudgetRequest b;
        b.days = request.budgetDays;
        Result<Budget::BudgetSnapshot> budget = Budget::runBudgetJob(period, b, context);
        if (budget)
            data.budget = *budget;
        else if (budget.error().code == ErrorCode::Cancelled)
            return tl::unexpected(budget.error());
        else
            data.budgetError = budget.error();
    }
    context.progress(1.0, QCoreApplication::translate("ReportJob", "Report data ready"));
    return data;
}

} // namespace Demetra::Report
