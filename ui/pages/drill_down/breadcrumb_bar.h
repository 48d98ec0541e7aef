#pragma once

#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QHBoxLayout;

namespace Demetra::Ui {

/// "Channels › Facebook › Campaign 123": every crumb but the last is a button that goes back to that level.
class BreadcrumbBar : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setCrumbs(const QStringList &crumbs);
    QStringList crumbs() const { return m_crumbs; }
    /// The button of crumb `index` (nullptr for the last, current one).
    QAbstractButton *button(int index) const;
    /// The crumbs as one line of text ("Channels › Facebook").
    QString text() const;

signals:
    void crumbClicked(int index);

private:
    QHBoxLayout *m_layout = nullptr;
    QStringList m_crumbs;
    QList<QAbstractButton *> m_buttons;
};

} // namespace Demetra::Ui
