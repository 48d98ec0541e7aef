#include "core/import/mapping_memory.h"

#include "core/import/header_matcher.h"
#include "core/import/layout_detector.h"
#include "core/settings/settings_store.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace Demetra::Import {

namespace {
constexpr int kHeaderSearch = 12;
}

MappingMemory::MappingMemory(Settings::SettingsStore &settings) : m_settings(settings) {}

QString MappingMemory::signature(const QStringList &headers)
{
    QStringList normalised;
    normalised.reserve(headers.size());
    for (const QString &h : headers)
        normalised << HeaderMatcher::normalise(h);
    // Trailing empty columns (a delimiter at the end of the header line) do not make another layout.
    while (!normalised.isEmpty() && normalised.last().isEmpty())
        normalised.removeLast();
    const QByteArray bytes = normalised.join(QChar(0x1F)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(24));
}

QString MappingMemory::settingName(const QStringList &headers)
{
    return QStringLiteral("import/mappings/") + signature(headers);
}

std::optional<ColumnMapping> MappingMemory::find(const QStringList &headers) const
{
    if (headers.isEmpty())
        return std::nullopt;
    const QByteArray json = m_settings.raw(settingName(headers)).toString().toUtf8();
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    std::optional<ColumnMapping> m = ColumnMapping::fromJson(doc.object());
    if (!m || signature(m->headers) != signature(headers))
        return std::nullopt;
    // The stored roles follow the stored headers; a file with extra empty trailing columns gets them ignored.
    m->headers = headers;
    while (m->roles.size() < headers.size())
        m->roles << ColumnRole::Ignored;
    m->roles = m->roles.mid(0, headers.size());
    return m;
}

std::optional<ColumnMapping> MappingMemory::findFor(const FilePreview &preview) const
{
    for (int i = 0; i < preview.records.size() && i < kHeaderSearch; ++i) {
        if (std::optional<ColumnMapping> m = find(preview.records[i])) {
            m->headerRecord = i;
            m->headerLine = preview.lines.value(i, i + 1);
            return m;
        }
    }
    return std::nullopt;
}

void MappingMemory::remember(ColumnMapping mapping, const QDateTime &when)
{
    mapping.savedAt = when;
    mapping.periodFrom = {};
    mapping.periodTo = {};
    const QByteArray json = QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact);
    m_settings.setRaw(settingName(mapping.headers), QString::fromUtf8(json));
    m_settings.sync();
}

void MappingMemory::forget(const QStringList &headers)
{
    m_settings.reset(Settings::SettingKey<QString>{settingName(headers), QString()});
    m_settings.sync();
}

} // namespace Demetra::Import
