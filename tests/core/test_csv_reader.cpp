#include "core/import/csv_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Demetra;
using namespace Demetra::Import;
using namespace Qt::StringLiterals;

namespace {

// A record copied out of the reader (its views die on the next call).
struct Row
{
    QList<QByteArray> fields;
    qint64 line = 0;
    qint64 endLine = 0;
    QByteArray raw;
    QString error;
    int errorColumn = 0;
};

QList<Row> readAll(CsvReader &reader)
{
    QList<Row> rows;
    CsvRecord record;
    for (;;) {
        const Result<bool> more = reader.next(record);
        if (!more) {
            qWarning() << more.error().toString();
            break;
        }
        if (!*more)
            break;
        Row row;
        for (const QByteArrayView field : std::as_const(record.fields))
            row.fields.append(field.toByteArray());
        row.line = record.line;
        row.endLine = record.endLine;
        row.raw = record.raw.toByteArray();
        row.error = record.error;
        row.errorColumn = record.errorColumn;
        rows.append(row);
    }
    return rows;
}

QList<Row> readData(const QByteArray &data, CsvLimits limits = {}, CsvFormat *format = nullptr)
{
    CsvReader reader(limits);
    const Status opened = reader.openData(data);
    if (!opened) {
        qWarning() << opened.error().toString();
        return {};
    }
    if (format)
        *format = reader.format();
    return readAll(reader);
}

QList<QByteArray> fields(std::initializer_list<const char *> list)
{
    QList<QByteArray> result;
    for (const char *f : list)
        result.append(QByteArray(f));
    return result;
}

QByteArray toUtf16Bytes(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char lo = char(u & 0xFF), hi = char(u >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void hugeQuotedFieldIsSkippedWithBoundedMemory();
    void hugeUnquotedFieldIsSkipped();
    void lineEndings_data();
    void lineEndings();
    void quotedFields();
    void quotedNewlinesKeepLineNumbers();
    void trailingEmptyColumn();
    void lastRecordWithoutNewline();
    void blankLinesAreBlankRecords();
    void raggedRowsAreReturned();
    void headerOnly();
    void strayQuotesAreLiteral();
    void unterminatedQuote();
    void unterminatedQuoteInsideSkippedRecord();
    void fieldOverLimit();
    void errorRecordsAreNotBlank();
    void recordOverLimit();
    void tooManyColumns();
    void rawIsCappedAt4KiB();
    void utf8Bom();
    void realFacebookExport();
    void utf16_data();
    void utf16();
    void windows1251();
    void latin1();
    void delimiterSniffing_data();
    void delimiterSniffing();
    void setDelimiterOverrides();
    void googleAdsTitleLines();
    void binaryFilesAreRejected_data();
    void binaryFilesAreRejected();
    void emptyFilesAreRejected_data();
    void emptyFilesAreRejected();
    void missingFile();
    void nextBeforeOpenFails();
    void chunkBoundary_data();
    void chunkBoundary();
    void utf16SurrogateAcrossChunks_data();
    void utf16SurrogateAcrossChunks();
    void manyChunksMatchReference();
    void rewindRereads();
    void progress();
};

void TestCsvReader::hugeQuotedFieldIsSkippedWithBoundedMemory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,text\n1,\"");
        // 100 MiB of quoted text with doubled quotes and 100 line breaks inside.
        QByteArray block(1 << 20, 'a');
        block[100] = '"';
        block[101] = '"';
        block[block.size() - 1] = '\n';
        for (int i = 0; i < 100; ++i)
            QCOMPARE(file.write(block), qint64(block.size()));
        file.write("\",end\n2,\"fine\"\n");
    }
    resetPeakRss();
    const qint64 before = peakRssKiB();
    QVERIFY(before > 0);

    CsvReader reader;
    QVERIFY(reader.open(path).has_value());
    CsvRecord record;
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.fields.size(), 2);
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.error, u"field longer than the 1 MiB limit"_s);
    QCOMPARE(record.errorColumn, 2);
    QCOMPARE(record.line, 2);
    QCOMPARE(record.endLine, 102);
    QCOMPARE(record.raw.size(), 4096);
    QVERIFY(record.raw.startsWith("1,\"aaa"));
    QVERIFY(record.fields.isEmpty());
    QVERIFY(reader.next(record).value());
    QVERIFY(record.error.isEmpty());
    QCOMPARE(record.line, 103);
    QCOMPARE(record.fields.size(), 2);
    QCOMPARE(record.fields.at(0), "2");
    QCOMPARE(record.fields.at(1), "fine");
    QVERIFY(!reader.next(record).value());
    QCOMPARE(reader.bytesRead(), reader.totalBytes());

    const qint64 growthKiB = peakRssKiB() - before;
    QVERIFY2(growthKiB < 50 * 1024, qPrintable(u"peak memory grew by %1 KiB"_s.arg(growthKiB)));
}

void TestCsvReader::hugeUnquotedFieldIsSkipped()
{
    QByteArray data = "a,b\nx,";
    data.append(QByteArray(5 << 20, 'z'));
    data.append(",y\n1,2");
    const QList<Row> rows = readData(data);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].error, u"field longer than the 1 MiB limit"_s);
    QCOMPARE(rows[1].errorColumn, 2);
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[2].fields, fields({"1", "2"}));
    QCOMPARE(rows[2].line, 3);
}

void TestCsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("crlf");
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n") << false;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << true;
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r") << false;
    QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\n3,4\r") << true;
}

void TestCsvReader::lineEndings()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, crlf);
    CsvFormat format;
    const QList<Row> rows = readData(data, {}, &format);
    QCOMPARE(format.crlf, crlf);
    QCOMPARE(format.delimiter, ',');
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].fields, fields({"a", "b"}));
    QCOMPARE(rows[1].fields, fields({"1", "2"}));
    QCOMPARE(rows[2].fields, fields({"3", "4"}));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows[i].line, i + 1);
        QCOMPARE(rows[i].endLine, i + 1);
        QVERIFY(rows[i].error.isEmpty());
    }
    QCOMPARE(rows[1].raw, "1,2");
}

void TestCsvReader::quotedFields()
{
    const QList<Row> rows = readData("name,cost,note\n"
                                     "\"Smith, John\",\"$12,500.00\",\"He said \"\"hi\"\"\"\n"
                                     "\"\",\"\"\"\",x\n");
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].fields, fields({"Smith, John", "$12,500.00", "He said \"hi\""}));
    QCOMPARE(rows[1].raw, "\"Smith, John\",\"$12,500.00\",\"He said \"\"hi\"\"\"");
    QCOMPARE(rows[2].fields, fields({"", "\"", "x"}));
    QVERIFY(rows[2].error.isEmpty());
}

void TestCsvReader::quotedNewlinesKeepLineNumbers()
{
    const QList<Row> rows = readData("id,text\r\n"
                                     "1,\"two\r\nlines\"\r\n"
                                     "2,\"three\nlines\nhere\"\r\n"
                                     "3,\"cr\ronly\"\r\n"
                                     "4,plain\r\n");
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[1].fields, fields({"1", "two\r\nlines"}));
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[1].endLine, 3);
    QCOMPARE(rows[2].fields, fields({"2", "three\nlines\nhere"}));
    QCOMPARE(rows[2].line, 4);
    QCOMPARE(rows[2].endLine, 6);
    QCOMPARE(rows[3].fields, fields({"3", "cr\ronly"}));
    QCOMPARE(rows[3].line, 7);
    QCOMPARE(rows[3].endLine, 8);
    QCOMPARE(rows[4].fields, fields({"4", "plain"}));
    QCOMPARE(rows[4].line, 9);
    QCOMPARE(rows[4].endLine, 9);
}

void TestCsvReader::trailingEmptyColumn()
{
    const QList<Row> rows = readData("a,b,\n1,2,\n3,\"4\",");
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].fields, fields({"a", "b", ""}));
    QCOMPARE(rows[1].fields, fields({"1", "2", ""}));
    QCOMPARE(rows[2].fields, fields({"3", "4", ""}));
}

void TestCsvReader::lastRecordWithoutNewline()
{
    QList<Row> rows = readData("a,b\n1,2");
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].fields, fields({"1", "2"}));
    QCOMPARE(rows[1].line, 2);
    rows = readData("a,b\r\n1,\"x\r\ny\"");
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].fields, fields({"1", "x\r\ny"}));
    QCOMPARE(rows[1].endLine, 3);
    QVERIFY(rows[1].error.isEmpty());
}

void TestCsvReader::blankLinesAreBlankRecords()
{
    CsvReader reader;
    QVERIFY(reader.openData("a,b\n\n1,2\n,\n").has_value());
    CsvRecord record;
    QVERIFY(reader.next(record).value());
    QVERIFY(!record.isBlank());
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.line, 2);
    QCOMPARE(record.fields.size(), 1);
    QVERIFY(record.isBlank());
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.line, 3);
    QVERIFY(!record.isBlank());
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.fields.size(), 2);
    QVERIFY(record.isBlank());
    QVERIFY(!reader.next(record).value());
    QCOMPARE(record.line, 4); // untouched at the end
}

void TestCsvReader::raggedRowsAreReturned()
{
    const QList<Row> rows = readData("a,b,c\n1,2\n1,2,3,4\n\"q\"\n");
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].fields.size(), 2);
    QCOMPARE(rows[2].fields.size(), 4);
    QCOMPARE(rows[3].fields, fields({"q"}));
    for (const Row &row : rows)
        QVERIFY(row.error.isEmpty());
}

void TestCsvReader::headerOnly()
{
    QList<Row> rows = readData("a,b,c\n");
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].fields, fields({"a", "b", "c"}));
    rows = readData("a;b;c");
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].fields, fields({"a", "b", "c"}));
}

void TestCsvReader::strayQuotesAreLiteral()
{
    const QList<Row> rows = readData("size,name\n5\",TV 55\" \"OLED\"\n\"abc\"def,\"x\"  \n");
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].fields, fields({"5\"", "TV 55\" \"OLED\""}));
    QVERIFY(rows[1].error.isEmpty());
    QCOMPARE(rows[2].fields, fields({"abcdef", "x  "}));
    QVERIFY(rows[2].error.isEmpty());
}

void TestCsvReader::unterminatedQuote()
{
    const QList<Row> rows = readData("a,b\n1,2\n3,\"abc\n4,5\n6,7\n");
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[2].line, 3);
    QCOMPARE(rows[2].endLine, 5);
    QCOMPARE(rows[2].error, u"unterminated quoted field (opened at line 3)"_s);
    QCOMPARE(rows[2].errorColumn, 2);
    QCOMPARE(rows[2].fields, fields({"3", "abc\n4,5\n6,7\n"}));
    QCOMPARE(rows[2].raw, "3,\"abc\n4,5\n6,7\n");
}

void TestCsvReader::unterminatedQuoteInsideSkippedRecord()
{
    CsvLimits limits;
    limits.maxFieldBytes = 8;
    const QList<Row> rows = readData("a,b\n1,\"abcdefghijkl\nmn\n", limits);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].error, u"unterminated quoted field (opened at line 2)"_s);
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[1].endLine, 3);
}

void TestCsvReader::fieldOverLimit()
{
    CsvLimits limits;
    limits.maxFieldBytes = 10;
    const QList<Row> rows = readData("a,b,c\n"
                                     "1,0123456789,3\n"
                                     "1,0123456789X,3\n"
                                     "2,\"quoted\n\"\"long\"\" text\nhere\",3\n"
                                     "4,5,6\n",
                                     limits);
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows[1].error.isEmpty());
    QCOMPARE(rows[1].fields, fields({"1", "0123456789", "3"}));
    QCOMPARE(rows[2].error, u"field longer than the 10 bytes limit"_s);
    QCOMPARE(rows[2].errorColumn, 2);
    QCOMPARE(rows[2].raw, "1,0123456789X,3");
    QCOMPARE(rows[3].error, u"field longer than the 10 bytes limit"_s);
    QCOMPARE(rows[3].line, 4);
    QCOMPARE(rows[3].endLine, 6);
    QCOMPARE(rows[4].fields, fields({"4", "5", "6"}));
    QCOMPARE(rows[4].line, 7);
}

void TestCsvReader::errorRecordsAreNotBlank()
{
    CsvLimits limits;
    limits.maxFieldBytes = 4;
    CsvReader reader(limits);
    QVERIFY(reader.openData("a\n12345\n").has_value());
    CsvRecord record;
    QVERIFY(reader.next(record).value());
    QVERIFY(reader.next(record).value());
    QVERIFY(!record.error.isEmpty());
    QVERIFY(record.fields.isEmpty());
    QVERIFY(!record.isBlank());
}

void TestCsvReader::recordOverLimit()
{
    CsvLimits limits;
    limits.maxRecordBytes = 16;
    const QList<Row> rows = readData("a,b\n1,2,3,4,5,6,7,8,9\n1,2\n", limits);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].error, u"row longer than the 16 bytes limit"_s);
    QCOMPARE(rows[1].errorColumn, 0);
    QCOMPARE(rows[2].fields, fields({"1", "2"}));
}

void TestCsvReader::tooManyColumns()
{
    CsvLimits limits;
    limits.maxColumns = 3;
    const QList<Row> rows = readData("a,b,c\n1,2,3,4\n5,6,7\n", limits);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[0].error.isEmpty());
    QCOMPARE(rows[1].error, u"row has more than 3 columns"_s);
    QCOMPARE(rows[1].errorColumn, 4);
    QCOMPARE(rows[1].raw, "1,2,3,4");
    QCOMPARE(rows[2].fields, fields({"5", "6", "7"}));
    QCOMPARE(rows[2].line, 3);
}

void TestCsvReader::rawIsCappedAt4KiB()
{
    const QByteArray longField(10000, 'q');
    const QList<Row> rows = readData("a,b\n1," + longField + "\n");
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].fields.at(1), longField);
    QCOMPARE(rows[1].raw.size(), 4096);
    QCOMPARE(rows[1].raw, QByteArray("1," + longField).left(4096));
}

void TestCsvReader::utf8Bom()
{
    CsvFormat format;
    const QList<Row> rows = readData("\xEF\xBB\xBFid,name\n1,Москва\n", {}, &format);
    QCOMPARE(format.encoding, TextEncoding::Utf8Bom);
    QCOMPARE(format.encodingName(), u"UTF-8 (BOM)"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].fields, fields({"id", "name"}));
    QCOMPARE(rows[1].fields, fields({"1", "Москва"}));

    const QList<Row> plain = readData("id,name\n1,Москва\n", {}, &format);
    QCOMPARE(format.encoding, TextEncoding::Utf8);
    QCOMPARE(plain[1].fields, fields({"1", "Москва"}));
}

void TestCsvReader::realFacebookExport()
{
    CsvReader reader;
    const Status opened = reader.open(QStringLiteral(DEMETRA_SHARED_DATA "/facebook_kag_conversion_data.csv"));
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
    QCOMPARE(reader.format().encoding, TextEncoding::Utf8Bom);
    QVERIFY(reader.format().crlf);
    QCOMPARE(reader.format().delimiter, ',');
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 1144);
    QCOMPARE(rows[0].fields.at(0), "ad_id");
    for (const Row &row : rows) {
        QCOMPARE(row.fields.size(), 11);
        QVERIFY(row.error.isEmpty());
    }
    QCOMPARE(rows[1].fields,
             fields({"708746", "916", "103916", "30-34", "M", "15", "7350", "1", "1.429999948", "2", "1"}));
    QCOMPARE(rows.last().line, 1144);
}

void TestCsvReader::utf16_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::newRow("LE") << true;
    QTest::newRow("BE") << false;
}

void TestCsvReader::utf16()
{
    QFETCH(bool, littleEndian);
    const QString text = u"Кампания\tРасход\r\n\"Весна, 😀\"\t1 234,56\r\nLast\t\"a\"\"b\"\r\n"_s;
    CsvFormat format;
    const QList<Row> rows = readData(toUtf16Bytes(text, littleEndian), {}, &format);
    QCOMPARE(format.encoding, littleEndian ? TextEncoding::Utf16Le : TextEncoding::Utf16Be);
    QCOMPARE(format.encodingName(), littleEndian ? u"UTF-16 LE"_s : u"UTF-16 BE"_s);
    QCOMPARE(format.delimiter, '\t');
    QVERIFY(format.crlf);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].fields, fields({"Кампания", "Расход"}));
    QCOMPARE(rows[1].fields, fields({"Весна, 😀", "1 234,56"}));
    QCOMPARE(rows[2].fields, fields({"Last", "a\"b"}));
    QCOMPARE(rows[2].line, 3);
}

void TestCsvReader::windows1251()
{
    const QByteArray bytes = QByteArray::fromHex(
        "cae0ecefe0ede8ff3bd0e0f1f5eee43bc4e0f2e00d0acceef1eae2e020a8ebeae03b31203233342c35363b313820ece0ff2032303235"
        "0d0ad1e0edeaf22dcfe5f2e5f0e1f3f0e33babc2e5f1ede0bb3b30312e30362e323032350d0a");
    CsvFormat format;
    const QList<Row> rows = readData(bytes, {}, &format);
    QCOMPARE(format.encoding, TextEncoding::Windows1251);
    QCOMPARE(format.delimiter, ';');
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].fields, fields({"Кампания", "Расход", "Дата"}));
    QCOMPARE(rows[1].fields, fields({"Москва Ёлка", "1 234,56", "18 мая 2025"}));
    QCOMPARE(rows[2].fields, fields({"Санкт-Петербург", "«Весна»", "01.06.2025"}));
}

void TestCsvReader::latin1()
{
    const QByteArray bytes = QByteArray::fromHex(
        "4e616d652c436974790a436166e9204dfc6c6c65722c5afc726963680a53e36f205061756c6f2c426573616ee76f6e0a");
    CsvFormat format;
    const QList<Row> rows = readData(bytes, {}, &format);
    QCOMPARE(format.encoding, TextEncoding::Latin1);
    QCOMPARE(format.encodingName(), u"ISO-8859-1"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].fields, fields({"Café Müller", "Zürich"}));
    QCOMPARE(rows[2].fields, fields({"São Paulo", "Besançon"}));
}

void TestCsvReader::delimiterSniffing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',' << 3;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("Дата;Расход;CTR\n18.05.2025;1 234,56;1,5\n19.05.2025;2,5;0,7\n") << ';' << 3;
    QTest::newRow("tab") << QByteArray("a\tb, c\td\n1\t2, 3\t4\n") << '\t' << 3;
    QTest::newRow("pipe") << QByteArray("a|b\n\"x,y,z\"|2\n") << '|' << 2;
    QTest::newRow("commas only inside quotes") << QByteArray("\"a,b\";\"c,d\"\n\"1,2\";\"3,4\"\n") << ';' << 2;
    QTest::newRow("single column") << QByteArray("name\nAlice\nBob\n") << ',' << 1;
}

void TestCsvReader::delimiterSniffing()
{
    QFETCH(QByteArray, data);
    QFETCH(char, delimiter);
    QFETCH(int, columns);
    CsvFormat format;
    const QList<Row> rows = readData(data, {}, &format);
    QCOMPARE(format.delimiter, delimiter);
    QVERIFY(!rows.isEmpty());
    for (const Row &row : rows)
        QCOMPARE(row.fields.size(), columns);
}

void TestCsvReader::setDelimiterOverrides()
{
    CsvReader reader;
    QVERIFY(reader.openData("a;b;c,d\n1;2;3,4\n").has_value());
    QCOMPARE(reader.format().delimiter, ';');
    reader.setDelimiter(',');
    QCOMPARE(reader.format().delimiter, ',');
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].fields, fields({"1;2;3", "4"}));
}

void TestCsvReader::googleAdsTitleLines()
{
    CsvReader reader;
    const Status opened = reader.open(QStringLiteral(DEMETRA_SHARED_DATA "/google_ads_ui_age_report.csv"));
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
    QCOMPARE(reader.format().delimiter, ',');
    QCOMPARE(reader.format().encoding, TextEncoding::Utf8);
    QVERIFY(!reader.format().crlf);
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 20);
    QCOMPARE(rows[0].fields, fields({"Age report"}));
    QCOMPARE(rows[1].fields, fields({"May 18, 2025 - August 15, 2025"}));
    QCOMPARE(rows[1].line, 2);
    const auto header = std::find_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.fields.size() == 16; });
    QVERIFY(header != rows.cend());
    QCOMPARE(header->line, 3);
    QCOMPARE(header->fields.first(), "Demographic status");
    QCOMPARE(header->fields.last(), "Cost / conv.");
    const qsizetype dataRows =
        std::count_if(header + 1, rows.cend(), [](const Row &r) { return r.fields.size() == 16 && r.error.isEmpty(); });
    QCOMPARE(dataRows, 17);
    QCOMPARE(rows[3].fields.at(5), " --");
    QCOMPARE(rows[3].fields.at(10), "6.57%");
    QCOMPARE(rows[6].fields.at(8), "1,315");
    QCOMPARE(rows.last().line, 20);
    QCOMPARE(rows.last().fields.at(15), "0.00");
}

void TestCsvReader::binaryFilesAreRejected_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000");
    QTest::newRow("NUL bytes") << png << u"NUL bytes"_s;
    QTest::newRow("UTF-16 without BOM") << QByteArray("a\0,\0b\0\n\0", 8) << u"NUL bytes"_s;
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls.append(char(1 + i % 8)).append("ab");
    QTest::newRow("control bytes") << controls << u"control characters"_s;
}

void TestCsvReader::binaryFilesAreRejected()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    CsvReader reader;
    const Status opened = reader.openData(data);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::BadInput);
    QVERIFY2(opened.error().message.contains(reason), qPrintable(opened.error().message));
    CsvRecord record;
    QVERIFY(!reader.next(record).has_value());
}

void TestCsvReader::emptyFilesAreRejected_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("zero bytes") << QByteArray();
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("UTF-16 BOM only") << QByteArray("\xFF\xFE");
    QTest::newRow("whitespace") << QByteArray(" \r\n\n\t \n");
}

void TestCsvReader::emptyFilesAreRejected()
{
    QFETCH(QByteArray, data);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"empty.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    CsvReader reader;
    const Status opened = reader.open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::BadInput);
    QCOMPARE(opened.error().message, u"the file is empty"_s);
    QVERIFY(!reader.openData(data));
}

void TestCsvReader::missingFile()
{
    CsvReader reader;
    const Status opened = reader.open(u"/nonexistent/dir/file.csv"_s);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::NotFound);
    QCOMPARE(opened.error().detail, u"/nonexistent/dir/file.csv"_s);
}

void TestCsvReader::nextBeforeOpenFails()
{
    CsvReader reader;
    CsvRecord record;
    QVERIFY(!reader.next(record).has_value());
    QVERIFY(!reader.rewind().has_value());
}

void TestCsvReader::chunkBoundary_data()
{
    QTest::addColumn<int>("shift");
    for (int shift = -24; shift <= 4; ++shift)
        QTest::newRow(qPrintable(QString::number(shift))) << shift;
}

// A record with a doubled quote, a CRLF inside quotes, a CRLF end and a multi-byte character placed so that the
// 1 MiB chunk edge falls on each of its bytes in turn.
void TestCsvReader::chunkBoundary()
{
    QFETCH(int, shift);
    const QByteArray special = "7,\"ab\"\"c\r\nd\",ж,\r\n"; // 19 bytes
    const QByteArray header = "id,text,extra,empty\r\n";
    QByteArray data = header;
    const qsizetype target = (1 << 20) + shift;
    int rows = 0;
    while (data.size() + 40 < target) {
        data += "1,filler " + QByteArray::number(rows++) + ",x,\r\n";
    }
    const qsizetype pad = target - data.size() - 6;
    QVERIFY(pad >= 1);
    data += "2," + QByteArray(pad, 'p') + ",,\r\n";
    QCOMPARE(data.size(), target);
    data += special;
    data += "8,tail,z,";

    const QList<Row> result = readData(data);
    QCOMPARE(result.size(), rows + 4);
    const qint64 specialLine = rows + 3;
    const Row &row = result[result.size() - 2];
    QCOMPARE(row.fields, fields({"7", "ab\"c\r\nd", "ж", ""}));
    QCOMPARE(row.line, specialLine);
    QCOMPARE(row.endLine, specialLine + 1);
    QCOMPARE(row.raw, special.chopped(2));
    const Row &last = result.last();
    QCOMPARE(last.fields, fields({"8", "tail", "z", ""}));
    QCOMPARE(last.line, specialLine + 2);
    QCOMPARE(result[result.size() - 3].fields.at(1), QByteArray(pad, 'p'));
}

void TestCsvReader::utf16SurrogateAcrossChunks_data()
{
    QTest::addColumn<int>("shift");
    for (int shift = -3; shift <= 2; ++shift)
        QTest::newRow(qPrintable(QString::number(shift))) << shift;
}

void TestCsvReader::utf16SurrogateAcrossChunks()
{
    QFETCH(int, shift);
    // The BOM takes 2 bytes, so 1 MiB of input is 2^19 code units; put 😀 (a surrogate pair) around that edge.
    QString text = u"a,b\n"_s;
    const qsizetype unitsBeforeEmoji = (1 << 19) + shift;
    text += u"1,"_s + QString(unitsBeforeEmoji - text.size() - 2 - 1 - 2, u'x') + u"\n"_s;
    text += u"2,"_s;
    QCOMPARE(text.size(), unitsBeforeEmoji);
    text += u"😀ё\n3,end\n"_s;
    for (const bool le : {true, false}) {
        const QList<Row> rows = readData(toUtf16Bytes(text, le));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[2].fields, fields({"2", "😀ё"}));
        QCOMPARE(rows[3].fields, fields({"3", "end"}));
    }
}

// Many chunks of mixed records compared field by field with what was written.
void TestCsvReader::manyChunksMatchReference()
{
    QList<QList<QByteArray>> expected;
    QByteArray data;
    for (int i = 0; data.size() < (3 << 20) + 12345; ++i) {
        QList<QByteArray> row{QByteArray::number(i), "name " + QByteArray::number(i * 7)};
        QByteArray line = row[0] + ',' + row[1];
        if (i % 3 == 0) {
            const QByteArray quoted = "q\"" + QByteArray(i % 17, 'z') + "\n" + QByteArray::number(i);
            row.append(quoted);
            line += ",\"" + QByteArray(quoted).replace("\"", "\"\"") + '"';
        } else {
            row.append(QByteArray(i % 29, 'w'));
            line += ',' + row.last();
        }
        expected.append(row);
        data += line + (i % 2 ? "\r\n" : "\n");
    }
    const QList<Row> rows = readData(data);
    QCOMPARE(rows.size(), expected.size());
    qint64 line = 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].fields, expected[i]);
        QCOMPARE(rows[i].line, line);
        QCOMPARE(rows[i].endLine, line + (i % 3 == 0 ? 1 : 0));
        line = rows[i].endLine + 1;
    }
}

void TestCsvReader::rewindRereads()
{
    CsvReader reader;
    QVERIFY(reader.openData("\xEF\xBB\xBFh1,h2\n1,\"a\nb\"\n2,c\n").has_value());
    const QList<Row> first = readAll(reader);
    QCOMPARE(first.size(), 3);
    QVERIFY(reader.rewind().has_value());
    QCOMPARE(reader.bytesRead(), 3);
    const QList<Row> second = readAll(reader);
    QCOMPARE(second.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(second[i].fields, first[i].fields);
        QCOMPARE(second[i].line, first[i].line);
        QCOMPARE(second[i].endLine, first[i].endLine);
    }
    QCOMPARE(second[0].fields, fields({"h1", "h2"}));
    QCOMPARE(second[2].line, 4);
}

void TestCsvReader::progress()
{
    QByteArray data = "a,b\n";
    while (data.size() < (2 << 20) + 100)
        data += "12345,67890\n";
    CsvReader reader;
    QVERIFY(reader.openData(data).has_value());
    QCOMPARE(reader.totalBytes(), data.size());
    CsvRecord record;
    QVERIFY(reader.next(record).value());
    QVERIFY(reader.bytesRead() > 0);
    QVERIFY(reader.bytesRead() < data.size());
    while (reader.next(record).value()) {
    }
    QCOMPARE(reader.bytesRead(), data.size());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
