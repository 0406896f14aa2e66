-- Indexes for the filters and groupings questions use most.
CREATE INDEX idx_employees_department ON employees(department_id);
CREATE INDEX idx_employees_city ON employees(city);
CREATE INDEX idx_employees_status ON employees(status);
CREATE INDEX idx_employees_hire_date ON employees(hire_date);
CREATE INDEX idx_employees_gender ON employees(gender);
CREATE INDEX idx_employees_level ON employees(level);
CREATE INDEX idx_reviews_employee ON performance_reviews(employee_id);
CREATE INDEX idx_reviews_period ON performance_reviews(year, quarter);
