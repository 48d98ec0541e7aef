<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CampaignPlan</name>
    <message>
        <source>The number of sample rows cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample must span between 1 and 36600 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample needs a valid start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sample rows for the date span: the campaigns would run out of 6-digit ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fact rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Demetra command-line tool.

Commands:
  import FILE...        import CSV exports into the database
  summary               KPI totals for the period and change against the previous period
  channels              KPIs per channel
  campaigns             KPIs per campaign
  breakdown --by DIM    KPIs by audience, segment, location, language, weekday or month
  timeseries --metric M --by day|week|month   a metric over time
  runs                  recent imports and how they ended
  generate-sample --out FILE   write the synthetic sample data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency takes a three-letter ISO code such as USD or RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period takes FROM:TO as YYYY-MM-DD:YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-order takes dmy or mdy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-sample needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing sample rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 yet: import a file first (demetra-cli import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakdown needs --by channel|campaign|account|audience|segment|location|language|weekday|month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeseries needs --metric (spend, impressions, clicks, conversions, revenue, ctr, cpc, cpm, cpa, conversion_rate, roi, roas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes day, week or month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 – %2, compared with %3 – %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: money adds up different currencies (%1); filter by account.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; nothing from this file was kept
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4-separated)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 records read, %2 rows written, %3 rejected
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … %1 more rejected rows (demetra-cli rejected %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1, column %2 (%3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnRole</name>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad group / ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other breakdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field (opened at line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text CSV file: it contains NUL bytes (a binary file, or UTF-16 text without a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text CSV file: it contains many control characters (%1 in the first %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot go back to the start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field longer than the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row longer than the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row has more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the file failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CSV file is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>PostgreSQL team databases are not supported by this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database path is a folder, not a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Demetra database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database query failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to the database (is another program writing?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the database failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demetra::Cli</name>
    <message>
        <source>Run &apos;demetra-cli --help&apos; for the commands and options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--campaign-id takes numbers, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a SQLite file (default: the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these channels (repeat or comma-separate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these target audiences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these customer segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these campaigns (ids from &apos;campaigns&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeseries: the metric (spend, clicks, ctr, roi, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeseries: day, week or month; breakdown: channel, campaign, audience, segment, location, language, weekday, month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeseries: one series per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaigns/breakdown: rank by this metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank from the lowest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out groups with fewer impressions (volume gate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the account name the rows are filed under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: file every row under this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: currency of money columns that do not name one (default USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: reporting period of a file without dates, FROM:TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from:to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: day/month order of numeric dates: dmy or mdy (default: from the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import (Kaggle): read Acquisition_Cost as cost per conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import (Kaggle): do not derive revenue from ROI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import (Facebook ads): count Approved_Conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-sample: number of rows (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-sample: random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-sample: first day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-sample: number of days (default 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-sample: output file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demetra::Import</name>
    <message>
        <source>Some dates put the day first and others the month first; rows whose date cannot be read either way are rejected. Choose the order to re-read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day/month order of the dates cannot be decided from this file (no day above 12); they were read day first. Choose month first if that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no date column: give the reporting period its figures cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are weekly: each covers the 7 days from its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating daily totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demetra::Sample</name>
    <message>
        <source>Cannot create the sample file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sample file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demetra advertising analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the bundled sample data when the database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demetra cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactWriter</name>
    <message>
        <source>Cannot record the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutDetector</name>
    <message>
        <source>Kaggle Social Media Ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing Campaign Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook ad campaigns export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Ads report export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing mix (weekly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column names a date, campaign, channel or measure Demetra knows, so the layout is unknown. Headers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaggle Marketing Campaign Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaggle Social Media Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook ad campaigns (no dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing mix, one column per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily campaign export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business outcomes by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the columns do not match a known layout (no spend, impressions or clicks column). Headers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated figures that are not per campaign (%1) are stored as business outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row holds one period for every channel (%1): columns ending in _S are spend, _I impressions, _P clicks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row is filed under %1, as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel is read from column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row is %1 (the layout is that platform&apos;s export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column names the channel; the file name says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which channel its rows belong to (no channel column, and the file name names none). Choose the channel for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition_Cost is the campaign&apos;s cost (spend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions = Clicks × Conversion_Rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue = cost × (1 + ROI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Campaign_ID that repeats with another company, goal or duration is another campaign; audience, segment, location and language are kept as slices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions are Total_Conversion; rows are ads, kept as slices of their campaign (xyz_campaign_id) by ad set, age, gender and interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no date column; its rows cover %1 – %2 (from the title lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no date column; its rows cover the reporting period you give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other breakdown columns (%1) keep sibling rows apart as slices of their campaign-day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import cancelled; nothing from the unfinished file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demetra — advertising analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV exports from ad platforms (Ctrl+O); you can also drop files on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty. Drop CSV exports from your ad platforms here, use File → Import, or start with the bundled sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a synthetic year of campaigns on eight channels (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money adds up different currencies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; nothing from it was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 written, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — first: line %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPA (cost per lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique people reached; never summed across rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ conversions (leads, results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ revenue (conversion value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ clicks / Σ impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ spend / Σ clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000 × Σ spend / Σ impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ spend / Σ conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ conversions / Σ clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Σ revenue − Σ spend) / Σ spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ revenue / Σ spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impression-weighted mean of the engagement score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Demetra (schema %1; this version knows up to %2). Update Demetra to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewJob</name>
    <message>
        <source>Computing KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPipeline</name>
    <message>
        <source>duplicate of line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no dates and no reporting period was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount of money: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion rate above 100%: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI below -100%: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clicks (%1) exceed impressions (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no measure (spend, impressions, clicks, conversions or revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a currency code: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all campaigns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The database is not SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare a database statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the database failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>number too long: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number too large: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage, not an amount: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount of money: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount too large: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number was expected, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such date: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous day/month order: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
