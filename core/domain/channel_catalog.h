#pragma once

#include <QString>

namespace Demetra {

/// Canonical channel names: "fb", "facebook ads", "Meta - Facebook" -> "Facebook"; "Google" -> "Google Ads";
/// "Яндекс Директ" -> "Yandex.Direct"; "ВКонтакте" -> "VK". Unknown names are kept, trimmed, as they are.
class ChannelCatalog
{
public:
    /// The canonical name for `raw`, or `raw` trimmed when no synonym matches; empty stays empty.
    static QString canonical(const QString &raw);
    /// The channel named by a file name ("Facebook.csv", "tiktok_ads_export_idr.csv"), or empty when none is.
    static QString fromFileName(const QString &fileName);
};

} // namespace Demetra
