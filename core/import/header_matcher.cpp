#include "core/import/header_matcher.h"

#include <QRegularExpression>

namespace Demetra::Import {

namespace {
struct Synonym
{
    ColumnRole role;
    const char16_t *names; // '|' separated, already normalised
};

const Synonym kSynonyms[] = {
    {ColumnRole::ReportingEnd,
     u"reporting ends|reporting end|date stop|date_stop|end date|дата окончания|конец отчетности|"
     u"конец отчётности"},
    {ColumnRole::Date, u"date|day|дата|день|reporting starts|reporting start|date start|date_start|stat time day|"
                       u"stat_time_day|by day|week|неделя|период|period|segments.date|отчетная дата|начало отчетности|"
                       u"начало отчётности"},
    {ColumnRole::CampaignId, u"campaign id|campaignid|id кампании|№ кампании|xyz campaign id|campaign.id"},
    {ColumnRole::CampaignName, u"campaign|campaign name|campaignname|кампания|название кампании|имя кампании|"
                               u"campaign.name"},
    {ColumnRole::Channel, u"channel|channel used|platform|publisher platform|source|network|канал|площадка|"
                          u"рекламная система|источник|media|medium|платформа"},
    {ColumnRole::Spend,
     u"spend|spent|cost|amount spent|total spend|spend amount|media cost|расход|расходы|затраты|"
     u"стоимость|расход (руб)|cost micros|metrics.cost micros|budget spent|списания|списано|amount spent usd|"
     u"сумма затрат|потрачено|spent budget"},
    {ColumnRole::Impressions, u"impressions|impression|impr|impr.|показы|показов|views impressions"},
    {ColumnRole::Clicks, u"clicks|click|clicks all|link clicks|interactions|клики|кликов|переходы|клики по ссылке|"
                         u"взаимодействия"},
    {ColumnRole::Conversions, u"conversions|conversion|conv|conv.|results|result|leads|lead|purchases|"
                              u"total conversion|total conversions|конверсии|лиды|заявки|покупки|результаты|результат"},
    {ColumnRole::Revenue,
     u"revenue|conversion value|conv. value|conversions value|attributed revenue|"
     u"purchase value|purchases value|total conversion value|доход|выручка|ценность конверсий|"
     u"sales|revenue usd|purchases conversion value|purchase conversion value|website purchases conversion value|"
     u"all conv. value|conversion value (usd)|ценность конв.|ценность конверсий для покупок|"
     u"ценность конверсии"},
    {ColumnRole::Reach, u"reach|охват|unique reach"},
    {ColumnRole::Engagements, u"engagements|engagement|post engagement|post engagements|вовлечения"},
    {ColumnRole::VideoViews, u"video views|video plays|просмотры видео|views|просмотры"},
    {ColumnRole::Currency, u"currency|currency code|валюта|account currency|код валюты"},
    {ColumnRole::Audience, u"target audience|audience|аудитория|целевая аудитория"},
    {ColumnRole::Segment, u"customer segment|segment|сегмент"},
    {ColumnRole::Location, u"location|city|state|region|country|geo|регион|город|страна|dma"},
    {ColumnRole::Language, u"language|язык"},
    {ColumnRole::Goal, u"campaign goal|goal|objective|цель|цель кампании"},
    {ColumnRole::Company, u"company|advertiser|brand|компания|рекламодатель"},
    {ColumnRole::Duration, u"duration|длительность"},
    {ColumnRole::CampaignType, u"campaign type|тип кампании|advertising channel type"},
    {ColumnRole::AdGroup, u"ad group|ad group name|adgroup|ad set|ad set name|adset|adset name|fb campaign id|"
                          u"группа объявлений|группа|ad group id|adgroup id|название группы объявлений|"
                          u"id группы объявлений"},
    {ColumnRole::Ad, u"ad|ad name|ad id|объявление|ad_name|creative|ad title|название объявления|"
                     u"id объявления"},
    {ColumnRole::Age, u"age|возраст|age range"},
    {ColumnRole::Gender, u"gender|пол"},
    {ColumnRole::Interest, u"interest|интерес"},
    {ColumnRole::Device, u"device|устройство|device type"},
    {ColumnRole::Placement, u"placement|размещение|platform position|плейсмент"},
    {ColumnRole::ConversionRate, u"conversion rate"},
    {ColumnRole::AcquisitionCost, u"acquisition cost"},
    {ColumnRole::Roi, u"roi"},
    {ColumnRole::EngagementScore, u"engagement score"},
    {ColumnRole::ApprovedConversions, u"approved conversion|approved conversions"},
};

// Derived ratios, averages and statuses: recomputed or irrelevant, never imported.
const char16_t *const kIgnored[] = {u"ctr",
                                    u"cpc",
                                    u"cpm",
                                    u"cpa",
                                    u"cpv",
                                    u"roas",
                                    u"frequency",
                                    u"частота",
                                    u"avg. cpm",
                                    u"avg. cpc",
                                    u"avg. cost",
                                    u"avg cpc",
                                    u"avg cpm",
                                    u"average cpc",
                                    u"average cpm",
                                    u"interaction rate",
                                    u"conv. rate",
                                    u"cost / conv.",
                                    u"cost per conversion",
                                    u"cost per result",
                                    u"cost per lead",
                                    u"cost per click",
                                    u"status",
                                    u"demographic status",
                                    u"bid adj.",
                                    u"bid adjustment",
                                    u"ctr (destination)",
                                    u"cpc (destination)",
                                    u"conversion rate (%)",
                                    u"search impr. share",
                                    u"quality score",
                                    u"cost per purchase",
                                    u"стоимость/конв.",
                                    u"стоим./конв.",
                                    u"сред. цена за клик",
                                    u"коэфф. конв.",
                                    u"ср. цена клика",
                                    u"ср. ставка за клик",
                                    u"ср. цена тыс. показов",
                                    u"конверсия",
                                    u"цена цели",
                                    u"цена за результат",
                                    u"цена за конверсию",
                                    u"цена за клик",
                                    u"ecpc",
                                    u"ecpm",
                                    u"row",
                                    u"#",
                                    u"index",
                                    u"unnamed: 0"};
} // namespace

QString HeaderMatcher::normalise(const QString &header)
{
    QString s = header;
    s.remove(QChar(0xFEFF));
    s = s.trimmed();
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2);
    s = s.toLower();
    s.replace(u'_', u' ');
    return s.simplified();
}

QString HeaderMatcher::currencyIn(const QString &header)
{
    // Symbols and Russian abbreviations: "Расход (руб.)", "Cost, ₽", "Spend (€)".
    const QString lower = header.toLower();
    if (lower.contains(QStringLiteral("руб")) || lower.contains(QChar(0x20BD)) ||
        lower.contains(QStringLiteral("(р.)")))
        return QStringLiteral("RUB");
    if (lower.contains(QChar(0x20AC)))
        return QStringLiteral("EUR");
    if (lower.contains(QChar(0x20B8)))
        return QStringLiteral("KZT");
    static const QRegularExpression code(QStringLiteral("[\\(,\\s]([A-Z]{3})\\)?\\s*$"));
    const QRegularExpressionMatch m = code.match(header.trimmed());
    if (!m.hasMatch())
        return {};
    const QString c = m.captured(1);
    static const QStringList known{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("RUB"),
                                   QStringLiteral("GBP"), QStringLiteral("IDR"), QStringLiteral("KZT"),
                                   QStringLiteral("UAH"), QStringLiteral("BYN"), QStringLiteral("CNY"),
                                   QStringLiteral("INR"), QStringLiteral("BRL"), QStringLiteral("TRY"),
                                   QStringLiteral("JPY"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                                   QStringLiteral("TON"), QStringLiteral("XTR")};
    return known.contains(c) ? c : QString();
}

ColumnRole HeaderMatcher::roleOf(const QString &header)
{
    const QString full = normalise(header);
    if (full.isEmpty())
        return ColumnRole::Ignored;
    for (const char16_t *ignored : kIgnored) {
        if (full == QStringView(ignored))
            return ColumnRole::Ignored;
    }
    // "Clicks (Destination)", "Amount spent (USD)", "Cost, RUB": try the text before a unit or qualifier too.
    QString stem = full;
    static const QRegularExpression qualifier(QStringLiteral("\\s*(\\(.*\\)|,\\s*[a-zа-я.₽€$₸]{1,5})\\s*$"));
    stem.remove(qualifier);
    for (const QString &candidate : {full, stem}) {
        if (candidate.isEmpty())
            continue;
        for (const char16_t *ignored : kIgnored) {
            if (candidate == QStringView(ignored))
                return ColumnRole::Ignored;
        }
        for (const Synonym &syn : kSynonyms) {
            const QStringView names(syn.names);
            for (QStringView name : names.split(u'|')) {
                if (candidate == name)
                    return syn.role;
            }
        }
    }
    return ColumnRole::Dimension;
}

} // namespace Demetra::Import
