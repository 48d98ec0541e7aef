#pragma once

#include "core/common/result.h"
#include "core/forecast/forecast_request.h"
#include "core/forecast/forecast_snapshot.h"

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Forecast {

/// Folds the all-channels job backtests with (fewer than the one-channel job's 8, to stay quick).
inline constexpr int kOverviewFolds = 4;

/// Forecasts `request.metrics` for `request.channel` (empty: the first channel by name) on the job's own
/// connection, plus the channel's payback
/// (spend and revenue forecasts). Fails with NotFound when the channel has no data under the conditions (the
/// message lists the channels there are), InvalidArgument for a bad horizon, Cancelled, or a database/library
/// error; a metric that cannot be forecast is an error inside the snapshot, not a failed job.
Result<ChannelForecastSnapshot> runChannelForecast(const ForecastRequest &request, Jobs::JobContext &context);

/// Forecasts every channel's ROI and payback (spend and revenue models, `request.options.folds` folds) on the job's
/// own connection. Channels that cannot be forecast carry their reason. Fails only on Cancelled or a database or
/// library error.
Result<ForecastOverview> runForecastOverview(const ForecastRequest &request, Jobs::JobContext &context);

} // namespace Demetra::Forecast
