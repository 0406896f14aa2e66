import Testing

/// A question, the SQL a person would write by hand for it, and whether row order matters.
struct AnswerCase: Sendable, CustomTestStringConvertible {
    let question: String
    let sql: String
    let ordered: Bool
    init(_ question: String, _ sql: String, ordered: Bool = false) {
        self.question = question
        self.sql = sql
        self.ordered = ordered
    }
    var testDescription: String { question }
}

// Today is 2026-11-25 in these tests. Each SQL is written independently of textbi's renderer.
let answerCases: [AnswerCase] = [
    AnswerCase("统计员工总数", "SELECT COUNT(*) FROM employees"),
    AnswerCase("How many employees are there?", "SELECT COUNT(*) FROM employees"),
    AnswerCase("在职员工有多少人", "SELECT COUNT(*) FROM employees WHERE status = '在职'"),
    AnswerCase("how many resigned employees", "SELECT COUNT(*) FROM employees WHERE status = '离职'"),
    AnswerCase("有多少个部门", "SELECT COUNT(*) FROM departments"),
    AnswerCase("平均工资是多少", "SELECT AVG(salary) FROM employees"),
    AnswerCase("total payroll", "SELECT SUM(salary) FROM employees"),
    AnswerCase("最高工资", "SELECT MAX(salary) FROM employees"),
    AnswerCase("lowest salary", "SELECT MIN(salary) FROM employees"),
    AnswerCase("离职率", "SELECT 100.0 * SUM(status = '离职') / COUNT(*) FROM employees"),
    AnswerCase("女员工占比", "SELECT 100.0 * SUM(gender = '女') / COUNT(*) FROM employees"),
    // How many values a category has, with no distinct count in the model: counted from the breakdown's groups.
    AnswerCase("How many different job titles are there in Marketing?", "SELECT COUNT(DISTINCT e.position) FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name_en = 'Marketing'"),
    AnswerCase("how many different cities have more than 100 employees", "SELECT COUNT(*) FROM (SELECT city FROM employees GROUP BY city HAVING COUNT(*) > 100)"),
    AnswerCase("市场部有多少个不同的职位", "SELECT COUNT(DISTINCT e.position) FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name = '市场部'"),
    // The share of one condition among another, split by the copula or 中.
    AnswerCase("What share of our current employees are women?", "SELECT 100.0 * SUM(gender = '女') / COUNT(*) FROM employees WHERE status = '在职'"),
    AnswerCase("在职员工中女性的占比", "SELECT 100.0 * SUM(gender = '女') / COUNT(*) FROM employees WHERE status = '在职'"),
    // One row of a column's own cube: its value.
    AnswerCase("财务部的预算有多少？", "SELECT budget FROM departments WHERE name = '财务部'"),
    // The share of one value in each group: one row per department holding its share, not the counts per gender.
    AnswerCase("各部门女员工占比", "SELECT d.name, 100.0 * SUM(e.gender = '女') / COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY 1"),
    AnswerCase("What share of each city's employees are women?", "SELECT city, 100.0 * SUM(gender = '女') / COUNT(*) FROM employees GROUP BY 1"),
    // A total word before a sum (with a word of the same measure between) says what it is.
    AnswerCase("Total monthly payroll for Shanghai staff", "SELECT SUM(salary) FROM employees WHERE city = '上海'"),
    // "within each" joins a second breakdown, the outer one first (salaries #08).
    AnswerCase("average salary for each city within each department", "SELECT d.name_en, e.city, AVG(e.salary) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY 1, 2"),
    // A column named by a pay verb right before "on average".
    AnswerCase("what does the Sales department earn on average", "SELECT AVG(e.salary) FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name_en = 'Sales'"),
    AnswerCase("各部门员工人数", "SELECT d.name, COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY d.name"),
    AnswerCase("headcount by department", "SELECT d.name_en, COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY d.name_en"),
    AnswerCase("average salary by city", "SELECT city, AVG(salary) FROM employees GROUP BY city"),
    AnswerCase("按部门和性别统计人数", "SELECT d.name, e.gender, COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY 1, 2"),
    AnswerCase("各部门离职率", "SELECT d.name, 100.0 * SUM(e.status = '离职') / COUNT(*) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY 1"),
    AnswerCase("北京的员工有多少", "SELECT COUNT(*) FROM employees WHERE city = '北京'"),
    AnswerCase("average salary in Engineering", "SELECT AVG(e.salary) FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name_en = 'Engineering'"),
    AnswerCase("不在北京的员工人数", "SELECT COUNT(*) FROM employees WHERE city <> '北京'"),
    AnswerCase("average salary excluding Sales", "SELECT AVG(e.salary) FROM employees e JOIN departments d ON d.id = e.department_id WHERE d.name_en <> 'Sales'"),
    AnswerCase("工资超过3万的员工人数", "SELECT COUNT(*) FROM employees WHERE salary > 30000"),
    AnswerCase("salary between 10000 and 20000 headcount", "SELECT COUNT(*) FROM employees WHERE salary BETWEEN 10000 AND 20000"),
    AnswerCase("7级及以上的员工人数", "SELECT COUNT(*) FROM employees WHERE level >= 7"),
    AnswerCase("2023年入职的员工人数", "SELECT COUNT(*) FROM employees WHERE hire_date BETWEEN '2023-01-01' AND '2023-12-31'"),
    AnswerCase("2024年第三季度入职人数", "SELECT COUNT(*) FROM employees WHERE hire_date BETWEEN '2024-07-01' AND '2024-09-30'"),
    AnswerCase("hires since 2022", "SELECT COUNT(*) FROM employees WHERE hire_date >= '2022-01-01'"),
    AnswerCase("去年入职人数", "SELECT COUNT(*) FROM employees WHERE hire_date LIKE '2025-%'"),
    AnswerCase("how many employees left last year", "SELECT COUNT(*) FROM employees WHERE termination_date LIKE '2025-%'"),
    AnswerCase("last month hires", "SELECT COUNT(*) FROM employees WHERE hire_date BETWEEN '2026-10-01' AND '2026-10-31'"),
    AnswerCase("每年入职人数", "SELECT substr(hire_date, 1, 4) || '-01-01T00:00:00.000', COUNT(*) FROM employees GROUP BY 1 ORDER BY 1", ordered: true),
    AnswerCase("2024年每月入职人数", "SELECT substr(hire_date, 1, 7) || '-01T00:00:00.000', COUNT(*) FROM employees WHERE hire_date LIKE '2024-%' GROUP BY 1 ORDER BY 1", ordered: true),
    AnswerCase("工资最高的5名员工", "SELECT name, salary FROM employees ORDER BY salary DESC, id LIMIT 5", ordered: true),
    AnswerCase("which department has the most employees", "SELECT d.name_en, COUNT(*) c FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY 1 ORDER BY c DESC LIMIT 1", ordered: true),
    AnswerCase("平均工资最高的部门", "SELECT d.name, AVG(e.salary) a FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY 1 ORDER BY a DESC LIMIT 1", ordered: true),
    AnswerCase("人数超过300人的部门", "SELECT d.name, COUNT(*) c FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY 1 HAVING c > 300"),
    AnswerCase("2024年平均绩效分", "SELECT AVG(score) FROM performance_reviews WHERE year = 2024"),
    AnswerCase("各部门平均绩效", "SELECT d.name, AVG(r.score) FROM performance_reviews r JOIN employees e ON e.id = r.employee_id JOIN departments d ON d.id = e.department_id GROUP BY 1"),
    AnswerCase("曾经S级员工有多少", "SELECT COUNT(DISTINCT employee_id) FROM performance_reviews WHERE rating = 'S'"),
    // A measure of one cube grouped by another's dimension: each employee counted once per rating (Cube's
    // primary-key de-duplication), among employees who have a review of that rating.
    AnswerCase("各绩效等级的平均月薪", "SELECT rating, AVG(salary) FROM (SELECT DISTINCT r.rating, e.id, e.salary FROM performance_reviews r JOIN employees e ON e.id = r.employee_id) GROUP BY rating"),
    AnswerCase("average salary by review rating", "SELECT rating, AVG(salary) FROM (SELECT DISTINCT r.rating, e.id, e.salary FROM performance_reviews r JOIN employees e ON e.id = r.employee_id) GROUP BY rating"),
    AnswerCase("各城市的部门数", "SELECT city, COUNT(DISTINCT department_id) FROM employees GROUP BY city"),
    // A condition on an aggregate plus a filter: the values must stay with their own conditions.
    AnswerCase("北京员工超过100人的部门", "SELECT d.name, COUNT(*) c FROM employees e JOIN departments d ON d.id = e.department_id WHERE e.city = '北京' GROUP BY 1 HAVING c > 100"),
    AnswerCase("departments with more than 50 employees in Beijing", "SELECT d.name_en, COUNT(*) c FROM employees e JOIN departments d ON d.id = e.department_id WHERE e.city = '北京' GROUP BY 1 HAVING c > 50"),
    // At least one row of another cube: those that have one, each counted once.
    AnswerCase("How many employees have had at least one performance review?", "SELECT COUNT(DISTINCT employee_id) FROM performance_reviews"),
    AnswerCase("How many employees scored below 2 in at least one review in 2025?", "SELECT COUNT(DISTINCT employee_id) FROM performance_reviews WHERE year = 2025 AND score < 2"),
    // The number of periods with such rows: the months' groups counted.
    AnswerCase("In how many months of 2025 were more than 30 people hired?", "SELECT COUNT(*) FROM (SELECT strftime('%m', hire_date) m FROM employees WHERE hire_date BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY m HAVING COUNT(*) > 30)"),
    AnswerCase("In how many quarters of 2024 were more than 50 people hired?", "SELECT COUNT(*) FROM (SELECT (CAST(strftime('%m', hire_date) AS INTEGER) + 2) / 3 q FROM employees WHERE hire_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY q HAVING COUNT(*) > 50)"),
]
