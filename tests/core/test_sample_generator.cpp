// The synthetic sample: deterministic bytes, the committed file in sync with the generator, the Kaggle schema's
// value shapes, and the planted effects recoverable by simple aggregation (sample_data/README.md lists them).
#include "core/sample/sample_generator.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Sample;

namespace {
const QByteArray kHeader = "Campaign_ID,Target_Audience,Campaign_Goal,Duration,Channel_Used,Conversion_Rate,"
                           "Acquisition_Cost,ROI,Location,Language,Clicks,Impressions,Engagement_Score,"
                           "Customer_Segment,Date,Company";

const QStringList kChannelNames = {QStringLiteral("Facebook"),   QStringLiteral("Instagram"),
                                   QStringLiteral("Google Ads"), QStringLiteral("TikTok"),
                                   QStringLiteral("Telegram"),   QStringLiteral("Yandex.Direct"),
                                   QStringLiteral("VK"),         QStringLiteral("Pinterest")};

struct Row
{
    int id = 0;
    QString audience;
    QString goal;
    int duration = 0;
    QString channel;
    double conversionRate = 0.0;
    double cost = 0.0;
    double roi = 0.0;
    QString location;
    QString language;
    qint64 clicks = 0;
    qint64 impressions = 0;
    int engagement = 0;
    QString segment;
    QDate date;
    QString company;

    double revenue() const { return cost * (1.0 + roi); }
    double conversions() const { return static_cast<double>(clicks) * conversionRate; }
};

/// Sums of one slice of rows; every ratio is a ratio of sums.
struct Totals
{
    double cost = 0.0;
    double revenue = 0.0;
    double clicks = 0.0;
    double impressions = 0.0;
    double conversions = 0.0;
    qint64 rows = 0;

    void add(const Row &r)
    {
        cost += r.cost;
        revenue += r.revenue();
        clicks += static_cast<double>(r.clicks);
        impressions += static_cast<double>(r.impressions);
        conversions += r.conversions();
        ++rows;
    }
    double roi() const { return (revenue - cost) / cost; }
    double roas() const { return revenue / cost; }
    double conversionRate() const { return conversions / clicks; }
    double ctr() const { return clicks / impressions; }
};

/// Splits one CSV line; only quoted fields without embedded quotes occur in the sample.
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (const QChar ch : line) {
        if (ch == u'"')
            quoted = !quoted;
        else if (ch == u',' && !quoted) {
            fields << field;
            field.clear();
        } else
            field += ch;
    }
    fields << field;
    return fields;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= 6;
}

int quarter(const QDate &d)
{
    return (d.month() - 1) / 3 + 1;
}

/// OLS slope of log(daily revenue) on log(daily spend) over the channel's daily totals.
double responseSlope(const QList<Row> &rows, const QString &channel)
{
    QHash<QDate, Totals> days;
    for (const Row &r : rows) {
        if (r.channel == channel)
            days[r.date].add(r);
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    const double n = static_cast<double>(days.size());
    for (const Totals &t : std::as_const(days)) {
        const double x = std::log(t.cost);
        const double y = std::log(t.revenue);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    return (sxy - sx * sy / n) / (sxx - sx * sx / n);
}
} // namespace

class TestSampleGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_bytes;
    QList<Row> m_rows;

    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    template<typename KeyOf> QHash<QString, Totals> totalsBy(KeyOf key) const
    {
        QHash<QString, Totals> totals;
        for (const Row &r : m_rows)
            totals[key(r)].add(r);
        return totals;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result<qint64> written = writeSampleCsv(SampleSpec{}, tempPath(QStringLiteral("default.csv")));
        QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().toString()));
        QCOMPARE(*written, qint64(20000));
        m_bytes = readAll(tempPath(QStringLiteral("default.csv")));
        QVERIFY(!m_bytes.isEmpty());

        const QList<QByteArray> lines = m_bytes.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].isEmpty())
                continue;
            const QStringList f = splitCsv(QString::fromUtf8(lines[i]));
            QCOMPARE(f.size(), 16);
            Row r;
            r.id = f[0].toInt();
            r.audience = f[1];
            r.goal = f[2];
            r.duration = f[3].section(u' ', 0, 0).toInt();
            r.channel = f[4];
            r.conversionRate = f[5].toDouble();
            r.cost = QString(f[6]).remove(u'$').remove(u',').toDouble();
            r.roi = f[7].toDouble();
            r.location = f[8];
            r.language = f[9];
            r.clicks = f[10].toLongLong();
            r.impressions = f[11].toLongLong();
            r.engagement = f[12].toInt();
            r.segment = f[13];
            r.date = QDate::fromString(f[14], Qt::ISODate);
            r.company = f[15];
            m_rows.append(r);
        }
    }

    void sameSpecGivesSameBytes()
    {
        const QString again = tempPath(QStringLiteral("again.csv"));
        QVERIFY(writeSampleCsv(SampleSpec{}, again).has_value());
        QVERIFY(readAll(again) == m_bytes);

        SampleSpec other;
        other.seed = 7;
        const QString otherPath = tempPath(QStringLiteral("other-seed.csv"));
        QVERIFY(writeSampleCsv(other, otherPath).has_value());
        QVERIFY(readAll(otherPath) != m_bytes);
    }

    void committedSampleMatchesTheGenerator()
    {
        const QByteArray committed =
            readAll(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv"));
        QVERIFY2(!committed.isEmpty(), "sample_data/social_media_ads_sample.csv is missing");
        QVERIFY2(committed == m_bytes,
                 "sample_data/social_media_ads_sample.csv differs from the generator's output; regenerate it with "
                 "demetra-cli generate-sample --rows 20000 --out sample_data/social_media_ads_sample.csv");
    }

    void fileShape()
    {
        QVERIFY(m_bytes.startsWith(QByteArray(kHeader + '\n')));
        QVERIFY(!m_bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!m_bytes.contains('\r'));
        QVERIFY(m_bytes.endsWith('\n'));
        QCOMPARE(m_bytes.count('\n'), 20001);
        QCOMPARE(m_rows.size(), qsizetype(20000));

        // (no raw string literal here: Qt 6.4's moc misreads one that contains quotes)
        const QRegularExpression rawRow(QStringLiteral(
            "^\\d{6},[A-Za-z0-9 -]+,[A-Za-z ]+,\\d+ Days,[A-Za-z. ]+,0\\.\\d{2,4},"
            "(\\$\\d{1,3}\\.\\d\\d|\"\\$\\d{1,3}(,\\d{3})+\\.\\d\\d\"),-?\\d+\\.\\d\\d,[A-Za-z ]+,[A-Za-z]+,"
            "\\d+,\\d+,\\d+,[A-Za-z]+,\\d{4}-\\d\\d-\\d\\d,[A-Za-z ]+$"));
        const QList<QByteArray> lines = m_bytes.split('\n');
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines[i]);
            QVERIFY2(rawRow.match(line).hasMatch(), qPrintable(line));
        }

        const QDate first = SampleSpec{}.start;
        const QDate last = first.addDays(SampleSpec{}.days - 1);
        for (const Row &r : std::as_const(m_rows)) {
            const QString where = QStringLiteral("campaign %1 on %2").arg(r.id).arg(r.date.toString(Qt::ISODate));
            QVERIFY2(r.clicks <= r.impressions, qPrintable(where));
            QVERIFY2(r.date >= first && r.date <= last, qPrintable(where));
            QVERIFY2(r.cost >= 50.0 && r.cost <= 5000.0, qPrintable(where));
            QVERIFY2(r.clicks >= 20 && r.clicks <= 5000, qPrintable(where));
            QVERIFY2(r.impressions >= 1000 && r.impressions <= 300000, qPrintable(where));
            QVERIFY2(r.conversionRate >= 0.01 && r.conversionRate <= 0.15, qPrintable(where));
            QVERIFY2(r.engagement >= 1 && r.engagement <= 10, qPrintable(where));
            QVERIFY2(r.roi > -1.0, qPrintable(where));
            const double ctr = static_cast<double>(r.clicks) / static_cast<double>(r.impressions);
            QVERIFY2(ctr <= 0.06 + 1e-3, qPrintable(where));
        }
        // ROI mostly between -0.6 and 4.
        const auto inRange =
            std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.roi >= -0.6 && r.roi <= 4.0; });
        QVERIFY(inRange > m_rows.size() * 9 / 10);
    }

    void allChannelsPresent()
    {
        QSet<QString> channels;
        for (const Row &r : std::as_const(m_rows))
            channels.insert(r.channel);
        QCOMPARE(channels, QSet<QString>(kChannelNames.cbegin(), kChannelNames.cend()));
    }

    void campaignsRepeatOverTheirWindow()
    {
        QHash<int, QList<const Row *>> byId;
        for (const Row &r : std::as_const(m_rows))
            byId[r.id].append(&r);
        QVERIFY2(byId.size() > 20000 / 45 && byId.size() < 20000 / 20, qPrintable(QString::number(byId.size())));
        QList<qsizetype> sizes;
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const Row &head = *it.value().first();
            QDate from = head.date;
            QDate to = head.date;
            QSet<QDate> days;
            for (const Row *r : it.value()) {
                QVERIFY2(r->channel == head.channel && r->goal == head.goal && r->audience == head.audience &&
                             r->segment == head.segment && r->location == head.location &&
                             r->language == head.language && r->company == head.company && r->duration == head.duration,
                         qPrintable(QString::number(it.key())));
                from = std::min(from, r->date);
                to = std::max(to, r->date);
                days.insert(r->date);
            }
            QVERIFY(from.daysTo(to) < head.duration);
            QCOMPARE(days.size(), it.value().size()); // one row per campaign and day
            sizes.append(it.value().size());
        }
        std::sort(sizes.begin(), sizes.end());
        QVERIFY(sizes[sizes.size() / 2] >= 10);
    }

    void exactRowCounts_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<int>("days");
        QTest::newRow("empty") << qint64(0) << 365;
        QTest::newRow("one") << qint64(1) << 365;
        QTest::newRow("one week") << qint64(1000) << 7;
        QTest::newRow("one day") << qint64(777) << 1;
        QTest::newRow("month") << qint64(3001) << 30;
    }

    void exactRowCounts()
    {
        QFETCH(qint64, rows);
        QFETCH(int, days);
        SampleSpec spec;
        spec.rows = rows;
        spec.days = days;
        const QString path = tempPath(QStringLiteral("rows-%1-%2.csv").arg(rows).arg(days));
        QList<qint64> reported;
        const Result<qint64> written = writeSampleCsv(spec, path, [&](qint64 n) { reported.append(n); });
        QVERIFY(written.has_value());
        QCOMPARE(*written, rows);
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes.count('\n'), rows + 1);
        if (rows > 0) {
            QVERIFY(!reported.isEmpty());
            QCOMPARE(reported.last(), rows);
            QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        }
    }

    void progressEveryTenThousandRows()
    {
        SampleSpec spec;
        spec.rows = 35000;
        QList<qint64> reported;
        QVERIFY(writeSampleCsv(spec, tempPath(QStringLiteral("progress.csv")), [&](qint64 n) {
                    reported.append(n);
                }).has_value());
        QVERIFY2(reported.size() >= 3 && reported.size() <= 5, qPrintable(QString::number(reported.size())));
        QCOMPARE(reported.last(), qint64(35000));
    }

    void rejectsBadSpecsAndPaths()
    {
        SampleSpec negative;
        negative.rows = -1;
        Result<qint64> r = writeSampleCsv(negative, tempPath(QStringLiteral("bad.csv")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);

        SampleSpec noDays;
        noDays.days = 0;
        r = writeSampleCsv(noDays, tempPath(QStringLiteral("bad.csv")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(tempPath(QStringLiteral("bad.csv"))));

        r = writeSampleCsv(SampleSpec{}, tempPath(QStringLiteral("no/such/folder/sample.csv")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(!r.error().message.isEmpty());
    }

    // ---- the planted effects, recovered by simple aggregation ----

    void weekendsHaveLessVolumeAndDifferentConversion()
    {
        QSet<QDate> weekendDays, weekDays;
        Totals weekend, week;
        for (const Row &r : std::as_const(m_rows)) {
            (isWeekend(r.date) ? weekend : week).add(r);
            (isWeekend(r.date) ? weekendDays : weekDays).insert(r.date);
        }
        const double weekendRowsPerDay = static_cast<double>(weekend.rows) / weekendDays.size();
        const double weekRowsPerDay = static_cast<double>(week.rows) / weekDays.size();
        QVERIFY2(weekRowsPerDay > 1.05 * weekendRowsPerDay,
                 qPrintable(QStringLiteral("%1 vs %2").arg(weekRowsPerDay).arg(weekendRowsPerDay)));
        QVERIFY(week.cost / weekDays.size() > 1.15 * weekend.cost / weekendDays.size());

        // Social channels convert better at weekends, search channels worse.
        const auto weekendRatio = [&](const QString &channel) {
            Totals we, wd;
            for (const Row &r : std::as_const(m_rows)) {
                if (r.channel == channel)
                    (isWeekend(r.date) ? we : wd).add(r);
            }
            return we.conversionRate() / wd.conversionRate();
        };
        QVERIFY2(weekendRatio(QStringLiteral("Instagram")) > 1.10,
                 qPrintable(QString::number(weekendRatio(QStringLiteral("Instagram")))));
        QVERIFY2(weekendRatio(QStringLiteral("TikTok")) > 1.10,
                 qPrintable(QString::number(weekendRatio(QStringLiteral("TikTok")))));
        QVERIFY2(weekendRatio(QStringLiteral("Google Ads")) < 0.95,
                 qPrintable(QString::number(weekendRatio(QStringLiteral("Google Ads")))));
        QVERIFY2(weekendRatio(QStringLiteral("Yandex.Direct")) < 0.95,
                 qPrintable(QString::number(weekendRatio(QStringLiteral("Yandex.Direct")))));
    }

    void channelsDifferInReturnAndClickThrough()
    {
        const QHash<QString, Totals> byChannel = totalsBy([](const Row &r) { return r.channel; });
        QString best, worst;
        for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
            if (best.isEmpty() || it->roi() > byChannel[best].roi())
                best = it.key();
            if (worst.isEmpty() || it->roi() < byChannel[worst].roi())
                worst = it.key();
        }
        QCOMPARE(best, QStringLiteral("TikTok"));
        QVERIFY2(worst == QStringLiteral("VK") || worst == QStringLiteral("Pinterest"), qPrintable(worst));
        QVERIFY(byChannel[best].roi() > byChannel[worst].roi() + 1.0);
        QVERIFY(byChannel[QStringLiteral("Instagram")].roi() > byChannel[QStringLiteral("Facebook")].roi() + 0.2);

        QVERIFY(byChannel[QStringLiteral("Google Ads")].ctr() > 3.0 * byChannel[QStringLiteral("Pinterest")].ctr());
        QVERIFY(byChannel[QStringLiteral("Yandex.Direct")].ctr() > 2.0 * byChannel[QStringLiteral("VK")].ctr());
    }

    void returnsDiminishWithDailySpend()
    {
        for (const QString &channel : kChannelNames) {
            const double slope = responseSlope(m_rows, channel);
            QVERIFY2(slope > 0.3 && slope < 1.0, qPrintable(channel + u' ' + QString::number(slope)));
        }
        const double tiktok = responseSlope(m_rows, QStringLiteral("TikTok"));        // planted b = 0.55
        const double yandex = responseSlope(m_rows, QStringLiteral("Yandex.Direct")); // planted b = 0.85
        QVERIFY2(tiktok > 0.40 && tiktok < 0.70, qPrintable(QString::number(tiktok)));
        QVERIFY2(yandex > tiktok + 0.15, qPrintable(QStringLiteral("%1 vs %2").arg(yandex).arg(tiktok)));
    }

    void yearlySeasonalityFollowsEachChannelsPhase()
    {
        const auto quarterRate = [&](const QString &channel, int q) {
            Totals t;
            for (const Row &r : std::as_const(m_rows)) {
                if (r.channel == channel && quarter(r.date) == q)
                    t.add(r);
            }
            return t.conversionRate();
        };
        // Facebook peaks in December, TikTok in July.
        const QString facebook = QStringLiteral("Facebook");
        const QString tiktok = QStringLiteral("TikTok");
        QVERIFY2(quarterRate(facebook, 4) > 1.3 * quarterRate(facebook, 2),
                 qPrintable(QStringLiteral("%1 vs %2").arg(quarterRate(facebook, 4)).arg(quarterRate(facebook, 2))));
        QVERIFY2(quarterRate(tiktok, 2) > 1.15 * quarterRate(tiktok, 4),
                 qPrintable(QStringLiteral("%1 vs %2").arg(quarterRate(tiktok, 2)).arg(quarterRate(tiktok, 4))));
    }

    void segmentGoalAndAudienceEffects()
    {
        const QHash<QString, Totals> bySegment = totalsBy([](const Row &r) { return r.segment; });
        QVERIFY(bySegment[QStringLiteral("Technology")].roi() > bySegment[QStringLiteral("Food")].roi() + 0.4);
        QVERIFY(bySegment[QStringLiteral("Health")].roi() < bySegment[QStringLiteral("Home")].roi());

        const QHash<QString, Totals> byGoal = totalsBy([](const Row &r) { return r.goal; });
        QVERIFY(byGoal[QStringLiteral("Increase Sales")].roi() > byGoal[QStringLiteral("Brand Awareness")].roi() + 0.5);

        const QHash<QString, Totals> byAudience = totalsBy([](const Row &r) { return r.audience; });
        QVERIFY(byAudience[QStringLiteral("All Ages")].conversionRate() <
                byAudience[QStringLiteral("Women 25-34")].conversionRate());

        // Channel x segment interactions: Instagram sells fashion and not technology, Pinterest sells home goods.
        const QHash<QString, Totals> byPair =
            totalsBy([](const Row &r) -> QString { return r.channel + u'/' + r.segment; });
        const auto bestSegment = [&](const QString &channel) {
            QString best;
            double bestRoas = 0.0;
            for (auto it = byPair.cbegin(); it != byPair.cend(); ++it) {
                if (it.key().startsWith(channel + u'/') && it->roas() > bestRoas) {
                    best = it.key().section(u'/', 1);
                    bestRoas = it->roas();
                }
            }
            return best;
        };
        QCOMPARE(bestSegment(QStringLiteral("Instagram")), QStringLiteral("Fashion"));
        QCOMPARE(bestSegment(QStringLiteral("Pinterest")), QStringLiteral("Home"));
        QVERIFY(byPair[QStringLiteral("Instagram/Fashion")].conversionRate() >
                2.0 * byPair[QStringLiteral("Instagram/Technology")].conversionRate());
    }
};

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "test_sample_generator.moc"
