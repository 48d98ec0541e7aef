#include "ui/import/column_mapping_dialog.h"

#include "core/domain/channel_catalog.h"
#include "core/import/value_parser.h"
#include "ui/import/preview_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Demetra::Ui {

using Import::ColumnRole;
using Import::DateOrder;

namespace {

constexpr int kPreviewRows = 20;
constexpr int kHeaderChoices = 10;

QString roleText(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignored:
        return ColumnMappingDialog::tr("Ignore");
    case ColumnRole::Dimension:
        return ColumnMappingDialog::tr("Keep as a breakdown (text)");
    default:
        return Import::columnRoleName(role);
    }
}

QString roleTip(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignored:
        return ColumnMappingDialog::tr("Not imported. Rows that differ only in this column are summed.");
    case ColumnRole::Dimension:
        return ColumnMappingDialog::tr(
            "Kept as text that breaks a campaign's day down (a region, an ad set): rows that differ in it stay apart.");
    case ColumnRole::Date:
        return ColumnMappingDialog::tr("The day each row's figures belong to.");
    case ColumnRole::ReportingEnd:
        return ColumnMappingDialog::tr("The last day of a row that covers several days.");
    case ColumnRole::Channel:
        return ColumnMappingDialog::tr("The advertising channel of each row (Facebook, Google Ads, VK…).");
    case ColumnRole::Currency:
        return ColumnMappingDialog::tr("A three-letter currency code per row (USD, EUR, RUB).");
    case ColumnRole::Spend:
    case ColumnRole::Revenue:
        return ColumnMappingDialog::tr("An amount of money; summed across rows.");
    case ColumnRole::Impressions:
    case ColumnRole::Clicks:
    case ColumnRole::Reach:
    case ColumnRole::Engagements:
    case ColumnRole::VideoViews:
        return ColumnMappingDialog::tr("A whole number; summed across rows (reach is never summed).");
    case ColumnRole::Conversions:
        return ColumnMappingDialog::tr("Leads, purchases or other results; summed across rows.");
    default:
        return ColumnMappingDialog::tr("Text describing the campaign or the audience.");
    }
}

/// Where the dialog puts a separator before a role, grouping the long list.
bool startsGroup(ColumnRole role)
{
    return role == ColumnRole::Date || role == ColumnRole::CampaignName || role == ColumnRole::Spend ||
           role == ColumnRole::Currency || role == ColumnRole::Audience;
}

QStringList knownChannels()
{
    static const char *const kSeeds[] = {"Facebook",  "Instagram", "Google Ads",    "YouTube",  "Yandex.Direct",
                                         "VK",        "Telegram",  "TikTok",        "LinkedIn", "Twitter",
                                         "Pinterest", "Snapchat",  "Microsoft Ads", "Email",    "Website"};
    QStringList names;
    for (const char *seed : kSeeds) {
        const QString name = ChannelCatalog::canonical(QString::fromLatin1(seed));
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QStringList knownCurrencies()
{
    return {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("RUB"), QStringLiteral("GBP"),
            QStringLiteral("KZT"), QStringLiteral("UAH"), QStringLiteral("BYN"), QStringLiteral("TRY"),
            QStringLiteral("CNY"), QStringLiteral("INR"), QStringLiteral("JPY"), QStringLiteral("BRL"),
            QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("IDR")};
}

/// A date written out in words, so the day and month cannot be confused: "3 March 2025 (Mon)".
QString exampleFormatText()
{
    return QStringLiteral("d MMMM yyyy (ddd)");
}

QString firstValues(const Import::FilePreview &preview, int headerRecord, int column)
{
    QStringList values;
    for (int r = headerRecord + 1; r < preview.records.size() && values.size() < 3; ++r) {
        const QString v = preview.records[r].value(column).trimmed();
        if (!v.isEmpty())
            values << (v.size() > 24 ? v.left(24) + QChar(0x2026) : v);
    }
    return values.join(QStringLiteral(", "));
}
} // namespace

ColumnMappingDialog::ColumnMappingDialog(Import::FilePreview preview, const Import::ColumnMapping &initial,
                                         QWidget *parent)
    : QDialog(parent), m_preview(std::move(preview)), m_base(initial)
{
    setWindowTitle(tr("Map the columns of %1").arg(QFileInfo(m_preview.fileName).fileName()));
    setModal(true);
    buildUi();
    rebuildColumns(initial);
    if (initial.dateOrder != DateOrder::Unknown)
        setDateOrder(initial.dateOrder);
    setCurrency(initial.currency.isEmpty() ? QStringLiteral("USD") : initial.currency);
    setChannel(initial.channel);
    if (initial.periodFrom.isValid())
        setPeriod(initial.periodFrom, initial.periodTo);
    refresh();
    resize(1040, 720);
}

ColumnMappingDialog::~ColumnMappingDialog() = default;

void ColumnMappingDialog::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);

    auto *intro = m_intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(tr("<b>Demetra does not recognise the columns of %1.</b><br>Tell it what each column holds: at "
                      "least the date, one measure (spend, impressions, clicks…) and where the channel comes from. "
                      "Your choice is remembered: files with the same columns are imported the same way next time, "
                      "without asking.")
                       .arg(QFileInfo(m_preview.fileName).fileName().toHtmlEscaped()));
    root->addWidget(intro);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);

    // Columns: name, first values, role.
    auto *columnsBox = new QGroupBox(tr("What each column holds"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    auto *headerRowLine = new QHBoxLayout;
    auto *headerRowLabel = new QLabel(tr("Column &names are on line:"), columnsBox);
    m_headerRow = new QSpinBox(columnsBox);
    const int records = int(m_preview.records.size());
    m_headerRow->setRange(1, qMax(1, qMin(kHeaderChoices, records - 1)));
    m_headerRow->setToolTip(tr("Which of the first records holds the column names (title lines above it are skipped)"));
    headerRowLabel->setBuddy(m_headerRow);
    headerRowLine->addWidget(headerRowLabel);
    headerRowLine->addWidget(m_headerRow);
    headerRowLine->addStretch(1);
    columnsLayout->addLayout(headerRowLine);
    auto *scroll = new QScrollArea(columnsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_columnsPanel = new QWidget(scroll);
    m_columnsGrid = new QGridLayout(m_columnsPanel);
    m_columnsGrid->setContentsMargins(0, 0, 6, 0);
    m_columnsGrid->setHorizontalSpacing(12);
    m_columnsGrid->setVerticalSpacing(6);
    m_columnsGrid->setColumnStretch(1, 1);
    scroll->setWidget(m_columnsPanel);
    scroll->viewport()->setAutoFillBackground(false);
    m_columnsPanel->setAutoFillBackground(false);
    columnsLayout->addWidget(scroll, 1);
    middle->addWidget(columnsBox, 3);

    // How values read.
    auto *optionsBox = new QGroupBox(tr("How to read the values"), this);
    auto *form = new QFormLayout(optionsBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_dateOrder = new QComboBox(optionsBox);
    m_dateOrder->addItem(tr("Decide from the file"), int(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (31/12/2025)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2025)"), int(DateOrder::MonthFirst));
    m_dateOrder->setToolTip(tr("The order of day and month in numeric dates such as 03/04/2025. Dates with month "
                               "names or in the ISO form 2025-04-03 read the same either way."));
    form->addRow(tr("&Day and month:"), m_dateOrder);
    m_dateExample = new QLabel(optionsBox);
    m_dateExample->setWordWrap(true);
    m_dateExample->setTextFormat(Qt::RichText);
    m_dateExample->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_dateExample);

    m_currency = new QComboBox(optionsBox);
    m_currency->setEditable(true);
    m_currency->addItems(knownCurrencies());
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->lineEdit()->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setToolTip(tr("The currency of amounts that do not name one (a currency sign or code in a cell wins)"));
    form->addRow(tr("C&urrency:"), m_currency);

    m_channel = new QComboBox(optionsBox);
    m_channel->setEditable(true);
    m_channel->addItems(knownChannels());
    m_channel->setInsertPolicy(QComboBox::NoInsert);
    m_channel->lineEdit()->setPlaceholderText(tr("Choose or type a channel"));
    m_channel->setToolTip(tr("The channel every row of this file belongs to, when no column names it"));
    form->addRow(tr("C&hannel:"), m_channel);
    m_channelHint = new QLabel(optionsBox);
    m_channelHint->setWordWrap(true);
    form->addRow(QString(), m_channelHint);

    m_undated = new QCheckBox(tr("&No date column: the rows cover a period"), optionsBox);
    m_undated->setToolTip(tr("For totals exported without dates: every row is spread over the period you give"));
    form->addRow(m_undated);
    auto *period = new QHBoxLayout;
    // Last month by default: undated exports are usually a month's totals.
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_periodFrom = new QDateEdit(thisMonth.addMonths(-1), optionsBox);
    m_periodTo = new QDateEdit(thisMonth.addDays(-1), optionsBox);
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    for (QDateEdit *e : {m_periodFrom, m_periodTo}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateFormat);
        e->setEnabled(false);
    }
    m_periodFrom->setAccessibleName(tr("Period start"));
    m_periodTo->setAccessibleName(tr("Period end"));
    period->addWidget(m_periodFrom, 1);
    period->addWidget(new QLabel(QStringLiteral("\u2013"), optionsBox));
    period->addWidget(m_periodTo, 1);
    form->addRow(tr("Period:"), period);
    middle->addWidget(optionsBox, 2);
    root->addLayout(middle, 3);

    // The file as read.
    auto *previewBox = new QGroupBox(tr("The first rows of the file"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_model = new PreviewTableModel(this);
    m_table = new QTableView(previewBox);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setToolTip(tr("The file as Demetra reads it; under each column name, what it will be read as"));
    previewLayout->addWidget(m_table);
    root->addWidget(previewBox, 2);

    // The reason OK is disabled, and the buttons.
    auto *bottom = new QHBoxLayout;
    m_problemIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Import"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Do not import this file"));
    bottom->addWidget(m_problemIcon, 0, Qt::AlignTop);
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);
    root->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int line) {
        if (!m_rebuilding)
            setHeaderRecord(line - 1);
    });
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] { refresh(); });
    connect(m_channel, &QComboBox::currentTextChanged, this, [this] { refresh(); });
    connect(m_undated, &QCheckBox::toggled, this, [this](bool on) {
        m_periodFrom->setEnabled(on);
        m_periodTo->setEnabled(on);
        refresh();
    });
    connect(m_periodFrom, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_periodTo, &QDateEdit::dateChanged, this, [this] { refresh(); });
}

void ColumnMappingDialog::rebuildColumns(const Import::ColumnMapping &mapping)
{
    m_rebuilding = true;
    for (QWidget *w : std::as_const(m_columnWidgets))
        delete w;
    m_columnWidgets.clear();
    m_roleCombos.clear();
    m_base.headers = mapping.headers;
    m_base.headerRecord = mapping.headerRecord;
    m_base.headerLine = mapping.headerLine;
    m_headerRow->setValue(mapping.headerRecord + 1);

    auto addHeading = [&](int column, const QString &text) {
        auto *l = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), m_columnsPanel);
        m_columnsGrid->addWidget(l, 0, column);
        m_columnWidgets << l;
    };
    addHeading(0, tr("Column"));
    addHeading(1, tr("First values"));
    addHeading(2, tr("Read as"));

    const QList<ColumnRole> offered = Import::ColumnMapping::choosableRoles();
    for (int c = 0; c < mapping.headers.size(); ++c) {
        const QString header = mapping.headers[c].trimmed();
        auto *name = new QLabel(m_columnsPanel);
        name->setText(header.isEmpty() ? tr("(column %1, no name)").arg(c + 1)
                                       : name->fontMetrics().elidedText(header, Qt::ElideRight, 220));
        name->setToolTip(tr("Column %1 of the file: %2").arg(c + 1).arg(header));
        auto *values = new QLabel(firstValues(m_preview, mapping.headerRecord, c), m_columnsPanel);
        values->setEnabled(false); // greyed: an example, not a control
        values->setMinimumWidth(60);
        auto *combo = new QComboBox(m_columnsPanel);
        combo->setAccessibleName(tr("What column %1 holds").arg(header.isEmpty() ? QString::number(c + 1) : header));
        combo->setToolTip(tr("What column \"%1\" holds").arg(header));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaxVisibleItems(20);
        for (ColumnRole role : offered) {
            if (startsGroup(role))
                combo->insertSeparator(combo->count());
            combo->addItem(roleText(role), int(role));
            combo->setItemData(combo->count() - 1, roleTip(role), Qt::ToolTipRole);
        }
        const ColumnRole initial = mapping.roles.value(c, ColumnRole::Ignored);
        combo->setCurrentIndex(qMax(0, combo->findData(int(initial))));
        name->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_rebuilding)
                refresh();
        });
        m_columnsGrid->addWidget(name, c + 1, 0);
        m_columnsGrid->addWidget(values, c + 1, 1);
        m_columnsGrid->addWidget(combo, c + 1, 2);
        m_columnWidgets << name << values << combo;
        m_roleCombos << combo;
    }
    m_columnsGrid->setRowStretch(int(mapping.headers.size()) + 1, 1);

    QList<QStringList> rows;
    QList<qint64> lines;
    for (int r = mapping.headerRecord + 1; r < m_preview.records.size() && rows.size() < kPreviewRows; ++r) {
        rows << m_preview.records[r];
        lines << m_preview.lines.value(r, r + 1);
    }
    m_model->setPreview(mapping.headers, rows, lines);
    m_rebuilding = false;
    if (!m_roleCombos.isEmpty()) {
        setTabOrder(m_headerRow, m_roleCombos.first());
        m_roleCombos.first()->setFocus();
    }
}

void ColumnMappingDialog::setExplanation(const QString &html)
{
    m_intro->setText(html);
}

int ColumnMappingDialog::columnCount() const
{
    return int(m_roleCombos.size());
}

QComboBox *ColumnMappingDialog::roleCombo(int column) const
{
    return m_roleCombos.value(column);
}

void ColumnMappingDialog::setRole(int column, ColumnRole role)
{
    if (QComboBox *combo = roleCombo(column)) {
        const int i = combo->findData(int(role));
        if (i >= 0)
            combo->setCurrentIndex(i);
    }
}

ColumnRole ColumnMappingDialog::role(int column) const
{
    const QComboBox *combo = roleCombo(column);
    return combo ? ColumnRole(combo->currentData().toInt()) : ColumnRole::Ignored;
}

void ColumnMappingDialog::setChannel(const QString &channel)
{
    m_channel->setCurrentText(channel.isEmpty() ? QString() : ChannelCatalog::canonical(channel));
}

void ColumnMappingDialog::setCurrency(const QString &currency)
{
    m_currency->setCurrentText(currency.toUpper());
}

void ColumnMappingDialog::setDateOrder(DateOrder order)
{
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(int(order))));
}

void ColumnMappingDialog::setPeriod(const QDate &from, const QDate &to)
{
    const bool on = from.isValid() && to.isValid();
    if (on) {
        m_periodFrom->setDate(from);
        m_periodTo->setDate(to);
    }
    m_undated->setChecked(on);
}

void ColumnMappingDialog::setHeaderRecord(int record)
{
    if (record < 0 || record >= m_preview.records.size())
        return;
    Import::ColumnMapping guess = Import::ColumnMapping::guess(m_preview, record);
    rebuildColumns(guess);
    refresh();
}

Import::ColumnMapping ColumnMappingDialog::mapping() const
{
    Import::ColumnMapping m = m_base;
    m.roles.clear();
    for (int c = 0; c < m_roleCombos.size(); ++c)
        m.roles << role(c);
    m.channel = m_channel->currentText().trimmed();
    m.currency = m_currency->currentText().trimmed().toUpper();
    m.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    if (m_undated->isChecked()) {
        m.periodFrom = m_periodFrom->date();
        m.periodTo = m_periodTo->date();
    } else {
        m.periodFrom = {};
        m.periodTo = {};
    }
    return m;
}

int ColumnMappingDialog::dateColumn() const
{
    for (int c = 0; c < m_roleCombos.size(); ++c) {
        if (role(c) == ColumnRole::Date)
            return c;
    }
    return -1;
}

DateOrder ColumnMappingDialog::shownDateOrder(bool *decided) const
{
    *decided = false;
    const DateOrder chosen = DateOrder(m_dateOrder->currentData().toInt());
    if (chosen != DateOrder::Unknown)
        return chosen;
    // As the importer decides: from the evidence, day first when nothing decides it.
    Import::Values::DateOrderEvidence evidence;
    const int dc = dateColumn();
    for (int r = m_base.headerRecord + 1; r < m_preview.records.size(); ++r)
        evidence.add(m_preview.records[r].value(dc).toUtf8());
    const DateOrder fromFile = evidence.decision();
    *decided = fromFile != DateOrder::Unknown || !evidence.sawNumericDates() || evidence.sawDotted();
    return fromFile == DateOrder::Unknown ? DateOrder::DayFirst : fromFile;
}

QString ColumnMappingDialog::dateExample() const
{
    const int dc = dateColumn();
    if (dc < 0)
        return tr("No column is marked as the date.");
    bool decided = false;
    const DateOrder order = shownDateOrder(&decided);
    const QLocale locale;
    QStringList lines;
    for (int r = m_base.headerRecord + 1; r < m_preview.records.size() && lines.size() < 3; ++r) {
        const QString text = m_preview.records[r].value(dc).trimmed();
        if (text.isEmpty())
            continue;
        const Import::DateCell d = Import::Values::parseDate(text.toUtf8(), order);
        if (d.state == Import::CellState::Value) {
            lines << QStringLiteral("%1 \u2192 %2")
                         .arg(text.toHtmlEscaped(), locale.toString(d.date, exampleFormatText()).toHtmlEscaped());
        } else {
            lines << QStringLiteral("%1 \u2192 <i>%2</i>").arg(text.toHtmlEscaped(), tr("not a date"));
        }
    }
    if (lines.isEmpty())
        return tr("The date column is empty in the first rows.");
    QString head = tr("The first dates read as:");
    if (DateOrder(m_dateOrder->currentData().toInt()) == DateOrder::Unknown && !decided)
        head = tr("The first rows cannot tell day from month; they read day first:");
    return head + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
}

QString ColumnMappingDialog::problem() const
{
    const Import::ColumnMapping m = mapping();
    if (QString p = m.problem(); !p.isEmpty())
        return p;
    // A date column none of whose first values reads as a date is the wrong column (or the wrong order).
    const int dc = dateColumn();
    if (dc >= 0) {
        bool decided = false;
        const DateOrder order = shownDateOrder(&decided);
        int values = 0;
        int dates = 0;
        for (int r = m.headerRecord + 1; r < m_preview.records.size(); ++r) {
            const QByteArray text = m_preview.records[r].value(dc).trimmed().toUtf8();
            if (text.isEmpty() || Import::Values::isMissing(text))
                continue;
            ++values;
            dates += Import::Values::parseDate(text, order).state == Import::CellState::Value ? 1 : 0;
        }
        if (values > 0 && dates == 0)
            return tr("None of the first values of column \"%1\" reads as a date: choose the date column or the day "
                      "and month order.")
                .arg(m.headers.value(dc).trimmed());
    }
    return {};
}

void ColumnMappingDialog::refresh()
{
    if (m_rebuilding)
        return;
    QStringList roleNames;
    QList<bool> used;
    bool channelColumn = false;
    QString channelColumnName;
    for (int c = 0; c < m_roleCombos.size(); ++c) {
        const ColumnRole r = role(c);
        roleNames << (r == ColumnRole::Ignored ? tr("ignored") : roleText(r));
        used << (r != ColumnRole::Ignored);
        if (r == ColumnRole::Channel && !channelColumn) {
            channelColumn = true;
            channelColumnName = m_base.headers.value(c).trimmed();
        }
    }
    m_model->setColumnRoles(roleNames, used);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));

    m_dateExample->setText(dateExample());
    m_channel->setEnabled(!channelColumn);
    m_channelHint->setText(channelColumn
                               ? tr("Read from column \"%1\" on every row.").arg(channelColumnName)
                               : tr("No column names the channel: every row of this file is filed under it."));

    const QString p = problem();
    m_problem->setText(p.isEmpty() ? tr("Ready to import.") : p);
    m_problemIcon->setVisible(!p.isEmpty());
    m_ok->setEnabled(p.isEmpty());
    m_ok->setToolTip(p);
}

void ColumnMappingDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace Demetra::Ui
