#include "core/analytics/dimension.h"

namespace Demetra::Analytics {

namespace {
constexpr std::pair<Dimension, const char *> kKeys[] = {
    {Dimension::Channel, "channel"},   {Dimension::Campaign, "campaign"}, {Dimension::Account, "account"},
    {Dimension::Audience, "audience"}, {Dimension::Segment, "segment"},   {Dimension::Location, "location"},
    {Dimension::Language, "language"}, {Dimension::Weekday, "weekday"},   {Dimension::Month, "month"},
};
} // namespace

QString dimensionKey(Dimension d)
{
    for (const auto &[dim, key] : kKeys) {
        if (dim == d)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Dimension> dimensionFromKey(const QString &key)
{
    for (const auto &[dim, k] : kKeys) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return dim;
    }
    return std::nullopt;
}

} // namespace Demetra::Analytics
