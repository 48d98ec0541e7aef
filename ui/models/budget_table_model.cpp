#include "ui/models/budget_table_model.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QFont>
#include <QLocale>
#include <cmath>

namespace Demetra::Ui {

using Budget::AllocationStatus;

namespace {

const Budget::CurveFit &emptyFit()
{
    static const Budget::CurveFit fit;
    return fit;
}

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

BudgetTableModel::BudgetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

const Budget::CurveFit &BudgetTableModel::fitAt(int row) const
{
    return row >= 0 && row < m_channels.size() ? m_channels.at(row).fit(m_plan.objective) : emptyFit();
}

void BudgetTableModel::setSnapshot(const Budget::BudgetPlan &plan, const QList<Budget::ChannelResponse> &channels,
                                   const QString &currency, const QStringList &minSet, const QStringList &maxSet)
{
    beginResetModel();
    m_plan = plan;
    m_channels = channels;
    m_currency = currency;
    m_minSet = minSet;
    m_maxSet = maxSet;
    endResetModel();
}

void BudgetTableModel::clear()
{
    beginResetModel();
    m_plan = Budget::BudgetPlan{};
    m_channels.clear();
    endResetModel();
}

QString BudgetTableModel::statusText(AllocationStatus status)
{
    switch (status) {
    case AllocationStatus::Ok:
        return tr("OK");
    case AllocationStatus::NotEnoughData:
        return tr("Not enough data");
    case AllocationStatus::AtMinBound:
        return tr("At minimum");
    case AllocationStatus::AtMaxBound:
        return tr("At maximum");
    }
    return QString();
}

int BudgetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.channels.size());
}

int BudgetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTableModel::raw(int row, int column) const
{
    const Budget::ChannelAllocation &a = m_plan.channels.at(row);
    auto num = [](double v) { return std::isfinite(v) ? QVariant(v) : QVariant(); };
    switch (column) {
    case Channel:
        return a.channel;
    case Current:
        return a.currentSpend;
    case Recommended:
        return a.recommendedSpend;
    case Change:
        return a.currentSpend > 0.0 ? QVariant(a.recommendedSpend / a.currentSpend - 1.0) : QVariant();
    case MinSpend:
        return a.minSpend;
    case MaxSpend:
        return a.maxSpend;
    case Revenue:
        return num(a.expectedRevenue);
    case Conversions:
        return num(a.expectedConversions);
    case Roi:
        return num(a.expectedRoi);
    case MarginalRoi:
        return num(a.marginalRoi);
    case Fit: {
        const Budget::CurveFit &fit = fitAt(row);
        return fit.isOk() ? QVariant(fit.r2) : QVariant();
    }
    case Status:
        return int(a.status);
    default:
        return {};
    }
}

QVariant BudgetTableModel::display(int row, int column) const
{
    const Budget::ChannelAllocation &a = m_plan.channels.at(row);
    switch (column) {
    case Channel:
        return a.channel;
    case Current:
    case Recommended:
    case MinSpend:
    case MaxSpend:
        return ValueFormat::money(raw(row, column).toDouble(), QString());
    case Change: {
        const QVariant v = raw(row, column);
        return v.isValid() ? ValueFormat::change(v.toDouble()) : QStringLiteral("—");
    }
    case Revenue:
        return ValueFormat::money(finite(a.expectedRevenue), QString());
    case Conversions:
        return std::isfinite(a.expectedConversions) ? QLocale().toString(a.expectedConversions, 'f', 0)
                                                    : QStringLiteral("—");
    case Roi:
        return ValueFormat::metric(Metric::Roi, finite(a.expectedRoi));
    case MarginalRoi:
        return ValueFormat::metric(Metric::Roi, finite(a.marginalRoi));
    case Fit: {
        const Budget::CurveFit &fit = fitAt(row);
        if (!fit.isOk())
            return QStringLiteral("—");
        const QString form = fit.curve.form() == Budget::ResponseCurve::Form::Hill ? tr("Hill") : tr("power");
        return tr("%1, R² %2").arg(form, QLocale().toString(fit.r2, 'f', 2));
    }
    case Status:
        return QString(statusText(a.status) + (a.extrapolated ? QStringLiteral(" *") : QString()));
    default:
        return {};
    }
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    const Budget::ChannelAllocation &a = m_plan.channels.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        if (column == MinSpend || column == MaxSpend)
            return raw(row, column);
        return display(row, column);
    case RawValueRole:
        return raw(row, column);
    case Qt::TextAlignmentRole:
        return column == Channel || column == Status || column == Fit ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if ((column == MinSpend && m_minSet.contains(a.channel)) ||
            (column == MaxSpend && m_maxSet.contains(a.channel))) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Status && a.status == AllocationStatus::NotEnoughData)
            return Theme::bad();
        if (column == Change) {
            const QVariant v = raw(row, column);
            if (v.isValid() && std::abs(v.toDouble()) > 0.005)
                return v.toDouble() > 0 ? Theme::good() : Theme::bad();
        }
        return {};
    case Qt::ToolTipRole: {
        if (column == Status) {
            if (a.status == AllocationStatus::NotEnoughData)
                return tr("Not enough data: %1. Left at its current spend; no curve is guessed.").arg(a.reason);
            if (a.extrapolated)
                return tr("The recommended daily spend is above the largest this channel has spent: the curve is "
                          "extrapolated there.");
            return {};
        }
        if (column == MinSpend || column == MaxSpend)
            return tr("Double-click to set this channel's own limit over the period; clear it to go back to the "
                      "multiple of current spend.");
        if (column == Fit) {
            const Budget::CurveFit &fit = fitAt(row);
            if (!fit.isOk())
                return fit.reason;
            return tr("%1 per day; fitted on %2 points, daily spend %3 to %4; R² %5 (the other form: %6)")
                .arg(fit.curve.formula(), QString::number(fit.points), ValueFormat::money(fit.spendMin, QString()),
                     ValueFormat::money(fit.spendMax, QString()), QLocale().toString(fit.r2, 'f', 3),
                     QLocale().toString(fit.otherR2, 'f', 3));
        }
        if (column == MarginalRoi)
            return tr("What the next unit of spend returns, minus the unit itself, at the recommended spend.");
        return {};
    }
    default:
        return {};
    }
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString cur = m_currency.isEmpty() ? QString() : QStringLiteral(", ") + m_currency;
    switch (section) {
    case Channel:
        return tr("Channel");
    case Current:
        return tr("Current%1").arg(cur);
    case Recommended:
        return tr("Recommended%1").arg(cur);
    case Change:
        return tr("Change");
    case MinSpend:
        return tr("Min");
    case MaxSpend:
        return tr("Max");
    case Revenue:
        return tr("Expected revenue");
    case Conversions:
        return tr("Expected conversions");
    case Roi:
        return tr("Expected ROI");
    case MarginalRoi:
        return tr("Marginal ROI");
    case Fit:
        return tr("Curve");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags BudgetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == MinSpend || index.column() == MaxSpend))
        f |= Qt::ItemIsEditable;
    return f;
}

bool BudgetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || (index.column() != MinSpend && index.column() != MaxSpend))
        return false;
    const QString channel = m_plan.channels.at(index.row()).channel;
    const bool isMax = index.column() == MaxSpend;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        emit limitEdited(channel, isMax, std::numeric_limits<double>::quiet_NaN());
        return true;
    }
    bool ok = false;
    double v = value.toDouble(&ok);
    if (!ok)
        v = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(v) || v < 0.0)
        return false;
    emit limitEdited(channel, isMax, v);
    return true;
}

} // namespace Demetra::Ui
