#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Demetra::Connectors {

/// Which `actions` / `action_values` entries count as conversions and revenue. Each group is a list of
/// alternative action types of which only the FIRST one present in a row counts; groups are summed. This keeps
/// overlapping types (omni_purchase ⊇ purchase ⊇ offsite_conversion.fb_pixel_purchase; lead ⊇ pixel and on-Facebook
/// leads) from being counted twice. Option text: groups separated by ',', alternatives by '|'.
struct MetaActionMapping
{
    QList<QStringList> conversionGroups;
    QList<QStringList> revenueGroups;

    /// Defaults: conversions = purchases + leads, revenue = purchase value (see defaultConversionActions()).
    static MetaActionMapping fromOptions(const QString &conversionActions, const QString &revenueActions);
    /// Purchases (omni_purchase, else purchase, else the pixel purchase) plus leads (lead, else the grouped
    /// on-Facebook lead, else the pixel lead).
    static QString defaultConversionActions();
    /// The purchase value (omni_purchase, else purchase, else the pixel purchase).
    static QString defaultRevenueActions();
    /// "a|b,c" -> {{a,b},{c}}; blanks dropped.
    static QList<QStringList> parseGroups(const QString &text);
};

} // namespace Demetra::Connectors
