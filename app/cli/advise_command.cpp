#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "app/cli/model_commands.h"
#include "app/cli/terminal_progress.h"
#include "core/advice/advice_job.h"
#include "core/jobs/job_context.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace Demetra::Cli {

namespace {

using namespace Demetra::Advice;

QString number(const std::optional<double> &v, bool percent = false)
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("—");
    return percent ? QString::number(*v * 100.0, 'f', 1) + QStringLiteral(" %") : QString::number(*v, 'f', 2);
}

QString text(const AdviceResult &r)
{
    const AdviceDocument &d = r.document;
    QString out;
    if (r.isLocal())
        out += QCoreApplication::translate("CliAdvise", "Written locally from your data.") + u'\n';
    else
        out += QCoreApplication::translate("CliAdvise", "Written by %1.").arg(r.author) + u'\n';
    if (!r.fallbackReason.isEmpty())
        out += QCoreApplication::translate("CliAdvise", "The model was not used: %1").arg(r.fallbackReason) + u'\n';
    out += u'\n' + d.summary + QStringLiteral("\n\n");

    out += QCoreApplication::translate("CliAdvise", "Channels") + u'\n';
    for (const ChannelVerdict &v : d.channelComparison.verdicts) {
        out += QStringLiteral("  %1  %2  ROI %3  (%4)\n")
                   .arg(v.channel.leftJustified(14), v.verdict.leftJustified(15), number(v.roi, true).rightJustified(8),
                        v.figures);
    }
    if (!d.mlPredictions.forecasts.isEmpty()) {
        out += u'\n' + QCoreApplication::translate("CliAdvise", "Forecasts") + u'\n';
        for (const ForecastStatement &f : d.mlPredictions.forecasts) {
            out += QCoreApplication::translate("CliAdvise", "  %1  %2 over %3 days: %4 (80 %: %5 to %6). %7\n")
                       .arg(f.channel.leftJustified(14), f.metric)
                       .arg(f.horizonDays)
                       .arg(number(f.value, true), number(f.lower, true), number(f.upper, true), f.backtestNote);
        }
    }
    const AdviceRecommendations &rec = d.recommendations;
    if (!rec.budgetMoves.isEmpty()) {
        out += u'\n' + QCoreApplication::translate("CliAdvise", "Budget moves") + u'\n';
        for (const BudgetMove &m : rec.budgetMoves) {
            out += QCoreApplication::translate("CliAdvise", "  %1 → %2: %3 %4. %5\n    %6\n")
                       .arg(m.fromChannel, m.toChannel, QString::number(m.amount, 'f', 2), m.currency, m.expectedEffect,
                            m.figures);
        }
    }
    if (!rec.actions.isEmpty()) {
        out += u'\n' + QCoreApplication::translate("CliAdvise", "Actions") + u'\n';
        for (const AdviceAction &a : rec.actions) {
            out +=
                QStringLiteral("  [%1] %2: %3 %4\n    %5\n").arg(a.area, a.channel, a.action, a.rationale, a.figures);
        }
    }
    if (!rec.risks.isEmpty()) {
        out += u'\n' + QCoreApplication::translate("CliAdvise", "Risks") + u'\n';
        for (const AdviceRisk &k : rec.risks) {
            out += QStringLiteral("  - %1").arg(k.text);
            if (!k.figures.isEmpty())
                out += QStringLiteral(" (%1)").arg(k.figures);
            out += u'\n';
        }
    }
    return out;
}

} // namespace

int runAdvise(QCommandLineParser &p)
{
    AdviceRequest request;
    const QString lang =
        p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang")) : QLocale::system().name().left(2);
    request.input.language = lang == QLatin1String("ru") ? QStringLiteral("ru") : QStringLiteral("en");

    Result<Analytics::AnalyticsFilter> filter = filterFrom(p);
    if (!filter)
        return reportError(filter.error());
    if (filter->from.isValid() || filter->to.isValid()) {
        request.input.filter.preset = Analytics::DatePreset::Custom;
        request.input.filter.customFrom = filter->from;
        request.input.filter.customTo = filter->to;
    }
    request.input.filter.channels = filter->channels;
    request.input.filter.segments = filter->segments;
    request.input.filter.audiences = filter->audiences;
    if (!filter->campaignIds.isEmpty() || !filter->locations.isEmpty() || !filter->languages.isEmpty() ||
        !filter->accountIds.isEmpty())
        return usageError(QCoreApplication::translate(
            "CliAdvise", "advise: filter by --from/--to, --channel, --segment and --audience only"));
    if (p.isSet(QStringLiteral("horizon"))) {
        bool ok = false;
        const int days = p.value(QStringLiteral("horizon")).toInt(&ok);
        if (!ok || days < 7 || days > 90)
            return usageError(QCoreApplication::translate("CliAdvise", "advise: --horizon takes 7 to 90 days"));
        request.input.horizonDays = days;
    }

    const bool llm = p.isSet(QStringLiteral("llm"));
    if (llm != p.isSet(QStringLiteral("model")))
        return usageError(QCoreApplication::translate("CliAdvise", "advise: --llm BASE_URL and --model M go together"));
    if (llm) {
        LlmEndpoint endpoint;
        endpoint.baseUrl = p.value(QStringLiteral("llm"));
        endpoint.model = p.value(QStringLiteral("model"));
        endpoint.apiKey = qEnvironmentVariable("DEMETRA_LLM_API_KEY");
        if (!endpoint.isConfigured())
            return usageError(QCoreApplication::translate(
                                  "CliAdvise", "advise: --llm takes an http(s) base URL such as %1, got \"%2\"")
                                  .arg(QStringLiteral("http://127.0.0.1:11434/v1"), endpoint.baseUrl));
        request.endpoint = endpoint;
    }

    Result<Storage::DatabaseLocation> location = existingDatabase(p);
    if (!location)
        return reportError(location.error());
    watchInterrupts();
    TerminalProgress progress;
    Jobs::JobContext context(
        *location, [&progress](double f, const QString &stage) { progress.update(f, stage); },
        [] { return interrupted(); });

    if (p.isSet(QStringLiteral("preview"))) {
        Result<QByteArray> body = previewAdviceRequest(request, context);
        progress.finish();
        if (!body)
            return reportError(body.error());
        printOut(QString::fromUtf8(QJsonDocument::fromJson(*body).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    Result<AdviceResult> result = runAdvice(request, context);
    progress.finish();
    if (!result)
        return reportError(result.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = result->document.toJson();
        o.insert(QStringLiteral("author"), result->author);
        if (!result->fallbackReason.isEmpty())
            o.insert(QStringLiteral("fallback_reason"), result->fallbackReason);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        printOut(text(*result));
    }
    return ExitOk;
}

} // namespace Demetra::Cli
