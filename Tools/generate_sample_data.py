#!/usr/bin/env python3
"""Generate textbi's sample HR data as UTF-8 CSV files in SampleData/.

Deterministic: the same seed always writes the same rows, so every install
of textbi answers the same questions with the same numbers. Run it only to
change the sample data; the CSV files it writes are committed.

    python3 Tools/generate_sample_data.py [--seed 20240601] [--out SampleData]
"""
import argparse
import csv
import datetime as dt
import os
import random

DEPARTMENTS = [
    # id, name, name_en, budget (CNY), share of headcount, pay multiplier, female share
    (1, "技术部", "Engineering", 36_000_000, 0.26, 1.30, 0.28),
    (2, "产品部", "Product", 12_000_000, 0.10, 1.20, 0.45),
    (3, "销售部", "Sales", 18_000_000, 0.20, 1.05, 0.40),
    (4, "市场部", "Marketing", 9_000_000, 0.09, 1.00, 0.58),
    (5, "人力资源部", "Human Resources", 4_500_000, 0.05, 0.90, 0.72),
    (6, "财务部", "Finance", 5_500_000, 0.06, 1.05, 0.62),
    (7, "运营部", "Operations", 8_000_000, 0.12, 0.92, 0.50),
    (8, "客服部", "Customer Service", 5_000_000, 0.12, 0.75, 0.60),
]

POSITIONS = {
    1: ["初级工程师", "工程师", "高级工程师", "技术专家", "技术总监"],
    2: ["产品助理", "产品经理", "高级产品经理", "产品专家", "产品总监"],
    3: ["销售代表", "客户经理", "高级客户经理", "销售主管", "销售总监"],
    4: ["市场专员", "市场经理", "高级市场经理", "品牌专家", "市场总监"],
    5: ["人事专员", "招聘经理", "HRBP", "人力资源专家", "人力资源总监"],
    6: ["会计", "财务分析师", "高级财务分析师", "财务经理", "财务总监"],
    7: ["运营专员", "运营经理", "高级运营经理", "运营专家", "运营总监"],
    8: ["客服专员", "客服组长", "客服主管", "客服经理", "客服总监"],
}

CITIES = [("北京", 0.28), ("上海", 0.25), ("深圳", 0.17), ("杭州", 0.12), ("广州", 0.10), ("成都", 0.08)]
CITY_PAY = {"北京": 1.10, "上海": 1.10, "深圳": 1.06, "杭州": 1.00, "广州": 0.97, "成都": 0.90}

# Hires per year: growth, a 2020 dip, a 2022-2023 freeze, recovery; 2026 runs to October.
HIRES_PER_YEAR = {2016: 120, 2017: 150, 2018: 190, 2019: 230, 2020: 150, 2021: 260,
                  2022: 170, 2023: 140, 2024: 200, 2025: 230, 2026: 160}

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
MALE_CHARS = list("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳峰建文博志晨")
FEMALE_CHARS = list("芳娜敏静丽艳娟霞燕玲婷雪慧莹琳颖倩洁瑶萍红梅薇晶欣怡佳悦璐蕾楠")

LAST_DAY = dt.date(2026, 10, 31)  # the data's snapshot date


def weighted(rng, pairs):
    x = rng.random() * sum(w for _, w in pairs)
    for value, weight in pairs:
        x -= weight
        if x <= 0:
            return value
    return pairs[-1][0]


def random_date(rng, start, end):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def level_for(rng, years_of_experience):
    base = 1 + years_of_experience / 2.8 + rng.gauss(0, 1.0)
    return max(1, min(9, round(base)))


def education_for(rng, level):
    if level >= 7:
        return weighted(rng, [("大专", 0.03), ("本科", 0.45), ("硕士", 0.40), ("博士", 0.12)])
    if level >= 4:
        return weighted(rng, [("大专", 0.08), ("本科", 0.57), ("硕士", 0.31), ("博士", 0.04)])
    return weighted(rng, [("大专", 0.22), ("本科", 0.63), ("硕士", 0.14), ("博士", 0.01)])


def position_for(dept_id, level):
    band = min(4, (level - 1) // 2)
    return POSITIONS[dept_id][band]


def salary_for(rng, level, dept_mult, city):
    base = 6_000 * (1.28 ** (level - 1))
    value = base * dept_mult * CITY_PAY[city] * rng.uniform(0.88, 1.14)
    return float(round(value / 100) * 100)


def rating_for(score):
    if score >= 4.5:
        return "S"
    if score >= 3.8:
        return "A"
    if score >= 3.0:
        return "B"
    if score >= 2.0:
        return "C"
    return "D"


def generate(seed):
    rng = random.Random(seed)
    employees = []
    dept_weights = [(d[0], d[4]) for d in DEPARTMENTS]
    dept_by_id = {d[0]: d for d in DEPARTMENTS}
    slots = [(d[0], c[0]) for d in DEPARTMENTS for c in CITIES]  # every department in every city
    next_id = 1
    for year, count in HIRES_PER_YEAR.items():
        start = dt.date(year, 1, 1)
        end = min(dt.date(year, 12, 31), LAST_DAY)
        for _ in range(count):
            if slots and year == 2016:
                dept_id, city = slots.pop(0)
            else:
                dept_id = weighted(rng, dept_weights)
                city = weighted(rng, CITIES)
            dept = dept_by_id[dept_id]
            gender = "女" if rng.random() < dept[6] else "男"
            hire = random_date(rng, start, end)
            age_at_hire = max(21, min(50, int(rng.gauss(28, 5))))
            birth = hire - dt.timedelta(days=age_at_hire * 365 + rng.randint(0, 364))
            experience = age_at_hire - 22 + (LAST_DAY - hire).days / 365.25
            level = level_for(rng, max(0.0, experience))
            chars = FEMALE_CHARS if gender == "女" else MALE_CHARS
            given = rng.choice(chars) + (rng.choice(chars) if rng.random() < 0.7 else "")
            name = rng.choice(SURNAMES) + given
            employees.append({
                "id": next_id, "name": name, "gender": gender,
                "birth_date": birth.isoformat(), "hire_date": hire.isoformat(),
                "termination_date": "", "status": "在职", "department_id": dept_id,
                "position": position_for(dept_id, level), "level": level,
                "salary": salary_for(rng, level, dept[5], city), "city": city,
                "education": education_for(rng, level),
            })
            next_id += 1
    # About 15% resign; longer tenure and Sales / Customer Service leave more often.
    for e in employees:
        hire = dt.date.fromisoformat(e["hire_date"])
        tenure_days = (LAST_DAY - hire).days
        if tenure_days < 120:
            continue
        risk = 0.10 + (0.10 if e["department_id"] in (3, 8) else 0.0) + min(0.08, tenure_days / 365 * 0.01)
        if rng.random() < risk:
            leave = hire + dt.timedelta(days=rng.randint(90, tenure_days))
            e["termination_date"] = leave.isoformat()
            e["status"] = "离职"
    reviews = []
    review_id = 1
    quarter_end = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
    ability = {e["id"]: rng.gauss(3.3, 0.45) for e in employees}
    for year in (2023, 2024, 2025):
        for quarter in (1, 2, 3, 4):
            month, day = quarter_end[quarter]
            q_end = dt.date(year, month, day)
            for e in employees:
                hired = dt.date.fromisoformat(e["hire_date"])
                left = e["termination_date"]
                if hired > q_end or (left and dt.date.fromisoformat(left) <= q_end):
                    continue
                score = round(max(1.0, min(5.0, ability[e["id"]] + rng.gauss(0, 0.45))), 1)
                reviews.append({"id": review_id, "employee_id": e["id"], "year": year,
                                "quarter": quarter, "score": score, "rating": rating_for(score)})
                review_id += 1
    departments = [{"id": d[0], "name": d[1], "name_en": d[2], "budget": float(d[3])} for d in DEPARTMENTS]
    return departments, employees, reviews


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "SampleData"))
    args = parser.parse_args()
    departments, employees, reviews = generate(args.seed)
    write_csv(os.path.join(args.out, "departments.csv"), departments)
    write_csv(os.path.join(args.out, "employees.csv"), employees)
    write_csv(os.path.join(args.out, "performance_reviews.csv"), reviews)
    resigned = sum(1 for e in employees if e["status"] == "离职")
    print(f"departments={len(departments)} employees={len(employees)} resigned={resigned} "
          f"({resigned / len(employees):.1%}) reviews={len(reviews)}")


if __name__ == "__main__":
    main()
