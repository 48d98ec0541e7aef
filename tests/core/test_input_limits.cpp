// Input limits (issue 9): every single field, row, HTTP response, LLM answer and JSON document has a bound, and input
// just over it fails with a message that names the limit and the place, without reading the excess into memory. All
// inputs are generated here (no large files in the repository).
//
//   CSV field      CsvLimits::maxFieldBytes   1 MiB    the record is an error: "field longer than the 1 MiB limit"
//   CSV row        CsvLimits::maxRecordBytes  4 MiB    "row longer than the 4 MiB limit"
//   CSV columns    CsvLimits::maxColumns      2000     "row has more than 2000 columns"
//   HTTP response  HttpLimits::maxResponseBytes 256 MiB LimitExceeded "...larger than N MB; ask for a shorter period."
//   LLM answer     LlmEndpoint::maxResponseBytes 8 MiB  "The LLM server's answer is larger than N MB; it was not read."
//   JSON nesting   Qt's parser (1024 levels)           every connector parser fails cleanly, no deep recursion

#include "core/advice/llm_client.h"
#include "core/connectors/google_ads_stream_parser.h"
#include "core/connectors/http_client.h"
#include "core/connectors/meta_insights_parser.h"
#include "core/connectors/telegram_ads_parser.h"
#include "core/connectors/tiktok_report_parser.h"
#include "core/connectors/vk_ads_parser.h"
#include "core/import/csv_reader.h"
#include "core/import/csv_record.h"
#include "tests/support/loopback_http_server.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

using namespace Demetra;
using Demetra::Test::LoopbackHttpServer;
using Demetra::Test::LoopbackLlmServer;
using Demetra::Test::LoopbackResponse;

namespace {

/// Reads every record of `data`; returns them as (line, error, field count, first field's size).
struct Seen
{
    qint64 line;
    QString error;
    int errorColumn;
    qsizetype fields;
};

QList<Seen> readAll(Import::CsvReader &reader)
{
    QList<Seen> out;
    Import::CsvRecord rec;
    while (true) {
        Result<bool> more = reader.next(rec);
        if (!more || !*more)
            break;
        out << Seen{rec.line, rec.error, rec.errorColumn, rec.fields.size()};
    }
    return out;
}

/// The peak resident size of this process in KiB.
long peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private slots:
    // First, while the process's peak memory is still low.
    void csvHugeFieldCostsNoMemory()
    {
        // A 96 MB quoted field (with line breaks inside) between two good rows, read from a file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Campaign,Spend\nfirst,1\nhuge,\"");
            const QByteArray chunk = QByteArray(1 << 20, 'z').replace(0, 2, "\r\n");
            for (int i = 0; i < 96; ++i)
                f.write(chunk);
            f.write("\"\nlast,2\n");
        }
        const long before = peakRssKiB();
        Import::CsvReader reader;
        QVERIFY(reader.open(path).has_value());
        const QList<Seen> seen = readAll(reader);
        const long grown = peakRssKiB() - before;
        qInfo("peak memory grew by %ld KiB while reading a 96 MB field", grown);
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen[2].line, 3);
        QCOMPARE(seen[2].error, QStringLiteral("field longer than the 1 MiB limit"));
        QCOMPARE(seen[3].line, 3 + 96 + 1); // 96 line breaks inside the field, then its own
        QVERIFY(seen[3].error.isEmpty());
        QVERIFY2(grown < 24 * 1024, "reading past an over-long field must not buffer it");
    }

    void csvFieldJustOverTheLimit()
    {
        const Import::CsvLimits limits;
        QCOMPARE(limits.maxFieldBytes, qint64(1) << 20);
        QByteArray data = "Campaign,Spend\n";
        data += QByteArray(limits.maxFieldBytes, 'a') + ",1\n";          // line 2: exactly at the limit
        data += "b," + QByteArray(limits.maxFieldBytes + 1, '7') + "\n"; // line 3: one byte over, column 2
        data += "c,3\n";
        Import::CsvReader reader(limits);
        QVERIFY(reader.openData(data).has_value());
        const QList<Seen> seen = readAll(reader);
        QCOMPARE(seen.size(), 4);
        QVERIFY2(seen[1].error.isEmpty(), qPrintable(seen[1].error));
        QCOMPARE(seen[1].fields, 2);
        QCOMPARE(seen[2].line, 3);
        QCOMPARE(seen[2].error, QStringLiteral("field longer than the 1 MiB limit"));
        QCOMPARE(seen[2].errorColumn, 2);
        QVERIFY(seen[3].error.isEmpty());
        QCOMPARE(seen[3].line, 4);
    }

    void csvRowJustOverTheLimit()
    {
        const Import::CsvLimits limits;
        QCOMPARE(limits.maxRecordBytes, qint64(4) << 20);
        // Five fields under the field limit, together one byte over the row limit (commas included).
        const qint64 field = (limits.maxRecordBytes - 4) / 5;
        QByteArray row;
        for (int i = 0; i < 5; ++i)
            row += (i ? "," : "") + QByteArray(field + (i == 0 ? limits.maxRecordBytes - 4 - 5 * field + 1 : 0), 'x');
        QCOMPARE(qint64(row.size()), limits.maxRecordBytes + 1);
        QByteArray data = "a,b,c,d,e\n" + row + "\n1,2,3,4,5\n";
        Import::CsvReader reader(limits);
        QVERIFY(reader.openData(data).has_value());
        const QList<Seen> seen = readAll(reader);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[1].line, 2);
        QCOMPARE(seen[1].error, QStringLiteral("row longer than the 4 MiB limit"));
        QVERIFY(seen[2].error.isEmpty());
    }

    void csvRowWiderThanTheLimit()
    {
        const Import::CsvLimits limits;
        QCOMPARE(limits.maxColumns, 2000);
        QByteArray data = "a,b\n";
        data += QByteArray(limits.maxColumns - 1, ',') + "\n"; // 2000 columns: accepted
        data += QByteArray(limits.maxColumns, ',') + "\n";     // 2001 columns
        data += "1,2\n";
        Import::CsvReader reader(limits);
        QVERIFY(reader.openData(data).has_value());
        const QList<Seen> seen = readAll(reader);
        QCOMPARE(seen.size(), 4);
        QVERIFY2(seen[1].error.isEmpty(), qPrintable(seen[1].error));
        QCOMPARE(seen[1].fields, 2000);
        QCOMPARE(seen[2].line, 3);
        QCOMPARE(seen[2].error, QStringLiteral("row has more than 2000 columns"));
        QVERIFY(seen[3].error.isEmpty());
    }

    void httpResponseJustOverTheLimit()
    {
        LoopbackHttpServer server;
        Connectors::HttpLimits limits;
        limits.maxResponseBytes = 1 << 20;
        limits.maxAttempts = 1;
        limits.timeoutMs = 10000;
        const QByteArray at(limits.maxResponseBytes, 'a');
        server.enqueue(LoopbackResponse::raw(200, at));
        server.enqueue(LoopbackResponse::raw(200, at + 'b'));
        Connectors::HttpClient client(limits, {}, [](qint64) { return true; });
        Connectors::HttpRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/report?page=2").arg(server.port()));
        r.label = QStringLiteral("Loopback report");
        const Result<Connectors::HttpResponse> ok = client.send(r, {});
        QVERIFY2(ok.has_value(), qPrintable(ok ? QString() : ok.error().toString()));
        QCOMPARE(ok->body.size(), at.size());
        const Result<Connectors::HttpResponse> over = client.send(r, {});
        QVERIFY(!over.has_value());
        QCOMPARE(over.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(over.error().message,
                 QStringLiteral("Loopback report: the response is larger than 1 MB; ask for a shorter period."));
        QVERIFY2(over.error().detail.contains(QStringLiteral("/report")), qPrintable(over.error().detail));
    }

    void llmAnswerJustOverTheLimit()
    {
        LoopbackLlmServer server;
        Advice::LlmEndpoint e;
        e.baseUrl = server.baseUrl();
        e.model = QStringLiteral("m");
        e.timeoutMs = 10000;
        e.backoffMs = 10;
        e.maxResponseBytes = 1 << 20;
        QCOMPARE(Advice::LlmEndpoint().maxResponseBytes, qint64(8) << 20);
        server.enqueue(LoopbackResponse::chat(QString(int(e.maxResponseBytes), u'x')));
        Advice::ChatRequest request;
        request.user = QStringLiteral("hello");
        const Result<Advice::ChatReply> r = Advice::LlmClient(e).complete(request);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().message.contains(QStringLiteral("larger than 1 MB")), qPrintable(r.error().message));
    }

    void deeplyNestedJsonFailsCleanly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("arrays, 100,000 deep") << nested(100000);
        QByteArray objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"data\":";
        objects += "1" + QByteArray(100000, '}');
        QTest::newRow("objects, 100,000 deep") << objects;
        QTest::newRow("arrays, 1,100 deep") << nested(1100);
    }

    void deeplyNestedJsonFailsCleanly()
    {
        QFETCH(QByteArray, body);
        const Result<Connectors::TikTokReportPage> tiktok = Connectors::TikTokReportParser::parseReport(body);
        QVERIFY(!tiktok.has_value());
        const Result<Connectors::MetaInsightsPage> meta =
            Connectors::MetaInsightsParser::parsePage(body, Connectors::MetaActionMapping{});
        QVERIFY(!meta.has_value());
        const Result<Connectors::GoogleAdsStreamPage> google =
            Connectors::GoogleAdsStreamParser::parseStream(body, QStringLiteral("Google Ads"));
        QVERIFY(!google.has_value());
        QVERIFY(!Connectors::VkAdsParser::adPlans(body).has_value());
        QVERIFY(!Connectors::TelegramAdsParser::adsList(body).has_value());
        QVERIFY(!tiktok.error().message.isEmpty());
        QVERIFY(!meta.error().message.isEmpty());
        QVERIFY(!google.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "test_input_limits.moc"
