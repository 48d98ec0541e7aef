#pragma once

#include "core/common/result.h"
#include "core/connectors/platform.h"

#include <QString>

namespace Demetra::Connectors {

/// The platform's account id in its stored form, or InvalidArgument naming the field and the expected shape:
/// Meta digits ("act_" stripped), Google Ads 10 digits (dashes and spaces stripped), TikTok digits, Yandex.Direct a
/// client login (text without spaces), VK Ads digits or a text id, Telegram Ads anything or empty (the token's own
/// account).
Result<QString> normalizeAccountId(Platform platform, const QString &typed);

/// The name an account gets when none is given: "<platform> <accountId>" ("Google Ads 1234567890").
QString defaultAccountName(Platform platform, const QString &accountId);

} // namespace Demetra::Connectors
