#pragma once

#include "core/budget/channel_response.h"
#include "core/budget/what_if.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSlider;

namespace Demetra::Ui {

/// The what-if planner: a slider and an amount per channel; every move recomputes the expected revenue,
/// conversions and ROI per channel and in total on the UI thread from the fitted curves in memory (no job), and
/// shows the difference against the recommended split. Channels without a trustworthy curve are held at their
/// current spend (their slider is disabled and says why).
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(QWidget *parent = nullptr);

    /// Builds the rows for `channels` over `days` days, set to `recommended` (one amount per channel, same order);
    /// `currency` labels the amounts.
    void setChannels(const QList<Budget::ChannelResponse> &channels, int days, const QList<double> &recommended,
                     const QString &currency);
    void clear();
    /// Puts a split into the planner: channels named in `spend` take its amount (over the period); the others keep
    /// theirs. Unknown names are ignored.
    void setSplit(const QHash<QString, double> &spend);
    /// Back to the recommended split.
    void resetToRecommended();

    QList<double> split() const { return m_split; }
    const Budget::WhatIfOutcome &outcome() const { return m_outcome; }
    const Budget::WhatIfOutcome &recommendedOutcome() const { return m_recommendedOutcome; }
    QSlider *slider(const QString &channel) const;
    QDoubleSpinBox *amountBox(const QString &channel) const;
    QString totalsText() const;
    /// Milliseconds the last recompute took.
    double lastRecomputeMs() const { return m_lastMs; }

signals:
    void splitChanged();

private:
    struct Row
    {
        QLabel *name = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *amount = nullptr;
        QLabel *outcome = nullptr;
        double sliderMax = 0.0;
    };
    void setAmount(int index, double amount, bool fromSlider);
    void recompute();

    QList<Budget::ChannelResponse> m_channels;
    QList<double> m_recommended;
    QList<double> m_split;
    QList<Row> m_rows;
    int m_days = 30;
    QString m_currency;
    Budget::WhatIfOutcome m_outcome;
    Budget::WhatIfOutcome m_recommendedOutcome;
    QGridLayout *m_grid = nullptr;
    QLabel *m_totals = nullptr;
    double m_lastMs = 0.0;
};

} // namespace Demetra::Ui
