#pragma once

#include "ui/pages/page.h"

namespace Demetra::Ui {

/// TEMPORARY scaffold: replaced by the real page.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }

protected:
    void reload() override {}
};

} // namespace Demetra::Ui
