#pragma once

#include "core/connectors/connector_account.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace Demetra::Ui {

/// The confirmation before removing a connected account: what stops, and a check box to delete its stored rows too
/// (with their count; disabled when there are none). Cancel is the default button.
class RemoveAccountBox
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAccountBox)

public:
    /// nullopt: keep the account; false: remove it and keep its rows; true: remove it and its rows.
    static std::optional<bool> ask(QWidget *parent, const Connectors::ConnectorAccount &account);
};

} // namespace Demetra::Ui
