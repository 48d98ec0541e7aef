#pragma once

#include "ui/pages/page.h"

namespace Demetra::Ui {

/// TEMPORARY scaffold: replaced by the real page.
class ChannelsPage : public Page
{
    Q_OBJECT

public:
    explicit ChannelsPage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("channels"); }
    QString title() const override { return tr("Channels"); }

protected:
    void reload() override {}
};

} // namespace Demetra::Ui
