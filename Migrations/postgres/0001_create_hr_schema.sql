-- The sample HR schema on PostgreSQL: as ../0001_create_hr_schema.sql, but REAL is DOUBLE PRECISION (PostgreSQL's
-- REAL is 4 bytes; SQLite's is 8) so numbers are the same on both. Dates stay ISO text, as on SQLite.
CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL UNIQUE,
    budget DOUBLE PRECISION NOT NULL
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
    salary DOUBLE PRECISION NOT NULL,
    city TEXT NOT NULL,
    education TEXT NOT NULL
);

CREATE TABLE performance_reviews (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    score DOUBLE PRECISION NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('S', 'A', 'B', 'C', 'D'))
);

-- SQLite's printf for the model's SQL (performance_reviews.period is printf('%04d-%02d-01', year, month)):
-- %d, %0Nd, %Nd, %s and %%, over numeric arguments.
CREATE FUNCTION printf(fmt text, VARIADIC args numeric[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    result text := '';
    pos int := 1;
    arg int := 0;
    spec text[];
    piece text;
BEGIN
    WHILE pos <= length(fmt) LOOP
        spec := regexp_match(substr(fmt, pos), '^%(0?)([0-9]*)([ds%])');
        IF spec IS NULL THEN
            result := result || substr(fmt, pos, 1);
            pos := pos + 1;
            CONTINUE;
        END IF;
        pos := pos + 2 + length(spec[1]) + length(spec[2]);
        IF spec[3] = '%' THEN
            result := result || '%';
            CONTINUE;
        END IF;
        arg := arg + 1;
        IF spec[3] = 'd' THEN
            piece := coalesce(trunc(args[arg])::bigint::text, '0');
        ELSE
            piece := coalesce(args[arg]::text, '');
        END IF;
        IF spec[2] <> '' AND length(piece) < spec[2]::int THEN
            piece := lpad(piece, spec[2]::int, CASE WHEN spec[1] = '0' THEN '0' ELSE ' ' END);
        END IF;
        result := result || piece;
    END LOOP;
    RETURN result;
END
$$;
