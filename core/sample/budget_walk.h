#pragma once

#include <QDate>
#include <QList>

namespace Demetra::Sample {

/// Each channel's daily budget multiplier over `days` days from `start`: exp(x_t - s^2/2), x an AR(1) walk
/// (persistence and sd from sample_model.h) drawn from `seed`. The walk is centred over the span and, for spans of
/// 120 days or more, carries no yearly cycle of its own (its projection on the calendar's yearly harmonic is removed),
/// so that spend is linked to seasonal demand only through the planted budget-season share.
/// Laid out day-major: element [day * channelCount + channel].
QList<double> budgetWalks(quint64 seed, const QDate &start, int days, int channelCount);

} // namespace Demetra::Sample
