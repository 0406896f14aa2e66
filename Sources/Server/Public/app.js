// textbi's web page: ask, watch the five steps stream, see the table, chart, SQL and analysis.
"use strict";

const TEXT = {
  zh: {
    tagline: "用中文或英文提问，查看每一步", questionLabel: "问题", placeholder: "例如：各部门员工人数", ask: "提问", cancel: "取消",
    examples: "试试这些问题", other: "English", step: (i, n) => `第 ${i}/${n} 步`, running: "进行中…", done: "完成",
    failed: "出错", cancelled: "已取消", reconnecting: "连接中断，正在恢复…", understood: "理解为：", tryThese: "可以试试：",
    chart: "图表：", bar: "柱状图", line: "折线图", pie: "饼图", kpi: "数字", csv: "下载 CSV", analysis: "分析",
    stepState: { waiting: "等待", running: "进行中", done: "完成", error: "出错" }, kinds: { measure: "指标", dimension: "维度", value: "取值", segment: "筛选" },
    sortBy: "排序：",
  },
  en: {
    tagline: "Ask in Chinese or English and watch every step", questionLabel: "Question", placeholder: "e.g. headcount by department", ask: "Ask", cancel: "Cancel",
    examples: "Try one of these", other: "中文", step: (i, n) => `Step ${i} of ${n}`, running: "Working…", done: "Done",
    failed: "Failed", cancelled: "Cancelled", reconnecting: "Connection lost, resuming…", understood: "Understood as: ", tryThese: "You could ask:",
    chart: "Chart:", bar: "Bar", line: "Line", pie: "Pie", kpi: "Number", csv: "Download CSV", analysis: "Analysis",
    stepState: { waiting: "waiting", running: "running", done: "done", error: "error" }, kinds: { measure: "measure", dimension: "dimension", value: "value", segment: "segment" },
    sortBy: "Sort by ",
  },
};

const state = {
  ui: localStorage.getItem("textbi.lang") || (navigator.language && navigator.language.startsWith("zh") ? "zh" : "en"),
  conversation: (crypto.randomUUID ? crypto.randomUUID() : String(Date.now())),
  current: null,
};

const $ = selector => document.querySelector(selector);
const isChinese = text => /[\u3400-\u9fff]/.test(text);

// ---------- UI language ----------

function applyLanguage() {
  const t = TEXT[state.ui];
  document.documentElement.lang = state.ui;
  document.querySelectorAll("[data-i18n]").forEach(node => { node.textContent = t[node.dataset.i18n]; });
  document.querySelectorAll("[data-i18n-placeholder]").forEach(node => { node.placeholder = t[node.dataset.i18nPlaceholder]; });
  $("#lang-toggle").textContent = t.other;
  $("#lang-toggle").setAttribute("aria-label", state.ui === "zh" ? "Switch to English" : "切换到中文");
  loadExamples();
}

$("#lang-toggle").addEventListener("click", () => {
  state.ui = state.ui === "zh" ? "en" : "zh";
  localStorage.setItem("textbi.lang", state.ui);
  applyLanguage();
});

// ---------- examples and autocomplete ----------

let examples = null;
async function loadExamples() {
  try {
    if (!examples) examples = await (await fetch("/examples")).json();
    const box = $("#examples");
    box.textContent = "";
    for (const text of examples[state.ui] || []) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = text;
      button.addEventListener("click", () => ask(text));
      box.appendChild(button);
    }
  } catch (error) {
    console.warn("examples unavailable", error);
  }
}

const input = $("#question");
const list = $("#suggestions");
let suggestTimer = null, suggestItems = [], suggestIndex = -1;

function closeSuggestions() {
  list.hidden = true;
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
  suggestItems = [];
  suggestIndex = -1;
}

function showSuggestions(items) {
  suggestItems = items;
  suggestIndex = -1;
  list.textContent = "";
  if (!items.length) { closeSuggestions(); return; }
  const t = TEXT[state.ui];
  items.forEach((item, i) => {
    const li = document.createElement("li");
    li.id = `suggestion-${i}`;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    const text = document.createElement("span");
    text.textContent = item.text;
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = t.kinds[item.kind] || item.kind;
    li.append(text, kind);
    li.addEventListener("mousedown", event => { event.preventDefault(); input.value = item.text; closeSuggestions(); input.focus(); });
    list.appendChild(li);
  });
  list.hidden = false;
  input.setAttribute("aria-expanded", "true");
}

function highlight(index) {
  suggestIndex = index;
  [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
  if (index >= 0) input.setAttribute("aria-activedescendant", `suggestion-${index}`);
}

input.addEventListener("input", () => {
  clearTimeout(suggestTimer);
  const q = input.value;
  if (!q.trim()) { closeSuggestions(); return; }
  suggestTimer = setTimeout(async () => {
    try {
      const response = await fetch(`/suggestions?q=${encodeURIComponent(q)}&limit=8`);
      if (!response.ok || input.value !== q) return;
      showSuggestions((await response.json()).suggestions);
    } catch (error) {
      console.warn("suggestions unavailable", error);
    }
  }, 120);
});

input.addEventListener("keydown", event => {
  if (list.hidden) return;
  if (event.key === "ArrowDown") { event.preventDefault(); highlight(Math.min(suggestItems.length - 1, suggestIndex + 1)); }
  else if (event.key === "ArrowUp") { event.preventDefault(); highlight(Math.max(0, suggestIndex - 1)); }
  else if (event.key === "Escape") { closeSuggestions(); }
  else if (event.key === "Enter" && suggestIndex >= 0) { event.preventDefault(); input.value = suggestItems[suggestIndex].text; closeSuggestions(); }
});
input.addEventListener("blur", () => setTimeout(closeSuggestions, 100));

// ---------- asking ----------

$("#ask-form").addEventListener("submit", event => {
  event.preventDefault();
  closeSuggestions();
  const question = input.value.trim();
  if (question) ask(question);
});

$("#cancel-button").addEventListener("click", async () => {
  const run = state.current;
  if (!run || !run.runId) return;
  $("#cancel-button").disabled = true;
  try {
    await fetch(`/workflow/runs/${encodeURIComponent(run.runId)}/cancel`, { method: "POST" });
  } catch (error) {
    console.warn("cancel failed", error);
  }
});

function ask(question) {
  if (state.current && !state.current.finished) state.current.abort();
  input.value = "";
  const card = new AnswerCard(question);
  state.current = card;
  $("#cancel-button").disabled = false;
  $("#ask-button").disabled = true;
  card.start();
}

applyLanguage();
