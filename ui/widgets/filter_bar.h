#pragma once

#include "core/analytics/dashboard_filter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace Demetra::Ui {

class MultiSelectButton;

/// The global filter bar: a date preset or a custom range, the comparison, channels, segments and audiences.
/// Emits filterChanged on every change; shows the resolved period ("1 Oct – 30 Dec 2023, compared with …").
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setFilter(const Analytics::DashboardFilter &filter);
    Analytics::DashboardFilter filter() const { return m_filter; }
    /// The values the data offers for each list.
    void setChoices(const QStringList &channels, const QStringList &segments, const QStringList &audiences);
    /// Shows how the filter resolved against the data.
    void setResolved(const Analytics::ResolvedFilter &resolved);

signals:
    void filterChanged(const Analytics::DashboardFilter &filter);

private:
    void readControls();
    void updateCustomVisibility();

    Analytics::DashboardFilter m_filter;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_comparison = nullptr;
    MultiSelectButton *m_channels = nullptr;
    MultiSelectButton *m_segments = nullptr;
    MultiSelectButton *m_audiences = nullptr;
    QLabel *m_period = nullptr;
    bool m_updating = false;
};

} // namespace Demetra::Ui
