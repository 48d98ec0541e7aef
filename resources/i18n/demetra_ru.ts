<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalyticsService</name>
    <message>
        <source>There is no list of values for this dimension.</source>
        <translation>Для этого измерения нет списка значений.</translation>
    </message>
</context>
<context>
    <name>AudienceJob</name>
    <message>
        <source>Ranking audiences</source>
        <translation>Ранжирование аудиторий</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <source>Target audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Сегмент клиентов</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The data under this filter names no target audience.</source>
        <translation>В данных по этому фильтру не указана целевая аудитория.</translation>
    </message>
    <message>
        <source>The data under this filter names no customer segment.</source>
        <translation>В данных по этому фильтру не указан сегмент клиентов.</translation>
    </message>
    <message>
        <source>The data under this filter names no location.</source>
        <translation>В данных по этому фильтру не указан регион.</translation>
    </message>
    <message>
        <source>The data under this filter names no language.</source>
        <translation>В данных по этому фильтру не указан язык.</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>неделя с %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Run &apos;demetra-cli --help&apos; for the commands and options.
</source>
        <translation>Список команд и параметров: demetra-cli --help
</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 принимает дату в формате ГГГГ-ММ-ДД, а не «%2»</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to раньше, чем --from</translation>
    </message>
    <message>
        <source>--campaign-id takes numbers, not &quot;%1&quot;</source>
        <translation>--campaign-id принимает числа, а не «%1»</translation>
    </message>
    <message>
        <source>The database: a SQLite file (default: the user&apos;s data folder).</source>
        <translation>База данных: файл SQLite (по умолчанию — в папке данных пользователя).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Выводить JSON вместо текста.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Первый день периода (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Последний день периода (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Only these channels (repeat or comma-separate).</source>
        <translation>Только эти каналы (повторите параметр или перечислите через запятую).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>Only these target audiences.</source>
        <translation>Только эти целевые аудитории.</translation>
    </message>
    <message>
        <source>Only these customer segments.</source>
        <translation>Только эти сегменты клиентов.</translation>
    </message>
    <message>
        <source>Only these locations.</source>
        <translation>Только эти регионы.</translation>
    </message>
    <message>
        <source>Only these languages.</source>
        <translation>Только эти языки.</translation>
    </message>
    <message>
        <source>Only these campaigns (ids from &apos;campaigns&apos;).</source>
        <translation>Только эти кампании (ID из вывода команды campaigns).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>timeseries: the metric (spend, clicks, ctr, roi, ...).</source>
        <translation>timeseries: показатель (spend, clicks, ctr, roi, ...).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>timeseries: day, week or month; breakdown: channel, campaign, audience, segment, location, language, weekday, month.</source>
        <translation>timeseries: day, week или month; breakdown: channel, campaign, audience, segment, location, language, weekday, month.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>срез</translation>
    </message>
    <message>
        <source>timeseries: one series per channel.</source>
        <translation>timeseries: отдельный ряд для каждого канала.</translation>
    </message>
    <message>
        <source>campaigns/breakdown: rank by this metric.</source>
        <translation>campaigns/breakdown: сортировать по этому показателю.</translation>
    </message>
    <message>
        <source>Rank from the lowest value.</source>
        <translation>Сортировать по возрастанию.</translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation>Не больше указанного числа строк.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Leave out groups with fewer impressions (volume gate).</source>
        <translation>Не показывать группы с меньшим числом показов (порог по объёму).</translation>
    </message>
    <message>
        <source>import: the account name the rows are filed under.</source>
        <translation>import: название аккаунта, к которому относятся строки.</translation>
    </message>
    <message>
        <source>import: file every row under this channel.</source>
        <translation>import: отнести все строки к этому каналу.</translation>
    </message>
    <message>
        <source>import: currency of money columns that do not name one (default USD).</source>
        <translation>import: валюта денежных столбцов, в которых она не указана (по умолчанию USD).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>import: reporting period of a file without dates, FROM:TO.</source>
        <translation>import: отчётный период для файла без дат, С:ПО.</translation>
    </message>
    <message>
        <source>from:to</source>
        <translation>с:по</translation>
    </message>
    <message>
        <source>import: day/month order of numeric dates: dmy or mdy (default: from the file).</source>
        <translation>import: порядок дня и месяца в числовых датах: dmy или mdy (по умолчанию — по файлу).</translation>
    </message>
    <message>
        <source>order</source>
        <translation>порядок</translation>
    </message>
    <message>
        <source>import (Kaggle): read Acquisition_Cost as cost per conversion.</source>
        <translation>import (Kaggle): считать Acquisition_Cost ценой конверсии.</translation>
    </message>
    <message>
        <source>import (Kaggle): do not derive revenue from ROI.</source>
        <translation>import (Kaggle): не вычислять выручку по ROI.</translation>
    </message>
    <message>
        <source>import (Facebook ads): count Approved_Conversion.</source>
        <translation>import (Facebook Ads): учитывать Approved_Conversion.</translation>
    </message>
    <message>
        <source>generate-sample: number of rows (default 20000).</source>
        <translation>generate-sample: число строк (по умолчанию 20000).</translation>
    </message>
    <message>
        <source>generate-sample: random seed.</source>
        <translation>generate-sample: начальное значение генератора случайных чисел (seed).</translation>
    </message>
    <message>
        <source>generate-sample: first day (YYYY-MM-DD).</source>
        <translation>generate-sample: первый день (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>generate-sample: number of days (default 365).</source>
        <translation>generate-sample: число дней (по умолчанию 365).</translation>
    </message>
    <message>
        <source>generate-sample: output file.</source>
        <translation>generate-sample: выходной файл.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Что сделать (см. выше).</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>для import нужен хотя бы один файл</translation>
    </message>
    <message>
        <source>--currency takes a three-letter ISO code such as USD or RUB</source>
        <translation>--currency принимает трёхбуквенный код ISO, например USD или RUB</translation>
    </message>
    <message>
        <source>--period takes FROM:TO as YYYY-MM-DD:YYYY-MM-DD</source>
        <translation>--period принимает период С:ПО в формате ГГГГ-ММ-ДД:ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>--date-order takes dmy or mdy</source>
        <translation>--date-order принимает dmy или mdy</translation>
    </message>
    <message>
        <source>generate-sample needs --out FILE</source>
        <translation>для generate-sample нужен --out ФАЙЛ</translation>
    </message>
    <message>
        <source>--rows takes a positive number</source>
        <translation>--rows принимает положительное число</translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation>--seed принимает число</translation>
    </message>
    <message>
        <source>--days takes a positive number</source>
        <translation>--days принимает положительное число</translation>
    </message>
    <message>
        <source>--start takes a date as YYYY-MM-DD</source>
        <translation>--start принимает дату в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Writing sample rows</source>
        <translation>Запись строк демо-данных</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2
</source>
        <translation>В файл %2 записано строк: %1
</translation>
    </message>
    <message>
        <source>There is no database at %1 yet: import a file first (demetra-cli import FILE).</source>
        <translation>По пути %1 базы данных пока нет: сначала импортируйте файл (demetra-cli import ФАЙЛ).</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>неизвестный показатель «%1»</translation>
    </message>
    <message>
        <source>breakdown needs --by channel|campaign|account|audience|segment|location|language|weekday|month</source>
        <translation>для breakdown нужен --by channel|campaign|account|audience|segment|location|language|weekday|month</translation>
    </message>
    <message>
        <source>timeseries needs --metric (spend, impressions, clicks, conversions, revenue, ctr, cpc, cpm, cpa, conversion_rate, roi, roas)</source>
        <translation>для timeseries нужен --metric (spend, impressions, clicks, conversions, revenue, ctr, cpc, cpm, cpa, conversion_rate, roi, roas)</translation>
    </message>
    <message>
        <source>--by takes day, week or month</source>
        <translation>--by принимает day, week или month</translation>
    </message>
    <message>
        <source>Language of messages: en or ru (default: from the environment).</source>
        <translation>Язык сообщений: en или ru (по умолчанию — как в окружении).</translation>
    </message>
    <message>
        <source>%1: no such file; nothing was imported from it.</source>
        <translation>%1: файл не найден; из него ничего не импортировано.</translation>
    </message>
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
  rejected RUN          the rows an import rejected, with line, column and reason
  generate-sample --out FILE   write the synthetic sample data set</source>
        <translation>Demetra — инструмент командной строки.

Команды:
  import ФАЙЛ...        импорт CSV-выгрузок в базу данных
  summary               итоговые KPI за период и изменение к предыдущему периоду
  channels              KPI по каналам
  campaigns             KPI по кампаниям
  breakdown --by DIM    KPI по аудиториям, сегментам, регионам, языкам, дням недели или месяцам
  timeseries --metric M --by day|week|month   динамика показателя
  runs                  последние импорты и их результаты
  rejected RUN          строки, отклонённые импортом: строка, столбец и причина
  generate-sample --out ФАЙЛ   создать синтетический набор демо-данных</translation>
    </message>
    <message>
        <source>rejected needs the run number (see &apos;demetra-cli runs&apos;)</source>
        <translation>для rejected нужен номер импорта (см. «demetra-cli runs»)</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>(none)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Period %1 – %2, compared with %3 – %4
</source>
        <translation>Период %1 – %2 в сравнении с %3 – %4
</translation>
    </message>
    <message>
        <source>Warning: money adds up different currencies (%1); filter by account.
</source>
        <translation>Внимание: суммы в разных валютах сложены вместе (%1); отфильтруйте по аккаунту.
</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing from this file was kept
</source>
        <translation>%1: отменено; данные из этого файла не сохранены
</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4-separated)
</source>
        <translation>%1: %2 (%3, разделитель %4)
</translation>
    </message>
    <message>
        <source>  %1 records read, %2 rows written, %3 rejected
</source>
        <translation>  прочитано записей: %1, записано строк: %2, отклонено: %3
</translation>
    </message>
    <message>
        <source>  … %1 more rejected rows (demetra-cli rejected %2)
</source>
        <translation>  … ещё отклонённых строк: %1 (demetra-cli rejected %2)
</translation>
    </message>
    <message>
        <source>  line %1, column %2 (%3): %4
</source>
        <translation>  строка %1, столбец %2 (%3): %4
</translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  строка %1: %2
</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>The mapping does not match the file&apos;s columns.</source>
        <translation>Сопоставление не соответствует столбцам файла.</translation>
    </message>
    <message>
        <source>Two columns are marked &quot;%1&quot;: %2 and %3. Keep one.</source>
        <translation>Два столбца отмечены как «%1»: %2 и %3. Оставьте один.</translation>
    </message>
    <message>
        <source>Mark the column that holds the date (or give the period the file covers).</source>
        <translation>Отметьте столбец с датой (или укажите период, который охватывает файл).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Mark at least one column as spend, impressions, clicks, conversions, revenue or reach.</source>
        <translation>Отметьте хотя бы один столбец как расход, показы, клики, конверсии, выручку или охват.</translation>
    </message>
    <message>
        <source>Choose the channel these rows belong to, or mark the column that names it.</source>
        <translation>Выберите канал, к которому относятся эти строки, или отметьте столбец, в котором он указан.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD, EUR or RUB.</source>
        <translation>Валюта должна быть трёхбуквенным кодом, например USD, EUR или RUB.</translation>
    </message>
    <message>
        <source>Your column mapping</source>
        <translation>Ваше сопоставление столбцов</translation>
    </message>
    <message>
        <source>the channel is read from column &quot;%1&quot;</source>
        <translation>канал берётся из столбца «%1»</translation>
    </message>
    <message>
        <source>every row is filed under %1, as you chose</source>
        <translation>все строки относятся к каналу %1, как вы выбрали</translation>
    </message>
    <message>
        <source>Columns read as you mapped them: %1.</source>
        <translation>Столбцы прочитаны согласно вашему сопоставлению: %1.</translation>
    </message>
    <message>
        <source>Numeric dates are read day first (31/12/2025), as you chose.</source>
        <translation>Числовые даты читаются с дня (31/12/2025), как вы выбрали.</translation>
    </message>
    <message>
        <source>Numeric dates are read month first (12/31/2025), as you chose.</source>
        <translation>Числовые даты читаются с месяца (12/31/2025), как вы выбрали.</translation>
    </message>
    <message>
        <source>The rows cover %1 – %2, as you gave.</source>
        <translation>Строки охватывают период %1 – %2, как вы указали.</translation>
    </message>
    <message>
        <source>Kept as breakdowns (rows that differ in them stay apart): %1.</source>
        <translation>Сохранены как разбивки (строки, различающиеся по ним, не объединяются): %1.</translation>
    </message>
    <message>
        <source>Columns not used: %1. Rows that differ only in them are summed.</source>
        <translation>Неиспользуемые столбцы: %1. Строки, различающиеся только по ним, суммируются.</translation>
    </message>
</context>
<context>
    <name>ColumnRole</name>
    <message>
        <source>(ignored)</source>
        <translation>(не учитывается)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation>ID кампании</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Название кампании</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>Просмотры видео</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Сегмент клиентов</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Campaign goal</source>
        <translation>Цель кампании</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Campaign type</source>
        <translation>Тип кампании</translation>
    </message>
    <message>
        <source>Ad group / ad set</source>
        <translation>Группа объявлений</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Конверсия (CR)</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Стоимость привлечения</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Индекс вовлечённости</translation>
    </message>
    <message>
        <source>Approved conversions</source>
        <translation>Подтверждённые конверсии</translation>
    </message>
    <message>
        <source>Other breakdown</source>
        <translation>Другой срез</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>unterminated quoted field (opened at line %1)</source>
        <translation>незакрытые кавычки в поле (открыты в строке %1)</translation>
    </message>
    <message>
        <source>this is not a text CSV file: it contains NUL bytes (a binary file, or UTF-16 text without a byte-order mark)</source>
        <translation>это не текстовый CSV-файл: в нём есть байты NUL (двоичный файл или текст в UTF-16 без метки порядка байтов)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>this is not a text CSV file: it contains many control characters (%1 in the first %2 bytes)</source>
        <translation>это не текстовый CSV-файл: в нём много управляющих символов (%1 в первых %2 байтах)</translation>
    </message>
    <message>
        <source>cannot go back to the start of the file</source>
        <translation>не удалось вернуться к началу файла</translation>
    </message>
    <message>
        <source>field longer than the %1 limit</source>
        <translation>поле превышает лимит %1</translation>
    </message>
    <message>
        <source>row longer than the %1 limit</source>
        <translation>строка превышает лимит %1</translation>
    </message>
    <message>
        <source>row has more than %1 columns</source>
        <translation>число столбцов в строке больше %1</translation>
    </message>
    <message>
        <source>reading the file failed</source>
        <translation>ошибка чтения файла</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>no CSV file is open</source>
        <translation>CSV-файл не открыт</translation>
    </message>
</context>
<context>
    <name>DataSourcesJob</name>
    <message>
        <source>Listing data sources</source>
        <translation>Получение списка источников данных</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>PostgreSQL team databases are not supported by this build yet.</source>
        <translation>Командные базы данных PostgreSQL пока не поддерживаются в этой сборке.</translation>
    </message>
    <message>
        <source>The database path is a folder, not a file: %1</source>
        <translation>Путь к базе данных указывает на папку, а не на файл: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>Не удалось создать папку для базы данных: %1</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Драйвер SQLite для Qt не установлен.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Не удалось открыть базу данных %1.</translation>
    </message>
    <message>
        <source>%1 is not a Demetra database, or it is damaged.</source>
        <translation>%1 — не база данных Demetra, или она повреждена.</translation>
    </message>
    <message>
        <source>A database query failed.</source>
        <translation>Ошибка запроса к базе данных.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database (is another program writing?).</source>
        <translation>Не удалось начать запись в базу данных (возможно, в неё пишет другая программа).</translation>
    </message>
    <message>
        <source>Saving to the database failed.</source>
        <translation>Не удалось сохранить данные в базу.</translation>
    </message>
</context>
<context>
    <name>DatePreset</name>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Тот же период прошлого года</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AudiencePage</name>
    <message>
        <source>Metric:</source>
        <translation>Метрика:</translation>
    </message>
    <message>
        <source>Minimum volume:</source>
        <translation>Минимальный объём:</translation>
    </message>
    <message>
        <source>Groups with fewer impressions are shown greyed and never ranked, so a tiny group cannot top the ranking by chance. The same setting is in Settings.</source>
        <translation>Группы с меньшим числом показов отображаются серым и не участвуют в рейтинге, чтобы маленькая группа не оказалась на первом месте случайно. Этот же параметр есть в настройках.</translation>
    </message>
    <message>
        <source>The audience analysis failed: %1</source>
        <translation>Не удалось выполнить анализ аудитории: %1</translation>
    </message>
    <message>
        <source>No data for this filter. Widen the date range or clear the channel, segment and audience filters.</source>
        <translation>Нет данных для этого фильтра. Расширьте диапазон дат или сбросьте фильтры по каналу, сегменту и аудитории.</translation>
    </message>
    <message>
        <source>This data has no audience attributes: none of the imported sources names a target audience, customer segment, location or language, so there is nothing to compare here. Files with such columns (the social-media advertising layout has them) fill this page.</source>
        <translation>В этих данных нет атрибутов аудитории: ни один из импортированных источников не указывает целевую аудиторию, сегмент клиентов, регион или язык, поэтому сравнивать здесь нечего. Эту страницу заполняют файлы с такими столбцами (они есть в формате файла рекламы в социальных сетях).</translation>
    </message>
    <message>
        <source>%1 by attribute, %2. Groups with fewer than %3 impressions are greyed and never ranked.</source>
        <translation>%1 по атрибутам, %2. Группы, в которых меньше %3 показов, отображаются серым и не участвуют в рейтинге.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) below the minimum volume.</source>
        <translation>
            <numerusform>%n группа ниже минимального объёма.</numerusform>
            <numerusform>%n группы ниже минимального объёма.</numerusform>
            <numerusform>%n групп ниже минимального объёма.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every group reaches the minimum volume.</source>
        <translation>Все группы достигают минимального объёма.</translation>
    </message>
    <message>
        <source>Money sums mix currencies (%1).</source>
        <translation>Денежные суммы содержат разные валюты (%1).</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::BestTimePage</name>
    <message>
        <source>Metric:</source>
        <translation>Метрика:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Week of year</source>
        <translation>Неделя года</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Minimum volume:</source>
        <translation>Минимальный объём:</translation>
    </message>
    <message>
        <source>Cells and days with fewer impressions are shown greyed and never ranked, so a quiet day cannot be named the best by chance. The same setting is in Settings.</source>
        <translation>Ячейки и дни с меньшим числом показов отображаются серым и не участвуют в рейтинге, чтобы день с малой активностью не был назван лучшим случайно. Этот же параметр есть в настройках.</translation>
    </message>
    <message>
        <source>The best-time analysis failed: %1</source>
        <translation>Не удалось выполнить анализ лучшего времени: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>weekday in month</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in week %2</source>
        <comment>weekday in ISO week</comment>
        <translation>%1, неделя %2</translation>
    </message>
    <message>
        <source>No data for this filter. Widen the date range or clear the channel, segment and audience filters.</source>
        <translation>Нет данных для этого фильтра. Расширьте диапазон дат или сбросьте фильтры по каналу, сегменту и аудитории.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cover several days (weekly or period totals) and have no weekday.</source>
        <translation>
            <numerusform>%n строка охватывает несколько дней (итоги за неделю или период) и не имеет дня недели.</numerusform>
            <numerusform>%n строки охватывают несколько дней (итоги за неделю или период) и не имеют дня недели.</numerusform>
            <numerusform>%n строк охватывают несколько дней (итоги за неделю или период) и не имеют дня недели.</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum volume of %1 impressions: not ranked.</source>
        <translation>Ниже минимального объёма (показов: %1): не участвует в рейтинге.</translation>
    </message>
    <message>
        <source>Impressions: %1</source>
        <translation>Показы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with data: %1</source>
        <translation>
            <numerusform>%n день с данными: %1</numerusform>
            <numerusform>%n дня с данными: %1</numerusform>
            <numerusform>%n дней с данными: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation>Нет значения: знаменатель равен нулю или показатель отсутствует.</translation>
    </message>
    <message>
        <source>below the minimum volume (%1 impressions)</source>
        <translation>ниже минимального объёма (показов: %1)</translation>
    </message>
    <message>
        <source>%1 by day of week and month</source>
        <translation>%1 по дням недели и месяцам</translation>
    </message>
    <message>
        <source>%1 by day of week and week of the year (ISO weeks)</source>
        <translation>%1 по дням недели и неделям года (недели ISO)</translation>
    </message>
    <message>
        <source>Highest: %1, %2 %3 on %4 impressions.</source>
        <translation>Максимум: %1, %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>Best: %1, %2 %3 on %4 impressions.</source>
        <translation>Лучший: %1, %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>Lowest: %1, %2 %3 on %4 impressions.</source>
        <translation>Минимум: %1, %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>Worst: %1, %2 %3 on %4 impressions.</source>
        <translation>Худший: %1, %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>No day reaches the minimum volume of %1 impressions with a %2 value, so none is ranked.</source>
        <translation>Ни один день не достигает минимального объёма (показов: %1) при наличии значения %2, поэтому рейтинг не составлен.</translation>
    </message>
    <message>
        <source>%1 has the highest %2 of the week (%3, %4 impressions); %5 the lowest (%6, %7 impressions).</source>
        <translation>%1 — день с наибольшим значением %2 за неделю (%3, показов: %4); с наименьшим — %5 (%6, показов: %7).</translation>
    </message>
    <message>
        <source>%1 is the best day for %2 (%3, %4 impressions); %5 the worst (%6, %7 impressions).</source>
        <translation>%1 — лучший день по показателю %2 (%3, показов: %4); худший — %5 (%6, показов: %7).</translation>
    </message>
    <message>
        <source>%1 is the only day above the minimum volume: %2 %3 (%4 impressions).</source>
        <translation>%1 — единственный день выше минимального объёма: %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>%1 · %2 impr.</source>
        <translation>%1 · %2 показ.</translation>
    </message>
    <message>
        <source>Below the minimum volume, not ranked</source>
        <translation>Ниже минимального объёма, не участвует в рейтинге</translation>
    </message>
    <message>
        <source>%1 by day of week</source>
        <translation>%1 по дням недели</translation>
    </message>
    <message>
        <source>Hour of day: the stored data is daily and none of the imported sources has an hour column, so an hourly analysis is not possible; it needs hourly data.</source>
        <translation>Час суток: сохранённые данные — дневные, и ни в одном из импортированных источников нет столбца с часом, поэтому почасовой анализ невозможен; для него нужны почасовые данные.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) covering several days (weekly or period totals) are left out: they have no weekday.</source>
        <translation>
            <numerusform>%n строка, охватывающая несколько дней (итоги за неделю или период), исключена: у неё нет дня недели.</numerusform>
            <numerusform>%n строки, охватывающие несколько дней (итоги за неделю или период), исключены: у них нет дня недели.</numerusform>
            <numerusform>%n строк, охватывающих несколько дней (итоги за неделю или период), исключены: у них нет дня недели.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed from the daily totals.</source>
        <translation>Рассчитано по дневным итогам.</translation>
    </message>
    <message>
        <source>Computed from the individual rows (a segment or audience filter applies).</source>
        <translation>Рассчитано по отдельным строкам (применён фильтр по сегменту или аудитории).</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Лучшее время</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::BreadcrumbBar</name>
    <message>
        <source>Back to %1 (Backspace or Alt+Left goes back one level)</source>
        <translation>Назад к «%1» (Backspace или Alt+Влево — на уровень выше)</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::CampaignsPage</name>
    <message>
        <source>Search by campaign name, id or company</source>
        <translation>Поиск по названию кампании, ID или компании</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Min. spend:</source>
        <translation>Мин. расход:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Hide campaigns that spent less in the period</source>
        <translation>Скрыть кампании с меньшим расходом за период</translation>
    </message>
    <message>
        <source>Min. impressions:</source>
        <translation>Мин. показов:</translation>
    </message>
    <message>
        <source>Hide campaigns with fewer impressions in the period</source>
        <translation>Скрыть кампании с меньшим числом показов за период</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ChartPanel</name>
    <message>
        <source>Right-click to export the chart as PNG</source>
        <translation>Щёлкните правой кнопкой мыши, чтобы экспортировать диаграмму в PNG</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ColumnMappingDialog</name>
    <message>
        <source>Ignore</source>
        <translation>Игнорировать</translation>
    </message>
    <message>
        <source>Keep as a breakdown (text)</source>
        <translation>Сохранить как разбивку (текст)</translation>
    </message>
    <message>
        <source>Not imported. Rows that differ only in this column are summed.</source>
        <translation>Не импортируется. Строки, различающиеся только этим столбцом, суммируются.</translation>
    </message>
    <message>
        <source>Kept as text that breaks a campaign&apos;s day down (a region, an ad set): rows that differ in it stay apart.</source>
        <translation>Сохраняется как текст, детализирующий день кампании (регион, группа объявлений): строки, различающиеся по нему, не объединяются.</translation>
    </message>
    <message>
        <source>The day each row&apos;s figures belong to.</source>
        <translation>День, к которому относятся показатели строки.</translation>
    </message>
    <message>
        <source>The last day of a row that covers several days.</source>
        <translation>Последний день строки, охватывающей несколько дней.</translation>
    </message>
    <message>
        <source>The advertising channel of each row (Facebook, Google Ads, VK…).</source>
        <translation>Рекламный канал каждой строки (Facebook, Google Ads, VK…).</translation>
    </message>
    <message>
        <source>A three-letter currency code per row (USD, EUR, RUB).</source>
        <translation>Трёхбуквенный код валюты для каждой строки (USD, EUR, RUB).</translation>
    </message>
    <message>
        <source>An amount of money; summed across rows.</source>
        <translation>Денежная сумма; суммируется по строкам.</translation>
    </message>
    <message>
        <source>A whole number; summed across rows (reach is never summed).</source>
        <translation>Целое число; суммируется по строкам (охват никогда не суммируется).</translation>
    </message>
    <message>
        <source>Leads, purchases or other results; summed across rows.</source>
        <translation>Лиды, покупки или другие результаты; суммируются по строкам.</translation>
    </message>
    <message>
        <source>Text describing the campaign or the audience.</source>
        <translation>Текст, описывающий кампанию или аудиторию.</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translation>Сопоставление столбцов файла %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demetra does not recognise the columns of %1.&lt;/b&gt;&lt;br&gt;Tell it what each column holds: at least the date, one measure (spend, impressions, clicks…) and where the channel comes from. Your choice is remembered: files with the same columns are imported the same way next time, without asking.</source>
        <translation>&lt;b&gt;Demetra не распознаёт столбцы файла %1.&lt;/b&gt;&lt;br&gt;Укажите, что содержит каждый столбец: как минимум дату, один показатель (расход, показы, клики…) и откуда берётся канал. Ваш выбор будет запомнен: файлы с такими же столбцами в следующий раз будут импортированы так же, без вопросов.</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Что содержит каждый столбец</translation>
    </message>
    <message>
        <source>Column &amp;names are on line:</source>
        <translation>&amp;Названия столбцов в строке:</translation>
    </message>
    <message>
        <source>Which of the first records holds the column names (title lines above it are skipped)</source>
        <translation>Какая из первых записей содержит названия столбцов (строки заголовка над ней пропускаются)</translation>
    </message>
    <message>
        <source>How to read the values</source>
        <translation>Как читать значения</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Сначала день (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Сначала месяц (12/31/2025)</translation>
    </message>
    <message>
        <source>The order of day and month in numeric dates such as 03/04/2025. Dates with month names or in the ISO form 2025-04-03 read the same either way.</source>
        <translation>Порядок дня и месяца в числовых датах, например 03/04/2025. Даты с названиями месяцев или в формате ISO 2025-04-03 читаются одинаково при любом порядке.</translation>
    </message>
    <message>
        <source>&amp;Day and month:</source>
        <translation>&amp;День и месяц:</translation>
    </message>
    <message>
        <source>The currency of amounts that do not name one (a currency sign or code in a cell wins)</source>
        <translation>Валюта сумм, в которых она не указана (знак или код валюты в ячейке имеет приоритет)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Choose or type a channel</source>
        <translation>Выберите или введите канал</translation>
    </message>
    <message>
        <source>The channel every row of this file belongs to, when no column names it</source>
        <translation>Канал, к которому относятся все строки этого файла, если ни один столбец его не указывает</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;No date column: the rows cover a period</source>
        <translation>&amp;Нет столбца с датой: строки охватывают период</translation>
    </message>
    <message>
        <source>For totals exported without dates: every row is spread over the period you give</source>
        <translation>Для итогов, выгруженных без дат: каждая строка распределяется на указанный вами период</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>The file as Demetra reads it; under each column name, what it will be read as</source>
        <translation>Файл в том виде, в каком его читает Demetra; под названием каждого столбца — как он будет прочитан</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Do not import this file</source>
        <translation>Не импортировать этот файл</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(столбец %1, без названия)</translation>
    </message>
    <message>
        <source>Column %1 of the file: %2</source>
        <translation>Столбец %1 файла: %2</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Что содержит столбец %1</translation>
    </message>
    <message>
        <source>What column &quot;%1&quot; holds</source>
        <translation>Что содержит столбец «%1»</translation>
    </message>
    <message>
        <source>No column is marked as the date.</source>
        <translation>Ни один столбец не отмечен как дата.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>не дата</translation>
    </message>
    <message>
        <source>The date column is empty in the first rows.</source>
        <translation>В первых строках столбец даты пуст.</translation>
    </message>
    <message>
        <source>The first dates read as:</source>
        <translation>Первые даты прочитаны как:</translation>
    </message>
    <message>
        <source>The first rows cannot tell day from month; they read day first:</source>
        <translation>По первым строкам нельзя отличить день от месяца; они прочитаны как «сначала день»:</translation>
    </message>
    <message>
        <source>None of the first values of column &quot;%1&quot; reads as a date: choose the date column or the day and month order.</source>
        <translation>Ни одно из первых значений столбца «%1» не читается как дата: выберите столбец даты или порядок дня и месяца.</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>игнорируется</translation>
    </message>
    <message>
        <source>Read from column &quot;%1&quot; on every row.</source>
        <translation>Берётся из столбца «%1» в каждой строке.</translation>
    </message>
    <message>
        <source>No column names the channel: every row of this file is filed under it.</source>
        <translation>Канал не указан ни в одном столбце: все строки этого файла будут отнесены к выбранному каналу.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Готово к импорту.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DataSourceTableModel</name>
    <message>
        <source>Imports that stored no rows</source>
        <translation>Импорты без сохранённых строк</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Отклонённые строки: %1</translation>
    </message>
    <message>
        <source>Failed imports: %1</source>
        <translation>Неудачные импорты: %1</translation>
    </message>
    <message>
        <source>Last import failed</source>
        <translation>Последний импорт не удался</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Platform account</source>
        <translation>Аккаунт платформы</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-файл</translation>
    </message>
    <message>
        <source>Recorded imports that stored no rows for any source, such as files that failed as a whole.</source>
        <translation>Записанные импорты, которые не сохранили ни одной строки ни для одного источника, например файлы, импорт которых не удался целиком.</translation>
    </message>
    <message>
        <source>%1, money in %2, time zone %3</source>
        <translation>%1, валюта %2, часовой пояс %3</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Платформа: %1</translation>
    </message>
    <message>
        <source>Imported CSV files, layout “%1”</source>
        <translation>Импортированные CSV-файлы, формат файла «%1»</translation>
    </message>
    <message>
        <source>%1 daily fact rows</source>
        <translation>Строк данных по дням: %1</translation>
    </message>
    <message>
        <source>%1 business outcome rows</source>
        <translation>Строк бизнес-результатов: %1</translation>
    </message>
    <message>
        <source>No rows stored</source>
        <translation>Строки не сохранены</translation>
    </message>
    <message>
        <source>Days: %1, from the first day with data to the last day covered</source>
        <translation>Дней: %1, от первого дня с данными до последнего охваченного дня</translation>
    </message>
    <message>
        <source>When the latest successful import of this source finished</source>
        <translation>Когда завершился последний успешный импорт этого источника</translation>
    </message>
    <message>
        <source>Recorded imports of this source, including re-imports and failed attempts</source>
        <translation>Записанные импорты этого источника, включая повторные импорты и неудачные попытки</translation>
    </message>
    <message>
        <source>Rows rejected by the latest import of each file are not in the data. Select the source and an import to see each row with its line, column and reason.</source>
        <translation>Строки, отклонённые последним импортом каждого файла, не попадают в данные. Выберите источник и импорт, чтобы увидеть каждую строку с её номером, столбцом и причиной.</translation>
    </message>
    <message>
        <source>An import failed and was not repeated successfully; it changed nothing.</source>
        <translation>Импорт не удался и не был успешно повторён; он ничего не изменил.</translation>
    </message>
    <message>
        <source>Latest import (#%1, %2): %3</source>
        <translation>Последний импорт (№%1, %2): %3</translation>
    </message>
    <message>
        <source>No rejected rows and no failed imports</source>
        <translation>Нет отклонённых строк и неудачных импортов</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DataSourcesPage</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>Удалить источник…</translation>
    </message>
    <message>
        <source>Remove the selected source and all its rows (Delete)</source>
        <translation>Удалить выбранный источник и все его строки (Delete)</translation>
    </message>
    <message>
        <source>No data sources yet</source>
        <translation>Источников данных пока нет</translation>
    </message>
    <message>
        <source>Import a CSV export from an ad platform (File → Import, Ctrl+O, or drop files on the window) or load the sample data from the start page. Every file layout you import appears here with its rows, dates and any rejected rows.</source>
        <translation>Импортируйте CSV-выгрузку из рекламной платформы (Файл → Импорт, Ctrl+O или перетащите файлы в окно) или загрузите демонстрационные данные со стартовой страницы. Каждый импортированный формат файла появится здесь со своими строками, датами и отклонёнными строками, если они есть.</translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation>Перейти на стартовую страницу</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>Select an import to see the rows it rejected and why.</source>
        <translation>Выберите импорт, чтобы увидеть отклонённые им строки и причины.</translation>
    </message>
    <message>
        <source>No data stored</source>
        <translation>Нет сохранённых данных</translation>
    </message>
    <message>
        <source>Sources: %1 · rows stored: %2</source>
        <translation>Источники: %1 · сохранено строк: %2</translation>
    </message>
    <message>
        <source>Imports of “%1”</source>
        <translation>Импорты «%1»</translation>
    </message>
    <message>
        <source>Loading the rejected rows of import #%1…</source>
        <translation>Загрузка отклонённых строк импорта №%1…</translation>
    </message>
    <message>
        <source>Import #%1 (%2) rejected no rows.</source>
        <translation>Импорт №%1 (%2) не отклонил ни одной строки.</translation>
    </message>
    <message>
        <source>Import #%1 (%2): %3. %4</source>
        <translation>Импорт №%1 (%2): %3. %4</translation>
    </message>
    <message>
        <source>Rejected rows of import #%1 (%2): showing %3 of %4</source>
        <translation>Отклонённые строки импорта №%1 (%2): показано %3 из %4</translation>
    </message>
    <message>
        <source>Rejected rows of import #%1 (%2): %3</source>
        <translation>Отклонённые строки импорта №%1 (%2): %3</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>Показать ещё %1</translation>
    </message>
    <message>
        <source>Remove these import records…</source>
        <translation>Удалить эти записи об импорте…</translation>
    </message>
    <message>
        <source>Delete the data source “%1” (%2) and its %3 stored rows?</source>
        <translation>Удалить источник данных «%1» (%2) и все его сохранённые строки (%3)?</translation>
    </message>
    <message>
        <source>Its import records (%1) and their rejected rows are removed too. Every page stops showing its data. This cannot be undone; import the files again to get the data back.</source>
        <translation>Записи о его импортах (%1) и их отклонённые строки также будут удалены. Данные этого источника перестанут отображаться на всех страницах. Это действие нельзя отменить; чтобы вернуть данные, импортируйте файлы снова.</translation>
    </message>
    <message>
        <source>Remove the records of the imports that stored no rows (%1)?</source>
        <translation>Удалить записи об импортах, не сохранивших ни одной строки (%1)?</translation>
    </message>
    <message>
        <source>No data is deleted.</source>
        <translation>Данные не удаляются.</translation>
    </message>
    <message>
        <source>Delete data source</source>
        <translation>Удалить источник данных</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Удаление «%1»…</translation>
    </message>
    <message>
        <source>The source was not deleted: %1</source>
        <translation>Источник не удалён: %1</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2) with its %3 rows and its import records.</source>
        <translation>Источник «%1» (%2) удалён вместе со строками (%3) и записями об импорте.</translation>
    </message>
    <message>
        <source>Removed the records of the imports that stored no rows (%1).</source>
        <translation>Удалены записи об импортах, не сохранивших ни одной строки (%1).</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DataTableView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the whole table</source>
        <translation>Копировать всю таблицу</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-файлы (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DimensionPanel</name>
    <message>
        <source>%1 has the highest %2, %3 (%4 impressions); %5 the lowest, %6 (%7 impressions).</source>
        <translation>Наибольший показатель %2 — у %1: %3 (показов: %4); наименьший — у %5: %6 (показов: %7).</translation>
    </message>
    <message>
        <source>%1 has the best %2, %3 (%4 impressions); %5 the worst, %6 (%7 impressions).</source>
        <translation>Лучший показатель %2 — у %1: %3 (показов: %4); худший — у %5: %6 (показов: %7).</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4 impressions), the only group above the minimum volume with a value.</source>
        <translation>%1: %2 %3 (показов: %4) — единственная группа выше минимального объёма, для которой есть значение.</translation>
    </message>
    <message>
        <source>No group has a %1 value: its denominator is zero or missing.</source>
        <translation>Ни у одной группы нет значения %1: знаменатель равен нулю или отсутствует.</translation>
    </message>
    <message>
        <source>No group reaches the minimum volume of %1 impressions, so none is ranked.</source>
        <translation>Ни одна группа не достигает минимального объёма показов (%1), поэтому группы не ранжированы.</translation>
    </message>
    <message>
        <source>%1 · %2 impr.</source>
        <translation>%1 · %2 показ.</translation>
    </message>
    <message>
        <source>Below the minimum volume of %1 impressions: not ranked.</source>
        <translation>Ниже минимального объёма показов (%1): не ранжируется.</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Rows that do not name this attribute: not ranked.</source>
        <translation>Строки, в которых этот атрибут не указан: не ранжируются.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) below the minimum volume of %1 impressions, not ranked</source>
        <translation>
            <numerusform>%n группа ниже минимального объёма показов (%1), не ранжируется</numerusform>
            <numerusform>%n группы ниже минимального объёма показов (%1), не ранжируются</numerusform>
            <numerusform>%n групп ниже минимального объёма показов (%1), не ранжируются</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Не ранжируется</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DrillDownPanel</name>
    <message>
        <source>Show changes</source>
        <translation>Показать изменения</translation>
    </message>
    <message>
        <source>Show each KPI&apos;s change against the comparison period in a &quot;Δ&quot; column</source>
        <translation>Показывать изменение каждого KPI относительно периода сравнения в столбце «Δ»</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The table could not be computed: %1</source>
        <translation>Не удалось рассчитать таблицу: %1</translation>
    </message>
    <message>
        <source>No data for this filter. Widen the dates or the channels in the filter bar, or import data.</source>
        <translation>Нет данных для этого фильтра. Расширьте диапазон дат или набор каналов на панели фильтров либо импортируйте данные.</translation>
    </message>
    <message>
        <source>This campaign has no rows in the chosen period.</source>
        <translation>У этой кампании нет строк за выбранный период.</translation>
    </message>
    <message>
        <source>Nothing matches the filter in the chosen period.</source>
        <translation>За выбранный период ничего не соответствует фильтру.</translation>
    </message>
    <message>
        <source>Total shown</source>
        <translation>Итого по показанным</translation>
    </message>
    <message>
        <source>1 channel</source>
        <translation>1 канал</translation>
    </message>
    <message numerus="yes">
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln канал</numerusform>
            <numerusform>%Ln канала</numerusform>
            <numerusform>%Ln каналов</numerusform>
        </translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>1 кампания</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln кампания</numerusform>
            <numerusform>%Ln кампании</numerusform>
            <numerusform>%Ln кампаний</numerusform>
        </translation>
    </message>
    <message>
        <source>1 daily row</source>
        <translation>1 дневная строка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln daily rows</source>
        <translation>
            <numerusform>%Ln дневная строка</numerusform>
            <numerusform>%Ln дневные строки</numerusform>
            <numerusform>%Ln дневных строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Changes against: %1</source>
        <translation>Изменения относительно: %1</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DrillTableModel</name>
    <message>
        <source>(unnamed campaign)</source>
        <translation>(кампания без названия)</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Кампания %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Sums of the rows shown; every KPI is a ratio of these sums.</source>
        <translation>Суммы по показанным строкам; каждый KPI — отношение этих сумм.</translation>
    </message>
    <message>
        <source>Sums of every row of the selection; every KPI is a ratio of these sums.</source>
        <translation>Суммы по всем строкам выборки; каждый KPI — отношение этих сумм.</translation>
    </message>
    <message>
        <source>Id in the source: %1</source>
        <translation>Идентификатор в источнике: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Цель: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Каналы: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its days.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы увидеть данные по дням.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its campaigns.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы увидеть кампании.</translation>
    </message>
    <message>
        <source>This period (%1): %2</source>
        <translation>Текущий период (%1): %2</translation>
    </message>
    <message>
        <source>Comparison period (%1): %2</source>
        <translation>Период сравнения (%1): %2</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>1 fact row</source>
        <translation>1 строка данных</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fact rows</source>
        <translation>
            <numerusform>%Ln строка данных</numerusform>
            <numerusform>%Ln строки данных</numerusform>
            <numerusform>%Ln строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>Sums of the rows shown.</source>
        <translation>Суммы по показанным строкам.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>Several currencies are added without conversion.</source>
        <translation>Суммы в разных валютах сложены без конвертации.</translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation>Нет значения: знаменатель равен нулю или показатель отсутствует.</translation>
    </message>
    <message>
        <source>No change: the comparison period has no value for it.</source>
        <translation>Нет изменения: в периоде сравнения для него нет значения.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>Change of %1 against the comparison period</source>
        <translation>Изменение показателя «%1» относительно периода сравнения</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::FilterBar</name>
    <message>
        <source>Period. Relative periods end today, or at the last day with data when the data ends earlier.</source>
        <translation>Период. Относительные периоды заканчиваются сегодня или последним днём с данными, если данные заканчиваются раньше.</translation>
    </message>
    <message>
        <source>First day of the custom range</source>
        <translation>Первый день произвольного периода</translation>
    </message>
    <message>
        <source>Last day of the custom range (inclusive)</source>
        <translation>Последний день произвольного периода (включительно)</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>Сравнение: %1</translation>
    </message>
    <message>
        <source>What the changes on the KPI cards compare with</source>
        <translation>С чем сравниваются изменения на карточках KPI</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Аудитории</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>Data available: %1</source>
        <translation>Доступны данные: %1</translation>
    </message>
    <message>
        <source>The data ends before today, so relative periods end at its last day, %1.</source>
        <translation>Данные заканчиваются раньше сегодняшнего дня, поэтому относительные периоды заканчиваются их последним днём — %1.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::GroupTableModel</name>
    <message>
        <source>Below minimum</source>
        <translation>Ниже минимума</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>В рейтинге</translation>
    </message>
    <message>
        <source>Fewer impressions than the minimum volume: shown, never ranked.</source>
        <translation>Показов меньше минимального объёма: отображается, но не участвует в рейтинге.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ImportController</name>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Импорт уже выполняется; дождитесь его завершения или отмените его.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing from the unfinished file was kept; files finished before it stay imported.</source>
        <translation>Импорт отменён: данные из незавершённого файла не сохранены; файлы, обработанные до него, остаются импортированными.</translation>
    </message>
    <message>
        <source>imported with the mapping you chose on %1</source>
        <translation>импортирован с сопоставлением столбцов, выбранным вами %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 does not say which channel its rows belong to.&lt;/b&gt;&lt;br&gt;Choose the channel (or the column that names it) and check how the columns are read. Your choice is remembered: files with the same columns are imported the same way next time, without asking.</source>
        <translation>&lt;b&gt;В файле %1 не указано, к какому каналу относятся его строки.&lt;/b&gt;&lt;br&gt;Выберите канал (или столбец с его названием) и проверьте, как читаются столбцы. Ваш выбор будет запомнен: в следующий раз файлы с такими же столбцами будут импортированы так же, без запроса.</translation>
    </message>
    <message>
        <source>you cancelled the column mapping</source>
        <translation>вы отменили сопоставление столбцов</translation>
    </message>
    <message>
        <source>imported with your column mapping; files with the same columns will be too</source>
        <translation>импортирован с вашим сопоставлением столбцов; файлы с такими же столбцами будут импортироваться так же</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not imported — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: не импортирован — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: cancelled; nothing from it was kept</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: отменён; данные из него не сохранены</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 rows imported, %4 updated, %5 rejected</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): импортировано строк: %3, обновлено: %4, отклонено: %5</translation>
    </message>
    <message>
        <source>see why</source>
        <translation>узнать причину</translation>
    </message>
    <message>
        <source>imported with the mapping you chose on %1, every row on %2</source>
        <translation>импортировано по сопоставлению, выбранному %1; все строки — канал %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has the columns of a file you mapped before, but its name says %2, not %3.&lt;/b&gt;&lt;br&gt;Check the channel these rows belong to; the rest of the mapping is the one you chose then.</source>
        <translation>&lt;b&gt;У файла %1 те же столбцы, что у файла, сопоставленного раньше, но в его названии указан канал %2, а не %3.&lt;/b&gt;&lt;br&gt;Проверьте, к какому каналу относятся эти строки; остальное сопоставление — то, что вы выбрали тогда.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ImportRunTableModel</name>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <source>Data records read from the file</source>
        <translation>Записи данных, прочитанные из файла</translation>
    </message>
    <message>
        <source>Rows written or updated (rows of the same key are summed into one)</source>
        <translation>Записанные или обновлённые строки (строки с одинаковым ключом суммируются в одну)</translation>
    </message>
    <message>
        <source>Rows of this source that this import wrote last; a later import of the same rows takes them over</source>
        <translation>Строки этого источника, в последний раз записанные этим импортом; последующий импорт тех же строк перезаписывает их</translation>
    </message>
    <message>
        <source>Select the import to see the rejected rows with their reasons</source>
        <translation>Выберите импорт, чтобы увидеть отклонённые строки и причины отклонения</translation>
    </message>
    <message>
        <source>No rows rejected</source>
        <translation>Отклонённых строк нет</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Хранится сейчас</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::KpiCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Нет данных для этого фильтра</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::MainWindow</name>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>Demetra — advertising analytics</source>
        <translation>Demetra — аналитика рекламы</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Import CSV exports</source>
        <translation>Импорт CSV-выгрузок</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Welcome to Demetra</source>
        <translation>Добро пожаловать в Demetra</translation>
    </message>
    <message>
        <source>The database is empty. Drop CSV exports from your ad platforms anywhere on this window, import them, or start with the bundled sample data: a synthetic year of campaigns on eight channels.</source>
        <translation>База данных пуста. Перетащите CSV-выгрузки из рекламных платформ в любое место этого окна, импортируйте их или начните с прилагаемых демонстрационных данных: синтетического года кампаний по восьми каналам.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <source>Imports %1</source>
        <translation>Импорты %1</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>ROI, revenue, spend and conversion forecasts per channel with prediction intervals and their backtest accuracy against a naive forecast will appear here.</source>
        <translation>Здесь появятся прогнозы ROI, выручки, расхода и конверсий по каналам с интервалами прогноза и их точностью на исторических данных (бэктест) в сравнении с наивным прогнозом.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Response curves per channel, the recommended split of a total budget with its expected uplift, and a what-if planner will appear here.</source>
        <translation>Здесь появятся кривые отклика по каналам, рекомендуемое распределение общего бюджета с ожидаемым приростом и планировщик сценариев «что если».</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Plain-words recommendations written from your figures (locally, or by a language model you configure) will appear here.</source>
        <translation>Здесь появятся рекомендации простыми словами, составленные по вашим показателям (локально или с помощью настроенной вами языковой модели).</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Alerts on ROI drops, cost spikes, low conversion, budget overruns and anomalies, checked after every refresh, will appear here.</source>
        <translation>Здесь появятся оповещения о падении ROI, скачках затрат, низкой конверсии, перерасходе бюджета и аномалиях, проверяемые после каждого обновления.</translation>
    </message>
    <message>
        <source>%1 — Demetra</source>
        <translation>%1 — Demetra</translation>
    </message>
    <message>
        <source>Stop the import; nothing from the unfinished file is kept</source>
        <translation>Остановить импорт; данные из незавершённого файла не сохраняются</translation>
    </message>
    <message>
        <source>Import CSV exports from ad platforms (Ctrl+O); you can also drop files anywhere on the window</source>
        <translation>Импорт CSV-выгрузок из рекламных платформ (Ctrl+O); файлы также можно перетащить в любое место окна</translation>
    </message>
    <message>
        <source>Re-read the data and recompute every page (F5)</source>
        <translation>Перечитать данные и пересчитать все страницы (F5)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Demetra</source>
        <translation>&amp;О программе Demetra</translation>
    </message>
    <message>
        <source>About Demetra</source>
        <translation>О программе Demetra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demetra&lt;/b&gt; %1&lt;br&gt;Advertising analytics across channels: KPIs as ratios of sums, drill-down, audience and timing analysis.&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Demetra&lt;/b&gt; %1&lt;br&gt;Аналитика рекламы по всем каналам: KPI как отношения сумм, детализация, анализ аудитории и времени.&lt;br&gt;База данных: %2</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 rows · data %2</source>
        <translation>Строк: %1 · данные: %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::MinVolumeSpinBox</name>
    <message>
        <source> impressions</source>
        <translation> показов</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::MultiSelectButton</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>(nothing to choose from in the data)</source>
        <translation>(в данных нет вариантов для выбора)</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: все</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>No restriction: every value counts</source>
        <translation>Без ограничений: учитываются все значения</translation>
    </message>
    <message>
        <source>Not in the data: %1</source>
        <translation>Нет в данных: %1</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::OverviewPage</name>
    <message>
        <source>Growth by channel</source>
        <translation>Динамика по каналам</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>Сравнение каналов</translation>
    </message>
    <message>
        <source>ROI by channel</source>
        <translation>ROI по каналам</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Доля расхода</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Воронка конверсий</translation>
    </message>
    <message>
        <source>Reach and efficiency</source>
        <translation>Охват и эффективность</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation>тот же период прошлого года</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>предыдущий период</translation>
    </message>
    <message>
        <source>Cannot compute the overview: %1</source>
        <translation>Не удалось рассчитать обзор: %1</translation>
    </message>
    <message>
        <source>%1: no data for this filter</source>
        <translation>%1: нет данных для этого фильтра</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Нет данных для этого фильтра</translation>
    </message>
    <message>
        <source>The data for these channels, segments and audiences covers %1.</source>
        <translation>Данные по выбранным каналам, сегментам и аудиториям охватывают %1.</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>без сравнения</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>не с чем сравнивать</translation>
    </message>
    <message>
        <source>%1 · %2 rows</source>
        <translation>%1 · строк: %2</translation>
    </message>
    <message>
        <source>Compared with the %1: %2</source>
        <translation>База сравнения (%1): %2</translation>
    </message>
    <message>
        <source>Amounts in several currencies (%1) are added without conversion; filter by channel or source to compare money.</source>
        <translation>Суммы в нескольких валютах (%1) складываются без пересчёта; чтобы сравнивать денежные показатели, отфильтруйте данные по каналу или источнику.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::PlaceholderPage</name>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Пока недоступно в этой версии.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::PreviewTableModel</name>
    <message>
        <source>Line %1 of the file</source>
        <translation>Строка %1 файла</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is read as: %2</source>
        <translation>Столбец «%1» читается как: %2</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::RejectedRowTableModel</name>
    <message>
        <source>whole row</source>
        <translation>вся строка</translation>
    </message>
    <message>
        <source>The record as a whole is at fault (field count, quoting, duplicate)</source>
        <translation>Ошибка во всей записи (число полей, кавычки, дубликат)</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Столбец %1 файла</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Исходный текст</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The new language applies when Demetra starts next time.</source>
        <translation>Новый язык будет применён при следующем запуске Demetra.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Groups with fewer impressions are left out of the audience and best-time rankings, so a tiny group cannot top a list by chance.</source>
        <translation>Группы с меньшим числом показов не учитываются в рейтингах аудиторий и лучшего времени, чтобы маленькая группа не оказалась на первом месте случайно.</translation>
    </message>
    <message>
        <source>Minimum impressions for rankings:</source>
        <translation>Минимум показов для рейтингов:</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Показывать значок в системном трее</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>Трей:</translation>
    </message>
    <message>
        <source>Start Demetra with --db PATH to open another database file.</source>
        <translation>Чтобы открыть другой файл базы данных, запустите Demetra с параметром --db PATH.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::TrayIcon</name>
    <message>
        <source>Show Demetra</source>
        <translation>Показать Demetra</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Demetra — advertising analytics</source>
        <translation>Demetra — аналитика рекламы</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demetra advertising analytics</source>
        <translation>Demetra — аналитика рекламы</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>Interface language: en or ru.</source>
        <translation>Язык интерфейса: en или ru.</translation>
    </message>
    <message>
        <source>Import the bundled sample data when the database is empty.</source>
        <translation>Импортировать встроенные демо-данные, если база данных пуста.</translation>
    </message>
    <message>
        <source>Demetra cannot open its database</source>
        <translation>Demetra не может открыть свою базу данных</translation>
    </message>
</context>
<context>
    <name>DimensionPanel</name>
    <message>
        <source>Impressions: %1</source>
        <translation>Показы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact rows</source>
        <translation>
            <numerusform>%n строка данных</numerusform>
            <numerusform>%n строки данных</numerusform>
            <numerusform>%n строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation>Нет значения: знаменатель равен нулю или показатель отсутствует.</translation>
    </message>
</context>
<context>
    <name>DrillDownJob</name>
    <message>
        <source>The computation was cancelled.</source>
        <translation>Расчёт отменён.</translation>
    </message>
    <message>
        <source>Computing the table</source>
        <translation>Расчёт таблицы</translation>
    </message>
</context>
<context>
    <name>FactWriter</name>
    <message>
        <source>Cannot record the %1.</source>
        <translation>Не удалось сохранить запись (%1).</translation>
    </message>
</context>
<context>
    <name>FilePreviewReader</name>
    <message>
        <source>%1 holds no records.</source>
        <translation>В %1 нет записей.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Some dates put the day first and others the month first; rows whose date cannot be read either way are rejected. Choose the order to re-read them.</source>
        <translation>В одних датах первым идёт день, в других — месяц; строки с датами, которые не читаются ни так, ни так, отклонены. Выберите порядок, чтобы перечитать их.</translation>
    </message>
    <message>
        <source>The day/month order of the dates cannot be decided from this file (no day above 12); they were read day first. Choose month first if that is wrong.</source>
        <translation>По этому файлу нельзя определить порядок дня и месяца в датах (нет дней больше 12); даты прочитаны как «сначала день». Если это неверно, выберите «сначала месяц».</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>В файле %1 нет записей.</translation>
    </message>
    <message>
        <source>%1 has no date column: give the reporting period its figures cover.</source>
        <translation>В файле %1 нет столбца с датой: укажите отчётный период, к которому относятся данные.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>В файле %1 есть заголовок, но нет строк с данными.</translation>
    </message>
    <message>
        <source>Rows are weekly: each covers the 7 days from its date.</source>
        <translation>Строки понедельные: каждая охватывает 7 дней начиная со своей даты.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Updating daily totals</source>
        <translation>Обновление дневных итогов</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Импорт завершён: %1</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Internal error</source>
        <translation>Внутренняя ошибка</translation>
    </message>
</context>
<context>
    <name>KpiExplanation</name>
    <message>
        <source>Σ spend %1</source>
        <translation>Σ расход %1</translation>
    </message>
    <message>
        <source>Σ revenue %1</source>
        <translation>Σ выручка %1</translation>
    </message>
    <message>
        <source>Σ impressions %1</source>
        <translation>Σ показы %1</translation>
    </message>
    <message>
        <source>Σ clicks %1</source>
        <translation>Σ клики %1</translation>
    </message>
    <message>
        <source>Σ conversions %1</source>
        <translation>Σ конверсии %1</translation>
    </message>
    <message>
        <source>Σ clicks %1 / Σ impressions %2</source>
        <translation>Σ клики %1 / Σ показы %2</translation>
    </message>
    <message>
        <source>Σ spend %1 / Σ clicks %2</source>
        <translation>Σ расход %1 / Σ клики %2</translation>
    </message>
    <message>
        <source>1000 × Σ spend %1 / Σ impressions %2</source>
        <translation>1000 × Σ расход %1 / Σ показы %2</translation>
    </message>
    <message>
        <source>Σ spend %1 / Σ conversions %2</source>
        <translation>Σ расход %1 / Σ конверсии %2</translation>
    </message>
    <message>
        <source>Σ conversions %1 / Σ clicks %2</source>
        <translation>Σ конверсии %1 / Σ клики %2</translation>
    </message>
    <message>
        <source>Σ revenue %1 / Σ spend %2</source>
        <translation>Σ выручка %1 / Σ расход %2</translation>
    </message>
    <message>
        <source>(Σ revenue %1 − Σ spend %2) / Σ spend %2</source>
        <translation>(Σ выручка %1 − Σ расход %2) / Σ расход %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Значение: %1</translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the data has no such measure.</source>
        <translation>Нет значения: знаменатель равен нулю или в данных нет такого показателя.</translation>
    </message>
    <message>
        <source>Rows used: %1</source>
        <translation>Использовано строк: %1</translation>
    </message>
    <message>
        <source>Warning: amounts in several currencies (%1) are added without conversion.</source>
        <translation>Внимание: суммы в нескольких валютах (%1) складываются без пересчёта.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Compared with the %1: %2</source>
        <translation>База сравнения (%1): %2</translation>
    </message>
    <message>
        <source>Comparison value: %1 (%2 rows), change %3</source>
        <translation>Значение для сравнения: %1 (строк: %2), изменение %3</translation>
    </message>
    <message>
        <source>No comparison period.</source>
        <translation>Нет периода для сравнения.</translation>
    </message>
</context>
<context>
    <name>LayoutDetector</name>
    <message>
        <source>Kaggle Social Media Ads</source>
        <translation>Kaggle Social Media Ads</translation>
    </message>
    <message>
        <source>Marketing Campaign Performance</source>
        <translation>Marketing Campaign Performance</translation>
    </message>
    <message>
        <source>Facebook ad campaigns export</source>
        <translation>Выгрузка кампаний Facebook Ads</translation>
    </message>
    <message>
        <source>Google Ads report export</source>
        <translation>Выгрузка отчёта Google Ads</translation>
    </message>
    <message>
        <source>Marketing mix (weekly)</source>
        <translation>Маркетинг-микс (по неделям)</translation>
    </message>
    <message>
        <source>Business outcomes</source>
        <translation>Бизнес-показатели</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>Выгрузка %1</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>%1: no column names a date, campaign, channel or measure Demetra knows, so the layout is unknown. Headers: %2</source>
        <translation>%1: ни один столбец не называет известные Demetra дату, кампанию, канал или показатель, поэтому формат файла не распознан. Заголовки: %2</translation>
    </message>
    <message>
        <source>Kaggle Marketing Campaign Performance</source>
        <translation>Kaggle Marketing Campaign Performance</translation>
    </message>
    <message>
        <source>Kaggle Social Media Advertising</source>
        <translation>Kaggle Social Media Advertising</translation>
    </message>
    <message>
        <source>Facebook ad campaigns (no dates)</source>
        <translation>Кампании Facebook Ads (без дат)</translation>
    </message>
    <message>
        <source>Marketing mix, one column per channel</source>
        <translation>Маркетинг-микс, по столбцу на канал</translation>
    </message>
    <message>
        <source>Daily campaign export</source>
        <translation>Ежедневная выгрузка по кампаниям</translation>
    </message>
    <message>
        <source>Business outcomes by date</source>
        <translation>Бизнес-показатели по датам</translation>
    </message>
    <message>
        <source>%1: the columns do not match a known layout (no spend, impressions or clicks column). Headers: %2</source>
        <translation>%1: столбцы не соответствуют ни одному известному формату (нет столбца расхода, показов или кликов). Заголовки: %2</translation>
    </message>
    <message>
        <source>Dated figures that are not per campaign (%1) are stored as business outcomes.</source>
        <translation>Данные по датам без привязки к кампаниям (%1) сохраняются как бизнес-показатели.</translation>
    </message>
    <message>
        <source>Each row holds one period for every channel (%1): columns ending in _S are spend, _I impressions, _P clicks.</source>
        <translation>Каждая строка содержит один период по всем каналам (%1): столбцы с окончанием _S — расход, _I — показы, _P — клики.</translation>
    </message>
    <message>
        <source>every row is filed under %1, as chosen</source>
        <translation>все строки отнесены к каналу %1, как выбрано</translation>
    </message>
    <message>
        <source>the channel is read from column &quot;%1&quot;</source>
        <translation>канал берётся из столбца «%1»</translation>
    </message>
    <message>
        <source>every row is %1 (the layout is that platform&apos;s export)</source>
        <translation>все строки относятся к каналу %1 (это формат выгрузки этой платформы)</translation>
    </message>
    <message>
        <source>no column names the channel; the file name says %1</source>
        <translation>столбца с каналом нет; по имени файла это %1</translation>
    </message>
    <message>
        <source>%1 does not say which channel its rows belong to (no channel column, and the file name names none). Choose the channel for this file.</source>
        <translation>В файле %1 не указано, к какому каналу относятся строки (нет столбца с каналом, и имя файла его не называет). Выберите канал для этого файла.</translation>
    </message>
    <message>
        <source>Acquisition_Cost is the campaign&apos;s cost (spend).</source>
        <translation>Acquisition_Cost — затраты на кампанию (расход).</translation>
    </message>
    <message>
        <source>Conversions = Clicks × Conversion_Rate.</source>
        <translation>Конверсии = Клики × Conversion_Rate.</translation>
    </message>
    <message>
        <source>Revenue = cost × (1 + ROI).</source>
        <translation>Выручка = затраты × (1 + ROI).</translation>
    </message>
    <message>
        <source>A Campaign_ID that repeats with another company, goal or duration is another campaign; audience, segment, location and language are kept as slices.</source>
        <translation>Campaign_ID, повторяющийся с другой компанией, целью или длительностью, — это другая кампания; аудитория, сегмент, регион и язык сохраняются как срезы.</translation>
    </message>
    <message>
        <source>Conversions are Total_Conversion; rows are ads, kept as slices of their campaign (xyz_campaign_id) by ad set, age, gender and interest.</source>
        <translation>Конверсии — это Total_Conversion; строки — это объявления, они сохраняются как срезы своей кампании (xyz_campaign_id) по группе объявлений, возрасту, полу и интересу.</translation>
    </message>
    <message>
        <source>The file has no date column; its rows cover %1 – %2 (from the title lines).</source>
        <translation>В файле нет столбца с датой; строки относятся к периоду %1 – %2 (по шапке отчёта).</translation>
    </message>
    <message>
        <source>The file has no date column; its rows cover the reporting period you give.</source>
        <translation>В файле нет столбца с датой; строки относятся к отчётному периоду, который вы укажете.</translation>
    </message>
    <message>
        <source>Other breakdown columns (%1) keep sibling rows apart as slices of their campaign-day.</source>
        <translation>Прочие столбцы-срезы (%1) разделяют соседние строки одного дня кампании на отдельные срезы.</translation>
    </message>
    <message>
        <source>Columns not used: %1. Rows that differ only in them are summed.</source>
        <translation>Не используются столбцы: %1. Строки, различающиеся только ими, суммируются.</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPA (cost per lead)</source>
        <translation>CPA (цена лида)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Конверсия (CR)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Индекс вовлечённости</translation>
    </message>
    <message>
        <source>Σ spend</source>
        <translation>Σ расхода</translation>
    </message>
    <message>
        <source>Σ impressions</source>
        <translation>Σ показов</translation>
    </message>
    <message>
        <source>unique people reached; never summed across rows</source>
        <translation>уникальные охваченные пользователи; по строкам не суммируется</translation>
    </message>
    <message>
        <source>Σ clicks</source>
        <translation>Σ кликов</translation>
    </message>
    <message>
        <source>Σ conversions (leads, results)</source>
        <translation>Σ конверсий (лиды, результаты)</translation>
    </message>
    <message>
        <source>Σ revenue (conversion value)</source>
        <translation>Σ выручки (ценность конверсий)</translation>
    </message>
    <message>
        <source>Σ clicks / Σ impressions</source>
        <translation>Σ кликов / Σ показов</translation>
    </message>
    <message>
        <source>Σ spend / Σ clicks</source>
        <translation>Σ расхода / Σ кликов</translation>
    </message>
    <message>
        <source>1000 × Σ spend / Σ impressions</source>
        <translation>1000 × Σ расхода / Σ показов</translation>
    </message>
    <message>
        <source>Σ spend / Σ conversions</source>
        <translation>Σ расхода / Σ конверсий</translation>
    </message>
    <message>
        <source>Σ conversions / Σ clicks</source>
        <translation>Σ конверсий / Σ кликов</translation>
    </message>
    <message>
        <source>(Σ revenue − Σ spend) / Σ spend</source>
        <translation>(Σ выручки − Σ расхода) / Σ расхода</translation>
    </message>
    <message>
        <source>Σ revenue / Σ spend</source>
        <translation>Σ выручки / Σ расхода</translation>
    </message>
    <message>
        <source>impression-weighted mean of the engagement score</source>
        <translation>среднее индекса вовлечённости, взвешенное по показам</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>Не удалось прочитать версию схемы базы данных.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Demetra (schema %1; this version knows up to %2). Update Demetra to open it; the file was not changed.</source>
        <translation>Эта база данных создана более новой версией Demetra (схема %1; эта версия поддерживает схемы до %2). Обновите Demetra, чтобы открыть её; файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade.</source>
        <translation>Не удалось начать обновление схемы.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Не удалось обновить базу данных до схемы %1; она осталась на схеме %2.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Не удалось обновить базу данных до схемы %1.</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>No %1 values for this filter</source>
        <translation>Нет значений «%1» для этого фильтра</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Нет данных для этого фильтра</translation>
    </message>
    <message>
        <source>%1, %2
%3: %4</source>
        <translation>%1, %2
%3: %4</translation>
    </message>
    <message>
        <source>Change of %1 per channel against the %2</source>
        <translation>Изменение показателя «%1» по каналам; база сравнения — %2</translation>
    </message>
    <message>
        <source>%1 (no value)</source>
        <translation>%1 (нет значения)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>No ROI for this filter: the data has no revenue with spend</source>
        <translation>Нет ROI для этого фильтра: в данных нет выручки при ненулевом расходе</translation>
    </message>
    <message>
        <source>Profit (positive ROI)</source>
        <translation>Прибыль (положительный ROI)</translation>
    </message>
    <message>
        <source>Loss (negative ROI)</source>
        <translation>Убыток (отрицательный ROI)</translation>
    </message>
    <message>
        <source>%1
ROI: %2
Revenue %3, spend %4</source>
        <translation>%1
ROI: %2
Выручка %3, расход %4</translation>
    </message>
    <message>
        <source>ROI, %</source>
        <translation>ROI, %</translation>
    </message>
    <message>
        <source>No spend for this filter</source>
        <translation>Нет расхода для этого фильтра</translation>
    </message>
    <message>
        <source>%1
Spend: %2
Share of spend: %3</source>
        <translation>%1
Расход: %2
Доля расхода: %3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>CTR %1</source>
        <translation>CTR %1</translation>
    </message>
    <message>
        <source>CR %1</source>
        <translation>CR %1</translation>
    </message>
    <message>
        <source>No impressions, clicks or conversions for this filter</source>
        <translation>Нет показов, кликов или конверсий для этого фильтра</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>logarithmic scale</source>
        <translation>логарифмическая шкала</translation>
    </message>
    <message>
        <source>%1 (reach proxy: reach is never summed)</source>
        <translation>%1 (вместо охвата: охват никогда не суммируется)</translation>
    </message>
    <message>
        <source>%1
Impressions: %2
%3: %4</source>
        <translation>%1
Показы: %2
%3: %4</translation>
    </message>
</context>
<context>
    <name>OverviewJob</name>
    <message>
        <source>Computing KPIs</source>
        <translation>Расчёт KPI</translation>
    </message>
    <message>
        <source>Comparing channels</source>
        <translation>Сравнение каналов</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Building the time series</source>
        <translation>Построение временного ряда</translation>
    </message>
</context>
<context>
    <name>PngExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RecordPipeline</name>
    <message>
        <source>duplicate of line %1</source>
        <translation>дубликат строки %1</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>полей в строке: %1, в заголовке: %2</translation>
    </message>
    <message>
        <source>the file has no dates and no reporting period was given</source>
        <translation>в файле нет дат, и отчётный период не указан</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot; (%2)</source>
        <translation>не дата: «%1» (%2)</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>не число: «%1»</translation>
    </message>
    <message>
        <source>negative %1: %2</source>
        <translation>%1: отрицательное значение %2</translation>
    </message>
    <message>
        <source>not a finite number: &quot;%1&quot;</source>
        <translation>не конечное число: «%1»</translation>
    </message>
    <message>
        <source>%1 is too large: %2</source>
        <translation>%1: слишком большое значение %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number: &quot;%2&quot;</source>
        <translation>%1: нужно целое число, а не «%2»</translation>
    </message>
    <message>
        <source>not an amount of money: &quot;%1&quot;</source>
        <translation>не денежная сумма: «%1»</translation>
    </message>
    <message>
        <source>negative %1: &quot;%2&quot;</source>
        <translation>%1: отрицательное значение «%2»</translation>
    </message>
    <message>
        <source>conversion rate above 100%: %1</source>
        <translation>конверсия выше 100%: %1</translation>
    </message>
    <message>
        <source>ROI below -100%: %1</source>
        <translation>ROI ниже -100%: %1</translation>
    </message>
    <message>
        <source>clicks (%1) exceed impressions (%2)</source>
        <translation>клики (%1) превышают показы (%2)</translation>
    </message>
    <message>
        <source>the row has no measure (spend, impressions, clicks, conversions or revenue)</source>
        <translation>в строке нет ни одного показателя (расход, показы, клики, конверсии или выручка)</translation>
    </message>
    <message>
        <source>the channel is empty</source>
        <translation>канал не указан</translation>
    </message>
    <message>
        <source>not a currency code: &quot;%1&quot;</source>
        <translation>не код валюты: «%1»</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Кампания %1</translation>
    </message>
    <message>
        <source>Campaign %1 · %2</source>
        <translation>Кампания %1 · %2</translation>
    </message>
    <message>
        <source>(all campaigns)</source>
        <translation>(все кампании)</translation>
    </message>
    <message>
        <source>Interest %1</source>
        <translation>Интерес %1</translation>
    </message>
    <message>
        <source>negative value: %1</source>
        <translation>отрицательное значение: %1</translation>
    </message>
    <message>
        <source>negative spend</source>
        <translation>отрицательный расход</translation>
    </message>
    <message>
        <source>a summary row (a total of other rows), not imported</source>
        <translation>итоговая строка (сумма других строк), не импортирована</translation>
    </message>
    <message>
        <source>the period end &quot;%1&quot; is not a date on or after the start</source>
        <translation>конец периода «%1» — не дата или раньше начала</translation>
    </message>
</context>
<context>
    <name>SampleGenerator</name>
    <message>
        <source>The number of sample rows cannot be negative.</source>
        <translation>Число строк демо-данных не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The sample must span between 1 and 36600 days.</source>
        <translation>Период демо-данных должен составлять от 1 до 36600 дней.</translation>
    </message>
    <message>
        <source>The sample needs a valid start date.</source>
        <translation>Для демо-данных нужна корректная дата начала.</translation>
    </message>
    <message>
        <source>Too many sample rows for the date span: the campaigns would run out of 6-digit ids.</source>
        <translation>Слишком много строк демо-данных для такого периода: кампаниям не хватит шестизначных ID.</translation>
    </message>
    <message>
        <source>Cannot create the sample file %1.</source>
        <translation>Не удалось создать файл демо-данных %1.</translation>
    </message>
    <message>
        <source>Cannot write the sample file %1.</source>
        <translation>Не удалось записать файл демо-данных %1.</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>Import %1 is not recorded (it may have been deleted).</source>
        <translation>Импорт %1 не зарегистрирован (возможно, он был удалён).</translation>
    </message>
    <message>
        <source>Preparing the deletion</source>
        <translation>Подготовка к удалению</translation>
    </message>
    <message>
        <source>This data source no longer exists.</source>
        <translation>Этот источник данных больше не существует.</translation>
    </message>
    <message>
        <source>Removing the rows</source>
        <translation>Удаление строк</translation>
    </message>
    <message>
        <source>Removing the import records</source>
        <translation>Удаление записей об импорте</translation>
    </message>
    <message>
        <source>Removing channels and segments left without data</source>
        <translation>Удаление каналов и сегментов, оставшихся без данных</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The database is not SQLite.</source>
        <translation>База данных — не SQLite.</translation>
    </message>
    <message>
        <source>Cannot prepare a database statement.</source>
        <translation>Не удалось подготовить запрос к базе данных.</translation>
    </message>
    <message>
        <source>Writing to the database failed.</source>
        <translation>Не удалось выполнить запись в базу данных.</translation>
    </message>
    <message>
        <source>A database query failed.</source>
        <translation>Ошибка запроса к базе данных.</translation>
    </message>
</context>
<context>
    <name>TimingJob</name>
    <message>
        <source>Finding the best time</source>
        <translation>Поиск лучшего времени</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>B</source>
        <translation>&#xa0;млрд</translation>
    </message>
    <message>
        <source>M</source>
        <translation>&#xa0;млн</translation>
    </message>
    <message>
        <source>K</source>
        <translation>&#xa0;тыс.</translation>
    </message>
    <message numerus="yes">
        <source>%n fact rows</source>
        <translation>
            <numerusform>%n строка данных</numerusform>
            <numerusform>%n строки данных</numerusform>
            <numerusform>%n строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation>Нет значения: знаменатель равен нулю или показатель отсутствует.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>number too long: &apos;%1&apos;</source>
        <translation>слишком длинное число: «%1»</translation>
    </message>
    <message>
        <source>not a number: &apos;%1&apos;</source>
        <translation>не число: «%1»</translation>
    </message>
    <message>
        <source>number too large: &apos;%1&apos;</source>
        <translation>слишком большое число: «%1»</translation>
    </message>
    <message>
        <source>a percentage, not an amount: &apos;%1&apos;</source>
        <translation>процент, а не сумма: «%1»</translation>
    </message>
    <message>
        <source>not an amount of money: &apos;%1&apos;</source>
        <translation>не денежная сумма: «%1»</translation>
    </message>
    <message>
        <source>amount too large: &apos;%1&apos;</source>
        <translation>слишком большая сумма: «%1»</translation>
    </message>
    <message>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation>не целое число: «%1»</translation>
    </message>
    <message>
        <source>a whole number was expected, not &apos;%1&apos;</source>
        <translation>ожидалось целое число, а не «%1»</translation>
    </message>
    <message>
        <source>no such date: &apos;%1&apos;</source>
        <translation>такой даты нет: «%1»</translation>
    </message>
    <message>
        <source>not a date: &apos;%1&apos;</source>
        <translation>не дата: «%1»</translation>
    </message>
    <message>
        <source>ambiguous day/month order: &apos;%1&apos;</source>
        <translation>неоднозначный порядок дня и месяца: «%1»</translation>
    </message>
</context>
</TS>
