#pragma once

#include "core/common/result.h"
#include "core/connectors/connector_config.h"
#include "core/domain/fact_row.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Demetra::Connectors {

/// What the platform says about the account (testConnection()).
struct AccountProfile
{
    QString name;     ///< the account's name on the platform (may be empty)
    QString currency; ///< ISO 4217 (or the platform's code: XTR, TON)
    QString timeZone; ///< IANA name; empty when the platform does not say (the sync then assumes UTC)
};

/// Inclusive range of reporting days in the account's time zone.
struct FetchWindow
{
    QDate from;
    QDate to;
};

/// Rows read for one window. Every row is a daily fact (spanDays 1) with the platform's campaign id as
/// campaign.key/externalId, the campaign name, the channel (Meta: per placement), money in micros of `currency`.
/// A measure the platform does not report (TikTok "-", a missing field) is nullopt, never 0.
struct FetchResult
{
    QList<FactRow> rows;
    QString currency;     ///< the account currency the rows' money is in
    QString timeZone;     ///< the account time zone the rows' days are in (empty: unknown)
    QStringList warnings; ///< translated, e.g. "reach omitted by the platform for 3 rows"
    int requests = 0;     ///< HTTP requests made (pages, polls and retries included)
    /// The days actually read, when the platform could not give the whole window (a history limit: VK keeps 366
    /// days). nullopt: the whole window. The sync treats the platform's answer as the whole truth only for these
    /// days: rows stored earlier outside them are left alone instead of being zeroed as "no longer reported".
    std::optional<FetchWindow> covered;
};

/// Progress in [0, 1] of one fetch with a translated stage text ("Reading page 3 of 7").
using FetchProgress = std::function<void(double fraction, const QString &stage)>;

/// Reads daily campaign statistics from one ad platform account. Implementations run on a job's thread with the
/// HttpClient given at construction (which owns retries, waits, limits and cancellation) and never write to the
/// database. Errors are specific and translated: an expired token, a missing permission, an unknown account, a
/// malformed body ("Meta: the response is not JSON at offset 1024"), a report that never finishes; the vendor's
/// request id is in the detail.
class Connector
{
public:
    virtual ~Connector() = default;
    virtual Platform platform() const = 0;
    /// Checks the token and the account, and reads the account's name, currency and time zone.
    virtual Result<AccountProfile> testConnection() = 0;
    /// Every campaign-day (and, for Meta, placement) row in `window`. All pages are read before returning: a
    /// failure part-way returns the error, not part of the rows.
    virtual Result<FetchResult> fetch(const FetchWindow &window, const FetchProgress &progress = {}) = 0;
};

} // namespace Demetra::Connectors
