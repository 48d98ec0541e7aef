#pragma once

#include "core/import/layout.h"

#include <QString>

namespace Demetra::Import {

struct FilePreview;

/// Recognises what people download from each ad platform's interface (Meta Ads Manager, Google Ads UI reports,
/// TikTok Ads Manager, Yandex.Direct reports, VK Ads, Telegram Ads), in English and Russian, by header synonyms and
/// title lines, and fixes what the layout implies: the channel, the columns that count as conversions, the default
/// currency and the decimal separator.
class PlatformExportLayouts
{
public:
    /// Turns `layout` (columns already assigned by HeaderMatcher, header record known) into a platform export when
    /// its headers or title lines say which one; returns false and leaves `layout` unchanged otherwise.
    static bool recognise(Layout &layout, const FilePreview &preview);
    /// Puts the reading sentence of a platform export first ("Meta Ads Manager export: …"); call once the channel
    /// source is known. Does nothing for other layouts.
    static void addReadings(Layout &layout);
    /// Whether `kind` is one of the platform exports recognised here.
    static bool isPlatformExport(LayoutKind kind);
    /// The channel a Meta placement or platform cell names: "Instagram Stories" and "instagram" -> Instagram,
    /// "audience_network" -> Audience Network; other text is kept as ChannelCatalog reads it.
    static QString metaChannel(const QString &cell);
};

} // namespace Demetra::Import
