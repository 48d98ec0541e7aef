#pragma once

#include <QString>

namespace Demetra::Storage {

/// The natural key of a source account: where its data comes from and in which currency its money is.
struct AccountKey
{
    QString sourceKind = QStringLiteral("file"); ///< "file" or "api"
    QString platform;                            ///< layout id for files, platform id for APIs
    QString name;                                ///< shown to the user
    QString currency = QStringLiteral("USD");    ///< ISO 4217
    QString timeZone = QStringLiteral("UTC");
};

} // namespace Demetra::Storage
