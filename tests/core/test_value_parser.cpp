#include "core/import/value_parser.h"

#include <QTest>

using namespace Demetra::Import;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Demetra::Import::CellState)
Q_DECLARE_METATYPE(Demetra::Import::DateOrder)

class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void isMissing_data();
    void isMissing();
    void parseNumber_data();
    void parseNumber();
    void parseMoney_data();
    void parseMoney();
    void parseInteger_data();
    void parseInteger();
    void parseDate_data();
    void parseDate();
    void dateOrderEvidence_data();
    void dateOrderEvidence();
    void reasonsNameTheText();
};

void TestValueParser::isMissing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("missing");
    for (const char *marker : {"", " ", "\t", "NA", "na", "N/A", "n/a", "#N/A", "null", "NULL", "nan", "NaN", "--",
                               " --", "-", "—", "\xC2\xA0", "  N/A  "})
        QTest::addRow("missing '%s'", marker) << QByteArray(marker) << true;
    for (const char *value : {"0", "none?", "NAN1", "- 5", "---", "n", "a"})
        QTest::addRow("value '%s'", value) << QByteArray(value) << false;
}

void TestValueParser::isMissing()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, missing);
    QCOMPARE(Values::isMissing(text), missing);
}

void TestValueParser::parseNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<CellState>("state");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("percent");

    const auto value = [](const char *text, double v, bool decimalComma = false) {
        QTest::addRow("%s%s", text, decimalComma ? " (decimal comma)" : "")
            << QByteArray(text) << decimalComma << CellState::Value << v << false;
    };
    value("0", 0);
    value("42", 42);
    value("2,145", 2145);
    value("1,234,567", 1234567);
    value("12.5", 12.5);
    value("-12.5", -12.5);
    value("+3", 3);
    value(".5", 0.5);
    value("1.234", 1.234);
    value("1 234,56", 1234.56);
    value("1.234,56", 1234.56);
    value("1,234.56", 1234.56);
    value("1.234.567,8", 1234567.8);
    value("1\u00A0234", 1234);             // no-break space
    value("1\u202F234,5", 1234.5);         // narrow no-break space
    value("1\u2009234\u2009567", 1234567); // thin spaces
    value("1'234.50", 1234.5);
    value("12,5", 12.5);
    value("12,500", 12500);
    value("12,500", 12.5, true);
    value("0,75", 0.75, true);
    value("1.234,5", 1234.5, true);
    value("$12,500.00", 12500);
    value("12 500 ₽", 12500);
    value("USD 10", 10);
    value("1,234.50 руб.", 1234.5);
    value("(12.50)", -12.5);
    value("($1,000)", -1000);
    value("−7", -7); // U+2212 minus
    value("1.5E+05", 150000);
    value("2754371.66666667", 2754371.66666667);
    value("  7  ", 7);
    value("0.1", 0.1);

    const auto percent = [](const char *text, double v) {
        QTest::newRow(text) << QByteArray(text) << false << CellState::Value << v << true;
    };
    percent("7.69%", 0.0769);
    percent("0.00%", 0);
    percent("100%", 1);
    percent("-5 %", -0.05);
    percent("1,234.5%", 12.345);

    const auto missing = [](const char *text) {
        QTest::newRow(text) << QByteArray(text) << false << CellState::Missing << 0.0 << false;
    };
    missing("");
    missing(" --");
    missing("N/A");
    missing("—");

    const auto invalid = [](const char *text) {
        QTest::newRow(text) << QByteArray(text) << false << CellState::Invalid << 0.0 << false;
    };
    invalid("abc");
    invalid("1.5K");
    invalid("12 5");
    invalid("1,23,456");
    invalid("1.2.3");
    invalid("1,234.567,8");
    invalid("(12");
    invalid("12)");
    invalid("-(12)");
    invalid("1e");
    invalid("e5");
    invalid("--5");
    invalid("5-");
    invalid("$");
    invalid("%");
    invalid("$5%");
    invalid("12 USDX");
    invalid("1 234.567,89");
    invalid("1..2");
}

void TestValueParser::parseNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, decimalComma);
    QFETCH(CellState, state);
    QFETCH(double, value);
    QFETCH(bool, percent);
    const NumberCell cell = Values::parseNumber(text, decimalComma);
    QCOMPARE(cell.state, state);
    if (state == CellState::Value) {
        QCOMPARE(cell.value, value);
        QCOMPARE(cell.percent, percent);
        QVERIFY(cell.reason.isEmpty());
    } else if (state == CellState::Invalid) {
        QVERIFY(!cell.reason.isEmpty());
    }
}

void TestValueParser::parseMoney_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<CellState>("state");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("currency");

    const auto value = [](const char *text, qint64 micros, const QString &currency = {}, bool decimalComma = false) {
        QTest::addRow("%s%s", text, decimalComma ? " (decimal comma)" : "")
            << QByteArray(text) << decimalComma << CellState::Value << micros << currency;
    };
    value("$12,500.00", 12'500'000'000, u"USD"_s);
    value("12500", 12'500'000'000);
    value("0", 0);
    value("0.01", 10'000);
    value("21.43", 21'430'000);
    value("1.429999948", 1'430'000); // rounds at the 7th decimal
    value("0.0000005", 1);           // half away from zero
    value("0.0000004", 0);
    value("-0.0000005", -1);
    value("-0.0000015", -2);
    value("0.1234565", 123'457);
    value("12 500 ₽", 12'500'000'000, u"RUB"_s);
    value("12 500,50 ₽", 12'500'500'000, u"RUB"_s);
    value("USD 10", 10'000'000, u"USD"_s);
    value("10 usd", 10'000'000, u"USD"_s);
    value("1,234.50 руб.", 1'234'500'000, u"RUB"_s);
    value("1 234,56 руб", 1'234'560'000, u"RUB"_s);
    value("€1.234,56", 1'234'560'000, u"EUR"_s);
    value("£9.99", 9'990'000, u"GBP"_s);
    value("US$ 5", 5'000'000, u"USD"_s);
    value("Rp 15000", 15'000'000'000, u"IDR"_s);
    value("(12.50)", -12'500'000);
    value("-$12.50", -12'500'000, u"USD"_s);
    value("$-12.50", -12'500'000, u"USD"_s);
    value("($1,234.56)", -1'234'560'000, u"USD"_s);
    value("12,5", 12'500'000, {}, true);
    value("1.5E+3", 1'500'000'000);
    value("9223372036854.775807", 9'223'372'036'854'775'807);

    const auto other = [](const char *text, CellState state) {
        QTest::newRow(text) << QByteArray(text) << false << state << qint64(0) << QString();
    };
    other("", CellState::Missing);
    other("N/A", CellState::Missing);
    other(" --", CellState::Missing);
    other("abc", CellState::Invalid);
    other("7.69%", CellState::Invalid);
    other("$12,50,0", CellState::Invalid);
    other("9223372036855", CellState::Invalid); // overflows micros
    other("99999999999999999999999", CellState::Invalid);
    other("$$5", CellState::Invalid);
    other("5 EURO", CellState::Invalid);
}

void TestValueParser::parseMoney()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, decimalComma);
    QFETCH(CellState, state);
    QFETCH(qint64, micros);
    QFETCH(QString, currency);
    const MoneyCell cell = Values::parseMoney(text, decimalComma);
    QCOMPARE(cell.state, state);
    QCOMPARE(cell.micros, micros);
    QCOMPARE(cell.currency, currency);
    QCOMPARE(cell.reason.isEmpty(), state != CellState::Invalid);
}

void TestValueParser::parseInteger_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<CellState>("state");
    QTest::addColumn<qint64>("value");
    const auto row = [](const char *text, CellState state, qint64 value = 0) {
        QTest::newRow(text) << QByteArray(text) << state << value;
    };
    row("2,145", CellState::Value, 2145);
    row("1,315", CellState::Value, 1315);
    row("213", CellState::Value, 213);
    row("-7", CellState::Value, -7);
    row("1 234 567", CellState::Value, 1234567);
    row("12.00", CellState::Value, 12);
    row("1E+3", CellState::Value, 1000);
    row("9223372036854775807", CellState::Value, std::numeric_limits<qint64>::max());
    row("9223372036854775808", CellState::Invalid);
    row("12.5", CellState::Invalid);
    row("2.145", CellState::Invalid);
    row("0.5", CellState::Invalid);
    row("1.5K", CellState::Invalid);
    row("10%", CellState::Invalid);
    row("abc", CellState::Invalid);
    row("", CellState::Missing);
    row(" --", CellState::Missing);
    row("NaN", CellState::Missing);
}

void TestValueParser::parseInteger()
{
    QFETCH(QByteArray, text);
    QFETCH(CellState, state);
    QFETCH(qint64, value);
    const IntegerCell cell = Values::parseInteger(text);
    QCOMPARE(cell.state, state);
    QCOMPARE(cell.value, value);
    QCOMPARE(cell.reason.isEmpty(), state != CellState::Invalid);
}

void TestValueParser::parseDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<CellState>("state");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");

    const QDate may18(2025, 5, 18);
    const auto value = [](const char *text, DateOrder order, QDate date) {
        QTest::addRow("%s (%d)", text, int(order))
            << QByteArray(text) << order << CellState::Value << date << QString();
    };
    const auto invalid = [](const char *text, DateOrder order, const QString &reason) {
        QTest::addRow("%s (%d)", text, int(order))
            << QByteArray(text) << order << CellState::Invalid << QDate() << reason;
    };
    const DateOrder unknown = DateOrder::Unknown;
    value("2025-05-18", unknown, may18);
    value("2025-05-18T10:00:00", unknown, may18);
    value("2025-05-18 10:00:00", unknown, may18);
    value("2025-05-18T10:00:00.123Z", unknown, may18);
    value("2025-05-18T10:00:00+03:00", unknown, may18);
    value("2025-5-8", unknown, QDate(2025, 5, 8));
    value("2025/05/18", unknown, may18);
    value("18.05.2025", unknown, may18);
    value("18.05.2025", DateOrder::MonthFirst, may18); // dotted dates are day-first
    value("05.06.2025", unknown, QDate(2025, 6, 5));
    value("18-05-2025", unknown, may18);
    value("05/18/2025", unknown, may18);
    value("18/05/2025", unknown, may18);
    value("05/18/25", unknown, may18);
    value("5/18/2025 9:05 PM", unknown, may18);
    value("03/04/2025", DateOrder::DayFirst, QDate(2025, 4, 3));
    value("03/04/2025", DateOrder::MonthFirst, QDate(2025, 3, 4));
    value("04/04/2025", unknown, QDate(2025, 4, 4));
    value("  2025-05-18  ", unknown, may18);
    value("May 18, 2025", unknown, may18);
    value("May 18 2025", unknown, may18);
    value("may 18, 2025", unknown, may18);
    value("MAY 18, 2025", unknown, may18);
    value("18 May 2025", unknown, may18);
    value("18-May-2025", unknown, may18);
    value("18-May-25", unknown, may18);
    value("Mon, May 18, 2025", unknown, may18);
    value("Sunday, May 18, 2025", unknown, may18);
    value("August 15, 2025", unknown, QDate(2025, 8, 15));
    value("Sept 1, 2025", unknown, QDate(2025, 9, 1));
    value("1 Dec 2024", unknown, QDate(2024, 12, 1));
    value("18 мая 2025", unknown, may18);
    value("18 май 2025", unknown, may18);
    value("18 Мая 2025 г.", unknown, may18);
    value("1 января 2026", unknown, QDate(2026, 1, 1));
    value("29 февраля 2024", unknown, QDate(2024, 2, 29));
    value("3 ДЕКАБРЯ 2025", unknown, QDate(2025, 12, 3));
    value("пн, 19 мая 2025", unknown, QDate(2025, 5, 19));

    invalid("2025-02-30", unknown, u"no such date: '2025-02-30'"_s);
    invalid("2025-13-01", unknown, u"no such date: '2025-13-01'"_s);
    invalid("29.02.2025", unknown, u"no such date: '29.02.2025'"_s);
    invalid("30 февраля 2025", unknown, u"no such date: '30 февраля 2025'"_s);
    invalid("03/04/2025", unknown, u"ambiguous day/month order: '03/04/2025'"_s);
    invalid("05/18/2025", DateOrder::DayFirst, u"no such date: '05/18/2025'"_s);
    invalid("13/14/2025", unknown, u"no such date: '13/14/2025'"_s);
    invalid("abc", unknown, u"not a date: 'abc'"_s);
    invalid("May 2025", unknown, u"not a date: 'May 2025'"_s);
    invalid("Foo 18, 2025", unknown, u"not a date: 'Foo 18, 2025'"_s);
    invalid("May 18, 2025 - August 15, 2025", unknown, u"not a date: 'May 18, 2025 - August 15, 2025'"_s);
    invalid("2025-05-18T25:00", unknown, u"not a date: '2025-05-18T25:00'"_s);
    invalid("2025-05", unknown, u"not a date: '2025-05'"_s);
    invalid("18/05/202", unknown, u"not a date: '18/05/202'"_s);
    invalid("2025-05/18", unknown, u"not a date: '2025-05/18'"_s);
    invalid("123 May 2025", unknown, u"not a date: '123 May 2025'"_s);
    invalid("0000-01-01", unknown, u"no such date: '0000-01-01'"_s);

    QTest::newRow("missing") << QByteArray(" --") << unknown << CellState::Missing << QDate() << QString();
    QTest::newRow("empty") << QByteArray("") << unknown << CellState::Missing << QDate() << QString();
}

void TestValueParser::parseDate()
{
    QFETCH(QByteArray, text);
    QFETCH(DateOrder, order);
    QFETCH(CellState, state);
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    const DateCell cell = Values::parseDate(text, order);
    QCOMPARE(cell.state, state);
    QCOMPARE(cell.date, date);
    QCOMPARE(cell.reason, reason);
}

void TestValueParser::dateOrderEvidence_data()
{
    QTest::addColumn<QByteArrayList>("cells");
    QTest::addColumn<DateOrder>("decision");
    QTest::addColumn<bool>("conflicting");
    QTest::addColumn<bool>("sawNumeric");
    QTest::addColumn<bool>("sawDotted");
    QTest::newRow("nothing") << QByteArrayList{} << DateOrder::Unknown << false << false << false;
    QTest::newRow("ISO only") << QByteArrayList{"2025-05-18", "2025-05-19"} << DateOrder::Unknown << false << false
                              << false;
    QTest::newRow("ambiguous only") << QByteArrayList{"03/04/2025", "05/06/2025"} << DateOrder::Unknown << false << true
                                    << false;
    QTest::newRow("day first") << QByteArrayList{"03/04/2025", "18/05/2025", "abc", ""} << DateOrder::DayFirst << false
                               << true << false;
    QTest::newRow("month first") << QByteArrayList{"03/04/2025", "05/18/2025 10:00"} << DateOrder::MonthFirst << false
                                 << true << false;
    QTest::newRow("conflict") << QByteArrayList{"18/05/2025", "05/18/2025"} << DateOrder::Unknown << true << true
                              << false;
    QTest::newRow("dotted") << QByteArrayList{"01.02.2025", "03.04.2025"} << DateOrder::Unknown << false << true
                            << true;
    QTest::newRow("dotted day first") << QByteArrayList{"25.02.2025"} << DateOrder::DayFirst << false << true << true;
    QTest::newRow("dash day first") << QByteArrayList{"18-05-2025", "May 18, 2025"} << DateOrder::DayFirst << false
                                    << true << false;
    QTest::newRow("out of range ignored")
        << QByteArrayList{"45/05/2025"} << DateOrder::Unknown << false << false << false;
}

void TestValueParser::dateOrderEvidence()
{
    QFETCH(QByteArrayList, cells);
    QFETCH(DateOrder, decision);
    QFETCH(bool, conflicting);
    QFETCH(bool, sawNumeric);
    QFETCH(bool, sawDotted);
    Values::DateOrderEvidence evidence;
    for (const QByteArray &cell : std::as_const(cells))
        evidence.add(cell);
    QCOMPARE(evidence.decision(), decision);
    QCOMPARE(evidence.conflicting(), conflicting);
    QCOMPARE(evidence.sawNumericDates(), sawNumeric);
    QCOMPARE(evidence.sawDotted(), sawDotted);
    if (decision != DateOrder::Unknown) {
        // The decision reads the file's ambiguous dates.
        const DateCell cell = Values::parseDate("03/04/2025", decision);
        QCOMPARE(cell.date, decision == DateOrder::DayFirst ? QDate(2025, 4, 3) : QDate(2025, 3, 4));
    }
}

void TestValueParser::reasonsNameTheText()
{
    QCOMPARE(Values::parseNumber("abc").reason, u"not a number: 'abc'"_s);
    QCOMPARE(Values::parseMoney("abc").reason, u"not an amount of money: 'abc'"_s);
    QCOMPARE(Values::parseMoney("7.69%").reason, u"a percentage, not an amount: '7.69%'"_s);
    QCOMPARE(Values::parseInteger("12.5").reason, u"a whole number was expected, not '12.5'"_s);
    QCOMPARE(Values::parseInteger("x1").reason, u"not a whole number: 'x1'"_s);
    QCOMPARE(Values::parseMoney("99999999999999999999").reason, u"amount too large: '99999999999999999999'"_s);
    const QString longText = Values::parseNumber(QByteArray(100, 'x')).reason;
    QCOMPARE(longText, u"not a number: '"_s + QString(40, u'x') + u"…'"_s);
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "test_value_parser.moc"
