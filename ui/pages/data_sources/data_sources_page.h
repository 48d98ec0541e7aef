#pragma once

#include "ui/pages/page.h"

namespace Demetra::Ui {

/// TEMPORARY scaffold: replaced by the real page.
class DataSourcesPage : public Page
{
    Q_OBJECT

public:
    explicit DataSourcesPage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("datasources"); }
    QString title() const override { return tr("Data sources"); }
    bool usesFilter() const override { return false; }
    /// Shows the rejected rows of import run `runId` with their reasons.
    void showRejected(qint64 runId) { Q_UNUSED(runId); }

protected:
    void reload() override {}
};

} // namespace Demetra::Ui
