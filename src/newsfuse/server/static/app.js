// The newsfuse page: gathers articles, calls the JSON API, and draws the cited result.
// Every text from the API is put into the page with textContent, never parsed as HTML.
"use strict";

const $ = (selector) => document.querySelector(selector);
let droppedFiles = [];
let pinned = null;
let currentSources = [];

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, value);
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

let running = null; // the AbortController of the request in flight

function showWorking(on, started = 0) {
  $("#working").hidden = !on;
  clearInterval(showWorking.timer);
  if (!on) return;
  const tick = () => {
    const seconds = Math.round((Date.now() - started) / 1000);
    $("#working-text").textContent = `Reading the articles and comparing the outlets… ${seconds} s`;
  };
  tick();
  showWorking.timer = setInterval(tick, 1000);
}

async function submit(event) {
  event.preventDefault();
  $("#error").hidden = true;
  const button = $("#submit");
  button.disabled = true;
  running = new AbortController();
  showWorking(true, Date.now());
  try {
    const wantBrief = $("#want-brief").checked;
    const reply = await fetch(wantBrief ? "/v1/brief" : "/v1/summarize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(await requestBody()),
      signal: running.signal,
    });
    const payload = await reply.json().catch(() => ({ error: `The server answered ${reply.status}` }));
    if (!reply.ok) {
      showError(payload, reply.status);
      return;
    }
    showResult(payload);
  } catch (error) {
    if (error.name === "AbortError") {
      showError({ error: "Cancelled: nothing was summarized." });
    } else {
      showError({ error: "The server could not be reached", problems: [{ where: "network", message: String(error) }] });
    }
  } finally {
    running = null;
    showWorking(false);
    button.disabled = false;
  }
}

function cancel() {
  if (running) running.abort();
  $("#submit").focus();
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

// A citation mark: a number standing for one outlet's supporting sentence. Pointing at it marks
// that sentence in the sources; tapping or clicking it shows the sentence in place (a popover).
function mark(wording) {
  const name = sourceName(currentSources, wording.source);
  const link = el("a", {
    href: `#${sentenceId(wording.doc_index, wording.sentence_index)}`,
    class: "cite",
    text: wording.source,
    "data-doc": wording.doc_index,
    "data-sentence": wording.sentence_index,
    "data-source": wording.source,
    "aria-haspopup": "dialog",
  });
  link.setAttribute("aria-label", `source ${wording.source}, ${name}: show the sentence`);
  if (wording.text) link.title = wording.text;
  link.wording = wording;
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
  if (on) {
    const doc = target.closest("details");
    if (doc && wide.matches) doc.open = true;
    scrollPanelTo(target);
  }
}

// Hovering scrolls only the sources panel, never the page: the mark must stay under the pointer.
function scrollPanelTo(target) {
  const panel = $("#documents");
  if (panel.scrollHeight > panel.clientHeight && target.offsetParent) {
    const top = target.offsetTop - panel.offsetTop - panel.clientHeight / 3;
    panel.scrollTo({ top, behavior: "smooth" });
  }
}

const wide = window.matchMedia("(min-width: 901px)");

// ---- the evidence popover ---------------------------------------------------------------------

function openPopover(link) {
  const pop = $("#popover");
  const wording = link.wording || {};
  const target = citedSentence(link);
  $("#popover-title").textContent = `[${link.dataset.source}] ${sourceName(currentSources, Number(link.dataset.source))}`;
  $("#popover-text").textContent = wording.text || (target ? target.textContent : "");
  $("#popover-show").hidden = !target;
  pop.opener = link;
  pop.hidden = false;
  placePopover(pop, link);
  $("#popover-close").focus({ preventScroll: true });
}

// Beside the mark on a wide screen; on a phone the CSS makes it a sheet at the bottom.
function placePopover(pop, link) {
  if (!wide.matches) {
    pop.style.left = pop.style.top = "";
    return;
  }
  const box = link.getBoundingClientRect();
  const width = pop.offsetWidth;
  const left = Math.min(Math.max(8, box.left + window.scrollX - width / 2), document.documentElement.clientWidth - width - 8);
  pop.style.left = `${left}px`;
  pop.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function closePopover(returnFocus = true) {
  const pop = $("#popover");
  if (pop.hidden) return;
  pop.hidden = true;
  const link = pop.opener;
  if (link && returnFocus) link.focus({ preventScroll: true });
}

function showInArticle() {
  const pop = $("#popover");
  const link = pop.opener;
  const target = link && citedSentence(link);
  if (!target) return;
  closePopover(false);
  const doc = target.closest("details");
  if (doc) doc.open = true;
  if (pinned) highlight(pinned, false);
  pinned = link;
  highlight(link, true);
  target.scrollIntoView({ block: "center" });
  // The way back: the sentence offers a link to the mark it was reached from.
  const back = el("button", { type: "button", class: "back-to-mark secondary", text: "↩ Back to the summary" });
  back.addEventListener("click", () => {
    back.remove();
    link.scrollIntoView({ block: "center" });
    link.focus({ preventScroll: true });
  });
  for (const old of document.querySelectorAll(".back-to-mark")) old.remove();
  target.after(back);
  back.focus({ preventScroll: true });
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
      if (previous && previous !== link) highlight(previous, false);
      pinned = link;
      highlight(link, true);
      openPopover(link);
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
        s.published ? " · " : "", s.published ? el("time", { text: s.published.slice(0, 10) }) : null)
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
    const fold = el("details", { class: "doc", id: `doc-${doc.doc_index}` },
      el("summary", {}, heading), details ? el("p", { class: "doc-meta", text: details }) : null, text);
    fold.open = wide.matches; // on a phone the articles start folded: the page stays short
    container.append(fold);
  }
}

function table(headers, rows) {
  return el("table", {},
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { text: h })))),
    el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells.map((c, i) => el("td", { "data-label": headers[i] }, c))))));
}

// A briefing section: folded (a <details>) with its count in the heading, unless ``open``.
function section(title, count, content, open = false) {
  const fold = el("details", { class: "panel brief-section" },
    el("summary", {}, el("h2", {}, title, " ", el("small", { class: "count", text: `(${count})` }))), content);
  fold.open = open;
  return fold;
}

function drawBriefing(payload) {
  const box = $("#briefing");
  box.replaceChildren();
  const { agreement = [], conflicts = [], quotes = [], entities = [], timeline = [], sources = [] } = payload;
  const otherEntities = payload.other_entities || [];
  // Parts left out on purpose (English-only rules on a story in another language) say why.
  const titles = { disagreements: "Where they differ", quotes: "Quotes", timeline: "Timeline" };
  for (const problem of payload.problems || []) {
    if (titles[problem.where] && problem.message.startsWith("skipped")) {
      const note = el("p", { class: "unavailable", text: problem.message.replace(/^skipped/, "Skipped") });
      box.append(section(titles[problem.where], 0, note, true));
    }
  }
  if (agreement.length) {
    const rows = agreement.map((c) => [c.text, el("span", { class: "count", text: `${c.support}` }), marks(c.members)]);
    box.append(section("Where outlets agree", agreement.length, table(["Claim", "Outlets", "Cited"], rows)));
  }
  if (conflicts.length) {
    const rows = conflicts.map((c) => [
      el("span", {}, el("b", { text: c.measure }), el("small", { class: "kind", text: ` ${c.kind}` })),
      el("ul", { class: "sides" }, ...c.sides.map((side) => el("li", {}, el("b", { text: side.value }), " ",
        side.sources.map((n) => sourceName(sources, n)).join(", "), marks(side.wordings)))),
    ]);
    box.append(section("Where they differ", conflicts.length, table(["What", "Accounts"], rows), true));
  }
  if (quotes.length) {
    const list = el("div", { class: "quotes" }, ...quotes.map((q) =>
      el("blockquote", {}, el("p", { text: `“${q.text.replace(/[,;:]$/, "")}”` }),
        el("footer", {}, q.speaker ? `— ${q.speaker}` : "— speaker not named", marks(q.wordings)))));
    box.append(section("Quotes", quotes.length, list));
  }
  if (entities.length) {
    const rows = entities.map((e) => [
      el("span", {}, el("b", { text: e.name }), e.variants.length > 1 ? el("small", { text: ` (${e.variants.join(", ")})` }) : null),
      e.kind,
      e.mentions.map((m) => `${sourceName(sources, m.source)} ${m.count}`).join(" · "),
    ]);
    const others = otherEntities.length
      ? el("details", { class: "other-entities" }, el("summary", { text: `Also named (${otherEntities.length})` }),
        el("p", { text: otherEntities.map((e) => e.name).join(", ") }))
      : null;
    const content = el("div", {}, table(["Name", "Kind", "Mentions by outlet"], rows), others);
    box.append(section("People, organisations and places", entities.length, content));
  }
  if (timeline.length) {
    const rows = timeline.map((t) => [
      el("span", { class: "when" }, t.date ? el("time", { text: t.date }) : null, el("small", { text: ` ${t.when}` })),
      t.text, marks(t.wordings),
    ]);
    box.append(section("Timeline", timeline.length, table(["When", "What", "Cited"], rows)));
  }
}

function showResult(payload) {
  // /v1/summarize answers the summary itself; /v1/brief nests it under "summary".
  const summary = typeof payload.summary === "object" ? payload.summary : payload;
  const sources = payload.sources || summary.sources || [];
  pinned = null;
  currentSources = sources;
  closePopover(false);
  drawSummary(summary, sources);
  drawProblems(payload.problems || summary.problems || []);
  drawDocuments(payload.documents, sources);
  drawBriefing(payload);
  $("#results").hidden = false;
  wireCitations($("#results"));
  $("#results").scrollIntoView({ block: "start" });
  $("#summary-heading").setAttribute("tabindex", "-1");
  $("#summary-heading").focus({ preventScroll: true }); // screen readers start at the result
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
  $("#cancel").addEventListener("click", cancel);
  $("#popover-close").addEventListener("click", () => closePopover());
  $("#popover-show").addEventListener("click", showInArticle);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closePopover();
  });
  document.addEventListener("click", (event) => {
    const pop = $("#popover");
    if (!pop.hidden && !pop.contains(event.target) && !event.target.closest("a.cite")) closePopover(false);
  });
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
