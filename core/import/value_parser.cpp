#include "core/import/value_parser.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace Demetra::Import::Values {

namespace {

// Width of a space-like character at p (ASCII space/tab, NBSP, figure, thin and narrow no-break spaces), else 0.
int spaceAt(const char *p, const char *e)
{
    if (p >= e)
        return 0;
    if (*p == ' ' || *p == '\t')
        return 1;
    if (e - p >= 2 && uchar(p[0]) == 0xC2 && uchar(p[1]) == 0xA0)
        return 2;
    if (e - p >= 3 && uchar(p[0]) == 0xE2 && uchar(p[1]) == 0x80 &&
        (uchar(p[2]) == 0x87 || uchar(p[2]) == 0x89 || uchar(p[2]) == 0xAF))
        return 3;
    return 0;
}

// Width of a space-like character ending right before e, else 0.
int spaceBefore(const char *b, const char *e)
{
    for (int width = 1; width <= 3 && e - width >= b; ++width) {
        if (spaceAt(e - width, e) == width)
            return width;
    }
    return 0;
}

QByteArrayView trimmed(QByteArrayView text)
{
    const char *b = text.data();
    const char *e = b + text.size();
    while (const int w = spaceAt(b, e))
        b += w;
    while (const int w = spaceBefore(b, e))
        e -= w;
    return QByteArrayView(b, e - b);
}

bool equalsIgnoreCase(QByteArrayView text, QByteArrayView lowerAscii)
{
    if (text.size() != lowerAscii.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerAscii[i])
            return false;
    }
    return true;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The cell text for a reason: at most 40 bytes, not cutting a UTF-8 sequence.
QString quoted(QByteArrayView text)
{
    text = trimmed(text);
    if (text.size() > 40) {
        qsizetype n = 40;
        while (n > 0 && (uchar(text[n]) & 0xC0) == 0x80)
            --n;
        return QString::fromUtf8(text.first(n)) + QStringLiteral("…");
    }
    return QString::fromUtf8(text);
}

QString reason(const char *message, QByteArrayView text)
{
    return QCoreApplication::translate("Values", message).arg(quoted(text));
}

enum class Currency
{
    None,
    USD,
    EUR,
    GBP,
    RUB,
    UAH,
    KZT,
    BYN,
    JPY,
    CNY,
    INR,
    IDR,
    BRL,
    PLN,
    TRY,
    CAD,
    AUD,
    CHF,
    SEK,
    NOK,
    DKK,
    CZK,
    HUF,
    MXN,
    SGD,
    HKD,
    KRW,
    ZAR,
    AED,
    SAR,
    ILS,
    THB,
    VND,
    MYR,
    PHP,
    NZD,
    TON, ///< Toncoin, a currency of Telegram Ads accounts
    XTR, ///< Telegram Stars
    Count,
};

constexpr std::array<const char *, int(Currency::Count)> kIsoCodes = {
    "",    "USD", "EUR", "GBP", "RUB", "UAH", "KZT", "BYN", "JPY", "CNY", "INR", "IDR", "BRL",
    "PLN", "TRY", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "CZK", "HUF", "MXN", "SGD", "HKD",
    "KRW", "ZAR", "AED", "SAR", "ILS", "THB", "VND", "MYR", "PHP", "NZD", "TON", "XTR",
};

struct CurrencySign
{
    const char *text;
    Currency currency;
};

// Longer signs first so that "US$" wins over "$" and "руб." over "руб".
constexpr CurrencySign kSigns[] = {
    {"US$", Currency::USD},  {"R$", Currency::BRL},   {"$", Currency::USD},    {"€", Currency::EUR},
    {"£", Currency::GBP},    {"₽", Currency::RUB},  {"руб.", Currency::RUB}, {"руб", Currency::RUB},
    {"Руб.", Currency::RUB}, {"Руб", Currency::RUB},  {"РУБ", Currency::RUB},  {"р.", Currency::RUB},
    {"₴", Currency::UAH},    {"грн.", Currency::UAH}, {"грн", Currency::UAH},  {"₸", Currency::KZT},
    {"¥", Currency::JPY},    {"₹", Currency::INR},    {"Rp", Currency::IDR},   {"zł", Currency::PLN},
    {"₺", Currency::TRY},
};

const QString &isoCodeString(Currency currency)
{
    static const std::array<QString, int(Currency::Count)> strings = [] {
        std::array<QString, int(Currency::Count)> result;
        for (int i = 1; i < int(Currency::Count); ++i)
            result[size_t(i)] = QString::fromLatin1(kIsoCodes[size_t(i)]);
        return result;
    }();
    return strings[size_t(currency)];
}

// A currency sign or ISO code at the start (atEnd false) or end (atEnd true) of [b, e); returns its byte length.
int matchCurrency(const char *b, const char *e, bool atEnd, Currency &currency)
{
    // Fast path: no sign or code starts or ends with a digit, and almost every cell is a plain number.
    if (b == e || uchar((atEnd ? e[-1] : *b) - '0') <= 9)
        return 0;
    const auto fits = [&](QByteArrayView token, bool word) {
        if (e - b < token.size())
            return false;
        const char *at = atEnd ? e - token.size() : b;
        if (!equalsIgnoreCase(QByteArrayView(at, token.size()), token) && QByteArrayView(at, token.size()) != token)
            return false;
        if (!word)
            return true;
        // A code must not be part of a longer word: "USDX" is not USD.
        const char *neighbour = atEnd ? at - 1 : at + token.size();
        return neighbour < b || neighbour >= e || !isAsciiLetter(*neighbour);
    };
    for (const CurrencySign &sign : kSigns) {
        const QByteArrayView token(sign.text);
        const bool word = isAsciiLetter(token.front()) || uchar(token.front()) >= 0xD0;
        if (fits(token, word)) {
            currency = sign.currency;
            return int(token.size());
        }
    }
    if (e - b >= 3) {
        for (int i = 1; i < int(Currency::Count); ++i) {
            char lower[3] = {};
            for (int k = 0; k < 3; ++k)
                lower[k] = char(kIsoCodes[size_t(i)][k] - 'A' + 'a');
            if (fits(QByteArrayView(lower, 3), true)) {
                currency = Currency(i);
                return 3;
            }
        }
    }
    return 0;
}

// A number split into its significant digits and a power of ten: value = ±digits × 10^-scale.
struct Decimal
{
    static constexpr int kMaxDigits = 40;
    bool negative = false;
    bool percent = false;
    Currency currency = Currency::None;
    std::array<char, kMaxDigits> digits{};
    int count = 0;
    int scale = 0;
};

enum class Scan
{
    Ok,
    NotNumber,
    TooLong,
};

Scan scanBody(const char *b, const char *e, bool decimalComma, Decimal &out)
{
    // Exponent ("1.5E+05"), as spreadsheets write large numbers.
    int exponent = 0;
    for (const char *x = b; x < e; ++x) {
        if (*x != 'e' && *x != 'E')
            continue;
        const char *q = x + 1;
        const bool minus = q < e && *q == '-';
        if (q < e && (*q == '+' || *q == '-'))
            ++q;
        if (q == e || e - q > 4 || x == b)
            return Scan::NotNumber;
        for (; q < e; ++q) {
            if (!isDigit(*q))
                return Scan::NotNumber;
            exponent = exponent * 10 + (*q - '0');
        }
        exponent = minus ? -exponent : exponent;
        e = x;
        break;
    }

    // Digit groups and the separators between them.
    struct Separator
    {
        char kind; // '.', ',', or ' ' for space-like and apostrophes
        int groupAfter;
    };
    std::array<int, 24> groupLength{};
    std::array<Separator, 23> separators{};
    int groups = 1, dots = 0, commas = 0, others = 0;
    for (const char *p = b; p < e;) {
        if (isDigit(*p)) {
            ++groupLength[size_t(groups - 1)];
            ++p;
            continue;
        }
        int width = spaceAt(p, e);
        char kind = ' ';
        if (!width && (*p == '.' || *p == ',' || *p == '\'')) {
            width = 1;
            kind = *p == '\'' ? ' ' : *p;
        } else if (!width && e - p >= 3 && uchar(p[0]) == 0xE2 && uchar(p[1]) == 0x80 && uchar(p[2]) == 0x99) {
            width = 3; // ’ as a Swiss thousands separator
        }
        if (!width || groups == int(groupLength.size()))
            return Scan::NotNumber;
        separators[size_t(groups - 1)] = {kind, groups};
        dots += kind == '.';
        commas += kind == ',';
        others += kind == ' ';
        ++groups;
        p += width;
    }
    const int separatorCount = groups - 1;

    // Which separator is the decimal one, if any.
    int decimalAt = -1; // index into separators
    if (separatorCount > 0) {
        const char last = separators[size_t(separatorCount - 1)].kind;
        const int lastGroup = groupLength[size_t(groups - 1)];
        if (dots > 0 && commas > 0) {
            if (last == ' ' || (last == '.' ? dots : commas) != 1)
                return Scan::NotNumber;
            decimalAt = separatorCount - 1;
        } else if (commas == 1 && last == ',') {
            if (decimalComma || others > 0 || lastGroup != 3 || groupLength[0] == 0)
                decimalAt = separatorCount - 1;
        } else if (dots == 1 && last == '.') {
            decimalAt = separatorCount - 1;
        }
    }
    const char thousands = [&] {
        for (int i = 0; i < separatorCount; ++i) {
            if (i != decimalAt)
                return separators[size_t(i)].kind;
        }
        return '\0';
    }();
    const int integerGroups = decimalAt >= 0 ? decimalAt + 1 : groups;
    for (int i = 0; i < integerGroups - 1; ++i) {
        if (separators[size_t(i)].kind != thousands)
            return Scan::NotNumber;
    }
    for (int g = 0; g < integerGroups; ++g) {
        const int length = groupLength[size_t(g)];
        const bool valid = integerGroups == 1 ? true : g == 0 ? (length >= 1 && length <= 3) : length == 3;
        if (!valid)
            return Scan::NotNumber;
    }
    const int fractionDigits = decimalAt >= 0 ? groupLength[size_t(groups - 1)] : 0;
    if (groupLength[0] + fractionDigits == 0 && integerGroups == 1)
        return Scan::NotNumber;

    // Significant digits, without leading zeros.
    out.count = 0;
    for (const char *p = b; p < e; ++p) {
        if (!isDigit(*p) || (out.count == 0 && *p == '0'))
            continue;
        if (out.count == Decimal::kMaxDigits)
            return Scan::TooLong;
        out.digits[size_t(out.count++)] = *p;
    }
    out.scale = fractionDigits - exponent;
    if (out.count == 0)
        out.scale = 0;
    return Scan::Ok;
}

// Strips signs, parentheses, percent and currency around the digits, then reads them.
Scan scan(QByteArrayView text, bool decimalComma, Decimal &out)
{
    const char *b = text.data();
    const char *e = b + text.size();
    bool minus = false, plus = false, open = false, close = false;
    for (;;) {
        while (const int w = spaceAt(b, e))
            b += w;
        if (b == e)
            return Scan::NotNumber;
        Currency currency = Currency::None;
        if (*b == '-' && !minus && !plus) {
            minus = true;
            ++b;
        } else if (e - b >= 3 && QByteArrayView(b, 3) == "\xE2\x88\x92" && !minus && !plus) { // U+2212 minus
            minus = true;
            b += 3;
        } else if (*b == '+' && !minus && !plus) {
            plus = true;
            ++b;
        } else if (*b == '(' && !open) {
            open = true;
            ++b;
        } else if (const int w = out.currency == Currency::None ? matchCurrency(b, e, false, currency) : 0) {
            out.currency = currency;
            b += w;
        } else {
            break;
        }
    }
    for (;;) {
        while (const int w = spaceBefore(b, e))
            e -= w;
        if (b == e)
            return Scan::NotNumber;
        Currency currency = Currency::None;
        if (e[-1] == ')' && open && !close) {
            close = true;
            --e;
        } else if (e[-1] == '%' && !out.percent) {
            out.percent = true;
            --e;
        } else if (const int w = out.currency == Currency::None ? matchCurrency(b, e, true, currency) : 0) {
            out.currency = currency;
            e -= w;
        } else {
            break;
        }
    }
    if (open != close || (open && minus) || (out.percent && out.currency != Currency::None))
        return Scan::NotNumber;
    out.negative = minus || open;
    return scanBody(b, e, decimalComma, out);
}

// ±digits × 10^shift as an exact integer, rounding half away from zero when shift < 0; false on overflow.
bool toInteger(const Decimal &d, int shift, qint64 &result)
{
    int keep = d.count + shift; // digits kept before the decimal point
    if (d.count == 0 || keep < 0) {
        result = 0;
        return true;
    }
    qint64 value = 0;
    for (int i = 0; i < keep; ++i) {
        const int digit = i < d.count ? d.digits[size_t(i)] - '0' : 0;
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, digit, &value))
            return false;
    }
    if (keep < d.count && d.digits[size_t(keep)] >= '5' && __builtin_add_overflow(value, 1, &value))
        return false;
    result = d.negative ? -value : value;
    return true;
}

bool hasFraction(const Decimal &d)
{
    for (int i = std::max(0, d.count - d.scale); i < d.count; ++i) {
        if (d.digits[size_t(i)] != '0')
            return true;
    }
    return false;
}

} // namespace

bool isMissing(QByteArrayView text)
{
    text = trimmed(text);
    if (text.isEmpty())
        return true;
    static constexpr const char *kMarkers[] = {"na", "n/a",          "#n/a",         "null",   "nan",   "--",
                                               "-",  "\xE2\x80\x94", "\xE2\x80\x93", "(null)", "#null!"};
    for (const char *marker : kMarkers) {
        if (equalsIgnoreCase(text, QByteArrayView(marker)))
            return true;
    }
    return false;
}

NumberCell parseNumber(QByteArrayView text, bool decimalComma)
{
    NumberCell cell;
    if (isMissing(text))
        return cell;
    Decimal d;
    const Scan result = scan(text, decimalComma, d);
    if (result != Scan::Ok) {
        cell.state = CellState::Invalid;
        cell.reason = result == Scan::TooLong ? reason(QT_TRANSLATE_NOOP("Values", "number too long: '%1'"), text)
                                              : reason(QT_TRANSLATE_NOOP("Values", "not a number: '%1'"), text);
        return cell;
    }
    // "digits" then "e-scale", parsed with correct rounding.
    std::array<char, Decimal::kMaxDigits + 16> buffer{};
    char *p = buffer.data();
    *p++ = '0';
    std::memcpy(p, d.digits.data(), size_t(d.count));
    p += d.count;
    *p++ = 'e';
    p = std::to_chars(p, buffer.data() + buffer.size(), -d.scale - (d.percent ? 2 : 0)).ptr;
    double value = 0;
    const auto parsed = std::from_chars(buffer.data(), p, value);
    if (parsed.ec != std::errc() || !std::isfinite(value)) {
        cell.state = CellState::Invalid;
        cell.reason = reason(QT_TRANSLATE_NOOP("Values", "number too large: '%1'"), text);
        return cell;
    }
    cell.state = CellState::Value;
    cell.value = d.negative && value != 0 ? -value : value;
    cell.percent = d.percent;
    return cell;
}

MoneyCell parseMoney(QByteArrayView text, bool decimalComma)
{
    MoneyCell cell;
    if (isMissing(text))
        return cell;
    Decimal d;
    const Scan result = scan(text, decimalComma, d);
    if (result != Scan::Ok || d.percent) {
        cell.state = CellState::Invalid;
        cell.reason = d.percent ? reason(QT_TRANSLATE_NOOP("Values", "a percentage, not an amount: '%1'"), text)
                                : reason(QT_TRANSLATE_NOOP("Values", "not an amount of money: '%1'"), text);
        return cell;
    }
    if (!toInteger(d, 6 - d.scale, cell.micros)) {
        cell.state = CellState::Invalid;
        cell.reason = reason(QT_TRANSLATE_NOOP("Values", "amount too large: '%1'"), text);
        return cell;
    }
    cell.state = CellState::Value;
    cell.currency = isoCodeString(d.currency);
    return cell;
}

IntegerCell parseInteger(QByteArrayView text)
{
    IntegerCell cell;
    if (isMissing(text))
        return cell;
    Decimal d;
    const Scan result = scan(text, false, d);
    if (result != Scan::Ok || d.percent) {
        cell.state = CellState::Invalid;
        cell.reason = reason(QT_TRANSLATE_NOOP("Values", "not a whole number: '%1'"), text);
        return cell;
    }
    if (hasFraction(d)) {
        cell.state = CellState::Invalid;
        cell.reason = reason(QT_TRANSLATE_NOOP("Values", "a whole number was expected, not '%1'"), text);
        return cell;
    }
    if (!toInteger(d, -d.scale, cell.value)) {
        cell.state = CellState::Invalid;
        cell.reason = reason(QT_TRANSLATE_NOOP("Values", "number too large: '%1'"), text);
        return cell;
    }
    cell.state = CellState::Value;
    return cell;
}

namespace {

bool readNumber(const char *&p, const char *e, int maxDigits, int &value, int &digits)
{
    value = 0;
    digits = 0;
    for (; p < e && isDigit(*p) && digits <= maxDigits; ++p, ++digits)
        value = value * 10 + (*p - '0');
    return digits >= 1 && digits <= maxDigits;
}

// What may follow a numeric date: nothing, or a time ("T10:00:00", " 10:00", " 9:05:00 PM", "...Z", "+03:00").
bool isTimeTail(const char *p, const char *e)
{
    if (p == e)
        return true;
    if (*p == 'T') {
        ++p;
    } else {
        if (!spaceAt(p, e))
            return false;
        while (const int w = spaceAt(p, e))
            p += w;
    }
    int value = 0, digits = 0;
    if (!readNumber(p, e, 2, value, digits) || value > 23 || p == e || *p != ':')
        return false;
    ++p;
    if (!readNumber(p, e, 2, value, digits) || digits != 2 || value > 59)
        return false;
    if (p < e && *p == ':') {
        ++p;
        if (!readNumber(p, e, 2, value, digits) || digits != 2 || value > 60)
            return false;
        if (p < e && (*p == '.' || *p == ',')) {
            const char *fraction = ++p;
            while (p < e && isDigit(*p))
                ++p;
            if (p == fraction)
                return false;
        }
    }
    while (const int w = spaceAt(p, e))
        p += w;
    if (e - p >= 2 && (equalsIgnoreCase(QByteArrayView(p, 2), "am") || equalsIgnoreCase(QByteArrayView(p, 2), "pm"))) {
        p += 2;
        while (const int w = spaceAt(p, e))
            p += w;
    }
    if (p < e && *p == 'Z') {
        ++p;
    } else if (p < e && (*p == '+' || *p == '-')) {
        ++p;
        if (!readNumber(p, e, 2, value, digits) || digits != 2)
            return false;
        if (p < e && *p == ':')
            ++p;
        if (p < e && (!readNumber(p, e, 2, value, digits) || digits != 2))
            return false;
    } else if (e - p == 3 &&
               (equalsIgnoreCase(QByteArrayView(p, 3), "utc") || equalsIgnoreCase(QByteArrayView(p, 3), "gmt"))) {
        p += 3;
    }
    return p == e;
}

// Three numbers with one separator ('-', '/' or '.'): "2025-05-18", "18.05.2025", "05/18/25", then a time or nothing.
struct NumericDate
{
    int first = 0, second = 0, third = 0;
    int firstDigits = 0, thirdDigits = 0;
    char separator = 0;
};

bool readNumericDate(QByteArrayView text, NumericDate &out)
{
    const char *p = text.data();
    const char *e = p + text.size();
    int secondDigits = 0;
    if (!readNumber(p, e, 4, out.first, out.firstDigits) || p == e || (*p != '-' && *p != '/' && *p != '.'))
        return false;
    out.separator = *p++;
    if (!readNumber(p, e, 2, out.second, secondDigits) || p == e || *p != out.separator)
        return false;
    ++p;
    if (!readNumber(p, e, 4, out.third, out.thirdDigits) || !isTimeTail(p, e))
        return false;
    if (out.firstDigits == 4)
        return out.thirdDigits <= 2;
    return out.firstDigits <= 2 && (out.thirdDigits == 2 || out.thirdDigits == 4);
}

struct Name
{
    const char *text;
    int month;
};

constexpr Name kMonths[] = {
    {"january", 1},  {"jan", 1},       {"february", 2}, {"feb", 2},      {"march", 3},    {"mar", 3},  {"april", 4},
    {"apr", 4},      {"may", 5},       {"june", 6},     {"jun", 6},      {"july", 7},     {"jul", 7},  {"august", 8},
    {"aug", 8},      {"september", 9}, {"sep", 9},      {"sept", 9},     {"october", 10}, {"oct", 10}, {"november", 11},
    {"nov", 11},     {"december", 12}, {"dec", 12},     {"января", 1},   {"январь", 1},   {"янв", 1},  {"февраля", 2},
    {"февраль", 2},  {"фев", 2},       {"февр", 2},     {"марта", 3},    {"март", 3},     {"мар", 3},  {"апреля", 4},
    {"апрель", 4},   {"апр", 4},       {"мая", 5},      {"май", 5},      {"июня", 6},     {"июнь", 6}, {"июн", 6},
    {"июля", 7},     {"июль", 7},      {"июл", 7},      {"августа", 8},  {"август", 8},   {"авг", 8},  {"сентября", 9},
    {"сентябрь", 9}, {"сен", 9},       {"сент", 9},     {"октября", 10}, {"октябрь", 10}, {"окт", 10}, {"ноября", 11},
    {"ноябрь", 11},  {"ноя", 11},      {"нояб", 11},    {"декабря", 12}, {"декабрь", 12}, {"дек", 12},
};

constexpr const char *kWeekdays[] = {
    "monday", "mon",         "tuesday", "tue",     "tues", "wednesday",   "wed", "thursday",
    "thu",    "thur",        "thurs",   "friday",  "fri",  "saturday",    "sat", "sunday",
    "sun",    "понедельник", "пн",      "вторник", "вт",   "среда",       "ср",  "четверг",
    "чт",     "пятница",     "пт",      "суббота", "сб",   "воскресенье", "вс",
};

struct Token
{
    QByteArrayView text;
    bool number = false;
};

// Lower-cases ASCII and Russian letters of a word into `buffer`; an empty view when the word is too long.
QByteArrayView lowered(QByteArrayView word, std::array<char, 48> &buffer)
{
    if (word.size() > qsizetype(buffer.size()))
        return {};
    for (qsizetype i = 0; i < word.size(); ++i) {
        const auto c = uchar(word[i]);
        const auto next = i + 1 < word.size() ? uchar(word[i + 1]) : 0;
        if (c >= 'A' && c <= 'Z') {
            buffer[size_t(i)] = char(c + 32);
        } else if (c == 0xD0 && next >= 0x90 && next <= 0x9F) { // А..П
            buffer[size_t(i)] = char(0xD0);
            buffer[size_t(++i)] = char(next + 0x20);
        } else if (c == 0xD0 && next >= 0xA0 && next <= 0xAF) { // Р..Я
            buffer[size_t(i)] = char(0xD1);
            buffer[size_t(++i)] = char(next - 0x20);
        } else if (c == 0xD0 && next == 0x81) { // Ё
            buffer[size_t(i)] = char(0xD1);
            buffer[size_t(++i)] = char(0x91);
        } else {
            buffer[size_t(i)] = char(c);
        }
    }
    return QByteArrayView(buffer.data(), word.size());
}

int monthNumber(QByteArrayView word)
{
    std::array<char, 48> buffer{};
    const QByteArrayView lower = lowered(word, buffer);
    for (const Name &name : kMonths) {
        if (lower == QByteArrayView(name.text))
            return name.month;
    }
    return 0;
}

bool isWeekday(QByteArrayView word)
{
    std::array<char, 48> buffer{};
    const QByteArrayView lower = lowered(word, buffer);
    return std::any_of(std::begin(kWeekdays), std::end(kWeekdays),
                       [&](const char *name) { return lower == QByteArrayView(name); });
}

// Splits "Mon, May 18, 2025" / "18 мая 2025 г." into words and numbers; false for other characters.
bool tokenize(QByteArrayView text, std::array<Token, 6> &tokens, int &count)
{
    const char *p = text.data();
    const char *e = p + text.size();
    count = 0;
    while (p < e) {
        if (const int w = spaceAt(p, e)) {
            p += w;
            continue;
        }
        if (*p == ',' || *p == '.' || *p == '-' || *p == '/') {
            ++p;
            continue;
        }
        const char *start = p;
        const bool number = isDigit(*p);
        if (number) {
            while (p < e && isDigit(*p))
                ++p;
        } else if (isAsciiLetter(*p) || uchar(*p) >= 0x80) {
            while (p < e && (isAsciiLetter(*p) || (uchar(*p) >= 0x80 && !spaceAt(p, e))))
                ++p;
        } else {
            return false;
        }
        if (count == int(tokens.size()))
            return false;
        tokens[size_t(count++)] = Token{QByteArrayView(start, p - start), number};
    }
    return true;
}

bool toInt(QByteArrayView digits, int &value)
{
    value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return !digits.isEmpty() && digits.size() <= 4;
}

DateCell makeDate(int year, int month, int day, QByteArrayView text)
{
    DateCell cell;
    if (year >= 1900 && year < 2200 && QDate::isValid(year, month, day)) {
        cell.state = CellState::Value;
        cell.date = QDate(year, month, day);
    } else {
        cell.state = CellState::Invalid;
        cell.reason = reason(QT_TRANSLATE_NOOP("Values", "no such date: '%1'"), text);
    }
    return cell;
}

DateCell parseNamedDate(QByteArrayView text)
{
    DateCell invalid;
    invalid.state = CellState::Invalid;
    invalid.reason = reason(QT_TRANSLATE_NOOP("Values", "not a date: '%1'"), text);
    std::array<Token, 6> tokens;
    int count = 0;
    if (!tokenize(text, tokens, count))
        return invalid;
    int first = 0;
    if (count > 3 && !tokens[0].number && isWeekday(tokens[0].text))
        first = 1;
    if (count - first == 4 && !tokens[size_t(count - 1)].number) {
        std::array<char, 48> buffer{};
        const QByteArrayView last = lowered(tokens[size_t(count - 1)].text, buffer);
        if (last == QByteArrayView("г") || last == QByteArrayView("года"))
            --count;
    }
    if (count - first != 3)
        return invalid;
    const Token &a = tokens[size_t(first)];
    const Token &b = tokens[size_t(first + 1)];
    const Token &c = tokens[size_t(first + 2)];
    if (!c.number || (c.text.size() != 2 && c.text.size() != 4))
        return invalid;
    const Token &dayToken = a.number ? a : b;
    const Token &monthToken = a.number ? b : a;
    int day = 0, year = 0;
    const int month = monthToken.number ? 0 : monthNumber(monthToken.text);
    if (!dayToken.number || dayToken.text.size() > 2 || !month || !toInt(dayToken.text, day) || !toInt(c.text, year))
        return invalid;
    return makeDate(c.text.size() == 2 ? 2000 + year : year, month, day, text);
}

} // namespace

DateCell parseDate(QByteArrayView text, DateOrder order)
{
    if (isMissing(text))
        return {};
    text = trimmed(text);
    NumericDate n;
    if (!readNumericDate(text, n))
        return parseNamedDate(text);
    if (n.firstDigits == 4)
        return makeDate(n.first, n.second, n.third, text);
    const int year = n.thirdDigits == 2 ? 2000 + n.third : n.third;
    bool dayFirst = true;
    if (n.separator == '.' || order == DateOrder::DayFirst) {
        dayFirst = true;
    } else if (order == DateOrder::MonthFirst) {
        dayFirst = false;
    } else if (n.first > 12 || n.second > 12 || n.first == n.second) {
        dayFirst = n.first > 12 || n.first == n.second;
    } else {
        DateCell cell;
        cell.state = CellState::Invalid;
        cell.reason = reason(QT_TRANSLATE_NOOP("Values", "ambiguous day/month order: '%1'"), text);
        return cell;
    }
    return dayFirst ? makeDate(year, n.second, n.first, text) : makeDate(year, n.first, n.second, text);
}

void DateOrderEvidence::add(QByteArrayView text)
{
    NumericDate n;
    if (!readNumericDate(trimmed(text), n) || n.firstDigits == 4)
        return;
    if (n.first < 1 || n.second < 1 || n.first > 31 || n.second > 31)
        return;
    ++m_numeric;
    if (n.separator == '.')
        ++m_dotted;
    if (n.first > 12 && n.second <= 12)
        m_dayFirstSeen = true;
    else if (n.second > 12 && n.first <= 12)
        m_monthFirstSeen = true;
}

DateOrder DateOrderEvidence::decision() const
{
    if (conflicting())
        return DateOrder::Unknown;
    if (m_dayFirstSeen)
        return DateOrder::DayFirst;
    if (m_monthFirstSeen)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

} // namespace Demetra::Import::Values
