// The newsfuse page: gathers articles, calls the JSON API, and draws the cited result.
// Every text from the API is put into the page with textContent, never parsed as HTML.
"use strict";

const $ = (selector) => document.querySelector(selector);
let droppedFiles = [];
let pinned = null;

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

// ---- input -------------------------------------------------------------------------------

function addArticle(outlet = "", text = "", meta = {}) {
  const card = $("#article-template").content.firstElementChild.cloneNode(true);
  card.querySelector(".outlet").value = outlet;
  card.querySelector(".text").value = text;
  card.meta = meta;
  card.querySelector(".remove").addEventListener("click", () => {
    card.remove();
    if (!$("#articles").children.length) addArticle();
  });
  $("#articles").append(card);
  return card;
}

function looksLikeHtml(text) {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

function showFiles() {
  const list = $("#file-list");
  list.replaceChildren();
  droppedFiles.forEach((file, index) => {
    const remove = el("button", { type: "button", class: "ghost", text: "×", title: "Remove" });
    remove.addEventListener("click", () => {
      droppedFiles.splice(index, 1);
      showFiles();
    });
    list.append(el("li", {}, file.name, remove));
  });
}

function takeFiles(files) {
  droppedFiles.push(...files);
  showFiles();
}

async function requestBody() {
  const documents = [];
  for (const card of $("#articles").children) {
    const text = card.querySelector(".text").value;
    if (!text.trim()) continue;
    const outlet = card.querySelector(".outlet").value.trim();
    const item = { ...(card.meta || {}) };
    if (outlet) item.source = outlet;
    else delete item.source;
    if (looksLikeHtml(text)) item.html = text;
    else item.text = text;
    documents.push(item);
  }
  const files = [];
  for (const file of droppedFiles) files.push({ name: file.name, content: await file.text() });
  const urls = $("#links").value.split(/\s+/).filter(Boolean);
  const value = Number($("#budget-value").value);
  return {
    documents,
    files,
    urls,
    options: { [$("#budget-unit").value]: Number.isFinite(value) ? value : null },
    include_documents: true,
  };
}

function showError(payload, status) {
  const box = $("#error");
  box.replaceChildren(el("strong", { text: payload.error || `The server answered ${status}` }));
  const problems = payload.problems || [];
  if (problems.length) {
    box.append(el("ul", {}, ...problems.map((p) => el("li", {}, el("code", { text: p.where }), " ", p.message))));
  }
  box.hidden = false;
}

async function submit(event) {
  event.preventDefault();
  $("#error").hidden = true;
  const button = $("#submit");
  const label = button.textContent;
  button.disabled = true;
  button.textContent = "Working…";
  try {
    const wantBrief = $("#want-brief").checked;
    const reply = await fetch(wantBrief ? "/v1/brief" : "/v1/summarize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(await requestBody()),
    });
    const payload = await reply.json().catch(() => ({ error: `The server answered ${reply.status}` }));
    if (!reply.ok) {
      showError(payload, reply.status);
      return;
    }
    showResult(payload);
  } catch (error) {
    showError({ error: "The server could not be reached", problems: [{ where: "network", message: String(error) }] });
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

async function loadExample() {
  const reply = await fetch("/v1/example");
  const { documents } = await reply.json();
  $("#articles").replaceChildren();
  for (const { source, text, ...meta } of documents) addArticle(source, text, meta);
}

// ---- result ------------------------------------------------------------------------------

function sentenceId(docIndex, sentenceIndex) {
  return `s-${docIndex}-${sentenceIndex}`;
}

// A citation mark: a small superscript number standing for one outlet's supporting sentence.
function mark(wording) {
  const link = el("a", {
    href: `#${sentenceId(wording.doc_index, wording.sentence_index)}`,
    class: "cite",
    text: wording.source,
    "data-doc": wording.doc_index,
    "data-sentence": wording.sentence_index,
  });
  if (wording.text) link.title = wording.text;
  return el("sup", {}, link);
}

function marks(wordings) {
  // One mark per outlet: its first wording is the one shown.
  const seen = new Set();
  const out = el("span", { class: "marks" });
  for (const w of [...wordings].sort((a, b) => a.source - b.source)) {
    if (seen.has(w.source)) continue;
    seen.add(w.source);
    out.append(mark(w));
  }
  return out;
}

function citedSentence(link) {
  return document.getElementById(sentenceId(link.dataset.doc, link.dataset.sentence));
}

function highlight(link, on) {
  const target = citedSentence(link);
  if (!target) return;
  target.classList.toggle("hl", on);
  link.classList.toggle("active", on);
  if (on) scrollPanelTo(target);
}

// Hovering scrolls only the sources panel, never the page: the mark must stay under the pointer.
function scrollPanelTo(target) {
  const panel = $("#documents");
  if (panel.scrollHeight > panel.clientHeight) {
    const top = target.offsetTop - panel.offsetTop - panel.clientHeight / 3;
    panel.scrollTo({ top, behavior: "smooth" });
  }
}

// A click may scroll the page too (on a narrow screen the sources stand below the summary).
function bringIntoView(target) {
  const box = target.getBoundingClientRect();
  if (box.bottom < 0 || box.top > window.innerHeight) target.scrollIntoView({ block: "center" });
}

function wireCitations(root) {
  for (const link of root.querySelectorAll("a.cite")) {
    link.addEventListener("mouseenter", () => highlight(link, true));
    link.addEventListener("focus", () => highlight(link, true));
    link.addEventListener("mouseleave", () => link !== pinned && highlight(link, false));
    link.addEventListener("blur", () => link !== pinned && highlight(link, false));
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const previous = pinned;
      if (previous) highlight(previous, false);
      pinned = previous === link ? null : link;
      if (pinned) {
        highlight(link, true);
        bringIntoView(citedSentence(link));
      }
    });
  }
}

function sourceName(sources, number) {
  const source = sources.find((s) => s.number === number);
  return source ? source.name : `source ${number}`;
}

function drawSummary(summary, sources) {
  const body = $("#summary");
  body.replaceChildren();
  for (const sentence of summary.sentences) {
    const cited = sentence.citations.length ? sentence.citations : [{ source: "?", ...sentence }];
    body.append(el("span", { class: "sentence" }, sentence.text, marks(cited)), " ");
  }
  const outlets = new Set(summary.sentences.flatMap((s) => s.sources));
  $("#summary-meta").textContent = `${summary.words} words · ${summary.sentences.length} sentences · ${outlets.size} of ${sources.length} outlets cited`;
  $("#source-legend").replaceChildren(
    ...sources.map((s) =>
      el("li", { value: s.number }, el("b", { text: s.name }), s.title ? ` — ${s.title}` : "",
        s.published ? el("time", { text: ` · ${s.published.slice(0, 10)}` }) : null)
    )
  );
}

function drawProblems(problems) {
  const list = $("#problems");
  list.replaceChildren(...problems.map((p) => el("li", {}, el("b", { text: p.where }), `: ${p.message}`)));
  list.hidden = !problems.length;
}

function drawDocuments(documents, sources) {
  const container = $("#documents");
  container.replaceChildren();
  for (const doc of documents || []) {
    const number = (sources.find((s) => s.doc_index === doc.doc_index) || {}).number;
    const text = el("div", { class: "doc-text" });
    // Offsets count code points (Python's str); a JS string counts UTF-16 units, so an emoji
    // before a sentence would shift every highlight after it. Slice an array of code points.
    const chars = Array.from(doc.text);
    const slice = (from, to) => chars.slice(from, to).join("");
    let position = 0;
    doc.sentences.forEach(([start, end], index) => {
      text.append(slice(position, start));
      text.append(el("span", { class: "sent", id: sentenceId(doc.doc_index, index), text: slice(start, end) }));
      position = end;
    });
    text.append(slice(position));
    const heading = el("h3", {}, number ? el("span", { class: "num", text: number }) : null, doc.source);
    const details = [doc.title, doc.published ? doc.published.slice(0, 10) : null].filter(Boolean).join(" · ");
    container.append(
      el("section", { class: "doc", id: `doc-${doc.doc_index}` }, heading,
        details ? el("p", { class: "doc-meta", text: details }) : null, text)
    );
  }
}

function table(headers, rows) {
  return el("table", {},
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { text: h })))),
    el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells.map((c) => el("td", {}, c))))));
}

function section(title, content, note) {
  return el("article", { class: "panel brief-section" }, el("h2", { text: title }),
    note ? el("p", { class: "hint", text: note }) : null, content);
}

function drawBriefing(payload) {
  const box = $("#briefing");
  box.replaceChildren();
  const { agreement = [], conflicts = [], quotes = [], entities = [], timeline = [], sources = [] } = payload;
  if (agreement.length) {
    const rows = agreement.map((c) => [c.text, el("span", { class: "count", text: `${c.support}` }), marks(c.members)]);
    box.append(section("Where outlets agree", table(["Claim", "Outlets", "Cited"], rows)));
  }
  if (conflicts.length) {
    const rows = conflicts.map((c) => [
      el("span", {}, el("b", { text: c.measure }), el("small", { class: "kind", text: ` ${c.kind}` })),
      el("ul", { class: "sides" }, ...c.sides.map((side) => el("li", {}, el("b", { text: side.value }), " ",
        side.sources.map((n) => sourceName(sources, n)).join(", "), marks(side.wordings)))),
    ]);
    box.append(section("Where they differ", table(["What", "Accounts"], rows)));
  }
  if (quotes.length) {
    const list = el("div", { class: "quotes" }, ...quotes.map((q) =>
      el("blockquote", {}, el("p", { text: `“${q.text.replace(/[,;:]$/, "")}”` }),
        el("footer", {}, q.speaker ? `— ${q.speaker}` : "— speaker not named", marks(q.wordings)))));
    box.append(section("Quotes", list));
  }
  if (entities.length) {
    const rows = entities.map((e) => [
      el("span", {}, el("b", { text: e.name }), e.variants.length > 1 ? el("small", { text: ` (${e.variants.join(", ")})` }) : null),
      e.kind,
      e.mentions.map((m) => `${sourceName(sources, m.source)} ${m.count}`).join(" · "),
    ]);
    box.append(section("People, organisations and places", table(["Name", "Kind", "Mentions by outlet"], rows)));
  }
  if (timeline.length) {
    const rows = timeline.map((t) => [
      el("span", { class: "when" }, t.date ? el("time", { text: t.date }) : null, el("small", { text: ` ${t.when}` })),
      t.text, marks(t.wordings),
    ]);
    box.append(section("Timeline", table(["When", "What", "Cited"], rows)));
  }
}

function showResult(payload) {
  // /v1/summarize answers the summary itself; /v1/brief nests it under "summary".
  const summary = typeof payload.summary === "object" ? payload.summary : payload;
  const sources = payload.sources || summary.sources || [];
  pinned = null;
  drawSummary(summary, sources);
  drawProblems(payload.problems || summary.problems || []);
  drawDocuments(payload.documents, sources);
  drawBriefing(payload);
  $("#results").hidden = false;
  wireCitations($("#results"));
  $("#results").scrollIntoView({ block: "start" });
}

// ---- start -------------------------------------------------------------------------------

function start() {
  addArticle();
  $("#add-article").addEventListener("click", () => addArticle().querySelector(".text").focus());
  $("#load-example").addEventListener("click", loadExample);
  $("#clear").addEventListener("click", () => {
    $("#articles").replaceChildren();
    addArticle();
    $("#links").value = "";
    droppedFiles = [];
    showFiles();
  });
  $("#input").addEventListener("submit", submit);
  const zone = $("#dropzone");
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    takeFiles(event.dataTransfer.files);
  });
  zone.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") $("#file-input").click();
  });
  $("#file-input").addEventListener("change", (event) => takeFiles(event.target.files));
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);
