-- The sample HR schema: departments, employees and their quarterly performance reviews.
CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL UNIQUE,
    budget REAL NOT NULL
);

CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('男', '女')),
    birth_date TEXT NOT NULL,
    hire_date TEXT NOT NULL,
    termination_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('在职', '离职')),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    position TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
    salary REAL NOT NULL,
    city TEXT NOT NULL,
    education TEXT NOT NULL
);

CREATE TABLE performance_reviews (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    score REAL NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('S', 'A', 'B', 'C', 'D'))
);
