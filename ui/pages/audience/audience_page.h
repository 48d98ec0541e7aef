#pragma once

#include "ui/pages/page.h"

namespace Demetra::Ui {

/// TEMPORARY scaffold: replaced by the real page.
class AudiencePage : public Page
{
    Q_OBJECT

public:
    explicit AudiencePage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("audience"); }
    QString title() const override { return tr("Audience"); }

protected:
    void reload() override {}
};

} // namespace Demetra::Ui
