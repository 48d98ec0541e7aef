// The Russian catalogue resources/i18n/demetra_ru.ts against the sources of core/, ui/ and app/:
//  - every message is finished, non-empty, and keeps the source's placeholders (%1..%99, %n), HTML tags, '&'
//    mnemonic, leading blank and trailing newline; plural messages have Russian's three forms;
//  - every literal passed to tr(), QT_TR_NOOP(), translate("Context", ...) and QT_TRANSLATE_NOOP("Context", ...) is in
//    the catalogue (run lupdate when a string is reported missing, then translate it);
//  - and it is there under the context the code asks for at run time: a Q_OBJECT class in a namespace translates
//    as "Namespace::Class", a file-local `QString tr(const char *)` wrapper as the context it passes to translate().
//    lupdate derives tr() contexts from the C++ scope, so a wrapper whose context differs leaves its strings
//    untranslated in the running application even though the catalogue holds them.
// Only literal arguments are recognised (adjacent literals are joined); tr(variable) is out of reach of any scanner.
// No raw string literals in this file: Qt 6.4's moc silently skips a Q_OBJECT .cpp that contains one with quotes.
#include <algorithm>
#include <cctype>
#include <optional>

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString sourceDir()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR);
}

QString catalogueRelativePath()
{
    return QStringLiteral("resources/i18n/demetra_ru.ts");
}

QString key(const QString &context, const QString &source, const QString &comment)
{
    return context + QChar(0x1F) + source + QChar(0x1F) + comment;
}

QString textKey(const QString &source, const QString &comment)
{
    return source + QChar(0x1F) + comment;
}

QString shown(const QString &text)
{
    QString s = text;
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'\n', QStringLiteral("\\n"));
    s.replace(u'\t', QStringLiteral("\\t"));
    s.replace(u'"', QStringLiteral("\\\""));
    if (s.size() > 110)
        s = s.left(107) + QStringLiteral("...");
    return u'"' + s + u'"';
}

// ---------------------------------------------------------------------------------------------------------------
// The catalogue

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
    qint64 line = 0;

    bool live() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    QString where() const
    {
        return QStringLiteral("%1:%2 [%3] %4").arg(catalogueRelativePath()).arg(line).arg(context, shown(source));
    }
};

struct Catalogue
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue cat;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cat.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return cat;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            cat.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.line = xml.lineNumber();
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                const auto child = xml.name();
                if (child == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (child == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (child == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                m.forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            cat.messages << m;
        }
    }
    if (xml.hasError())
        cat.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return cat;
}

// ---------------------------------------------------------------------------------------------------------------
// The sources

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// `code`: comments blanked; `bare`: comments and the insides of string and character literals blanked. Both keep
// every position and newline of the original text, so offsets and line numbers agree.
struct Stripped
{
    QString code;
    QString bare;
};

Stripped strip(const QString &src)
{
    Stripped s{src, src};
    enum State
    {
        Normal,
        LineComment,
        BlockComment,
        String,
        Char,
        Raw
    } state = Normal;
    QString rawEnd;
    const qsizetype n = src.size();
    auto blank = [&](qsizetype i, bool alsoCode) {
        if (i < n && src[i] != u'\n') {
            s.bare[i] = u' ';
            if (alsoCode)
                s.code[i] = u' ';
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = src[i];
        const QChar next = i + 1 < n ? src[i + 1] : QChar();
        switch (state) {
        case Normal:
            if (c == u'/' && next == u'/') {
                state = LineComment;
                blank(i, true);
            } else if (c == u'/' && next == u'*') {
                state = BlockComment;
                blank(i, true);
                blank(++i, true);
            } else if (c == u'"') {
                // R"delim( ... )delim", also with a u8/u/U/L prefix.
                qsizetype p = i - 1;
                bool raw = p >= 0 && src[p] == u'R';
                if (raw) {
                    qsizetype q = p - 1;
                    while (q >= 0 && isIdentChar(src[q]))
                        --q;
                    const QString prefix = src.mid(q + 1, p - q - 1);
                    raw = prefix.isEmpty() || prefix == QLatin1String("u8") || prefix == QLatin1String("u") ||
                          prefix == QLatin1String("U") || prefix == QLatin1String("L");
                }
                if (raw) {
                    const qsizetype open = src.indexOf(u'(', i);
                    if (open < 0)
                        break;
                    rawEnd = u')' + src.mid(i + 1, open - i - 1) + u'"';
                    i = open;
                    state = Raw;
                } else {
                    state = String;
                }
            } else if (c == u'\'') {
                // A digit separator (1'000) is not a character literal.
                qsizetype q = i - 1;
                while (q >= 0 && (isIdentChar(src[q]) || src[q] == u'.'))
                    --q;
                if (!(q + 1 < i && src[q + 1].isDigit()))
                    state = Char;
            }
            break;
        case LineComment:
            if (c == u'\n')
                state = Normal;
            else
                blank(i, true);
            break;
        case BlockComment:
            if (c == u'*' && next == u'/') {
                blank(i, true);
                blank(++i, true);
                state = Normal;
            } else {
                blank(i, true);
            }
            break;
        case String:
        case Char:
            if (c == u'\\') {
                blank(i, false);
                blank(++i, false);
            } else if (c == (state == String ? u'"' : u'\'') || c == u'\n') {
                state = Normal;
            } else {
                blank(i, false);
            }
            break;
        case Raw:
            if (src.mid(i, rawEnd.size()) == rawEnd) {
                i += rawEnd.size() - 1;
                state = Normal;
            } else {
                blank(i, false);
            }
            break;
        }
    }
    return s;
}

// The value of a C++ narrow string literal's body (UTF-8 source, usual escapes).
QString unescape(const QString &body)
{
    const QByteArray in = body.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '\\' || i + 1 >= in.size()) {
            out += c;
            continue;
        }
        const char e = in[++i];
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'a':
            out += '\a';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'v':
            out += '\v';
            break;
        case 'x': {
            int v = 0;
            int digits = 0;
            while (i + 1 < in.size() && std::isxdigit(uchar(in[i + 1]))) {
                v = v * 16 + QByteArray(1, in[++i]).toInt(nullptr, 16);
                ++digits;
            }
            out += char(digits ? v : 'x');
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && i + 1 < in.size() && in[i + 1] >= '0' && in[i + 1] <= '7'; ++k)
                    v = v * 8 + (in[++i] - '0');
                out += char(v);
            } else {
                out += e; // \" \' \\ \? and anything unknown
            }
        }
    }
    return QString::fromUtf8(out);
}

const QRegularExpression &literalRe()
{
    static const QRegularExpression re(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    return re;
}

// `text` is exactly one or more adjacent narrow string literals: their joined value.
std::optional<QString> literalValue(const QString &text)
{
    static const QRegularExpression whole(
        QStringLiteral("^\\s*\"(?:[^\"\\\\\\n]|\\\\.)*\"(?:\\s*\"(?:[^\"\\\\\\n]|\\\\.)*\")*\\s*$"));
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    QString value;
    for (const QRegularExpressionMatch &m : literalRe().globalMatch(text))
        value += unescape(m.captured(1));
    return value;
}

struct Scope
{
    enum Kind
    {
        Namespace,
        Class,
        Other
    } kind = Other;
    QString name;   // namespace or class name as written
    QString header; // the text before '{' since the previous ';', '{' or '}'
    qsizetype open = 0;
    qsizetype close = 0;
    QString trContext; // classes: the context their tr() uses, empty if they have none
};

struct SourceFile
{
    QString path; // relative to the source dir
    QString text;
    Stripped s;
    QList<qsizetype> lineStarts;
    QList<Scope> scopes;
    QString wrapperContext; // a file-local `QString tr(const char *)` forwarding to translate("Context", ...)

    int lineOf(qsizetype pos) const
    {
        return int(std::upper_bound(lineStarts.begin(), lineStarts.end(), pos) - lineStarts.begin());
    }
};

void findScopes(SourceFile &f)
{
    static const QRegularExpression nsRe(
        QStringLiteral("(?:^|[\\s;])(?:inline\\s+)?namespace(?:\\s+([A-Za-z_][\\w:]*))?\\s*$"));
    static const QRegularExpression classRe(QStringLiteral("(?:^|[\\s;:>])(?:class|struct)\\s+(?:[A-Z_][A-Z0-9_]*\\s+)?"
                                                           "([A-Za-z_]\\w*)(?:\\s+final)?\\s*(?::(?!:)[^{]*)?$"));
    const QString &bare = f.s.bare;
    QList<int> stack;
    qsizetype boundary = 0;
    for (qsizetype i = 0; i < bare.size(); ++i) {
        const QChar c = bare[i];
        if (c == u'{') {
            Scope sc;
            sc.open = i;
            sc.close = bare.size();
            sc.header = bare.mid(boundary, i - boundary).simplified();
            if (const auto m = nsRe.match(sc.header); m.hasMatch()) {
                sc.kind = Scope::Namespace;
                sc.name = m.captured(1);
            } else if (const auto m2 = classRe.match(sc.header);
                       m2.hasMatch() && !sc.header.contains(u'(') && !sc.header.contains(u'=')) {
                sc.kind = Scope::Class;
                sc.name = m2.captured(1);
            }
            f.scopes << sc;
            stack << int(f.scopes.size() - 1);
            boundary = i + 1;
        } else if (c == u'}') {
            if (!stack.isEmpty())
                f.scopes[stack.takeLast()].close = i;
            boundary = i + 1;
        } else if (c == u';') {
            boundary = i + 1;
        }
    }

    // Classes with tr(): Q_OBJECT (context = the qualified class name, as moc writes it) or
    // Q_DECLARE_TR_FUNCTIONS(Context) (context = the macro argument as written).
    static const QRegularExpression markerRe(
        QStringLiteral("(?<!\\w)(?:(Q_OBJECT)|Q_DECLARE_TR_FUNCTIONS\\s*\\(\\s*([^)]*?)\\s*\\))(?!\\w)"));
    for (const QRegularExpressionMatch &m : markerRe.globalMatch(bare)) {
        const qsizetype pos = m.capturedStart();
        int inner = -1;
        QStringList qualified;
        for (int k = 0; k < f.scopes.size(); ++k) {
            const Scope &sc = f.scopes[k];
            if (sc.open < pos && pos < sc.close && sc.kind != Scope::Other) {
                if (!sc.name.isEmpty())
                    qualified << sc.name;
                if (sc.kind == Scope::Class)
                    inner = k;
            }
        }
        if (inner < 0)
            continue;
        f.scopes[inner].trContext = m.captured(1).isEmpty()
                                        ? m.captured(2).remove(QRegularExpression(QStringLiteral("\\s")))
                                        : qualified.join(QStringLiteral("::"));
    }
}

SourceFile makeSource(const QString &relativePath, const QString &text)
{
    SourceFile f;
    f.path = relativePath;
    f.text = text;
    f.s = strip(f.text);
    f.lineStarts << 0;
    for (qsizetype i = 0; i < f.text.size(); ++i) {
        if (f.text[i] == u'\n')
            f.lineStarts << i + 1;
    }
    findScopes(f);
    static const QRegularExpression wrapperRe(QStringLiteral(
        "\\bQString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*\\s*(\\w+)\\s*\\)\\s*\\{[^}]*?\\btranslate\\s*\\(\\s*"
        "\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*,\\s*\\1\\b"));
    if (const auto m = wrapperRe.match(f.s.code); m.hasMatch())
        f.wrapperContext = unescape(m.captured(2));
    return f;
}

SourceFile loadSource(const QString &absolutePath)
{
    QFile file(absolutePath);
    const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    return makeSource(absolutePath.mid(sourceDir().size() + 1), text);
}

// The top-level arguments of the call whose '(' is at `open`: their text from `code`, split by `bare`.
QStringList callArguments(const Stripped &s, qsizetype open)
{
    QStringList args;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < s.bare.size(); ++i) {
        const QChar c = s.bare[i];
        if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (--depth == 0) {
                const QString last = s.code.mid(start, i - start);
                if (!args.isEmpty() || !last.trimmed().isEmpty())
                    args << last;
                return args;
            }
        } else if (c == u',' && depth == 1) {
            args << s.code.mid(start, i - start);
            start = i + 1;
        }
    }
    return {}; // unbalanced: not a call we can read
}

struct SourceString
{
    QString file;
    int line = 0;
    QString call; // tr, translate, QT_TRANSLATE_NOOP, ...
    QString source;
    QString comment;
    bool numerus = false;
    QStringList contexts; // the run-time context(s); empty when it cannot be told
    QString note;         // how the context was decided

    QString where() const { return QStringLiteral("%1:%2: %3(%4)").arg(file).arg(line).arg(call, shown(source)); }
};

class Scanner
{
public:
    void addFolder(const QString &folder)
    {
        QDirIterator it(sourceDir() + u'/' + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            m_files << loadSource(it.next());
    }

    void addText(const QString &relativePath, const QString &text) { m_files << makeSource(relativePath, text); }

    int fileCount() const { return int(m_files.size()); }

    QList<SourceString> scan()
    {
        // Every class with tr(), by its unqualified name, over all files (for Class::method definitions).
        for (const SourceFile &f : m_files) {
            for (const Scope &sc : f.scopes) {
                if (sc.kind == Scope::Class && !sc.trContext.isEmpty())
                    m_trClasses[sc.name].insert(sc.trContext);
            }
        }
        QList<SourceString> out;
        for (const SourceFile &f : m_files)
            scanFile(f, out);
        return out;
    }

private:
    QStringList contextsForClass(const QString &qualifier) const
    {
        const QString last = qualifier.section(QStringLiteral("::"), -1);
        if (m_trClasses.contains(last)) {
            const QSet<QString> &all = m_trClasses[last];
            QStringList matching;
            for (const QString &c : all) {
                if (c == qualifier || c.endsWith(QStringLiteral("::") + qualifier) ||
                    qualifier.endsWith(QStringLiteral("::") + c))
                    matching << c;
            }
            if (matching.isEmpty())
                matching = QStringList(all.begin(), all.end());
            return matching;
        }
        return {qualifier}; // e.g. QObject::tr, QCoreApplication::tr
    }

    // The run-time context of an unqualified tr() at `pos`.
    QStringList trContextAt(const SourceFile &f, qsizetype pos, QString &note) const
    {
        const Scope *innerClass = nullptr;
        const Scope *function = nullptr;
        for (const Scope &sc : f.scopes) {
            if (!(sc.open < pos && pos < sc.close))
                continue;
            if (sc.kind == Scope::Class && !sc.trContext.isEmpty())
                innerClass = &sc;
            if (sc.kind == Scope::Other && !function)
                function = &sc;
        }
        if (innerClass) {
            note = QStringLiteral("class %1").arg(innerClass->name);
            return {innerClass->trContext};
        }
        if (function) {
            static const QRegularExpression qualifiedRe(
                QStringLiteral("((?:[A-Za-z_]\\w*\\s*::\\s*)+)~?[A-Za-z_]\\w*\\s*\\("));
            const auto m = qualifiedRe.match(function->header);
            if (m.hasMatch()) {
                QString qualifier = m.captured(1).remove(QRegularExpression(QStringLiteral("\\s")));
                qualifier.chop(2);
                if (m_trClasses.contains(qualifier.section(QStringLiteral("::"), -1))) {
                    note = QStringLiteral("member of %1").arg(qualifier);
                    return contextsForClass(qualifier);
                }
            }
        }
        // Outside the members of a class with tr(), a file-local tr() wrapper is what gets called.
        if (!f.wrapperContext.isEmpty()) {
            note = QStringLiteral("the file's tr() wrapper");
            return {f.wrapperContext};
        }
        // The classes with tr() declared in this file or its header.
        QSet<QString> local;
        const QString header =
            f.path.endsWith(QLatin1String(".cpp")) ? f.path.chopped(4) + QStringLiteral(".h") : QString();
        for (const SourceFile &g : m_files) {
            if (g.path != f.path && g.path != header)
                continue;
            for (const Scope &sc : g.scopes) {
                if (sc.kind == Scope::Class && !sc.trContext.isEmpty())
                    local.insert(sc.trContext);
            }
        }
        if (!local.isEmpty()) {
            note = QStringLiteral("the file's class(es) with tr()");
            return QStringList(local.begin(), local.end());
        }
        note = QStringLiteral("no class with tr() found");
        return {};
    }

    void scanFile(const SourceFile &f, QList<SourceString> &out) const
    {
        static const QRegularExpression callRe(QStringLiteral(
            "(?<!\\w)(?:((?:[A-Za-z_]\\w*\\s*::\\s*)*)(tr|QT_TR_NOOP|QT_TR_N_NOOP)|(translate|QT_TRANSLATE_NOOP|"
            "QT_TRANSLATE_NOOP3|QT_TRANSLATE_N_NOOP|QT_TRANSLATE_N_NOOP3))\\s*\\("));
        for (const QRegularExpressionMatch &m : callRe.globalMatch(f.s.code)) {
            const qsizetype open = m.capturedEnd() - 1;
            if (f.s.bare[open] != u'(')
                continue; // inside a literal
            const QStringList args = callArguments(f.s, open);
            SourceString str;
            str.file = f.path;
            str.line = f.lineOf(m.capturedStart());
            const bool contextual = !m.captured(3).isEmpty();
            str.call = contextual ? m.captured(3) : m.captured(2);
            const int sourceArg = contextual ? 1 : 0;
            if (args.size() <= sourceArg)
                continue;
            const std::optional<QString> source = literalValue(args[sourceArg]);
            if (!source)
                continue; // tr(variable), the wrapper's own definition, ...
            str.source = *source;
            if (args.size() > sourceArg + 1 && !str.call.endsWith(QLatin1String("_N_NOOP")))
                str.comment = literalValue(args[sourceArg + 1]).value_or(QString());
            str.numerus = str.call.contains(QLatin1String("_N_NOOP")) ||
                          (str.call == QLatin1String("tr") && args.size() >= 3) ||
                          (str.call == QLatin1String("translate") && args.size() >= 4);
            if (contextual) {
                const std::optional<QString> context = literalValue(args[0]);
                if (!context)
                    continue;
                str.contexts = {*context};
                str.note = QStringLiteral("explicit context");
            } else if (const QString qualifier = m.captured(1).remove(QRegularExpression(QStringLiteral("\\s")));
                       !qualifier.isEmpty()) {
                str.contexts = contextsForClass(qualifier.chopped(2));
                str.note = QStringLiteral("qualified %1tr").arg(qualifier);
            } else {
                str.contexts = trContextAt(f, m.capturedStart(), str.note);
            }
            out << str;
        }
    }

    QList<SourceFile> m_files;
    QHash<QString, QSet<QString>> m_trClasses;
};

// ---------------------------------------------------------------------------------------------------------------
// Comparisons of a translation with its source

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(u'%' + m.captured(1));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>|&[A-Za-z]+;|&#[0-9]+;"));
    QStringList tags;
    for (const QRegularExpressionMatch &m : re.globalMatch(text)) {
        QString t = m.captured(0);
        if (t.startsWith(u'<'))
            t = t.section(QRegularExpression(QStringLiteral("[\\s/>]")), 0, 0, QString::SectionSkipEmpty);
        tags << t;
    }
    tags.sort();
    return tags;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)[^\\s&;]"));
    static const QRegularExpression entity(QStringLiteral("&[A-Za-z]+;|&#[0-9]+;"));
    QString t = text;
    t.remove(entity);
    t.replace(QStringLiteral("&&"), QString());
    return re.match(t).hasMatch();
}

QStringList formProblems(const TsMessage &m, const QString &form)
{
    QStringList problems;
    if (placeholders(m.source) != placeholders(form))
        problems << QStringLiteral("placeholders %1 in the source, %2 in the translation")
                        .arg(placeholders(m.source).join(u' '), placeholders(form).join(u' '))
                        .replace(QStringLiteral("  "), QStringLiteral(" (none) "));
    if (htmlTags(m.source) != htmlTags(form))
        problems << QStringLiteral("HTML tags/entities differ (%1 vs %2)")
                        .arg(htmlTags(m.source).join(u' '), htmlTags(form).join(u' '));
    if (hasMnemonic(m.source) != hasMnemonic(form))
        problems << QStringLiteral("the '&' mnemonic is %1")
                        .arg(hasMnemonic(m.source) ? QStringLiteral("lost") : QStringLiteral("added"));
    if (m.source.endsWith(u'\n') != form.endsWith(u'\n'))
        problems << QStringLiteral("the trailing newline differs");
    if (m.source.startsWith(u' ') != form.startsWith(u' '))
        problems << QStringLiteral("the leading blank differs");
    return problems;
}

int expectedPluralForms(const QString &language)
{
    static const QStringList threeForms{QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("be"),
                                        QStringLiteral("pl"), QStringLiteral("cs"), QStringLiteral("sk")};
    return threeForms.contains(language.section(u'_', 0, 0)) ? 3 : 0;
}

// QTest cuts a failure message at about a kilobyte: the list goes to the log line by line, the failure names it.
QString report(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return QString();
    qWarning("%s (%lld):", qPrintable(title), qlonglong(lines.size()));
    for (const QString &line : lines)
        qWarning("  %s", qPrintable(line));
    return QStringLiteral("%1: %2, listed above").arg(title).arg(lines.size());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    Catalogue m_catalogue;
    QList<SourceString> m_strings;
    int m_files = 0;
    QSet<QString> m_keys;                         // context + source + comment of the live messages
    QHash<QString, QStringList> m_contextsOfText; // source + comment -> the contexts holding it
    QHash<QString, bool> m_numerusOfText;

private slots:
    void initTestCase()
    {
        m_catalogue = readCatalogue(sourceDir() + u'/' + catalogueRelativePath());
        QVERIFY2(m_catalogue.error.isEmpty(), qPrintable(m_catalogue.error));
        QVERIFY2(!m_catalogue.messages.isEmpty(), "the catalogue holds no messages: run lupdate");
        for (const TsMessage &m : std::as_const(m_catalogue.messages)) {
            if (!m.live())
                continue;
            m_keys.insert(key(m.context, m.source, m.comment));
            m_contextsOfText[textKey(m.source, m.comment)] << m.context;
            m_numerusOfText[textKey(m.source, m.comment)] = m.numerus;
        }

        Scanner scanner;
        for (const char *folder : {"core", "ui", "app"})
            scanner.addFolder(QLatin1String(folder));
        m_files = scanner.fileCount();
        QVERIFY2(m_files > 0, "no sources found under core/, ui/ and app/");
        m_strings = scanner.scan();
        QVERIFY2(!m_strings.isEmpty(), "no tr()/translate() literal found in the sources");
        qInfo("%lld messages in the catalogue, %lld translatable literals in %d source files", qlonglong(m_keys.size()),
              qlonglong(m_strings.size()), m_files);
    }

    // The scanner itself, on a snippet with the cases it must get right.
    void scannerReadsLiteralsAndContexts()
    {
        const QStringList widget{
            QStringLiteral("namespace Demetra::Ui {"),
            QStringLiteral("// tr(\"commented out\")"),
            QStringLiteral("/* tr(\"also"),
            QStringLiteral("   commented\") */"),
            QStringLiteral("class Widget : public QObject"),
            QStringLiteral("{"),
            QStringLiteral("    Q_"
                           "OBJECT"),
            QStringLiteral("public:"),
            QStringLiteral("    QString inl() { return tr(\"inline \\\"quoted\\\" text\"); }"),
            QStringLiteral("};"),
            QStringLiteral("QString Widget::f()"),
            QStringLiteral("{"),
            QStringLiteral("    const int big = 1'000'000;"),
            QStringLiteral("    const char q = '\"';"),
            QStringLiteral("    return tr(\"first \"\n        \"second\\n\") + tr(\"%n row(s)\", \"rows\", big) +"),
            QStringLiteral("           QCoreApplication::translate(\"Ctx\", \"back\\\\slash \\xE2\\x80\\x94 dash\")"),
            QStringLiteral("        + QStringLiteral(\"tr(\\\"not a call\\\")\") + tr(variable) + "
                           "QT_TRANSLATE_NOOP(\"Noop\", \"noop\");"),
            QStringLiteral("}"),
            QStringLiteral("} // namespace Demetra::Ui"),
        };
        const QStringList wrapped{
            QStringLiteral("namespace Demetra::Import {"),
            QStringLiteral("namespace {"),
            QStringLiteral("QString tr(const char *text)"),
            QStringLiteral("{"),
            QStringLiteral("    return QCoreApplication::translate(\"Probe\", text);"),
            QStringLiteral("}"),
            QStringLiteral("} // namespace"),
            QStringLiteral("QString Mapper::run() { return tr(\"wrapped\"); }"),
            QStringLiteral("}"),
        };
        Scanner scanner;
        scanner.addText(QStringLiteral("ui/widget.cpp"), widget.join(u'\n'));
        scanner.addText(QStringLiteral("core/mapper.cpp"), wrapped.join(u'\n'));
        QStringList found;
        for (const SourceString &str : scanner.scan())
            found << QStringLiteral("%1|%2|%3|%4|%5")
                         .arg(str.line)
                         .arg(str.contexts.join(u'+'), str.source, str.comment,
                              str.numerus ? QStringLiteral("n") : QString());
        const QStringList expected{
            QStringLiteral("9|Demetra::Ui::Widget|inline \"quoted\" text||"),
            QStringLiteral("15|Demetra::Ui::Widget|first second\n||"),
            QStringLiteral("16|Demetra::Ui::Widget|%n row(s)|rows|n"),
            QStringLiteral("17|Ctx|back\\slash \u2014 dash||"),
            QStringLiteral("18|Noop|noop||"),
            QStringLiteral("8|Probe|wrapped||"),
        };
        QCOMPARE(found, expected);
    }

    void messagesAreFinished()
    {
        QStringList bad;
        for (const TsMessage &m : std::as_const(m_catalogue.messages)) {
            if (!m.live())
                continue;
            if (m.type == QLatin1String("unfinished"))
                bad << m.where() + QStringLiteral(": unfinished");
            else if (m.forms.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(),
                                                      [](const QString &t) { return t.trimmed().isEmpty(); }))
                bad << m.where() + QStringLiteral(": empty translation");
            else if (!m.type.isEmpty())
                bad << m.where() + QStringLiteral(": translation type \"%1\"").arg(m.type);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(report(QStringLiteral("Unfinished or empty messages"), bad)));
    }

    void translationsKeepPlaceholdersAndMarkup()
    {
        QStringList bad;
        for (const TsMessage &m : std::as_const(m_catalogue.messages)) {
            if (!m.live())
                continue;
            for (int i = 0; i < m.forms.size(); ++i) {
                if (m.forms[i].isEmpty())
                    continue; // reported by messagesAreFinished
                const QStringList problems = formProblems(m, m.forms[i]);
                if (!problems.isEmpty())
                    bad << m.where() + (m.numerus ? QStringLiteral(" form %1").arg(i + 1) : QString()) +
                               QStringLiteral(": ") + problems.join(QStringLiteral("; "));
            }
        }
        QVERIFY2(bad.isEmpty(),
                 qPrintable(report(QStringLiteral("Translations that change placeholders or markup"), bad)));
    }

    void pluralMessagesHaveEveryForm()
    {
        const int expected = expectedPluralForms(m_catalogue.language);
        QStringList bad;
        for (const TsMessage &m : std::as_const(m_catalogue.messages)) {
            if (!m.live())
                continue;
            if (m.numerus && expected > 0 && m.forms.size() != expected)
                bad << m.where() + QStringLiteral(": %1 plural forms, %2 needs %3")
                                       .arg(m.forms.size())
                                       .arg(m_catalogue.language)
                                       .arg(expected);
            if (!m.numerus && placeholders(m.source).contains(QStringLiteral("%n")))
                bad << m.where() +
                           QStringLiteral(": uses %n but is not a plural message (the tr() call lacks the count)");
        }
        QVERIFY2(bad.isEmpty(), qPrintable(report(QStringLiteral("Plural messages"), bad)));
    }

    void everySourceStringIsInTheCatalogue()
    {
        QStringList missing;
        for (const SourceString &s : std::as_const(m_strings)) {
            const QString text = textKey(s.source, s.comment);
            if (!m_contextsOfText.contains(text)) {
                missing << s.where() +
                               (s.comment.isEmpty() ? QString() : QStringLiteral(" comment ") + shown(s.comment));
                continue;
            }
            if (s.numerus && !m_numerusOfText.value(text))
                missing << s.where() + QStringLiteral(": counted (plural) in the source, not in the catalogue");
        }
        // The other way round, for information: what lupdate extracted and this scanner did not (tr(variable) calls
        // cannot be followed by it; a catalogue message that no literal matches may also be stale until lupdate runs).
        QSet<QString> scanned;
        for (const SourceString &s : std::as_const(m_strings))
            scanned.insert(textKey(s.source, s.comment));
        QStringList unseen;
        for (const TsMessage &m : std::as_const(m_catalogue.messages)) {
            if (m.live() && !scanned.contains(textKey(m.source, m.comment)))
                unseen << m.where();
        }
        if (!unseen.isEmpty())
            qInfo("%lld catalogue message(s) match no literal the scanner found (lupdate saw more, or they are "
                  "stale):\n  %s",
                  qlonglong(unseen.size()), qPrintable(unseen.join(QStringLiteral("\n  "))));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(
                     report(QStringLiteral("Source strings missing from %1 - run `lupdate -no-obsolete -locations none "
                                           "-I . core ui app -ts %1` and translate them")
                                .arg(catalogueRelativePath()),
                            missing)));
    }

    void sourceStringsAreUnderTheirRuntimeContext()
    {
        QStringList wrong;
        QStringList undetermined;
        QMap<QString, int> byContext;
        for (const SourceString &s : std::as_const(m_strings)) {
            const QString text = textKey(s.source, s.comment);
            if (!m_contextsOfText.contains(text))
                continue; // reported by everySourceStringIsInTheCatalogue
            if (s.contexts.isEmpty()) {
                undetermined << s.where() + QStringLiteral(" (") + s.note + u')';
                continue;
            }
            const bool found = std::any_of(s.contexts.begin(), s.contexts.end(), [&](const QString &c) {
                return m_keys.contains(key(c, s.source, s.comment));
            });
            if (!found) {
                QStringList held = m_contextsOfText.value(text);
                held.removeDuplicates();
                wrong << s.where() + QStringLiteral(
                                         ": translated at run time as \"%1\" (%2), the catalogue has it under \"%3\"")
                                         .arg(s.contexts.join(QStringLiteral("\" or \"")), s.note,
                                              held.join(QStringLiteral("\", \"")));
                ++byContext[QStringLiteral("\"%1\" looked up, catalogue has \"%2\"")
                                .arg(s.contexts.join(u'|'), held.join(u'|'))];
            }
        }
        report(QStringLiteral("tr() calls whose run-time context cannot be told (checked by text only)"), undetermined);
        if (wrong.isEmpty())
            return;
        report(QStringLiteral("Strings the running application cannot find: the catalogue holds them under another "
                              "context than the one the code passes to the translator"),
               wrong);
        QStringList summary;
        for (auto it = byContext.cbegin(); it != byContext.cend(); ++it)
            summary << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
        QFAIL(qPrintable(report(QStringLiteral("Run-time context mismatches by context"), summary)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
