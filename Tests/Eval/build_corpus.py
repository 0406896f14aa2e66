#!/usr/bin/env python3
"""Writes Tests/Eval/corpus.jsonl: questions in Chinese and English, each with the SQL a person would write for it.

The SQL is written here by hand (from templates over the sample's values), never produced by textbi, so the
evaluation compares textbi's answers with an independent computation. Today is fixed at 2026-11-25.
Run it after changing the templates; the corpus it writes is committed.
"""
import json
import os

CITIES = [("北京", "Beijing"), ("上海", "Shanghai"), ("深圳", "Shenzhen"), ("杭州", "Hangzhou"), ("广州", "Guangzhou"), ("成都", "Chengdu")]
DEPTS = [("技术部", "Engineering"), ("产品部", "Product"), ("销售部", "Sales"), ("市场部", "Marketing"),
         ("人力资源部", "Human Resources"), ("财务部", "Finance"), ("运营部", "Operations"), ("客服部", "Customer Service")]
EDUS = [("大专", "associate"), ("本科", "bachelor"), ("硕士", "master"), ("博士", "PhD")]
J = "FROM employees e JOIN departments d ON d.id = e.department_id"
cases = []


def add(phenomenon, question, sql, ordered=False):
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in question) else "en"
    cases.append({"id": len(cases) + 1, "phenomenon": phenomenon, "lang": lang, "question": question, "sql": sql, "ordered": ordered})


def refuse(question):
    add("out_of_domain", question, None)


# 1. Counts and aggregations, with measure words
for q in ["统计员工总数", "员工总数是多少", "公司有多少员工", "一共有多少名员工", "员工有几个", "总共有多少人",
          "How many employees are there?", "total number of employees", "employee count", "headcount", "count the employees", "how many people work here"]:
    add("aggregation", q, "SELECT COUNT(*) FROM employees")
AGG = [
    (["平均工资是多少", "员工的平均月薪", "平均薪资"], ["average salary", "what is the mean salary", "avg salary"], "SELECT AVG(salary) FROM employees"),
    (["工资总额", "薪资总额是多少"], ["total payroll", "total salary"], "SELECT SUM(salary) FROM employees"),
    (["最高工资", "最高薪资是多少"], ["highest salary", "maximum salary"], "SELECT MAX(salary) FROM employees"),
    (["最低工资是多少", "最低月薪"], ["lowest salary", "minimum salary"], "SELECT MIN(salary) FROM employees"),
    (["平均职级", "员工平均级别"], ["average level", "mean level"], "SELECT AVG(level) FROM employees"),
    (["最高职级"], ["highest level"], "SELECT MAX(level) FROM employees"),
    (["平均绩效分", "平均绩效得分"], ["average score", "average performance score"], "SELECT AVG(score) FROM performance_reviews"),
    (["有多少个部门", "部门数量"], ["how many departments are there", "number of departments"], "SELECT COUNT(*) FROM departments"),
    (["预算总额"], ["total budget"], "SELECT SUM(budget) FROM departments"),
    (["有几个城市"], ["number of cities"], "SELECT COUNT(DISTINCT city) FROM employees"),
    (["在职员工有多少人", "在职人数"], ["how many active employees", "active employees count"], "SELECT COUNT(*) FROM employees WHERE status = '在职'"),
    (["离职员工人数", "已离职的员工有多少"], ["how many resigned employees", "number of former employees"], "SELECT COUNT(*) FROM employees WHERE status = '离职'"),
    (["女员工人数"], ["how many women are there"], "SELECT COUNT(*) FROM employees WHERE gender = '女'"),
    (["男员工有多少名"], ["male employees count"], "SELECT COUNT(*) FROM employees WHERE gender = '男'"),
    (["在职员工的平均工资"], ["average salary of active employees"], "SELECT AVG(salary) FROM employees WHERE status = '在职'"),
]
for zh, en, sql in AGG:
    for q in zh + en:
        add("aggregation", q, sql)

# 2. Group by one to three dimensions
DIMS = [("部门", "department", "d.name", "d.name_en", J), ("城市", "city", "e.city", "e.city", J),
        ("学历", "education", "e.education", "e.education", J), ("性别", "gender", "e.gender", "e.gender", J),
        ("职级", "level", "e.level", "e.level", J)]
for zh, en, zcol, ecol, src in DIMS:
    add("group_by", f"各{zh}员工人数", f"SELECT {zcol}, COUNT(*) {src} GROUP BY 1")
    add("group_by", f"按{zh}统计人数", f"SELECT {zcol}, COUNT(*) {src} GROUP BY 1")
    add("group_by", f"各{zh}平均工资", f"SELECT {zcol}, AVG(e.salary) {src} GROUP BY 1")
    add("group_by", f"headcount by {en}", f"SELECT {ecol}, COUNT(*) {src} GROUP BY 1")
    add("group_by", f"average salary by {en}", f"SELECT {ecol}, AVG(e.salary) {src} GROUP BY 1")
    add("group_by", f"number of employees per {en}", f"SELECT {ecol}, COUNT(*) {src} GROUP BY 1")
add("group_by", "每个部门有多少人", f"SELECT d.name, COUNT(*) {J} GROUP BY 1")
add("group_by", "各部门最高工资", f"SELECT d.name, MAX(e.salary) {J} GROUP BY 1")
add("group_by", "highest salary by department", f"SELECT d.name_en, MAX(e.salary) {J} GROUP BY 1")
add("group_by", "按部门和性别统计人数", f"SELECT d.name, e.gender, COUNT(*) {J} GROUP BY 1, 2")
add("group_by", "按部门和性别统计人数和平均工资", f"SELECT d.name, e.gender, COUNT(*), AVG(e.salary) {J} GROUP BY 1, 2")
add("group_by", "headcount by department and gender", f"SELECT d.name_en, e.gender, COUNT(*) {J} GROUP BY 1, 2")
add("group_by", "average salary by city and education", "SELECT city, education, AVG(salary) FROM employees GROUP BY 1, 2")
add("group_by", "各城市男女人数", "SELECT city, gender, COUNT(*) FROM employees GROUP BY 1, 2")
add("group_by", "按部门、城市和性别统计人数", f"SELECT d.name, e.city, e.gender, COUNT(*) {J} GROUP BY 1, 2, 3")
add("group_by", "headcount by department, city and gender", f"SELECT d.name_en, e.city, e.gender, COUNT(*) {J} GROUP BY 1, 2, 3")
add("group_by", "学历分布", "SELECT education, COUNT(*) FROM employees GROUP BY 1")
add("group_by", "绩效等级分布", "SELECT rating, COUNT(*) FROM performance_reviews GROUP BY 1")
add("group_by", "number of reviews by rating", "SELECT rating, COUNT(*) FROM performance_reviews GROUP BY 1")
add("group_by", "各部门平均绩效", f"SELECT d.name, AVG(r.score) FROM performance_reviews r JOIN employees e ON e.id = r.employee_id JOIN departments d ON d.id = e.department_id GROUP BY 1")
add("group_by", "average score by department", f"SELECT d.name_en, AVG(r.score) FROM performance_reviews r JOIN employees e ON e.id = r.employee_id JOIN departments d ON d.id = e.department_id GROUP BY 1")

# 3. Value filters by name and alias, either language
for zh, en in CITIES:
    add("value_filter", f"{zh}的员工有多少", f"SELECT COUNT(*) FROM employees WHERE city = '{zh}'")
    add("value_filter", f"{zh}员工的平均工资", f"SELECT AVG(salary) FROM employees WHERE city = '{zh}'")
    add("value_filter", f"how many employees in {en}", f"SELECT COUNT(*) FROM employees WHERE city = '{zh}'")
    add("value_filter", f"average salary in {en}", f"SELECT AVG(salary) FROM employees WHERE city = '{zh}'")
for zh, en in DEPTS:
    add("value_filter", f"{zh}有多少人", f"SELECT COUNT(*) {J} WHERE d.name = '{zh}'")
    add("value_filter", f"{zh}平均工资", f"SELECT AVG(e.salary) {J} WHERE d.name = '{zh}'")
    add("value_filter", f"how many people in {en}", f"SELECT COUNT(*) {J} WHERE d.name = '{zh}'")
    add("value_filter", f"average salary in {en}", f"SELECT AVG(e.salary) {J} WHERE d.name = '{zh}'")
for zh, en in EDUS:
    add("value_filter", f"{zh}学历的员工人数", f"SELECT COUNT(*) FROM employees WHERE education = '{zh}'")
    add("value_filter", f"{en} average salary", f"SELECT AVG(salary) FROM employees WHERE education = '{zh}'")
add("value_filter", "研发部门人数", f"SELECT COUNT(*) {J} WHERE d.name = '技术部'")
add("value_filter", "北京技术部的员工人数", f"SELECT COUNT(*) {J} WHERE d.name = '技术部' AND e.city = '北京'")
add("value_filter", "Engineering employees in Shanghai", f"SELECT COUNT(*) {J} WHERE d.name = '技术部' AND e.city = '上海'")
add("value_filter", "北京和上海的员工人数", "SELECT COUNT(*) FROM employees WHERE city IN ('北京', '上海')")
add("value_filter", "employees in Beijing or Shanghai", "SELECT COUNT(*) FROM employees WHERE city IN ('北京', '上海')")
add("value_filter", "女员工平均工资", "SELECT AVG(salary) FROM employees WHERE gender = '女'")
add("value_filter", "average salary of women", "SELECT AVG(salary) FROM employees WHERE gender = '女'")
add("value_filter", "S级员工有多少", "SELECT COUNT(DISTINCT employee_id) FROM performance_reviews WHERE rating = 'S'")

# 4. Negation and exclusion
for zh, en in CITIES[:4]:
    add("negation", f"不在{zh}的员工人数", f"SELECT COUNT(*) FROM employees WHERE city <> '{zh}'")
    add("negation", f"employees not in {en}", f"SELECT COUNT(*) FROM employees WHERE city <> '{zh}'")
for zh, en in DEPTS[:5]:
    add("negation", f"除{zh}以外的平均工资", f"SELECT AVG(e.salary) {J} WHERE d.name <> '{zh}'")
    add("negation", f"非{zh}员工人数", f"SELECT COUNT(*) {J} WHERE d.name <> '{zh}'")
    add("negation", f"average salary excluding {en}", f"SELECT AVG(e.salary) {J} WHERE d.name <> '{zh}'")
    add("negation", f"headcount outside {en}", f"SELECT COUNT(*) {J} WHERE d.name <> '{zh}'")
add("negation", "销售部以外的员工人数", f"SELECT COUNT(*) {J} WHERE d.name <> '销售部'")
add("negation", "not in Sales headcount", f"SELECT COUNT(*) {J} WHERE d.name <> '销售部'")

# 5. Numeric conditions, Chinese numerals and units
for text, n in [("30000", 30000), ("3万", 30000), ("2万", 20000), ("两万", 20000), ("1.5万", 15000), ("25000", 25000)]:
    add("numeric", f"工资超过{text}的员工有多少", f"SELECT COUNT(*) FROM employees WHERE salary > {n}")
add("numeric", "工资高于2万的员工数", "SELECT COUNT(*) FROM employees WHERE salary > 20000")
add("numeric", "工资不低于1.5万的员工人数", "SELECT COUNT(*) FROM employees WHERE salary >= 15000")
add("numeric", "工资两万以上的员工人数", "SELECT COUNT(*) FROM employees WHERE salary >= 20000")
add("numeric", "工资低于1万的员工人数", "SELECT COUNT(*) FROM employees WHERE salary < 10000")
add("numeric", "工资在1万到2万之间的员工人数", "SELECT COUNT(*) FROM employees WHERE salary BETWEEN 10000 AND 20000")
for k in [5, 6, 7, 8]:
    add("numeric", f"{k}级及以上的员工人数", f"SELECT COUNT(*) FROM employees WHERE level >= {k}")
    add("numeric", f"level {k} or above headcount", f"SELECT COUNT(*) FROM employees WHERE level >= {k}")
add("numeric", "职级大于等于7的员工人数", "SELECT COUNT(*) FROM employees WHERE level >= 7")
add("numeric", "职级低于3的员工人数", "SELECT COUNT(*) FROM employees WHERE level < 3")
add("numeric", "employees with salary over 30000", "SELECT COUNT(*) FROM employees WHERE salary > 30000")
add("numeric", "how many employees earn more than 20k", "SELECT COUNT(*) FROM employees WHERE salary > 20000")
add("numeric", "salary above 25000 headcount", "SELECT COUNT(*) FROM employees WHERE salary > 25000")
add("numeric", "salary below 8000 headcount", "SELECT COUNT(*) FROM employees WHERE salary < 8000")
add("numeric", "salary between 10000 and 20000 headcount", "SELECT COUNT(*) FROM employees WHERE salary BETWEEN 10000 AND 20000")
add("numeric", "employees with level at least 8", "SELECT COUNT(*) FROM employees WHERE level >= 8")
add("numeric", "各部门7级以上员工人数", f"SELECT d.name, COUNT(*) {J} WHERE e.level >= 7 GROUP BY 1")

# 6. Absolute periods
for y in range(2017, 2026):
    add("absolute_period", f"{y}年入职的员工人数", f"SELECT COUNT(*) FROM employees WHERE hire_date LIKE '{y}-%'")
    add("absolute_period", f"hires in {y}", f"SELECT COUNT(*) FROM employees WHERE hire_date LIKE '{y}-%'")
for y, q in [(2024, 3), (2025, 1), (2023, 2)]:
    start, end = {1: ("01-01", "03-31"), 2: ("04-01", "06-30"), 3: ("07-01", "09-30"), 4: ("10-01", "12-31")}[q]
    sql = f"SELECT COUNT(*) FROM employees WHERE hire_date BETWEEN '{y}-{start}' AND '{y}-{end}'"
    add("absolute_period", f"{y}年第{'一二三四'[q - 1]}季度入职人数", sql)
    add("absolute_period", f"Q{q} {y} hires", sql)
for y, m in [(2024, 3), (2023, 5), (2025, 11)]:
    add("absolute_period", f"{y}年{m}月入职人数", f"SELECT COUNT(*) FROM employees WHERE hire_date LIKE '{y}-{m:02d}-%'")
    add("absolute_period", f"{y}-{m:02d} hires", f"SELECT COUNT(*) FROM employees WHERE hire_date LIKE '{y}-{m:02d}-%'")
add("absolute_period", "2024年上半年入职人数", "SELECT COUNT(*) FROM employees WHERE hire_date BETWEEN '2024-01-01' AND '2024-06-30'")
add("absolute_period", "2024年北京各部门的平均工资", f"SELECT d.name, AVG(e.salary) {J} WHERE e.city = '北京' AND e.hire_date LIKE '2024-%' GROUP BY 1")
add("absolute_period", "2024年平均绩效分", "SELECT AVG(score) FROM performance_reviews WHERE year = 2024")
add("absolute_period", "average score in 2023", "SELECT AVG(score) FROM performance_reviews WHERE year = 2023")
add("absolute_period", "2023年离职的员工有多少", "SELECT COUNT(*) FROM employees WHERE termination_date LIKE '2023-%'")

# 7. Relative periods (today is 2026-11-25)
REL = [
    (["今年入职人数"], ["hires this year"], "hire_date >= '2026-01-01'"),
    (["去年入职人数"], ["how many people joined last year", "hires last year"], "hire_date LIKE '2025-%'"),
    (["前年入职人数"], [], "hire_date LIKE '2024-%'"),
    (["上个月入职人数", "上月入职人数"], ["hires last month"], "hire_date LIKE '2026-10-%'"),
    (["上季度入职人数"], ["hires last quarter"], "hire_date BETWEEN '2026-07-01' AND '2026-09-30'"),
    (["近三个月入职人数", "最近三个月入职人数"], ["last 3 months hires"], "hire_date BETWEEN '2026-08-01' AND '2026-10-31'"),
    (["近半年入职人数"], ["last 6 months hires"], "hire_date BETWEEN '2026-05-01' AND '2026-10-31'"),
    (["年初至今入职人数"], ["YTD hires", "hires year to date"], "hire_date >= '2026-01-01'"),
    (["近两年入职人数"], ["hires in the last 2 years"], "hire_date BETWEEN '2024-01-01' AND '2025-12-31'"),
]
for zh, en, cond in REL:
    for q in zh + en:
        add("relative_period", q, f"SELECT COUNT(*) FROM employees WHERE {cond}")
add("relative_period", "去年离职人数", "SELECT COUNT(*) FROM employees WHERE termination_date LIKE '2025-%'")
add("relative_period", "how many employees left last year", "SELECT COUNT(*) FROM employees WHERE termination_date LIKE '2025-%'")
add("relative_period", "去年各部门入职人数", f"SELECT d.name, COUNT(*) {J} WHERE e.hire_date LIKE '2025-%' GROUP BY 1")

# 8. Open ranges
for y in [2020, 2022, 2024]:
    add("open_range", f"{y}年以来入职人数", f"SELECT COUNT(*) FROM employees WHERE hire_date >= '{y}-01-01'")
    add("open_range", f"hires since {y}", f"SELECT COUNT(*) FROM employees WHERE hire_date >= '{y}-01-01'")
    add("open_range", f"{y}年之前入职的员工人数", f"SELECT COUNT(*) FROM employees WHERE hire_date < '{y}-01-01'")
    add("open_range", f"hires before {y}", f"SELECT COUNT(*) FROM employees WHERE hire_date < '{y}-01-01'")
for a, b in [(2020, 2022), (2018, 2019)]:
    add("open_range", f"{a}年到{b}年入职人数", f"SELECT COUNT(*) FROM employees WHERE hire_date BETWEEN '{a}-01-01' AND '{b}-12-31'")
    add("open_range", f"hires between {a} and {b}", f"SELECT COUNT(*) FROM employees WHERE hire_date BETWEEN '{a}-01-01' AND '{b}-12-31'")
add("open_range", "截至去年底入职的员工人数", "SELECT COUNT(*) FROM employees WHERE hire_date <= '2025-12-31'")

# 9. Grains and trends
Y = "substr(hire_date, 1, 4) || '-01-01T00:00:00.000'"
M = "substr(hire_date, 1, 7) || '-01T00:00:00.000'"
QQ = "substr(hire_date, 1, 4) || '-' || printf('%02d', ((CAST(substr(hire_date, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1) || '-01T00:00:00.000'"
for q in ["每年入职人数", "按年统计入职人数", "入职趋势", "hires per year", "yearly hires", "hiring trend"]:
    add("grain_trend", q, f"SELECT {Y}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
for q in ["每月入职人数", "monthly hires"]:
    add("grain_trend", q, f"SELECT {M}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
for y in [2024, 2025]:
    add("grain_trend", f"{y}年每月入职人数", f"SELECT {M}, COUNT(*) FROM employees WHERE hire_date LIKE '{y}-%' GROUP BY 1 ORDER BY 1", ordered=True)
    add("grain_trend", f"monthly hires in {y}", f"SELECT {M}, COUNT(*) FROM employees WHERE hire_date LIKE '{y}-%' GROUP BY 1 ORDER BY 1", ordered=True)
    add("grain_trend", f"quarterly hires in {y}", f"SELECT {QQ}, COUNT(*) FROM employees WHERE hire_date LIKE '{y}-%' GROUP BY 1 ORDER BY 1", ordered=True)
W = "date(hire_date, 'weekday 0', '-6 days') || 'T00:00:00.000'"
add("grain_trend", "weekly hires in 2026-10", f"SELECT {W}, COUNT(*) FROM employees WHERE hire_date LIKE '2026-10-%' GROUP BY 1 ORDER BY 1", ordered=True)
add("grain_trend", "2026年10月每周入职人数", f"SELECT {W}, COUNT(*) FROM employees WHERE hire_date LIKE '2026-10-%' GROUP BY 1 ORDER BY 1", ordered=True)
add("grain_trend", "每月入职趋势", f"SELECT {M}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
add("grain_trend", "每季度入职人数", f"SELECT {QQ}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
add("grain_trend", "每年离职人数", "SELECT substr(termination_date, 1, 4) || '-01-01T00:00:00.000', COUNT(*) FROM employees WHERE termination_date IS NOT NULL GROUP BY 1 ORDER BY 1", ordered=True)
add("grain_trend", "每季度平均绩效分", "SELECT printf('%04d-%02d-01T00:00:00.000', year, (quarter - 1) * 3 + 1), AVG(score) FROM performance_reviews GROUP BY 1 ORDER BY 1", ordered=True)
add("grain_trend", "average score per quarter", "SELECT printf('%04d-%02d-01T00:00:00.000', year, (quarter - 1) * 3 + 1), AVG(score) FROM performance_reviews GROUP BY 1 ORDER BY 1", ordered=True)

# 10. Ranking, superlatives and sorting
for n, word in [(3, "三"), (5, "5"), (10, "10")]:
    add("ranking", f"工资最高的{word}名员工", f"SELECT name, salary FROM employees ORDER BY salary DESC, id LIMIT {n}", ordered=True)
    add("ranking", f"top {n} employees by salary", f"SELECT name, salary FROM employees ORDER BY salary DESC, id LIMIT {n}", ordered=True)
add("ranking", "工资最低的3名员工", "SELECT name, salary FROM employees ORDER BY salary ASC, id LIMIT 3", ordered=True)
add("ranking", "bottom 3 employees by salary", "SELECT name, salary FROM employees ORDER BY salary ASC, id LIMIT 3", ordered=True)
add("ranking", "工资最高的员工", "SELECT name, salary FROM employees ORDER BY salary DESC, id LIMIT 1", ordered=True)
add("ranking", "who has the highest salary", "SELECT name, salary FROM employees ORDER BY salary DESC, id LIMIT 1", ordered=True)
add("ranking", "谁的工资最高", "SELECT name, salary FROM employees ORDER BY salary DESC, id LIMIT 1", ordered=True)
for q in ["人数最多的部门", "哪个部门人数最多"]:
    add("ranking", q, f"SELECT d.name, COUNT(*) c {J} GROUP BY 1 ORDER BY c DESC LIMIT 1", ordered=True)
add("ranking", "which department has the most employees", f"SELECT d.name_en, COUNT(*) c {J} GROUP BY 1 ORDER BY c DESC LIMIT 1", ordered=True)
add("ranking", "人数最少的部门", f"SELECT d.name, COUNT(*) c {J} GROUP BY 1 ORDER BY c ASC LIMIT 1", ordered=True)
add("ranking", "which city has the fewest employees", "SELECT city, COUNT(*) c FROM employees GROUP BY 1 ORDER BY c ASC LIMIT 1", ordered=True)
for q in ["平均工资最高的部门", "哪个部门平均工资最高", "工资最高的部门"]:
    add("ranking", q, f"SELECT d.name, AVG(e.salary) a {J} GROUP BY 1 ORDER BY a DESC LIMIT 1", ordered=True)
add("ranking", "which department has the highest average salary", f"SELECT d.name_en, AVG(e.salary) a {J} GROUP BY 1 ORDER BY a DESC LIMIT 1", ordered=True)
add("ranking", "平均工资最低的城市", "SELECT city, AVG(salary) a FROM employees GROUP BY 1 ORDER BY a ASC LIMIT 1", ordered=True)
add("ranking", "离职率最高的部门", f"SELECT d.name, 100.0 * SUM(e.status = '离职') / COUNT(*) r {J} GROUP BY 1 ORDER BY r DESC LIMIT 1", ordered=True)
add("ranking", "which department has the highest attrition rate", f"SELECT d.name_en, 100.0 * SUM(e.status = '离职') / COUNT(*) r {J} GROUP BY 1 ORDER BY r DESC LIMIT 1", ordered=True)
add("ranking", "人数前三的部门", f"SELECT d.name, COUNT(*) c {J} GROUP BY 1 ORDER BY c DESC LIMIT 3", ordered=True)
add("ranking", "top 3 departments by headcount", f"SELECT d.name_en, COUNT(*) c {J} GROUP BY 1 ORDER BY c DESC LIMIT 3", ordered=True)
add("ranking", "各部门平均工资从高到低", f"SELECT d.name, AVG(e.salary) a {J} GROUP BY 1 ORDER BY a DESC", ordered=True)
add("ranking", "按人数降序排列各部门", f"SELECT d.name, COUNT(*) c {J} GROUP BY 1 ORDER BY c DESC", ordered=True)
add("ranking", "average salary by department sorted ascending", f"SELECT d.name_en, AVG(e.salary) a {J} GROUP BY 1 ORDER BY a ASC", ordered=True)

# 11. Comparisons
add("comparison", "男女平均工资对比", "SELECT gender, AVG(salary) FROM employees GROUP BY 1")
add("comparison", "北京和上海的平均工资对比", "SELECT city, AVG(salary) FROM employees WHERE city IN ('北京', '上海') GROUP BY 1")
add("comparison", "Beijing vs Shanghai headcount", "SELECT city, COUNT(*) FROM employees WHERE city IN ('北京', '上海') GROUP BY 1")
add("comparison", "深圳和杭州人数对比", "SELECT city, COUNT(*) FROM employees WHERE city IN ('深圳', '杭州') GROUP BY 1")
add("comparison", "Shenzhen versus Chengdu average salary", "SELECT city, AVG(salary) FROM employees WHERE city IN ('深圳', '成都') GROUP BY 1")
add("comparison", "技术部和销售部平均工资比较", f"SELECT d.name, AVG(e.salary) {J} WHERE d.name IN ('技术部', '销售部') GROUP BY 1")
add("comparison", "compare Engineering and Sales headcount", f"SELECT d.name_en, COUNT(*) {J} WHERE d.name IN ('技术部', '销售部') GROUP BY 1")
add("comparison", "硕士和博士的平均工资对比", "SELECT education, AVG(salary) FROM employees WHERE education IN ('硕士', '博士') GROUP BY 1")

# 12. Shares and rates
for zh, en in EDUS:
    add("share_rate", f"{zh}占比", "SELECT education, COUNT(*) FROM employees GROUP BY 1")
add("share_rate", "share of masters", "SELECT education, COUNT(*) FROM employees GROUP BY 1")
add("share_rate", "北京员工占比", "SELECT city, COUNT(*) FROM employees GROUP BY 1")
add("share_rate", "女员工占比", "SELECT 100.0 * SUM(gender = '女') / COUNT(*) FROM employees")
add("share_rate", "female share", "SELECT 100.0 * SUM(gender = '女') / COUNT(*) FROM employees")
add("share_rate", "proportion of women", "SELECT 100.0 * SUM(gender = '女') / COUNT(*) FROM employees")
add("share_rate", "离职率", "SELECT 100.0 * SUM(status = '离职') / COUNT(*) FROM employees")
add("share_rate", "attrition rate", "SELECT 100.0 * SUM(status = '离职') / COUNT(*) FROM employees")
add("share_rate", "各部门离职率", f"SELECT d.name, 100.0 * SUM(e.status = '离职') / COUNT(*) {J} GROUP BY 1")
add("share_rate", "attrition rate by city", "SELECT city, 100.0 * SUM(status = '离职') / COUNT(*) FROM employees GROUP BY 1")
add("share_rate", "各部门女性比例", f"SELECT d.name, 100.0 * SUM(e.gender = '女') / COUNT(*) {J} GROUP BY 1")
add("share_rate", "female share by city", "SELECT city, 100.0 * SUM(gender = '女') / COUNT(*) FROM employees GROUP BY 1")
add("share_rate", "优秀率", "SELECT 100.0 * SUM(rating IN ('S', 'A')) / COUNT(*) FROM performance_reviews")

# 13. Year over year, period over period
add("yoy_pop", "人数同比增长", f"SELECT {Y}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
add("yoy_pop", "入职人数同比", f"SELECT {Y}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
add("yoy_pop", "hires year over year", f"SELECT {Y}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
add("yoy_pop", "入职人数环比", f"SELECT {M}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
add("yoy_pop", "2025年入职人数环比", f"SELECT {M}, COUNT(*) FROM employees WHERE hire_date LIKE '2025-%' GROUP BY 1 ORDER BY 1", ordered=True)
add("yoy_pop", "month over month hires in 2025", f"SELECT {M}, COUNT(*) FROM employees WHERE hire_date LIKE '2025-%' GROUP BY 1 ORDER BY 1", ordered=True)

# 14. Conditions on aggregates (HAVING)
for n in [150, 200, 300]:
    add("having", f"人数超过{n}人的部门", f"SELECT d.name, COUNT(*) c {J} GROUP BY 1 HAVING c > {n}")
add("having", "平均工资超过2万的部门", f"SELECT d.name, AVG(e.salary) a {J} GROUP BY 1 HAVING a > 20000")
add("having", "平均工资超过两万的城市", "SELECT city, AVG(salary) a FROM employees GROUP BY 1 HAVING a > 20000")

# 15. Explicit chart requests (the rows must still be right)
add("chart", "各部门人数用饼图展示", f"SELECT d.name, COUNT(*) {J} GROUP BY 1")
add("chart", "headcount by city as a pie chart", "SELECT city, COUNT(*) FROM employees GROUP BY 1")
add("chart", "每年入职人数折线图", f"SELECT {Y}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered=True)
add("chart", "average salary by department as a bar chart", f"SELECT d.name_en, AVG(e.salary) {J} GROUP BY 1")

# 16. Typos and traditional characters
add("typos_traditional", "average salery by departmnet", f"SELECT d.name_en, AVG(e.salary) {J} GROUP BY 1")
add("typos_traditional", "hedcount by citty", "SELECT city, COUNT(*) FROM employees GROUP BY 1")
add("typos_traditional", "employes in Shanghia", "SELECT COUNT(*) FROM employees WHERE city = '上海'")
add("typos_traditional", "avrage salary of femal employes", "SELECT AVG(salary) FROM employees WHERE gender = '女'")
add("typos_traditional", "atrition rate by departmnet", f"SELECT d.name_en, 100.0 * SUM(e.status = '离职') / COUNT(*) {J} GROUP BY 1")
add("typos_traditional", "員工總數", "SELECT COUNT(*) FROM employees")
add("typos_traditional", "各部門平均薪資", f"SELECT d.name, AVG(e.salary) {J} GROUP BY 1")
add("typos_traditional", "北京員工人數", "SELECT COUNT(*) FROM employees WHERE city = '北京'")
add("typos_traditional", "各城市離職率", "SELECT city, 100.0 * SUM(status = '离职') / COUNT(*) FROM employees GROUP BY 1")
add("typos_traditional", "技術部有多少人", f"SELECT COUNT(*) {J} WHERE d.name = '技术部'")

# 17b. Ambiguous words read by a documented rule (the answer's notes say which)
add("ambiguity", "最新入职的5名员工", "SELECT name, hire_date || 'T00:00:00.000' FROM employees ORDER BY hire_date DESC, id LIMIT 5")
add("ambiguity", "the 5 most recent hires", "SELECT name, hire_date || 'T00:00:00.000' FROM employees ORDER BY hire_date DESC, id LIMIT 5")
add("ambiguity", "最早入职的3名员工", "SELECT name, hire_date || 'T00:00:00.000' FROM employees ORDER BY hire_date ASC LIMIT 3")
add("ambiguity", "latest 3 employees", "SELECT name, hire_date || 'T00:00:00.000' FROM employees ORDER BY hire_date DESC LIMIT 3")
add("ambiguity", "最近离职的3名员工", "SELECT name, termination_date || 'T00:00:00.000' FROM employees WHERE status = '离职' ORDER BY termination_date DESC LIMIT 3")
add("ambiguity", "各城市工资", "SELECT city, AVG(salary) FROM employees GROUP BY 1")
add("ambiguity", "salary by department", f"SELECT d.name_en, AVG(e.salary) {J} GROUP BY 1")
add("ambiguity", "2023年离职人数", "SELECT COUNT(*) FROM employees WHERE termination_date LIKE '2023-%'")

# 18. Held out: written after the rules above passed, and run once before any rule changed for them. The
# runner reports them apart, as the best estimate of accuracy on phrasings nobody tuned for.
HELD = [
    ("aggregation", "我们公司现在一共有多少员工？", "SELECT COUNT(*) FROM employees WHERE status = '在职'"),  # 现在: the employees on staff now
    ("aggregation", "请告诉我员工的平均工资", "SELECT AVG(salary) FROM employees"),
    ("aggregation", "What's the average pay?", "SELECT AVG(salary) FROM employees"),
    ("aggregation", "how many staff do we have", "SELECT COUNT(*) FROM employees"),
    ("aggregation", "最低的职级是多少", "SELECT MIN(level) FROM employees"),
    ("aggregation", "what is the lowest salary in the company", "SELECT MIN(salary) FROM employees"),
    ("group_by", "每个城市的平均薪资分别是多少", "SELECT city, AVG(salary) FROM employees GROUP BY 1"),
    ("group_by", "show me headcount for each department", f"SELECT d.name_en, COUNT(*) {J} GROUP BY 1"),
    ("group_by", "不同学历的平均工资", "SELECT education, AVG(salary) FROM employees GROUP BY 1"),
    ("group_by", "average level per city", "SELECT city, AVG(level) FROM employees GROUP BY 1"),
    ("group_by", "各岗位的平均工资", "SELECT position, AVG(salary) FROM employees GROUP BY 1"),
    ("group_by", "employees by education level", "SELECT education, COUNT(*) FROM employees GROUP BY 1"),
    ("value_filter", "杭州有多少员工", "SELECT COUNT(*) FROM employees WHERE city = '杭州'"),
    ("value_filter", "how many people work in Guangzhou?", "SELECT COUNT(*) FROM employees WHERE city = '广州'"),
    ("value_filter", "财务部的平均月薪是多少", f"SELECT AVG(e.salary) {J} WHERE d.name = '财务部'"),
    ("value_filter", "average salary of the Finance department", f"SELECT AVG(e.salary) {J} WHERE d.name = '财务部'"),
    ("value_filter", "博士有几个人", "SELECT COUNT(*) FROM employees WHERE education = '博士'"),
    ("value_filter", "how many female employees are in Chengdu", "SELECT COUNT(*) FROM employees WHERE gender = '女' AND city = '成都'"),
    ("value_filter", "上海女员工的平均工资", "SELECT AVG(salary) FROM employees WHERE gender = '女' AND city = '上海'"),
    ("negation", "除了北京以外的员工有多少", "SELECT COUNT(*) FROM employees WHERE city <> '北京'"),
    ("negation", "how many employees are not in Engineering", f"SELECT COUNT(*) {J} WHERE d.name <> '技术部'"),
    ("numeric", "月薪超过四万的员工有多少人", "SELECT COUNT(*) FROM employees WHERE salary > 40000"),
    ("numeric", "how many employees make over 50k", "SELECT COUNT(*) FROM employees WHERE salary > 50000"),
    ("numeric", "职级在3到5之间的员工人数", "SELECT COUNT(*) FROM employees WHERE level BETWEEN 3 AND 5"),
    ("numeric", "employees with salary under 6000", "SELECT COUNT(*) FROM employees WHERE salary < 6000"),
    ("absolute_period", "2019年招了多少人", "SELECT COUNT(*) FROM employees WHERE hire_date LIKE '2019-%'"),
    ("absolute_period", "how many people were hired in 2021", "SELECT COUNT(*) FROM employees WHERE hire_date LIKE '2021-%'"),
    ("absolute_period", "2022年各部门入职人数", f"SELECT d.name, COUNT(*) {J} WHERE e.hire_date LIKE '2022-%' GROUP BY 1"),
    ("relative_period", "去年各城市入职多少人", "SELECT city, COUNT(*) FROM employees WHERE hire_date LIKE '2025-%' GROUP BY 1"),
    ("relative_period", "how many people did we hire this year", "SELECT COUNT(*) FROM employees WHERE hire_date >= '2026-01-01'"),
    ("open_range", "2021年以后入职的员工有多少", "SELECT COUNT(*) FROM employees WHERE hire_date >= '2022-01-01'"),
    ("grain_trend", "历年入职人数", f"SELECT {Y}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", True),
    ("grain_trend", "number of hires by year", f"SELECT {Y}, COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", True),
    ("ranking", "平均工资最高的三个城市", "SELECT city, AVG(salary) a FROM employees GROUP BY 1 ORDER BY a DESC LIMIT 3", True),
    ("ranking", "which city pays the most on average", "SELECT city, AVG(salary) a FROM employees GROUP BY 1 ORDER BY a DESC LIMIT 1", True),
    ("ranking", "离职率最低的城市", "SELECT city, 100.0 * SUM(status = '离职') / COUNT(*) r FROM employees GROUP BY 1 ORDER BY r ASC LIMIT 1", True),
    ("ranking", "top 5 highest paid employees", "SELECT name, salary FROM employees ORDER BY salary DESC, id LIMIT 5", True),
    ("comparison", "男女员工人数对比", "SELECT gender, COUNT(*) FROM employees GROUP BY 1"),
    ("comparison", "compare average salary in Beijing and Chengdu", "SELECT city, AVG(salary) FROM employees WHERE city IN ('北京', '成都') GROUP BY 1"),
    ("share_rate", "本科学历占比", "SELECT education, COUNT(*) FROM employees GROUP BY 1"),
    ("share_rate", "what is the attrition rate in Sales", f"SELECT 100.0 * SUM(e.status = '离职') / COUNT(*) {J} WHERE d.name = '销售部'"),
    ("having", "员工超过400人的部门有哪些", f"SELECT d.name, COUNT(*) c {J} GROUP BY 1 HAVING c > 400"),
    ("having", "departments with more than 200 employees", f"SELECT d.name_en, COUNT(*) c {J} GROUP BY 1 HAVING c > 200"),
    ("typos_traditional", "how many emplyees in Bejing", "SELECT COUNT(*) FROM employees WHERE city = '北京'"),
    ("typos_traditional", "上海員工的平均薪資", "SELECT AVG(salary) FROM employees WHERE city = '上海'"),
]
for item in HELD:
    phenomenon, question, sql = item[:3]
    add(phenomenon, question, sql, ordered=len(item) > 3 and item[3])
    cases[-1]["held_out"] = True
for q in ["帮我写一封邮件", "现在几点了", "who won the world cup", "delete the employees table", "把技术部删掉"]:
    refuse(q)
    cases[-1]["held_out"] = True

# 17. Out of domain, writes and SQL: must be refused, nothing written
for q in ["今天天气怎么样", "明天会下雨吗", "今天星期几", "写一首诗", "帮我订一张机票", "删除所有员工", "删除销售部的所有员工",
          "把张伟的工资改成10000", "把所有人的工资改成0", "新增一个部门", "清空绩效表",
          "what's the weather like today", "tell me a joke", "what time is it", "how do I cook rice", "what is the capital of France",
          "delete all employees", "update salary set salary = 0", "insert into departments values (9, 'x', 'y', 1)",
          "SELECT * FROM employees", "DROP TABLE employees", "employees; DROP TABLE employees --", "1' OR '1'='1",
          "remove the Sales department", "drop table departments"]:
    refuse(q)

path = os.path.join(os.path.dirname(__file__), "corpus.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for case in cases:
        f.write(json.dumps(case, ensure_ascii=False) + "\n")
zh = sum(c["lang"] == "zh" for c in cases)
print(f"{len(cases)} questions: {zh} Chinese ({zh / len(cases):.0%}), {len(cases) - zh} English ({(len(cases) - zh) / len(cases):.0%})")
