#pragma once

#include "core/analytics/audience_snapshot.h"
#include "ui/pages/page.h"
#include "ui/widgets/min_volume_spin_box.h"

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QSplitter;
class QStackedWidget;

namespace Demetra::Ui {

class DataTableView;
class DimensionPanel;
class GroupTableModel;

/// The chosen metric by target audience, customer segment, location and language: a panel of bars per attribute
/// naming its best and worst group with their volume, groups below the minimum volume greyed and never ranked, and
/// a table of every group's KPIs. Data without these attributes gets a plain explanation instead.
class AudiencePage : public Page
{
    Q_OBJECT

public:
    explicit AudiencePage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("audience"); }
    QString title() const override { return tr("Audience"); }

    QComboBox *metricBox() const { return m_metric; }
    QSpinBox *minimumBox() const { return m_minimum; }
    GroupTableModel *tableModel() const { return m_model; }
    DimensionPanel *panel(int i) const { return m_panels.value(i); }
    /// The last snapshot shown (none before the first load or after a failure).
    const std::optional<Analytics::AudienceSnapshot> &snapshot() const { return m_snapshot; }
    /// True when a message (no data, no attributes, an error) replaces the panels.
    bool isShowingMessage() const;
    QString message() const;
    QString summary() const;

protected:
    void reload() override;
    void showEvent(QShowEvent *event) override;

private:
    void showSnapshot(const Analytics::AudienceSnapshot &snapshot);
    void showMessage(const QString &text);

    QComboBox *m_metric = nullptr;
    MinVolumeSpinBox *m_minimum = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<DimensionPanel *> m_panels;
    DataTableView *m_table = nullptr;
    GroupTableModel *m_model = nullptr;
    std::optional<Analytics::AudienceSnapshot> m_snapshot;
    bool m_sizeColumns = false;
    QFutureWatcher<Result<Analytics::AudienceSnapshot>> m_watcher;
};

} // namespace Demetra::Ui
