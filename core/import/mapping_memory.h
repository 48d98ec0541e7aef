#pragma once

#include "core/import/column_mapping.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Import {

struct FilePreview;

/// Column mappings the user chose, remembered per header signature (the normalised column names in order) in the
/// settings store, so a file with the same headers is imported the same way without asking again.
class MappingMemory
{
public:
    explicit MappingMemory(Settings::SettingsStore &settings);

    /// A stable key for a header row: its columns normalised (HeaderMatcher::normalise), in order, hashed. Headers
    /// that differ only in case, spacing, quotes, "_" or a BOM give the same signature.
    static QString signature(const QStringList &headers);

    /// The mapping remembered for exactly these headers (after normalisation); nullopt when none is.
    std::optional<ColumnMapping> find(const QStringList &headers) const;
    /// The mapping remembered for one of the first records of `preview` (title lines above a header are tried
    /// past), with its header row and line set to where that header is in this file; nullopt when none matches.
    std::optional<ColumnMapping> findFor(const FilePreview &preview) const;
    /// Remembers `mapping` for its headers, replacing an earlier choice, stamped `when`. The period of an undated
    /// file is not remembered (the next file covers another one). Written to storage at once.
    void remember(ColumnMapping mapping, const QDateTime &when = QDateTime::currentDateTime());
    /// Forgets the mapping for these headers (no effect when none is remembered).
    void forget(const QStringList &headers);

private:
    static QString settingName(const QStringList &headers);

    Settings::SettingsStore &m_settings;
};

} // namespace Demetra::Import
