// Draws textbi's chart suggestion (a Vega-Lite spec) as inline SVG: bar, line, pie or a KPI number.
"use strict";

window.drawChart = (function () {
  const NS = "http://www.w3.org/2000/svg";
  const PALETTE = ["#2f6fde", "#e07a2f", "#2f9e6b", "#c2417a", "#7a5cd6", "#b59a1f", "#3aa5b8", "#8b5a3c", "#6b7487", "#d94848"];

  function el(name, attrs, text) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function field(encoding) {
    return encoding && encoding.field ? encoding.field.replace(/\\\./g, ".") : null;
  }

  /** The fields to draw: a category (or time) and a value, from the spec or guessed from the rows. */
  function fields(spec, rows) {
    const enc = (spec && spec.encoding) || {};
    let value = field(enc.y) || field(enc.theta) || field(enc.text);
    let category = field(enc.x) || field(enc.color);
    const series = enc.color && enc.x ? field(enc.color) : null;
    if (!value && rows.length) {
      const keys = Object.keys(rows[0]);
      value = keys.find(k => typeof rows[0][k] === "number") || null;
      category = keys.find(k => k !== value && typeof rows[0][k] !== "number") || null;
    }
    return { value, category, series };
  }

  function label(row, category, series, format) {
    const parts = [category, series].filter(Boolean).map(f => format(f, row[f]));
    return parts.join(" / ");
  }

  function bar(svg, points, titles, format) {
    const width = 640, height = 300, left = 72, bottom = 60, top = 16;
    const max = Math.max(0, ...points.map(p => p.value)) || 1;
    const step = (width - left - 8) / points.length;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.appendChild(el("line", { class: "axis", x1: left, y1: height - bottom, x2: width - 8, y2: height - bottom }));
    svg.appendChild(el("text", { x: left - 6, y: top + 4, "text-anchor": "end" }, format.value(max)));
    points.forEach((p, i) => {
      const h = (height - bottom - top) * Math.max(0, p.value) / max;
      const x = left + i * step + step * 0.15;
      const rect = el("rect", { class: "bar", x: x.toFixed(1), y: (height - bottom - h).toFixed(1), width: (step * 0.7).toFixed(1), height: h.toFixed(1), role: "img", "aria-label": `${p.label}: ${format.value(p.value)}` });
      rect.appendChild(el("title", {}, `${p.label}: ${format.value(p.value)}`));
      svg.appendChild(rect);
      const tx = x + step * 0.35, ty = height - bottom + 14;
      svg.appendChild(el("text", { x: tx.toFixed(1), y: ty, "text-anchor": points.length > 8 ? "end" : "middle", transform: points.length > 8 ? `rotate(-40 ${tx.toFixed(1)} ${ty})` : "" }, p.label));
    });
  }

  function line(svg, points, format) {
    const width = 640, height = 300, left = 72, bottom = 40, top = 16, right = 12;
    const values = points.map(p => p.value);
    const max = Math.max(...values), min = Math.min(0, ...values);
    const span = (max - min) || 1;
    const x = i => left + (points.length === 1 ? (width - left - right) / 2 : i * (width - left - right) / (points.length - 1));
    const y = v => top + (height - bottom - top) * (1 - (v - min) / span);
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.appendChild(el("line", { class: "axis", x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }));
    svg.appendChild(el("text", { x: left - 6, y: top + 4, "text-anchor": "end" }, format.value(max)));
    svg.appendChild(el("polyline", { class: "line", points: points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ") }));
    const every = Math.ceil(points.length / 10);
    points.forEach((p, i) => {
      const dot = el("circle", { class: "dot", cx: x(i).toFixed(1), cy: y(p.value).toFixed(1), r: 3.5 });
      dot.appendChild(el("title", {}, `${p.label}: ${format.value(p.value)}`));
      svg.appendChild(dot);
      if (i % every === 0) svg.appendChild(el("text", { x: x(i).toFixed(1), y: height - bottom + 16, "text-anchor": "middle" }, p.label));
    });
  }

  function pie(svg, points, format) {
    const size = 300, r = 110, cx = 150, cy = 150;
    svg.setAttribute("viewBox", `0 0 ${size + 240} ${size}`);
    const total = points.reduce((s, p) => s + Math.max(0, p.value), 0) || 1;
    let angle = -Math.PI / 2;
    points.forEach((p, i) => {
      const share = Math.max(0, p.value) / total;
      const end = angle + share * 2 * Math.PI;
      const large = share > 0.5 ? 1 : 0;
      const path = share >= 0.9999
        ? `M ${cx} ${cy - r} A ${r} ${r} 0 1 1 ${cx - 0.01} ${cy - r} Z`
        : `M ${cx} ${cy} L ${cx + r * Math.cos(angle)} ${cy + r * Math.sin(angle)} A ${r} ${r} 0 ${large} 1 ${cx + r * Math.cos(end)} ${cy + r * Math.sin(end)} Z`;
      const slice = el("path", { class: "slice", d: path, fill: PALETTE[i % PALETTE.length], role: "img", "aria-label": `${p.label}: ${format.value(p.value)}` });
      slice.appendChild(el("title", {}, `${p.label}: ${format.value(p.value)} (${(share * 100).toFixed(1)}%)`));
      svg.appendChild(slice);
      svg.appendChild(el("rect", { x: size, y: 20 + i * 22, width: 12, height: 12, fill: PALETTE[i % PALETTE.length] }));
      svg.appendChild(el("text", { x: size + 18, y: 31 + i * 22 }, `${p.label} ${(share * 100).toFixed(1)}%`));
      angle = end;
    });
  }

  function kpi(svg, value, caption, format) {
    svg.setAttribute("viewBox", "0 0 640 140");
    svg.appendChild(el("text", { class: "kpi-value", x: 320, y: 78, "text-anchor": "middle" }, format.value(value)));
    svg.appendChild(el("text", { x: 320, y: 112, "text-anchor": "middle" }, caption));
  }

  /**
   * Draws into `figure`. `kind` overrides the suggested type. `format` has value(n) and cell(field, v).
   * Returns the kind drawn, or null when the rows can't be charted.
   */
  return function drawChart(figure, spec, rows, kind, format, titles) {
    figure.textContent = "";
    const { value, category, series } = fields(spec, rows);
    if (!value || !rows.length) return null;
    const suggested = spec && spec.usermeta ? spec.usermeta.chartType : "bar";
    const type = kind || (suggested === "table" ? "bar" : suggested);
    const svg = el("svg", { role: "img", "aria-label": titles(value) });
    if (type === "kpi" || !category) {
      kpi(svg, rows[0][value], titles(value), format);
    } else {
      const points = rows.map(r => ({ label: label(r, category, series, format.cell), value: Number(r[value]) || 0 }));
      if (type === "line") line(svg, points, format);
      else if (type === "pie") pie(svg, points, format);
      else bar(svg, points, titles, format);
    }
    figure.appendChild(svg);
    return type === "kpi" || !category ? "kpi" : type;
  };
})();
