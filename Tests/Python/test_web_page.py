"""The web page in a real headless Chromium against the live server."""
import os
import shutil
import time

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ARTIFACTS = os.path.join(ROOT, ".build", "browser-artifacts")


@pytest.fixture(scope="module")
def browser():
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1500", "--lang=zh-CN"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    os.makedirs(ARTIFACTS, exist_ok=True)
    yield driver
    driver.quit()


def wait_for(condition, timeout=20, step=0.05):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out waiting")


def ask(browser, question):
    before = len(browser.find_elements(By.CSS_SELECTOR, "article.answer"))
    box = browser.find_element(By.ID, "question")
    box.clear()
    box.send_keys(question)
    browser.find_element(By.ID, "ask-button").click()
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "article.answer")) > before)
    return browser.find_elements(By.CSS_SELECTOR, "article.answer")[-1]


def severe_console_errors(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_question_streams_to_table_chart_and_analysis(browser, server):
    browser.get(server + "/")
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#examples button"))
    answer = ask(browser, "各部门员工人数")
    wait_for(lambda: answer.get_attribute("data-finished") == "true")

    progress = answer.find_element(By.CSS_SELECTOR, ".progress")
    assert progress.get_attribute("aria-valuenow") == "5"
    assert "5/5" in answer.find_element(By.CSS_SELECTOR, ".progress-label").text

    expected = requests.post(server + "/workflow/query-sync", json={"message": "各部门员工人数"}, timeout=30).json()["data"]
    rows = answer.find_elements(By.CSS_SELECTOR, ".table-wrap tbody tr")
    shown = {r.find_elements(By.TAG_NAME, "td")[0].text: r.find_elements(By.TAG_NAME, "td")[1].text.replace(",", "") for r in rows}
    assert shown == {row["departments.name"]: str(row["employees.count"]) for row in expected}

    bars = answer.find_elements(By.CSS_SELECTOR, ".chart svg rect.bar")
    assert len(bars) == 8
    assert "各部门 · 员工人数" in answer.find_element(By.CSS_SELECTOR, ".understood").text
    assert "SELECT" in answer.find_element(By.CSS_SELECTOR, ".steps").text
    insights = answer.find_elements(By.CSS_SELECTOR, ".insights li")
    assert insights and "技术部" in insights[0].text

    # Sorting the table by the count column, ascending, puts the smallest department first.
    answer.find_elements(By.CSS_SELECTOR, ".table-wrap th button")[1].click()
    first = answer.find_element(By.CSS_SELECTOR, ".table-wrap tbody tr td").text
    assert first == min(expected, key=lambda r: r["employees.count"])["departments.name"]

    # The chart switch draws a pie from the same rows.
    answer.find_element(By.CSS_SELECTOR, "[data-chart=pie]").click()
    assert len(answer.find_elements(By.CSS_SELECTOR, ".chart svg path.slice")) == 8
    answer.find_element(By.CSS_SELECTOR, "[data-chart=bar]").click()

    time.sleep(0.3)  # let the progress bar's transition settle before the picture
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(os.path.join(ARTIFACTS, "readme.png"))
    browser.execute_script("arguments[0].scrollIntoView()", answer)
    browser.save_screenshot(os.path.join(ARTIFACTS, "answer.png"))
    assert severe_console_errors(browser) == []


def test_not_understood_shows_message_and_suggestions(browser, server):
    browser.get(server + "/")
    answer = ask(browser, "今天天气怎么样")
    wait_for(lambda: answer.get_attribute("data-finished") == "true")
    error = answer.find_element(By.CSS_SELECTOR, ".error")
    assert error.is_displayed()
    assert "没能理解" in error.text
    suggestions = error.find_elements(By.CSS_SELECTOR, ".error-suggestions button")
    assert len(suggestions) == 3
    # A suggestion is a question that works: clicking it answers it in the same thread.
    suggestions[1].click()
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "article.answer")) == 2)
    follow = browser.find_elements(By.CSS_SELECTOR, "article.answer")[-1]
    wait_for(lambda: follow.get_attribute("data-finished") == "true")
    assert follow.find_elements(By.CSS_SELECTOR, ".table-wrap tbody tr")
    assert severe_console_errors(browser) == []


def test_clarification_offers_choices_as_buttons(browser, server):
    browser.get(server + "/")
    answer = ask(browser, "员工平均通勤时间")
    wait_for(lambda: answer.get_attribute("data-finished") == "true")
    assert answer.get_attribute("data-clarification") == "true"
    error = answer.find_element(By.CSS_SELECTOR, ".error")
    assert "通勤时间" in error.text and "没有运行查询" in error.text
    assert not answer.find_elements(By.CSS_SELECTOR, ".table-wrap tbody tr")  # no number was given
    choices = error.find_elements(By.CSS_SELECTOR, ".error-suggestions button")
    assert 1 <= len(choices) <= 3
    # Picking a choice asks it: a complete question, answered with rows.
    choices[0].click()
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "article.answer")) == 2)
    picked = browser.find_elements(By.CSS_SELECTOR, "article.answer")[-1]
    wait_for(lambda: picked.get_attribute("data-finished") == "true")
    assert picked.find_elements(By.CSS_SELECTOR, ".table-wrap tbody tr")
    assert severe_console_errors(browser) == []


def test_cancel_stops_a_slowed_run(browser, slow_server):
    browser.get(slow_server + "/")
    answer = ask(browser, "各城市员工人数")
    wait_for(lambda: answer.find_elements(By.CSS_SELECTOR, "details.step"))
    cancel = browser.find_element(By.ID, "cancel-button")
    wait_for(lambda: cancel.is_enabled())
    cancel.click()
    wait_for(lambda: answer.get_attribute("data-finished") == "true", timeout=10)
    assert answer.find_element(By.CSS_SELECTOR, ".status").text in ("已取消", "Cancelled")
    assert len(answer.find_elements(By.CSS_SELECTOR, "details.step")) < 5
    assert not answer.find_elements(By.CSS_SELECTOR, ".table-wrap tbody tr")
    assert severe_console_errors(browser) == []


def test_usable_at_phone_width(browser, server):
    browser.set_window_size(390, 844)
    try:
        browser.get(server + "/")
        # The suggestion list opens below the box while typing; Ask must stay clickable beside it.
        box = browser.find_element(By.ID, "question")
        box.send_keys("average sal")
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#suggestions li"))
        on_top = browser.execute_script(
            "const b = document.getElementById('ask-button').getBoundingClientRect();"
            "return document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2).id;")
        assert on_top == "ask-button"
        box.clear()
        answer = ask(browser, "average salary by city")
        wait_for(lambda: answer.get_attribute("data-finished") == "true")
        time.sleep(0.3)
        overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0
        assert browser.find_element(By.ID, "question").get_attribute("aria-autocomplete") == "list"
        browser.save_screenshot(os.path.join(ARTIFACTS, "phone.png"))
    finally:
        browser.set_window_size(1200, 1500)
    assert severe_console_errors(browser) == []


def test_autocomplete_offers_model_terms(browser, server):
    browser.get(server + "/")
    box = browser.find_element(By.ID, "question")
    box.send_keys("各部门平均")
    items = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#suggestions li"))
    assert any("平均工资" in item.text or "平均月薪" in item.text for item in items)
    assert box.get_attribute("aria-expanded") == "true"
    assert severe_console_errors(browser) == []


def test_follow_up_continues_the_thread(browser, server):
    browser.get(server + "/")
    first = ask(browser, "北京各部门的平均工资")
    wait_for(lambda: first.get_attribute("data-finished") == "true")
    follow = ask(browser, "只看前三")
    wait_for(lambda: follow.get_attribute("data-finished") == "true")
    assert "接上一问" in follow.find_element(By.CSS_SELECTOR, ".understood").text
    assert len(follow.find_elements(By.CSS_SELECTOR, ".table-wrap tbody tr")) == 3
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.answer")) == 2
    assert severe_console_errors(browser) == []


class DroppingProxy:
    """A TCP proxy in front of the server that cuts the first streamed answer after a few hundred bytes,
    as a dropped network would, and passes everything else through."""

    def __init__(self, upstream_port):
        import socket
        import threading
        self.upstream_port = upstream_port
        self.dropped = 0
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        import socket
        import threading
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            threading.Thread(target=self.pipe, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self.pipe, args=(upstream, client, True), daemon=True).start()

    def pipe(self, source, target, is_response):
        sent = 0
        try:
            while True:
                data = source.recv(4096)
                if not data:
                    break
                if is_response and b"text/event-stream" in data[:400] and self.dropped == 0:
                    self.dropped = 1
                    target.sendall(data[:700])
                    break
                target.sendall(data)
                sent += len(data)
        except OSError:
            pass
        import socket
        for sock in (source, target):
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes the other direction's blocked recv and sends FIN now
            except OSError:
                pass
            try:
                sock.close()
            except OSError:
                pass


def test_dropped_stream_recovers(browser, slow_server):
    port = int(slow_server.rsplit(":", 1)[1])
    proxy = DroppingProxy(port)
    browser.get(f"http://127.0.0.1:{proxy.port}/")
    answer = ask(browser, "各城市员工人数")
    wait_for(lambda: answer.get_attribute("data-finished") == "true", timeout=40)
    assert proxy.dropped == 1
    assert len(answer.find_elements(By.CSS_SELECTOR, ".table-wrap tbody tr")) == 6
    assert answer.find_element(By.CSS_SELECTOR, ".progress").get_attribute("aria-valuenow") == "5"
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE" and "net::ERR" not in e["message"]]
    assert errors == []
