#pragma once

#include "ui/pages/page.h"

namespace Demetra::Ui {

/// TEMPORARY scaffold: replaced by the real page.
class BestTimePage : public Page
{
    Q_OBJECT

public:
    explicit BestTimePage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("besttime"); }
    QString title() const override { return tr("Best time"); }

protected:
    void reload() override {}
};

} // namespace Demetra::Ui
