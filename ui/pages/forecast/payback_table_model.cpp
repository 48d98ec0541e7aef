#include "ui/pages/forecast/payback_table_model.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QBrush>
#include <QCoreApplication>

namespace Demetra::Ui {

using namespace Demetra::Forecast;

namespace {

QString notWithin()
{
    return QCoreApplication::translate("PaybackTableModel", "not within the horizon");
}

QString dateOrNot(const QDate &d)
{
    return d.isValid() ? ValueFormat::date(d) : notWithin();
}

} // namespace

PaybackTableModel::PaybackTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PaybackTableModel::setSnapshot(const ForecastOverview &overview)
{
    beginResetModel();
    m_overview = overview;
    endResetModel();
}

int PaybackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overview.channels.size());
}

int PaybackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaybackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Channel:
            return tr("Channel");
        case ExpectedRoi:
            return tr("Expected ROI");
        case RoiBand:
            return tr("ROI 80 % band");
        case Spend:
            return tr("Forecast spend");
        case Revenue:
            return tr("Forecast revenue");
        case PaybackDate:
            return tr("Payback date");
        case PaybackInterval:
            return tr("Payback interval");
        case Backtest:
            return tr("Backtest, or why there is no forecast");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ExpectedRoi:
            return tr("(forecast revenue − forecast spend) / forecast spend over the next %1 days")
                .arg(m_overview.horizonDays);
        case RoiBand:
            return tr("80 % band of the ROI over the horizon, from the errors of the same horizon ROI in the backtest "
                      "folds (their number in brackets; with fewer than 5 separate folds the largest error, widened)");
        case PaybackDate:
            return tr("The day cumulative revenue covers cumulative spend, counting from the start of the filter's "
                      "period: actuals up to the last day with data, the forecast after it");
        case PaybackInterval:
            return tr("Earliest with the upper revenue band, latest with the lower revenue band (a channel already "
                      "paid back: from actuals)");
        case Backtest:
            return tr("How the ROI forecast did in %1 rolling-origin backtests against last week's values")
                .arg(m_overview.folds);
        }
    }
    return {};
}

QVariant PaybackTableModel::display(const ChannelRoiForecast &r, int column) const
{
    if (column == Channel)
        return r.channel;
    if (!r.payback) {
        if (column == ExpectedRoi)
            return tr("No forecast");
        if (column == Backtest && r.error)
            return r.error->message;
        return QStringLiteral("—");
    }
    const PaybackEstimate &p = *r.payback;
    switch (column) {
    case ExpectedRoi:
        return ValueFormat::metric(Metric::Roi, p.roi);
    case RoiBand:
        return tr("%1 to %2 (%3 folds)")
            .arg(ValueFormat::metric(Metric::Roi, p.roiLower), ValueFormat::metric(Metric::Roi, p.roiUpper))
            .arg(p.roiBandFolds);
    case Spend:
        return ValueFormat::metric(Metric::Spend, p.spend);
    case Revenue:
        return ValueFormat::metric(Metric::Revenue, p.revenue);
    case PaybackDate:
        if (p.status == PaybackStatus::PaidBack)
            return tr("paid back on %1").arg(ValueFormat::date(p.paybackDate));
        if (p.status == PaybackStatus::NoSpend)
            return tr("nothing spent");
        return dateOrNot(p.paybackDate);
    case PaybackInterval:
        if (p.status == PaybackStatus::PaidBack)
            return tr("from actuals");
        if (!p.earliest.isValid())
            return notWithin();
        if (!p.latest.isValid())
            return tr("%1 or later, maybe not within the horizon").arg(ValueFormat::date(p.earliest));
        if (p.latest == p.earliest)
            return ValueFormat::date(p.earliest);
        return tr("%1 to %2").arg(ValueFormat::date(p.earliest), ValueFormat::date(p.latest));
    case Backtest:
        if (!r.roiBacktest || r.roiBacktest->folds == 0)
            return tr("not backtested");
        return r.roiBacktest->beatsNaive
                   ? tr("beats naive by %1").arg(ValueFormat::change(r.roiBacktest->improvementPct / 100.0))
                   : tr("does not beat naive");
    }
    return {};
}

QVariant PaybackTableModel::raw(const ChannelRoiForecast &r, int column) const
{
    if (column == Channel)
        return r.channel;
    if (!r.payback)
        return {};
    const PaybackEstimate &p = *r.payback;
    switch (column) {
    case ExpectedRoi:
        return p.roi ? QVariant(*p.roi) : QVariant();
    case RoiBand:
        return p.roiLower ? QVariant(*p.roiLower) : QVariant();
    case Spend:
        return p.spend;
    case Revenue:
        return p.revenue;
    case PaybackDate:
        return p.paybackDate.isValid() ? QVariant(p.paybackDate) : QVariant();
    case PaybackInterval:
        return p.latest.isValid() ? QVariant(p.latest) : QVariant();
    case Backtest:
        return r.roiBacktest ? QVariant(r.roiBacktest->improvementPct) : QVariant();
    }
    return {};
}

QString PaybackTableModel::toolTip(const ChannelRoiForecast &r, int column) const
{
    if (!r.payback)
        return r.error ? r.error->message : QString();
    const PaybackEstimate &p = *r.payback;
    switch (column) {
    case ExpectedRoi:
    case RoiBand:
        return tr("Forecast revenue %1 against forecast spend %2 over %3 days.\nThe 80 % band comes from the errors "
                  "of the horizon ROI in %4 backtest folds (%5 of them with separate windows).\n%6")
            .arg(ValueFormat::metric(Metric::Revenue, p.revenue), ValueFormat::metric(Metric::Spend, p.spend))
            .arg(m_overview.horizonDays)
            .arg(p.roiBandFolds)
            .arg(p.roiBandWindows)
            .arg(r.follow.sentence());
    case PaybackDate:
    case PaybackInterval:
        switch (p.status) {
        case PaybackStatus::PaidBack:
            return tr("Counted from %1: %2 spent and %3 earned up to %4; revenue has covered spend since %5.")
                .arg(ValueFormat::date(p.from), ValueFormat::metric(Metric::Spend, p.spentToDate),
                     ValueFormat::metric(Metric::Revenue, p.earnedToDate), ValueFormat::date(p.lastActual),
                     ValueFormat::date(p.paybackDate));
        case PaybackStatus::Forecast:
            return tr("Counted from %1: %2 spent and %3 earned up to %4; with the forecast, revenue covers spend on "
                      "%5.")
                .arg(ValueFormat::date(p.from), ValueFormat::metric(Metric::Spend, p.spentToDate),
                     ValueFormat::metric(Metric::Revenue, p.earnedToDate), ValueFormat::date(p.lastActual),
                     ValueFormat::date(p.paybackDate));
        case PaybackStatus::NotWithinHorizon:
            return tr("Counted from %1: %2 spent and %3 earned up to %4; with the forecast, revenue does not cover "
                      "spend by %5.")
                .arg(ValueFormat::date(p.from), ValueFormat::metric(Metric::Spend, p.spentToDate),
                     ValueFormat::metric(Metric::Revenue, p.earnedToDate), ValueFormat::date(p.lastActual),
                     ValueFormat::date(p.horizonEnd));
        case PaybackStatus::NoSpend:
            return tr("Nothing was spent from %1 to the end of the horizon.").arg(ValueFormat::date(p.from));
        }
        return {};
    case Backtest:
        if (r.roiBacktest)
            return tr("%1\nModel MAE %2, naive MAE %3 (ROI points), %4 folds")
                .arg(r.roiBacktest->sentence(), ValueFormat::metric(Metric::Roi, r.roiBacktest->modelMae),
                     ValueFormat::metric(Metric::Roi, r.roiBacktest->naiveMae))
                .arg(r.roiBacktest->folds);
        return {};
    }
    return {};
}

QVariant PaybackTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_overview.channels.size())
        return {};
    const ChannelRoiForecast &r = m_overview.channels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case RawValueRole:
        return raw(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Channel || index.column() == Backtest || index.column() == PaybackInterval
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == ExpectedRoi && r.payback && r.payback->roi)
            return QBrush(*r.payback->roi >= 0 ? Theme::good() : Theme::bad());
        if (!r.payback && index.column() != Channel)
            return QBrush(Theme::bad());
        return {};
    }
    return {};
}

} // namespace Demetra::Ui
