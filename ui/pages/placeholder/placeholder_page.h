#pragma once

#include "ui/pages/page.h"

namespace Demetra::Ui {

/// An honest empty state for a page whose feature is not built yet: what will appear here and what it will need.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(PageContext context, QString key, QString title, const QString &explanation,
                    QWidget *parent = nullptr);

    QString key() const override { return m_key; }
    QString title() const override { return m_title; }
    bool usesFilter() const override { return false; }

protected:
    void reload() override {}

private:
    QString m_key;
    QString m_title;
};

} // namespace Demetra::Ui
