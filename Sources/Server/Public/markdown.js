// A small markdown renderer for the steps' text: headings, fenced code, tables, lists, quotes,
// paragraphs, **bold**, _italic_ and `code`. Everything is escaped first; no HTML passes through.
"use strict";

window.renderMarkdown = (function () {
  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function inline(text) {
    return escape(text)
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|[\s(（])_([^_]+)_(?=$|[\s).,:;，。：）])/g, "$1<em>$2</em>");
  }

  function cells(line) {
    return line.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).map(c => c.trim().replace(/\\\|/g, "|"));
  }

  return function render(source) {
    const lines = source.split("\n");
    const out = [];
    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      if (line.startsWith("```")) {
        const lang = line.slice(3).trim();
        const body = [];
        i++;
        while (i < lines.length && !lines[i].startsWith("```")) { body.push(lines[i]); i++; }
        i++;
        out.push(`<pre><code data-lang="${escape(lang)}">${escape(body.join("\n"))}</code></pre>`);
        continue;
      }
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      if (heading) {
        const level = Math.min(6, heading[1].length + 2);
        out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
        i++;
        continue;
      }
      if (line.startsWith("|") && i + 1 < lines.length && /^\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1])) {
        const head = cells(line);
        const align = cells(lines[i + 1]).map(c => c.endsWith(":") ? " class=\"num\"" : "");
        i += 2;
        const rows = [];
        while (i < lines.length && lines[i].startsWith("|")) { rows.push(cells(lines[i])); i++; }
        out.push("<table><thead><tr>" + head.map((h, k) => `<th${align[k] || ""}>${inline(h)}</th>`).join("") + "</tr></thead><tbody>" +
          rows.map(r => "<tr>" + r.map((c, k) => `<td${align[k] || ""}>${inline(c)}</td>`).join("") + "</tr>").join("") + "</tbody></table>");
        continue;
      }
      if (/^\s*[-*]\s+/.test(line)) {
        const items = [];
        while (i < lines.length && /^\s*[-*]\s+/.test(lines[i])) { items.push(lines[i].replace(/^\s*[-*]\s+/, "")); i++; }
        out.push("<ul>" + items.map(t => `<li>${inline(t)}</li>`).join("") + "</ul>");
        continue;
      }
      if (line.startsWith(">")) {
        const quote = [];
        while (i < lines.length && lines[i].startsWith(">")) { quote.push(lines[i].replace(/^>\s?/, "")); i++; }
        out.push(`<blockquote>${inline(quote.join(" "))}</blockquote>`);
        continue;
      }
      if (line.trim() === "") { i++; continue; }
      const para = [];
      while (i < lines.length && lines[i].trim() !== "" && !/^(#|```|\||>|\s*[-*]\s)/.test(lines[i])) { para.push(lines[i]); i++; }
      out.push(`<p>${inline(para.join(" "))}</p>`);
    }
    return out.join("\n");
  };
})();
