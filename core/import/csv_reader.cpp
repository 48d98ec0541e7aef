#include "core/import/csv_reader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Demetra::Import {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;
constexpr qint64 kSampleBytes = 64 << 10;
constexpr qsizetype kRawLimit = 4096;
constexpr int kSniffLines = 30;

// Windows-1251 code points for bytes 0x80..0xBF (0xC0..0xFF map to U+0410..U+044F).
constexpr char16_t kCp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
};

char *putUtf8(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

// Converts UTF-16 / Windows-1251 / Latin-1 chunks to UTF-8, keeping an odd byte or a high surrogate that a chunk
// boundary split for the next chunk.
class Transcoder
{
public:
    void reset(TextEncoding encoding)
    {
        m_encoding = encoding;
        m_pendingByte = -1;
        m_highSurrogate = 0;
    }

    static qsizetype maxOutput(qsizetype inputBytes) { return inputBytes * 3 + 8; }

    char *convert(const uchar *in, qsizetype size, char *out, bool final)
    {
        switch (m_encoding) {
        case TextEncoding::Utf16Le:
        case TextEncoding::Utf16Be:
            out = convertUtf16(in, size, out);
            if (final && (m_pendingByte >= 0 || m_highSurrogate)) {
                out = putUtf8(out, 0xFFFD);
                m_pendingByte = -1;
                m_highSurrogate = 0;
            }
            return out;
        case TextEncoding::Windows1251:
            for (const uchar *end = in + size; in < end; ++in) {
                const uchar b = *in;
                if (b < 0x80)
                    *out++ = char(b);
                else
                    out = putUtf8(out, b >= 0xC0 ? char32_t(0x0410 + (b - 0xC0)) : char32_t(kCp1251High[b - 0x80]));
            }
            return out;
        default: // Latin-1
            for (const uchar *end = in + size; in < end; ++in)
                out = putUtf8(out, *in);
            return out;
        }
    }

private:
    char *convertUtf16(const uchar *in, qsizetype size, char *out)
    {
        const bool le = m_encoding == TextEncoding::Utf16Le;
        const uchar *end = in + size;
        if (m_pendingByte >= 0 && in < end) {
            const char16_t first = char16_t(m_pendingByte);
            out = putUnit(out, le ? char16_t(first | (*in << 8)) : char16_t((first << 8) | *in));
            m_pendingByte = -1;
            ++in;
        }
        for (; end - in >= 2; in += 2)
            out = putUnit(out, le ? char16_t(in[0] | (in[1] << 8)) : char16_t((in[0] << 8) | in[1]));
        if (in < end)
            m_pendingByte = *in;
        return out;
    }

    char *putUnit(char *out, char16_t unit)
    {
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
        if (m_highSurrogate) {
            const char16_t first = m_highSurrogate;
            m_highSurrogate = 0;
            if (low)
                return putUtf8(out, 0x10000 + ((char32_t(first) - 0xD800) << 10) + (unit - 0xDC00));
            out = putUtf8(out, 0xFFFD);
        }
        if (high) {
            m_highSurrogate = unit;
            return out;
        }
        return putUtf8(out, low ? char32_t(0xFFFD) : char32_t(unit));
    }

    TextEncoding m_encoding = TextEncoding::Utf8;
    int m_pendingByte = -1;
    char16_t m_highSurrogate = 0;
};

// Strict UTF-8 validation; a sequence cut by the end of an incomplete sample is accepted.
bool isValidUtf8(const uchar *p, const uchar *end, bool complete)
{
    while (p < end) {
        const uchar b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            extra = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3;
            cp = b & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return !complete && std::all_of(p + 1, end, [](uchar c) { return (c & 0xC0) == 0x80; });
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

// Cyrillic Windows-1251 text has its high bytes mostly in 0xC0..0xFF (and Ё/ё), in runs (whole words); Latin-1
// accents sit alone between ASCII letters.
bool looksCyrillic(const uchar *p, const uchar *end)
{
    qint64 high = 0, letters = 0, inRuns = 0;
    for (const uchar *q = p; q < end; ++q) {
        if (*q < 0x80)
            continue;
        ++high;
        if (*q >= 0xC0 || *q == 0xA8 || *q == 0xB8)
            ++letters;
        if ((q > p && q[-1] >= 0x80) || (q + 1 < end && q[1] >= 0x80))
            ++inRuns;
    }
    return high > 0 && letters * 2 > high && inRuns * 2 > high;
}

// Picks the candidate whose per-line count (outside quotes) is most often the same non-zero number.
char sniffDelimiter(const char *begin, const char *end, bool complete)
{
    static constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    char best = ',';
    int bestFrequency = 0;
    int bestCount = 0;
    for (const char candidate : candidates) {
        std::array<int, kSniffLines> counts{};
        int lines = 0;
        int count = 0;
        bool inQuotes = false, fieldStart = true, nonEmpty = false;
        for (const char *p = begin; p < end && lines < kSniffLines; ++p) {
            const char c = *p;
            if (inQuotes) {
                if (c == '"') {
                    if (p + 1 < end && p[1] == '"')
                        ++p;
                    else
                        inQuotes = false;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (nonEmpty)
                    counts[lines++] = count;
                count = 0;
                nonEmpty = false;
                fieldStart = true;
                continue;
            }
            if (c != ' ')
                nonEmpty = true;
            if (c == candidate)
                ++count;
            if (std::find(candidates.begin(), candidates.end(), c) != candidates.end()) {
                fieldStart = true; // a quote after any candidate opens a field: "a,b";"c,d" has no comma outside quotes
            } else if (c == '"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
            } else if (c != ' ') {
                fieldStart = false;
            }
        }
        if (complete && nonEmpty && lines < kSniffLines)
            counts[lines++] = count;
        for (int i = 0; i < lines; ++i) {
            if (counts[i] == 0)
                continue;
            const int frequency = int(std::count(counts.begin(), counts.begin() + lines, counts[i]));
            if (frequency > bestFrequency || (frequency == bestFrequency && counts[i] > bestCount)) {
                best = candidate;
                bestFrequency = frequency;
                bestCount = counts[i];
            }
        }
    }
    return best;
}

const char *scanUnquoted(const char *p, const char *end, char delimiter)
{
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits =
            _mm_or_si128(_mm_cmpeq_epi8(v, delimiters), _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
        if (const int mask = _mm_movemask_epi8(hits))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

qint64 countLineBreaks(const char *p, const char *end)
{
    qint64 n = 0;
    for (; p < end; ++p) {
        if (*p == '\n')
            ++n;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++n;
    }
    return n;
}

// Grows a buffer geometrically so that leftovers of varying size do not reallocate it on every chunk.
template<typename Buffer> void growTo(Buffer &buffer, qsizetype size)
{
    const auto current = qsizetype(buffer.size());
    if (current < size)
        buffer.resize(std::max(size, current + current / 2));
}

QString sizeText(qint64 bytes)
{
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0)
        return QCoreApplication::translate("CsvReader", "%1 MiB").arg(bytes >> 20);
    if (bytes >= (1 << 10) && bytes % (1 << 10) == 0)
        return QCoreApplication::translate("CsvReader", "%1 KiB").arg(bytes >> 10);
    return QCoreApplication::translate("CsvReader", "%1 bytes").arg(bytes);
}

QString unterminatedMessage(qint64 openLine)
{
    return QCoreApplication::translate("CsvReader", "unterminated quoted field (opened at line %1)").arg(openLine);
}

} // namespace

struct CsvReader::Impl
{
    enum class Step
    {
        Record,
        NeedMore,
        End,
        Overflow,
    };
    enum class Overflow
    {
        Field,
        Record,
        Columns,
    };

    Status start(std::unique_ptr<QIODevice> device, const QString &name);
    Status restart();
    bool refill();
    Step parse(CsvRecord &rec);
    Step needMore(const CsvRecord &rec, const char *recStart, const char *fieldStart);
    Step overflow(Overflow kind, int column);
    Step finish(CsvRecord &rec, const char *recStart, const char *contentEnd, const char *next, qint64 extraLines);
    void appendScratch(const char *from, const char *to);
    void skipRecord(CsvRecord &rec);
    Error ioError() const;

    CsvLimits m_limits;
    CsvFormat m_format;
    std::unique_ptr<QIODevice> m_device;
    QString m_name;
    qint64 m_total = 0;
    qint64 m_bytesRead = 0;
    qint64 m_bomBytes = 0;
    bool m_open = false;
    bool m_eof = false;
    bool m_ioFailed = false;
    bool m_pendingLf = false; // a record ended with CR at the end of the buffer; drop a following LF
    Transcoder m_transcoder;
    QByteArray m_raw; // undecoded input for non-UTF-8 files
    QByteArray m_buf; // UTF-8 text; [m_pos, m_end) is not consumed yet
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    std::vector<char> m_scratch; // unescaped quoted fields; never reallocated while a record is parsed
    qsizetype m_scratchUsed = 0;
    QByteArray m_rawCopy; // the start of a record skipped over a limit
    qint64 m_line = 1;
    Overflow m_overflow = Overflow::Field;
    int m_overflowColumn = 0;
};

Status CsvReader::Impl::start(std::unique_ptr<QIODevice> device, const QString &name)
{
    m_device = std::move(device);
    m_name = name;
    m_open = false;
    m_format = {};
    QByteArray sample;
    while (sample.size() < kSampleBytes) {
        const QByteArray part = m_device->read(kSampleBytes - sample.size());
        if (part.isEmpty())
            break;
        sample += part;
    }
    if (m_total <= 0 && m_device->atEnd())
        m_total = sample.size();
    const bool complete = sample.size() < kSampleBytes || sample.size() == m_total;
    const auto *bytes = reinterpret_cast<const uchar *>(sample.constData());
    const auto *bytesEnd = bytes + sample.size();

    m_bomBytes = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        m_format.encoding = TextEncoding::Utf8Bom;
        m_bomBytes = 3;
    } else if (sample.startsWith("\xFF\xFE")) {
        m_format.encoding = TextEncoding::Utf16Le;
        m_bomBytes = 2;
    } else if (sample.startsWith("\xFE\xFF")) {
        m_format.encoding = TextEncoding::Utf16Be;
        m_bomBytes = 2;
    } else if (sample.contains('\0')) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("CsvReader",
                                                "this is not a text CSV file: it contains NUL bytes (a binary file, "
                                                "or UTF-16 text without a byte-order mark)"),
                    name);
    } else if (isValidUtf8(bytes, bytesEnd, complete)) {
        m_format.encoding = TextEncoding::Utf8;
    } else {
        m_format.encoding = looksCyrillic(bytes, bytesEnd) ? TextEncoding::Windows1251 : TextEncoding::Latin1;
    }

    // The sample as UTF-8 text, for the checks below and for delimiter sniffing.
    QByteArray text;
    const qsizetype bodySize = sample.size() - m_bomBytes;
    if (m_format.encoding == TextEncoding::Utf8 || m_format.encoding == TextEncoding::Utf8Bom) {
        text = sample.mid(m_bomBytes);
    } else {
        m_transcoder.reset(m_format.encoding);
        text.resize(Transcoder::maxOutput(bodySize));
        char *out = m_transcoder.convert(bytes + m_bomBytes, bodySize, text.data(), complete);
        text.truncate(out - text.constData());
    }
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (complete && std::all_of(text.cbegin(), text.cend(), isSpace))
        return fail(ErrorCode::BadInput, QCoreApplication::translate("CsvReader", "the file is empty"), name);
    const auto isControl = [](char c) {
        const auto b = uchar(c);
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) || b == 0x7F;
    };
    const qsizetype controls = std::count_if(text.cbegin(), text.cend(), isControl);
    if (controls > 0 && (text.contains('\0') || controls * 50 > text.size()))
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("CsvReader",
                                                "this is not a text CSV file: it contains many control characters "
                                                "(%1 in the first %2 bytes)")
                        .arg(controls)
                        .arg(text.size()),
                    name);

    const qsizetype firstLf = text.indexOf('\n');
    m_format.crlf = firstLf > 0 && text.at(firstLf - 1) == '\r';
    // Only whole lines of an incomplete sample take part in the vote.
    qsizetype sniffEnd = text.size();
    if (!complete) {
        const qsizetype lastBreak = std::max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (lastBreak > 0)
            sniffEnd = lastBreak + 1;
    }
    m_format.delimiter = sniffDelimiter(text.constData(), text.constData() + sniffEnd, complete);
    m_open = true;
    return restart();
}

Status CsvReader::Impl::restart()
{
    if (!m_device->seek(m_bomBytes))
        return fail(ErrorCode::Io, QCoreApplication::translate("CsvReader", "cannot go back to the start of the file"),
                    m_name + QStringLiteral(": ") + m_device->errorString());
    m_transcoder.reset(m_format.encoding);
    m_bytesRead = m_bomBytes;
    m_pos = m_end = 0;
    m_eof = false;
    m_ioFailed = false;
    m_pendingLf = false;
    m_line = 1;
    return {};
}

bool CsvReader::Impl::refill()
{
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    const bool utf8 = m_format.encoding == TextEncoding::Utf8 || m_format.encoding == TextEncoding::Utf8Bom;
    char *target = nullptr;
    if (utf8) {
        growTo(m_buf, m_end + kChunkBytes);
        target = m_buf.data() + m_end;
    } else {
        growTo(m_raw, kChunkBytes);
        target = m_raw.data();
    }
    const qint64 n = m_device->read(target, kChunkBytes);
    if (n < 0) {
        m_ioFailed = true;
        return false;
    }
    if (utf8) {
        m_end += n;
    } else {
        growTo(m_buf, m_end + Transcoder::maxOutput(n));
        const char *out =
            m_transcoder.convert(reinterpret_cast<const uchar *>(m_raw.constData()), n, m_buf.data() + m_end, n == 0);
        m_end = out - m_buf.constData();
    }
    m_eof = n == 0;
    m_bytesRead += n;
    return true;
}

void CsvReader::Impl::appendScratch(const char *from, const char *to)
{
    std::memcpy(m_scratch.data() + m_scratchUsed, from, size_t(to - from));
    m_scratchUsed += to - from;
}

CsvReader::Impl::Step CsvReader::Impl::needMore(const CsvRecord &rec, const char *recStart, const char *fieldStart)
{
    const char *end = m_buf.constData() + m_end;
    if (fieldStart && end - fieldStart > m_limits.maxFieldBytes)
        return overflow(Overflow::Field, int(rec.fields.size()) + 1);
    if (end - recStart > m_limits.maxRecordBytes)
        return overflow(Overflow::Record, 0);
    return Step::NeedMore;
}

CsvReader::Impl::Step CsvReader::Impl::overflow(Overflow kind, int column)
{
    m_overflow = kind;
    m_overflowColumn = column;
    return Step::Overflow;
}

CsvReader::Impl::Step CsvReader::Impl::finish(CsvRecord &rec, const char *recStart, const char *contentEnd,
                                              const char *next, qint64 extraLines)
{
    if (contentEnd - recStart > m_limits.maxRecordBytes)
        return overflow(Overflow::Record, 0);
    rec.line = m_line;
    rec.endLine = m_line + extraLines;
    rec.raw = QByteArrayView(recStart, std::min<qsizetype>(contentEnd - recStart, kRawLimit));
    m_line = rec.endLine + 1;
    m_pos = next - m_buf.constData();
    return Step::Record;
}

CsvReader::Impl::Step CsvReader::Impl::parse(CsvRecord &rec)
{
    if (m_pendingLf) {
        if (m_pos == m_end && !m_eof)
            return Step::NeedMore;
        if (m_pos < m_end && m_buf.at(m_pos) == '\n')
            ++m_pos;
        m_pendingLf = false;
    }
    const char *const recStart = m_buf.constData() + m_pos;
    const char *const end = m_buf.constData() + m_end;
    if (recStart == end)
        return m_eof ? Step::End : Step::NeedMore;
    growTo(m_scratch, m_end - m_pos);
    m_scratchUsed = 0;
    rec.fields.clear();
    rec.error.clear();
    rec.errorColumn = 0;

    const char delimiter = m_format.delimiter;
    const qint64 maxField = m_limits.maxFieldBytes;
    qint64 extraLines = 0;
    const char *p = recStart;
    for (;;) {
        if (rec.fields.size() >= m_limits.maxColumns)
            return overflow(Overflow::Columns, m_limits.maxColumns + 1);
        if (p == end) {
            if (!m_eof)
                return needMore(rec, recStart, p);
            rec.fields.append(QByteArrayView(p, 0)); // the record ended with a delimiter
            return finish(rec, recStart, p, p, extraLines);
        }
        if (*p != '"') {
            const char *fieldStart = p;
            p = scanUnquoted(p, end, delimiter);
            if (p == end && !m_eof)
                return needMore(rec, recStart, fieldStart);
            if (p - fieldStart > maxField)
                return overflow(Overflow::Field, int(rec.fields.size()) + 1);
            rec.fields.append(QByteArrayView(fieldStart, p - fieldStart));
        } else {
            const qint64 openLine = m_line + extraLines;
            const char *content = p + 1;
            const char *s = content;
            const qsizetype scratchStart = m_scratchUsed;
            bool copied = false;
            for (;;) {
                const auto *q = static_cast<const char *>(std::memchr(s, '"', size_t(end - s)));
                if (!q) {
                    if (!m_eof)
                        return needMore(rec, recStart, content);
                    // The field runs to the end of the file; a final line break ends its last line.
                    extraLines += countLineBreaks(s, end) - (end[-1] == '\n' || end[-1] == '\r' ? 1 : 0);
                    if (copied)
                        appendScratch(s, end);
                    rec.fields.append(
                        copied ? QByteArrayView(m_scratch.data() + scratchStart, m_scratchUsed - scratchStart)
                               : QByteArrayView(content, end - content));
                    rec.error = unterminatedMessage(openLine);
                    rec.errorColumn = int(rec.fields.size());
                    return finish(rec, recStart, end, end, extraLines);
                }
                if (q + 1 == end && !m_eof)
                    return needMore(rec, recStart, content);
                extraLines += countLineBreaks(s, q);
                if (q + 1 < end && q[1] == '"') { // a doubled quote stands for one quote
                    appendScratch(s, q + 1);
                    copied = true;
                    s = q + 2;
                    continue;
                }
                p = q + 1;
                if (p < end && *p != delimiter && *p != '\n' && *p != '\r') {
                    // Text after the closing quote ("abc"def): kept literally, as spreadsheets do.
                    const char *tail = scanUnquoted(p, end, delimiter);
                    if (tail == end && !m_eof)
                        return needMore(rec, recStart, content);
                    appendScratch(s, q);
                    appendScratch(p, tail);
                    copied = true;
                    p = tail;
                } else if (copied) {
                    appendScratch(s, q);
                }
                break;
            }
            const QByteArrayView field =
                copied ? QByteArrayView(m_scratch.data() + scratchStart, m_scratchUsed - scratchStart)
                       : QByteArrayView(content, p - 1 - content);
            if (field.size() > maxField)
                return overflow(Overflow::Field, int(rec.fields.size()) + 1);
            rec.fields.append(field);
        }
        if (p == end)
            return finish(rec, recStart, p, p, extraLines);
        if (*p == delimiter) {
            ++p;
            continue;
        }
        const char *lineEnd = p;
        if (*p == '\r') {
            if (p + 1 == end)
                m_pendingLf = true;
            else if (p[1] == '\n')
                ++p;
        }
        return finish(rec, recStart, lineEnd, p + 1, extraLines);
    }
}

// Reads past a record that broke a limit without keeping it: a byte-wise state machine over the stream, so a
// 100 MB field costs no memory. Keeps the first 4 KiB as the record's raw text.
void CsvReader::Impl::skipRecord(CsvRecord &rec)
{
    rec.fields.clear();
    rec.errorColumn = m_overflowColumn;
    switch (m_overflow) {
    case Overflow::Field:
        rec.error = QCoreApplication::translate("CsvReader", "field longer than the %1 limit")
                        .arg(sizeText(m_limits.maxFieldBytes));
        break;
    case Overflow::Record:
        rec.error = QCoreApplication::translate("CsvReader", "row longer than the %1 limit")
                        .arg(sizeText(m_limits.maxRecordBytes));
        break;
    case Overflow::Columns:
        rec.error = QCoreApplication::translate("CsvReader", "row has more than %1 columns").arg(m_limits.maxColumns);
        break;
    }
    m_rawCopy.resize(0);
    const char delimiter = m_format.delimiter;
    qint64 lines = 0;
    qint64 openLine = m_line;
    bool inQuotes = false, afterQuote = false, fieldStart = true, previousCr = false, previousBreak = false;
    for (;;) {
        const char *const segment = m_buf.constData() + m_pos;
        const char *const end = m_buf.constData() + m_end;
        const char *recordEnd = nullptr;
        for (const char *p = segment; p < end; ++p) {
            const char c = *p;
            if (inQuotes) {
                if (!afterQuote) {
                    if (c == '"')
                        afterQuote = true;
                    else if (c == '\r' || (c == '\n' && !previousCr))
                        ++lines;
                    previousCr = c == '\r';
                    previousBreak = c == '\r' || c == '\n';
                    continue;
                }
                afterQuote = false;
                if (c == '"')
                    continue;
                inQuotes = false;
            }
            if (c == delimiter) {
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                recordEnd = p;
                break;
            } else if (c == '"' && fieldStart) {
                inQuotes = true;
                previousCr = false;
                openLine = m_line + lines;
                fieldStart = false;
            } else {
                fieldStart = false;
            }
        }
        const char *kept = recordEnd ? recordEnd : end;
        if (m_rawCopy.size() < kRawLimit)
            m_rawCopy.append(segment, std::min<qsizetype>(kRawLimit - m_rawCopy.size(), kept - segment));
        if (recordEnd) {
            m_pos = recordEnd + 1 - m_buf.constData();
            if (*recordEnd == '\r')
                m_pendingLf = true;
            break;
        }
        m_pos = m_end;
        if (m_eof) {
            if (inQuotes && !afterQuote) {
                rec.error = unterminatedMessage(openLine);
                lines -= previousBreak ? 1 : 0; // the final line break ends the last line
            }
            break;
        }
        if (!refill())
            break;
    }
    rec.line = m_line;
    rec.endLine = m_line + lines;
    rec.raw = QByteArrayView(m_rawCopy);
    m_line = rec.endLine + 1;
}

Error CsvReader::Impl::ioError() const
{
    return Error{ErrorCode::Io, QCoreApplication::translate("CsvReader", "reading the file failed"),
                 m_name + QStringLiteral(": ") + m_device->errorString()};
}

CsvReader::CsvReader(CsvLimits limits) : d(std::make_unique<Impl>())
{
    d->m_limits = limits;
    d->m_limits.maxColumns = std::max(1, d->m_limits.maxColumns);
}

CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(file->exists() ? ErrorCode::Io : ErrorCode::NotFound,
                    QCoreApplication::translate("CsvReader", "cannot open the file: %1").arg(file->errorString()),
                    path);
    d->m_total = file->size();
    return d->start(std::move(file), path);
}

Status CsvReader::openData(const QByteArray &data)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    d->m_total = data.size();
    return d->start(std::move(buffer), QStringLiteral("<data>"));
}

void CsvReader::setDelimiter(char delimiter)
{
    if (delimiter != '"' && delimiter != '\n' && delimiter != '\r' && delimiter != '\0')
        d->m_format.delimiter = delimiter;
}

const CsvFormat &CsvReader::format() const
{
    return d->m_format;
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    if (!d->m_open)
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("CsvReader", "no CSV file is open"));
    for (;;) {
        switch (d->parse(record)) {
        case Impl::Step::Record:
            return true;
        case Impl::Step::End:
            return false;
        case Impl::Step::Overflow:
            d->skipRecord(record);
            if (d->m_ioFailed)
                return tl::unexpected(d->ioError());
            return true;
        case Impl::Step::NeedMore:
            if (!d->refill())
                return tl::unexpected(d->ioError());
            break;
        }
    }
}

qint64 CsvReader::bytesRead() const
{
    return d->m_bytesRead;
}

qint64 CsvReader::totalBytes() const
{
    return d->m_total;
}

Status CsvReader::rewind()
{
    if (!d->m_open)
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("CsvReader", "no CSV file is open"));
    return d->restart();
}

} // namespace Demetra::Import
