/// Words with a fixed meaning in questions, whatever the model: grouping, aggregation, ranking, time, negation.
public enum Keyword: String, Sendable, Hashable {
    case group, count, avg, sum, max, min, top, bottom, desc, asc, sort
    case not, exceptSuffix
    case gt, gte, lt, lte, eq, between, rangeTo, rangeAnd, betweenEnd
    case year, halfYear, month, quarter, week, day, ordinal
    case thisYear, lastYear, yearBeforeLast, nextYear, thisMonth, lastMonth, thisQuarter, lastQuarter
    case thisWeek, lastWeek, today, yesterday, ytd
    case recent, since, after, before, until, during
    case perYear, perQuarter, perMonth, perWeek, perDay, trend
    case classifier, which, list, write, sqlWord
    case allTime
    case firstHalf, secondHalf, chart, compare, share, yearOverYear, periodOverPeriod, latest, earliest, longestServing
    case wholeBase
}

/// The built-in dictionary of keywords in Chinese and English.
enum KeywordDictionary {
    static let entries: [String: Keyword] = {
        var map: [String: Keyword] = [:]
        func add(_ k: Keyword, _ words: [String]) { for w in words { map[w] = k } }
        add(.group, ["各", "各个", "每个", "每一个", "每种", "每类", "按", "按照", "分", "分别", "不同", "各类", "分组", "by", "per", "each",
                     "every", "for each", "across", "grouped by", "broken down by", "breakdown by", "split by", "分布", "distribution",
                     "split", "breakdown", "distributed", "mix"])
        add(.count, ["多少", "几", "几个", "几名", "几位", "数量", "个数", "数目", "总数", "how many", "number of", "count",
                     "count of", "total number of", "the number of"])
        add(.avg, ["平均", "平均的", "均值", "人均", "average", "avg", "mean"])
        add(.sum, ["总", "总和", "合计", "总计", "总额", "累计", "total", "sum", "sum of", "bill"])
        add(.max, ["最高", "最大", "最多", "最长", "最贵", "highest", "max", "maximum", "largest", "biggest", "most", "longest",
                   "heaviest", "greatest", "fastest", "最快",
                   "top paid", "best", "strongest", "most common", "most popular", "最受欢迎",
                   // which sex has the higher average: of two, the comparative picks the one a superlative would.
                   "the higher", "the larger", "the bigger", "the greater"])
        add(.min, ["最低", "最小", "最少", "最短", "lowest", "min", "minimum", "smallest", "least", "fewest", "worst", "shortest", "lightest",
                   "slowest", "最慢", "weakest", "least common", "least popular", "最不受欢迎", "the lower", "the smaller"])
        add(.top, ["前", "排名前", "top", "first"])
        add(.bottom, ["后", "倒数", "末", "bottom"])
        add(.desc, ["降序", "从高到低", "从大到小", "由高到低", "倒序", "descending", "desc", "high to low",
                      "highest to lowest", "largest to smallest", "most to least", "biggest to smallest", "从多到少", "由多到少",
                      "highest first", "largest first", "biggest first", "longest first", "most first", "best first", "从长到短", "从大到小排"])
        add(.asc, ["升序", "从低到高", "从小到大", "由低到高", "正序", "ascending", "asc", "low to high",
                     "lowest to highest", "smallest to largest", "least to most", "从少到多", "由少到多",
                     "lowest first", "smallest first", "shortest first", "least first", "fewest first", "worst first", "从短到长"])
        add(.sort, ["排序", "排名", "排列", "排一下", "排个序", "排下序", "排", "sort", "sorted", "order", "ordered", "rank", "ranked", "ranking"])
        add(.not, ["不", "不是", "不在", "非", "除", "除了", "排除", "不含", "不包括", "不包含", "not", "excluding",
                   "except", "without", "other than", "exclude", "apart from", "outside", "outside of", "non"])
        add(.exceptSuffix, ["以外", "之外"])
        add(.gt, ["超过", "大于", "高于", "多于", "over", "more than", "greater than", "above", "higher than",
                  "exceeding", "exceeds", "larger than", ">"])
        add(.gte, ["大于等于", "大于或等于", "不小于", "以上", "及以上", "或以上", "不低于", "不少于", "至少", "起", "at least", "no less than", ">=", "or more",
                   "or above", "and above", "or higher", "and higher", "and up", "or better", "and better"])
        add(.lt, ["低于", "小于", "少于", "不到", "不足", "less than", "below", "under", "lower than", "fewer than", "<"])
        add(.lte, ["小于等于", "小于或等于", "不大于", "以下", "及以下", "或以下", "不超过", "不高于", "至多", "at most", "no more than", "<=", "or less",
                   "or below", "and below", "or lower", "and lower", "or under", "and under", "or fewer", "or worse", "and worse"])
        add(.eq, ["等于", "为", "是", "equal to", "equals", "="])
        add(.between, ["介于", "between", "在", "从"])
        add(.rangeTo, ["到", "至", "~", "to", "through", "-"])
        add(.rangeAnd, ["and", "和"])
        add(.betweenEnd, ["之间", "之内", "以内", "范围内"])
        add(.year, ["年", "年度", "年份", "year", "years"])
        add(.month, ["月", "月份", "个月", "个月份", "month", "months"])
        add(.quarter, ["季度", "季", "个季度", "quarter", "quarters"])
        add(.week, ["周", "星期", "个星期", "week", "weeks"])
        add(.day, ["日", "号", "天", "day", "days"])
        add(.ordinal, ["第"])
        add(.firstHalf, ["上半年", "first half", "h1"])
        add(.allTime, ["over the whole period", "over the entire period", "for the whole period", "for the entire period",
                       "the whole period", "the entire period", "all time", "of all time", "整个期间", "所有时间", "有史以来"])
        add(.secondHalf, ["下半年", "second half", "h2"])
        add(.thisYear, ["今年", "本年", "本年度", "this year", "current year"])
        add(.lastYear, ["去年", "上一年", "上年", "last year", "previous year", "past year"])
        add(.yearBeforeLast, ["前年"])
        add(.nextYear, ["明年", "next year"])
        add(.thisMonth, ["本月", "这个月", "当月", "this month", "current month"])
        add(.lastMonth, ["上月", "上个月", "上一个月", "last month", "previous month"])
        add(.thisQuarter, ["本季度", "这个季度", "当季", "this quarter", "current quarter"])
        add(.lastQuarter, ["上季度", "上个季度", "上一季度", "last quarter", "previous quarter"])
        add(.thisWeek, ["本周", "这周", "这个星期", "this week"])
        add(.lastWeek, ["上周", "上个星期", "上一周", "last week"])
        add(.today, ["今天", "今日", "today"])
        add(.yesterday, ["昨天", "昨日", "yesterday"])
        add(.ytd, ["年初至今", "今年以来", "今年迄今", "ytd", "year to date", "year-to-date"])
        add(.recent, ["最近", "近", "过去", "近来", "last", "past", "previous", "recent", "the last", "the past"])
        add(.since, ["以来", "至今", "到现在", "到目前为止", "截至目前", "截至现在", "since", "从那以后"])
        add(.after, ["之后", "以后", "after"])
        add(.before, ["之前", "以前", "before", "prior to"])
        add(.until, ["截至", "截止", "截止到", "截至到", "until", "up to", "as of"])
        add(.during, ["in", "during", "within", "于", "期间"])
        add(.perYear, ["每年", "按年", "按年份", "各年份", "每个年份", "逐年", "年度的", "各年", "历年", "每一年", "yearly", "annual", "annually", "per year",
                       "by year", "each year", "every year", "year by year"])
        add(.perQuarter, ["每季度", "按季度", "逐季", "各季度", "每个季度", "quarterly", "per quarter", "by quarter", "each quarter", "quarter by quarter"])
        add(.perMonth, ["每月", "按月", "按月份", "各月份", "逐月", "各月", "每个月", "月度", "monthly", "per month", "by month", "each month", "every month", "month by month"])
        add(.perWeek, ["每周", "按周", "逐周", "weekly", "per week", "by week", "each week", "week by week"])
        add(.perDay, ["每天", "每日", "按天", "按日", "逐日", "daily", "per day", "by day", "each day", "day by day"])
        add(.trend, ["趋势", "走势", "变化", "变化趋势", "trend", "trends", "over time", "time series"])
        add(.chart, ["饼图", "饼状图", "折线图", "曲线图", "柱状图", "条形图", "柱形图", "图表", "画图", "pie", "pie chart",
                     "line chart", "bar chart", "bar graph", "line graph", "chart", "graph", "as a chart"])
        add(.classifier, ["名", "个", "位", "家", "条", "人次", "次", "户", "公斤", "千克", "厘米", "公分", "公里", "千米", "辆", "只", "台", "件", "笔", "种", "款"])
        add(.latest, ["最新", "最新的", "最近的", "最晚", "latest", "newest", "most recent", "most recently"])
        add(.earliest, ["最早", "最早的", "earliest", "first hired"])
        add(.longestServing, ["longest-serving", "longest serving", "司龄最长", "司龄最长的", "工龄最长", "工龄最长的"])
        add(.compare, ["对比", "比较", "相比", "比一比", "还是", "vs", "vs.", "versus", "compare", "compared", "compared with", "compared to", "comparison"])
        add(.share, ["占比", "比例", "比率", "百分比", "比重", "所占比例", "占多大比例", "占多少比例", "占百分之多少", "百分之多少", "百分之几", "占多大", "占多少",
                     "share", "proportion", "percentage", "ratio", "percent"])
        add(.wholeBase, ["占全部", "占所有", "占全体", "占总", "占"])
        add(.yearOverYear, ["同比", "同比增长", "同比变化", "year over year", "year-over-year", "yoy"])
        add(.periodOverPeriod, ["环比", "环比增长", "环比变化", "month over month", "month-over-month", "mom", "period over period"])
        add(.which, ["哪个", "哪些", "哪一个", "哪几个", "哪一种", "哪种", "哪一款", "哪款", "哪", "什么", "which", "what", "who", "谁"])
        add(.list, ["列出", "显示", "列举", "展示", "给出", "查询", "list", "show", "display", "give me", "find", "pull up", "look up", "bring up"])
        add(.write, ["删除", "删掉", "删了", "修改", "更新", "插入", "添加", "新增", "清空", "改成", "改为", "写入", "录入",
                     "调高", "调低", "调整", "上调", "下调", "涨薪", "降薪", "加薪", "raise",
                     "drop", "delete", "update", "insert", "alter", "truncate", "remove", "create", "replace", "grant",
                     "modify", "set salary", "rename"])
        add(.sqlWord, ["select", "union", ";", "--", "/*", "*/", "pragma", "attach", "exec", "drop table", "delete from"])
        return map
    }()

    /// Words that carry no meaning for the query; they are not reported as unused.
    static let stopwords: Set<String> = [
        "的", "了", "吗", "呢", "吧", "啊", "是", "有", "和", "与", "及", "或", "请", "帮", "我", "给", "看", "看看", "一下",
        "查", "查看", "统计", "计算", "分析", "告诉", "公司", "我们", "情况", "多", "少", "都", "里", "中", "上", "下", "共",
        "一共", "总共", "所有", "全部", "全体", "人员", "其中", "里有", "中有", "怎么样", "如何", "？", "?", "，", ",",
        "。", ".", "!", "！", "、", "：", ":", "（", "）", "(", ")", "呀", "么", "这", "那", "些", "对", "比", "对比", "各自",
        "分别是", "对应", "用", "以", "的占比", "各自的", "画", "画出", "vs", "versus", "or", "换成", "改成", "换为", "改为", "只看", "仅看",
        "再看", "那", "那么", "呢", "只", "what about", "how about", "the study", "the sample", "the panel", "the data set", "the dataset",
        "the survey", "the database", "the experiment", "took part", "take part", "taking part", "instead", "only", "switch", "just", "same", "相关", "数据", "结果", "值", "水平", "状况", "为多少", "是多少", "有多少", "多少钱", "是多少钱", "钱", "元", "块", "人民币",
        "the", "a", "an", "of", "in", "on", "for", "is", "are", "was", "were", "do", "does", "did", "we", "our", "us",
        "there", "what's", "whats", "me", "please", "with", "have", "has", "had", "how", "much", "many", "to", "and",
        "at", "as", "all", "overall", "company", "data", "get", "tell", "compute", "calculate", "whole",
        "total's", "it", "its", "their", "that", "this", "these", "those", "who", "whom", "be",
        "been", "being", "than", "from", "by", "per", "yuan", "cny", "rmb", "'s", "value", "values", "level's",
        // Function words of questions: they ask, they don't restrict.
        "what", "here", "show", "give", "gimme", "list", "along with", "start of", "beginning of", "sit at", "sits at",
        // 在哪个城市上班 / 工作 / 任职: where someone works is where the row is.
        "上班", "工作", "任职", "上班的", "工作的", "任职的", "分别", "请告诉我", "告诉我", "请问",
        "across", "where", "among", "ever", "some point", "so far", "data set", "dataset", "the data", "数据里", "数据中", "样本里", "样本中", "the sample",
        // 'Break down X by Y' groups through its 'by'; records and rows are the cube's own rows.
        "break down", "broken down", "breakdown", "records", "record", "rows",
        // Ratings and awards "given out" or "handed out" are the reviews themselves.
        "given out", "gave out", "give out", "handed out", "hand out", "hands out", "gives out",
        // How many reviews came back with an S, came out as A, came in at C or worse: what they resulted in.
        "came back", "come back", "comes back", "came out", "come out", "comes out", "came in", "come in", "comes in",
        // Any one of the rows (the highest MPG of any car), the speaker's group (咱们), where among them (里面).
        "any", "anybody", "anyone", "咱们", "咱", "里面", "当中", "之中", "中有",
        // hold a master's, the level anybody holds: having it; the score anyone got.
        "hold", "holds", "got", "gets", "received", "receives", "拿到", "拿到了", "得到", "得到了",
        // How many claims did they make, the hires we have made: the rows themselves.
        "make", "made", "makes",
        // 流失率有多高: asking its value; 叫什么名字: what is the name.
        "有多高", "叫",
        // claims per 100 policyholders, that is the claim rate: a restatement follows.
        "that is",
        // claims came from the major cities, the people on board: where the rows are, which the condition says.
        "came from", "come from", "comes from", "coming from", "aboard", "on board", "来自", "来自于",
        // What has it looked like year by year: asking how it went.
        "looked like", "look like", "looks like",
        // Can you break down …: asking politely; either … or: the "or" says it.
        "can you", "could you", "would you", "will you", "for me", "either",
        // the elections the data covers: the data set's own extent.
        "cover", "covers", "covered",
        // 2022年到2023年期间, 2000年到2004年间, during the 1990s: the span already read.
        "期间", "这段时间", "间", "之间", "during",
        // exactly 12 years: a number is equal to itself already; 参与了调查: took part (the whole data).
        "exactly", "参与", "参与了",
        // reviewed at least once: having any review, which the condition or the distinct count already is.
        "at least once",
        // Verbs of observation: the rows are what was recorded, measured or found.
        "recorded", "measured", "sampled", "reported", "report", "reports", "stated", "surveyed", "interviewed", "polled", "studied", "observed", "found", "live", "lives", "living", "记录", "记录了", "记录的",
        // Light verbs of events: the deaths that happened after May 3 are the deaths after May 3.
        "happened", "happen", "happens", "occurred", "occur", "occurs", "took place", "发生", "发生了", "发生的",
        // 还在职, 仍在职: the value that follows says the state. ("still" stays unclaimed: in "still working" the
        // word after it may name only the rows, and the state would be lost.)
        "还", "仍", "仍然", "依然",
        // 被考核了多少次: the passive marker; the verb after it says what happened.
        "被",
        // Colloquial place and aspect words: 深圳那边的员工 are 深圳's; 已经离职了 is 离职.
        "那边", "这边", "那里", "这里", "已经", "已",
    ]
}
