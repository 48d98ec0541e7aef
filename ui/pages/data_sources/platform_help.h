#pragma once

#include "core/connectors/platform.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Demetra::Ui {

/// What the account dialog tells and checks per platform: the account id's form (with a specific message when it is
/// wrong), where to get a token, and the platform's options. Plain text; nothing here needs the web.
class PlatformHelp
{
    Q_DECLARE_TR_FUNCTIONS(PlatformHelp)

public:
    /// One platform option the dialog offers (stored in ConnectorAccount::options under `key`).
    struct Option
    {
        QString key;         ///< the connector's option key ("conversion_actions")
        QString label;       ///< translated form label
        QString placeholder; ///< an example, not a default
        QString toolTip;     ///< translated: what it changes
    };

    /// The account id as the platform's connector wants it: trimmed; Meta without "act_", Google without dashes.
    static QString normalizedAccountId(Connectors::Platform platform, const QString &text);
    /// Empty when `accountId` (normalised) suits the platform; otherwise a specific translated message.
    static QString accountIdProblem(Connectors::Platform platform, const QString &accountId);
    /// The label of the account id field ("Ad account id:", "Customer id:", "Client login:").
    static QString accountIdLabel(Connectors::Platform platform);
    /// An example id for the field's placeholder.
    static QString accountIdPlaceholder(Connectors::Platform platform);
    /// Where to find the account id, and where to get a token for the platform.
    static QString tokenHelp(Connectors::Platform platform);
    /// The platform's options, in the order the dialog shows them.
    static QList<Option> options(Connectors::Platform platform);
    /// The option every platform has: how many trailing days each sync re-reads ("restatement_days").
    static Option restatementOption(Connectors::Platform platform);
    /// options() and then restatementOption().
    static QList<Option> allOptions(Connectors::Platform platform);
};

} // namespace Demetra::Ui
