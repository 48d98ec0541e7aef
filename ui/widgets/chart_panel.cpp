#include "ui/widgets/chart_panel.h"

#include "ui/widgets/png_export.h"
#include "ui/widgets/theme.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>

namespace Demetra::Ui {

ChartPanel::ChartPanel(const QString &title, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(title, this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    header->addWidget(m_title);
    header->addStretch(1);
    m_controls = new QHBoxLayout;
    header->addLayout(m_controls);
    layout->addLayout(header);

    m_stack = new QStackedLayout;
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setChart(new QChart);
    Theme::applyTo(m_view->chart());
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    layout->addLayout(m_stack, 1);
    m_exportName = QStringLiteral("chart");
    setToolTip(tr("Right-click to export the chart as PNG"));
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    Theme::applyTo(chart);
    m_view->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_view);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

bool ChartPanel::exportPng(const QString &path, QString *error) const
{
    return PngExport::save(m_view, path, error);
}

void ChartPanel::showValueTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    PngExport::offer(m_view, event->globalPos(), m_exportName, m_stack->currentWidget() == m_view);
}

} // namespace Demetra::Ui
