// One answer in the thread: reads the SSE stream (resuming with Last-Event-ID after a drop) and shows the
// steps, progress, restatement, table, chart and analysis as they arrive. Uses TEXT, state, ask and $ from app.js.
"use strict";

/** Reads an SSE body from fetch, calling onEvent(id, data) for each event; returns the retry hint. */
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let retry = 3000;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let id = null;
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("id: ")) id = line.slice(4);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
        else if (line.startsWith("retry: ")) retry = Number(line.slice(7)) || retry;
      }
      if (data.length) onEvent(id, JSON.parse(data.join("\n")));
    }
  }
  return retry;
}

// ---------- one answer ----------

class AnswerCard {
  constructor(question) {
    this.question = question;
    this.lang = isChinese(question) ? "zh" : "en";
    this.t = TEXT[this.lang];
    this.lastEventId = null;
    this.runId = null;
    this.finished = false;
    this.steps = {};
    this.controller = new AbortController();
    this.rows = [];
    this.annotation = null;
    this.chartSpec = null;
    this.chartKind = null;
    this.sort = null;

    const node = $("#answer-template").content.firstElementChild.cloneNode(true);
    node.lang = this.lang;
    node.querySelector(".question").textContent = question;
    this.node = node;
    this.el = name => node.querySelector(name);
    this.el(".chart-label").textContent = this.t.chart;
    node.querySelectorAll("[data-chart]").forEach(button => {
      button.textContent = this.t[button.dataset.chart];
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => { this.chartKind = button.dataset.chart; this.drawChart(); });
    });
    this.el(".csv").textContent = this.t.csv;
    this.el(".csv").addEventListener("click", () => this.downloadCSV());
    this.el(".analysis-title").textContent = this.t.analysis;
    this.setProgress(0);
    $("#thread").appendChild(node);
    node.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  abort() { this.controller.abort(); this.finish(this.t.cancelled); }

  async start() {
    let attempts = 0;
    const ask = () => fetch("/workflow/query", {
      method: "POST", headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
      body: JSON.stringify({ message: this.question, conversation_id: state.conversation }),
      signal: this.controller.signal,
    });
    let request = ask;
    for (;;) {
      let retry = 3000;
      try {
        const response = await request();
        if (!response.ok) {
          const body = await response.json().catch(() => ({ error: { message: response.statusText } }));
          this.showError(body.error ? body.error.message : response.statusText, body.error && body.error.suggestions);
          this.finish(this.t.failed);
          return;
        }
        this.setStatus(this.t.running);
        this.runId = this.runId || response.headers.get("X-Run-Id");
        retry = await readEvents(response, (id, data) => { if (id) this.lastEventId = id; this.handle(data); });
        if (this.restartRequested) {
          // The server stopped the first run when our connection dropped: ask the same question once more.
          this.restartRequested = false;
          this.resuming = false;
          this.lastEventId = null;
          this.steps = {};
          this.el(".steps").textContent = "";
          request = ask;
          continue;
        }
        if (this.finished) return;
      } catch (error) {
        if (this.controller.signal.aborted || this.finished) return;
        console.warn("stream interrupted", error);
      }
      // The connection dropped before [DONE]: resume the same run from the last event received.
      // Before any event arrived, the run id from the response header resumes from the start.
      if (!this.lastEventId && this.runId) this.lastEventId = `${this.runId}:0`;
      if (!this.lastEventId || ++attempts > 5) { this.finish(this.t.failed); return; }
      this.resuming = true;
      this.setStatus(this.t.reconnecting);
      await new Promise(resolve => setTimeout(resolve, retry));
      const lastEventId = this.lastEventId;
      request = () => fetch("/workflow/query", { headers: { "Last-Event-ID": lastEventId, "Accept": "text/event-stream" }, signal: this.controller.signal });
    }
  }

  handle(data) {
    if (this.skipRest) {
      if (data === "[DONE]") { this.skipRest = false; this.restartRequested = true; }
      return;
    }
    if (typeof data === "string") {
      if (data === "[DONE]") { this.finish(this.failedCode === "cancelled" ? this.t.cancelled : this.failedCode ? this.t.failed : this.t.done); return; }
      if (data.startsWith("Error: ")) return;  // the structured error event follows with the same message
      if (this.activeStep) this.activeStep.append(data);
      return;
    }
    switch (data.type) {
      case "workflow_started": this.runId = data.run_id; break;
      case "step_start": this.startStep(data); break;
      case "step_end": this.endStep(data); break;
      case "progress": this.setProgress(data.index); break;
      case "query":
        this.el(".understood").hidden = false;
        this.el(".understood").textContent = this.t.understood + data.understood;
        break;
      case "result": this.rows = data.data; this.annotation = data.annotation; this.renderTable(); break;
      case "chart": this.chartSpec = data.spec; this.drawChart(); break;
      case "analysis": this.renderAnalysis(data.insights); break;
      case "clarification":
        // Part of the question was not understood: no query ran; the choices are complete questions.
        this.failedCode = "needs_clarification";
        if (this.activeStep) this.activeStep.setState("error");
        this.node.dataset.clarification = "true";
        this.showError(data.message, data.suggestions);
        break;
      case "error":
        if (data.code === "client_closed" && this.resuming && !this.restarted) {
          this.restarted = true;
          this.skipRest = true;
          return;
        }
        this.failedCode = data.code;
        if (this.activeStep) this.activeStep.setState("error");
        this.showError(data.message, data.suggestions);
        break;
      default: break;
    }
  }

  startStep(data) {
    const details = document.createElement("details");
    details.className = "step";
    details.open = true;
    const summary = document.createElement("summary");
    const title = document.createElement("span");
    title.textContent = `${data.index}. ${data.title}`;
    const stateLabel = document.createElement("span");
    stateLabel.className = "state";
    summary.append(title, stateLabel);
    const body = document.createElement("div");
    body.className = "md";
    details.append(summary, body);
    this.el(".steps").appendChild(details);
    let text = "";
    const step = {
      details,
      // The step's own heading is already the summary; render the rest.
      append: chunk => { text += chunk; body.innerHTML = window.renderMarkdown(text.replace(/^\s*#{1,6} [^\n]*\n/, "")); },
      setState: s => { details.dataset.state = s; stateLabel.textContent = this.t.stepState[s]; },
    };
    step.setState("running");
    this.steps[data.step] = step;
    this.activeStep = step;
    this.setProgress(data.index - 1, data.index);
  }

  endStep(data) {
    const step = this.steps[data.step];
    if (!step) return;
    step.setState("done");
    // Keep the query and SQL steps open; fold the rest once the result is shown above.
    if (data.step === "execute_query" || data.step === "format_result" || data.step === "analyze_result") step.details.open = false;
  }

  setProgress(done, current) {
    const bar = this.el(".progress");
    bar.setAttribute("aria-valuenow", String(done));
    this.el(".progress-fill").style.width = `${done * 20}%`;
    this.el(".progress-label").textContent = this.t.step(current || Math.max(done, 1), 5);
    bar.setAttribute("aria-valuetext", this.el(".progress-label").textContent);
  }

  setStatus(text) { this.el(".status").textContent = text; }

  finish(status) {
    if (this.finished) return;
    this.finished = true;
    this.setStatus(status);
    this.node.dataset.finished = "true";
    if (state.current === this) {
      $("#cancel-button").disabled = true;
      $("#ask-button").disabled = false;
    }
  }

  showError(message, suggestions) {
    const box = this.el(".error");
    box.hidden = false;
    this.el(".error-message").textContent = message;
    const chips = this.el(".error-suggestions");
    chips.textContent = "";
    if (suggestions && suggestions.length) {
      const lead = document.createElement("span");
      lead.textContent = this.t.tryThese;
      chips.appendChild(lead);
      for (const text of suggestions) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = text;
        button.addEventListener("click", () => ask(text));
        chips.appendChild(button);
      }
    }
  }

  // ----- result table -----

  columns() {
    if (!this.rows.length) return [];
    const a = this.annotation || {};
    const info = Object.assign({}, a.dimensions || {}, a.timeDimensions || {}, a.measures || {});
    const keys = Object.keys(this.rows[0]).filter(k => {
      // A granular time dimension also appears under its plain name; show it once.
      return !(a.timeDimensions && a.timeDimensions[k] && Object.keys(this.rows[0]).some(o => o !== k && o.startsWith(k + ".")));
    });
    return keys.map(key => ({
      key,
      title: (info[key] && (this.lang === "zh" && info[key].meta && info[key].meta.title_zh ? info[key].meta.title_zh : info[key].shortTitle)) || key,
      format: info[key] && info[key].format,
      type: info[key] && info[key].type,
      granular: key.split(".").length === 3,
    }));
  }

  cell(column, value) {
    if (value === null || value === undefined) return "—";
    if (typeof value === "number") {
      if (column && column.format === "percent") return value.toFixed(2) + "%";
      const digits = column && column.format === "currency" ? 2 : (Number.isInteger(value) ? 0 : 2);
      return value.toLocaleString(this.lang === "zh" ? "zh-CN" : "en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    }
    if (column && column.type === "time" && typeof value === "string") {
      const grain = column.key.split(".")[2];
      if (grain === "year") return value.slice(0, 4);
      if (grain === "quarter") return `${value.slice(0, 4)} Q${Math.floor((Number(value.slice(5, 7)) - 1) / 3) + 1}`;
      if (grain === "month") return value.slice(0, 7);
      return value.slice(0, 10);
    }
    if (typeof value === "boolean") return value ? "✓" : "✗";
    return String(value);
  }

  renderTable() {
    this.el(".result").hidden = false;
    const columns = this.columns();
    const rows = this.rows.slice();
    if (this.sort) {
      const { key, dir } = this.sort;
      rows.sort((x, y) => {
        const a = x[key], b = y[key];
        const cmp = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), this.lang);
        return dir === "ascending" ? cmp : -cmp;
      });
    }
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const column of columns) {
      const th = document.createElement("th");
      th.scope = "col";
      const numeric = typeof (this.rows[0] || {})[column.key] === "number";
      if (numeric) th.className = "num";
      th.setAttribute("aria-sort", this.sort && this.sort.key === column.key ? this.sort.dir : "none");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = column.title;
      button.setAttribute("aria-label", this.t.sortBy + column.title);
      button.addEventListener("click", () => {
        const dir = this.sort && this.sort.key === column.key && this.sort.dir === "ascending" ? "descending" : "ascending";
        this.sort = { key: column.key, dir };
        this.renderTable();
      });
      th.appendChild(button);
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const column of columns) {
        const td = tr.insertCell();
        td.textContent = this.cell(column, row[column.key]);
        if (typeof row[column.key] === "number") td.className = "num";
      }
    }
    const wrap = this.el(".table-wrap");
    wrap.textContent = "";
    wrap.appendChild(table);
  }

  downloadCSV() {
    const columns = this.columns();
    const quote = v => { const s = v === null || v === undefined ? "" : String(v); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
    const lines = [columns.map(c => quote(c.title)).join(",")].concat(this.rows.map(r => columns.map(c => quote(r[c.key])).join(",")));
    const blob = new Blob(["\ufeff" + lines.join("\n")], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "textbi.csv";
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  // ----- chart and analysis -----

  drawChart() {
    if (!this.rows.length) return;
    const columns = Object.fromEntries(this.columns().map(c => [c.key, c]));
    const format = {
      value: n => this.cell(Object.values(columns).find(c => c.format) || null, n),
      cell: (key, v) => this.cell(columns[key] || null, v),
    };
    const titles = key => (columns[key] ? columns[key].title : key);
    const drawn = window.drawChart(this.el(".chart"), this.chartSpec, this.rows, this.chartKind, format, titles);
    this.node.querySelectorAll("[data-chart]").forEach(b => b.setAttribute("aria-pressed", String(b.dataset.chart === drawn)));
    this.el(".chart-tools").hidden = !drawn;
  }

  renderAnalysis(insights) {
    const section = this.el(".analysis");
    section.hidden = false;
    const list = this.el(".insights");
    list.textContent = "";
    for (const insight of insights) {
      const li = document.createElement("li");
      li.textContent = insight.text;
      li.dataset.kind = insight.kind;
      list.appendChild(li);
    }
  }
}
