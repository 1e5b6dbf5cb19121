// The trialkg web page: search (its state in the address), a trial's page, a drug's page, and a SPARQL box.
// Every value from the store is written through esc() or textContent: a record's text is never markup.
"use strict";
const $ = id => document.getElementById(id);
const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
// CommonMark backslash escapes (ClinicalTrials.gov writes "\>=" and "\["): the character each stands for.
const md = s => String(s ?? "").replace(/\\([!-\/:-@\[-`{-~])/g, "$1");
const text = s => esc(md(s));
const enc = encodeURIComponent;
// The API's snippets are escaped text with <b> marks; any other "<" is escaped again, whatever the server sent.
const snippet = s => String(s ?? "").replace(/<(?!\/?b>)/g, "&lt;");
const FACETS = ["phase", "status", "type", "country", "drug", "class", "sponsor", "year"];
// 20 hits fill about two screens with their snippets; a limit=N in the address may ask for up to 100, where a
// page of snippets is still quick to highlight (the API builds them for the requested page only).
const PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const ICTRP = id => "https://trialsearch.who.int/Trial2.aspx?TrialID=" + enc(id);

// Each registry's own page for an ID; WHO's ICTRP search portal for the registries without a stable page address.
const REGISTRIES = [
  [/^NCT\d{8}$/i, "ClinicalTrials.gov", id => "https://clinicaltrials.gov/study/" + enc(id.toUpperCase())],
  [/^ChiCTR/i, "ChiCTR", id => "https://www.chictr.org.cn/searchprojEN.html?regno=" + enc(id)],
  [/^(EUCTR)?\d{4}-\d{6}-\d{2}(-[A-Z]{2,3})?$/i, "EU CTR", id => "https://www.clinicaltrialsregister.eu/ctr-search/search?query="
    + enc(id.replace(/^EUCTR/i, "").replace(/-[A-Z]{2,3}$/i, ""))],
  [/^\d{4}-\d{6}-\d{2}-\d{2}$/, "CTIS", id => "https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=" + enc(id)],
  [/^ISRCTN\d+$/i, "ISRCTN", id => "https://www.isrctn.com/" + enc(id.toUpperCase())],
  [/^CTRI\//i, "CTRI (via ICTRP)", ICTRP],
  [/^ACTRN\d+/i, "ANZCTR", id => "https://www.anzctr.org.au/TrialSearch.aspx?searchTxt=" + enc(id)],
  [/^DRKS\d+$/i, "DRKS", id => "https://drks.de/search/en/trial/" + enc(id.toUpperCase())],
  [/^jRCT/i, "jRCT", id => "https://jrct.niph.go.jp/en-latest-detail/" + enc(id)],
];

function registryLinks(id) {
  for (const [pattern, name, url] of REGISTRIES) {
    if (pattern.test(id)) {
      return '<a href="' + esc(url(id)) + '" rel="noopener">' + esc(name) + "</a>"
        + (name.includes("ICTRP") || name === "ClinicalTrials.gov" ? "" : ' · <a href="' + esc(ICTRP(id)) + '" rel="noopener">ICTRP</a>');
    }
  }
  return '<a href="' + esc(ICTRP(id)) + '" rel="noopener">ICTRP</a>';
}

const trialHref = id => id.includes("/") ? "/trial?id=" + enc(id) : "/trial/" + enc(id);
const trialIriHref = iri => "/trial?iri=" + enc(iri);
const drugHref = name => name.includes("/") ? "/drug?name=" + enc(name) : "/drug/" + enc(name);
const isTrialIri = iri => /\/id\/trial\//.test(iri);

async function getJson(url) {
  const resp = await fetch(url, { headers: { "Accept": "application/json" } });
  let body;
  try { body = await resp.json(); } catch { body = { error: "the server answered " + resp.status + " without JSON" }; }
  return { ok: resp.ok, status: resp.status, body };
}

function show(html) {
  const view = $("view");
  view.innerHTML = html;
  return view;
}

// ---- search -------------------------------------------------------------------------------------------------

/** The search state as the address holds it: /?q=...&phase=PHASE3&page=2 (and limit=N for another page size). */
function stateFromAddress() {
  const p = new URLSearchParams(location.search);
  const filters = {};
  for (const f of FACETS) {
    const values = p.getAll(f).filter(v => v.trim());
    if (values.length) filters[f] = values;
  }
  const page = Math.max(1, parseInt(p.get("page") || "1", 10) || 1);
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, parseInt(p.get("limit") || PAGE_SIZE, 10) || PAGE_SIZE));
  return { q: p.get("q") || "", filters, page, limit };
}

function address(state) {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  for (const [f, values] of Object.entries(state.filters)) values.forEach(v => p.append(f, v));
  if (state.limit !== PAGE_SIZE) p.set("limit", state.limit);
  if (state.page > 1) p.set("page", state.page);
  const s = p.toString();
  return "/" + (s ? "?" + s : "");
}

/** A link that goes to another search state: a real address (open in a new tab, keyboard), handled here on click. */
function stateLink(label, state, cls) {
  const a = document.createElement("a");
  a.href = address(state);
  a.textContent = label;
  if (cls) a.className = cls;
  a.onclick = e => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go(state);
  };
  return a;
}

function go(state) {
  history.pushState(null, "", address(state));
  runSearch(state);
}

function mountSearch() {
  if ($("search")) return;
  const view = $("view");
  view.innerHTML = "";
  view.append($("search-view").content.cloneNode(true));
  document.title = "trialkg";
  $("search").onsubmit = e => {
    e.preventDefault();
    const now = stateFromAddress();
    go({ q: $("q").value.trim(), filters: now.filters, page: 1, limit: now.limit });
  };
  $("sparql").onsubmit = e => { e.preventDefault(); runSparql($("query").value); };
}

const copy = state => ({ q: state.q, filters: Object.fromEntries(Object.entries(state.filters).map(([f, v]) => [f, [...v]])),
  page: state.page, limit: state.limit });

async function runSearch(state) {
  mountSearch();
  $("q").value = state.q;
  const p = new URLSearchParams({ q: state.q, limit: state.limit, offset: (state.page - 1) * state.limit });
  for (const [f, values] of Object.entries(state.filters)) values.forEach(v => p.append(f, v));
  showFilters(state);
  const results = $("results");
  results.textContent = "searching…";
  const { ok, body } = await getJson("/api/search?" + p);
  if (!ok) {
    results.innerHTML = '<p class="error" role="alert">' + esc(body.error) + "</p>";
    $("facets").innerHTML = "";
    return;
  }
  const from = body.total === 0 ? 0 : body.offset + 1;
  let html = (body.didYouMean ? "<p>Did you mean: <i>" + esc(body.didYouMean) + "</i> (searched for it too)</p>" : "")
    + (body.relaxed ? "<p>No trial matches every word; showing trials that match most of them.</p>" : "")
    + '<p id="total">' + body.total.toLocaleString("en") + (body.total === 1 ? " trial" : " trials")
    + (body.ranked ? " match" + (body.total === 1 ? "es" : "") : "")
    + (body.total ? " (" + from + "–" + (body.offset + body.hits.length) + ")" : "") + "</p>";
  for (const h of body.hits) {
    html += '<div class="hit"><div><a class="trial" href="' + esc(h.page) + '">' + text(h.title || "(no title)") + "</a></div>"
      + '<div class="ids">' + esc(h.ids.join(", ") || h.iri) + (h.score == null ? "" : " · score " + h.score.toFixed(2)) + "</div>"
      + (h.snippet ? '<div class="snip">' + esc(h.snippetField) + ": " + snippet(h.snippet) + "</div>" : "") + "</div>";
  }
  results.innerHTML = html;
  const pager = document.createElement("div");
  pager.className = "pager";
  if (state.page > 1) pager.append(stateLink("« previous", { ...copy(state), page: state.page - 1 }, "prev"));
  if (body.offset + body.hits.length < body.total) pager.append(stateLink("next »", { ...copy(state), page: state.page + 1 }, "next"));
  results.append(pager);
  const facets = $("facets");
  facets.innerHTML = "";
  // In the order the facets are listed here: the API's JSON object has none.
  for (const facet of FACETS) {
    const counts = body.facets[facet] || [];
    if (!counts.length) continue;
    const h = document.createElement("h3");
    h.textContent = facet;
    facets.append(h);
    for (const c of counts) {
      const next = copy(state);
      const values = next.filters[facet] ||= [];
      if (!values.includes(c.value)) values.push(c.value);
      next.page = 1;
      const a = stateLink(c.value + " (" + c.count.toLocaleString("en") + ")", next, "facet");
      a.dataset.facet = facet;
      a.dataset.value = c.value;
      facets.append(a);
    }
  }
}

function showFilters(state) {
  const box = $("filters");
  box.innerHTML = "";
  for (const [facet, values] of Object.entries(state.filters)) {
    for (const v of values) {
      const next = copy(state);
      next.filters[facet] = values.filter(x => x !== v);
      if (!next.filters[facet].length) delete next.filters[facet];
      next.page = 1;
      const a = stateLink(facet + ": " + v + " ✕", next, "filter");
      a.title = "remove this filter";
      box.append(a);
    }
  }
}

// ---- SPARQL -------------------------------------------------------------------------------------------------

function cell(term) {
  if (!term) return "";
  if (term.type === "uri") {
    if (isTrialIri(term.value)) return '<a href="' + esc(trialIriHref(term.value)) + '">' + esc(term.value) + "</a>";
    if (/^https?:\/\//.test(term.value)) return '<a href="' + esc(term.value) + '" rel="noopener">' + esc(term.value) + "</a>";
  }
  return esc(term.value);
}

async function runSparql(query) {
  const out = $("table");
  out.textContent = "running…";
  const resp = await fetch("/trialkg/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
    body: new URLSearchParams({ query })
  });
  const raw = await resp.text();
  let body;
  try { body = JSON.parse(raw); } catch { body = null; }
  if (!resp.ok) {
    out.innerHTML = '<p class="error" role="alert">' + esc(body && body.error ? body.error : raw) + "</p>";
    return;
  }
  if (body === null) { out.innerHTML = "<pre>" + esc(raw) + "</pre>"; return; }
  if ("boolean" in body) { out.textContent = String(body.boolean); return; }
  const vars = body.head.vars;
  const csv = "/trialkg/query?" + new URLSearchParams({ query, format: "csv" });
  let html = "<p>" + body.results.bindings.length + ' rows · <a id="csv" download="trialkg-results.csv" href="' + esc(csv) + '">Download CSV</a></p>'
    + "<table><tr>" + vars.map(v => "<th>" + esc(v) + "</th>").join("") + "</tr>";
  for (const row of body.results.bindings) html += "<tr>" + vars.map(v => "<td>" + cell(row[v]) + "</td>").join("") + "</tr>";
  out.innerHTML = html + "</table>";
}

// ---- a trial ------------------------------------------------------------------------------------------------

const row = (label, value) => value == null || value === "" ? "" : "<dt>" + esc(label) + "</dt><dd>" + value + "</dd>";
const list = items => items.length ? "<ul>" + items.map(i => "<li>" + i + "</li>").join("") + "</ul>" : "";
const enumText = v => v == null ? "" : esc(String(v).split("|").map(x => x.replaceAll("_", " ").toLowerCase()).join(", "));

function dose(d) {
  if (!d) return "";
  if (d.value != null) return String(d.value);
  if (d.min != null || d.max != null) return (d.min ?? "") + "–" + (d.max ?? "");
  return "";
}

const UNITS = { D: "day", W: "week", M: "month", Y: "year", H: "hour" };
// An ISO 8601 period as words (P3W: 3 weeks); anything else as it is.
function period(p) {
  const m = /^PT?(\d+(?:\.\d+)?)([DWMYH])$/.exec(p || "");
  if (!m) return p || "";
  return m[1] === "1" ? UNITS[m[2]] : m[1] + " " + UNITS[m[2]] + "s";
}

function regimen(r) {
  const drug = r.drug ? '<a class="drug" href="' + esc(drugHref(r.drug)) + '">' + esc(r.drug) + "</a>" : esc(r.kind || "");
  const parts = [
    // a fixed combination's doses, one per drug: "400/100 mg"
    [dose(r.dose) || r.doseParts, r.unit].filter(Boolean).join(" "),
    r.route, r.days ? "days " + r.days : "", r.interval ? "every " + period(r.interval) : "",
    r.timesPerDay ? r.timesPerDay + "× a day" : "",
    dose(r.cycles) ? dose(r.cycles) + " cycles" : "", period(r.duration), r.maxDuration ? "up to " + period(r.maxDuration) : "",
    r.technique, dose(r.fractions) ? dose(r.fractions) + " fractions" : "", r.treatmentPhase,
  ].filter(Boolean).map(esc);
  return drug + (parts.length ? " " + parts.join(", ") : "");
}

function armsTable(card) {
  const arms = card.arms || [];
  const regimens = card.regimens || [];
  if (!arms.length && !regimens.length) return "";
  const rows = arms.map(a => {
    const own = regimens.filter(r => r.arm === a.label);
    return "<tr><td>" + text(a.label) + "</td><td>" + enumText(a.type) + "</td><td>" + list(own.map(regimen))
      + "</td><td>" + text(a.description) + "</td></tr>";
  });
  const unplaced = regimens.filter(r => !arms.some(a => a.label === r.arm));
  if (unplaced.length) rows.push('<tr><td class="muted">(no arm)</td><td></td><td>' + list(unplaced.map(regimen)) + "</td><td></td></tr>");
  return '<h2>Arms and regimens</h2><table id="arms"><tr><th>Arm</th><th>Type</th><th>Regimen</th><th>Description</th></tr>'
    + rows.join("") + "</table>";
}

function sitesByCountry(sites) {
  if (!sites || !sites.length) return "";
  const by = {};
  for (const s of sites) (by[s.country || "(country not given)"] ||= []).push(s);
  let html = "<h2>Sites</h2>";
  for (const [country, here] of Object.entries(by).sort()) {
    html += "<h3>" + esc(country) + " (" + here.length + ")</h3>"
      + list(here.map(s => text(s.facility || "(facility not given)") + '<span class="muted">'
        + esc([s.city, s.region].filter(Boolean).join(", ") ? " · " + [s.city, s.region].filter(Boolean).join(", ") : "")
        + (s.status ? " · " + enumText(s.status) : "") + "</span>"));
  }
  return html;
}

function renderTrial(c) {
  document.title = (c.ids[0] || "trial") + " · trialkg";
  const ids = c.ids.map(id => "<li><b>" + esc(id) + "</b> · " + registryLinks(id) + "</li>").join("");
  const others = (c.otherIds || []).map(o => "<li>" + esc(o.id) + ' <span class="muted">' + esc([o.type, o.domain].filter(Boolean).join(", ")) + "</span></li>").join("");
  const design = c.design ? [c.design.allocation, c.design.model, c.design.purpose, c.design.masking && "masking " + c.design.masking]
    .filter(Boolean).map(enumText).join("; ") : "";
  const phaseLinks = c.phase ? c.phase.split("|").map(p => '<a href="/?phase=' + enc(p) + '">' + esc(p) + "</a>").join(" | ") : "";
  let html = '<article id="trial"><h2 id="title">' + text(c.title || "(no title)") + "</h2>"
    + (c.officialTitle && c.officialTitle !== c.title ? '<p class="muted">' + text(c.officialTitle) + "</p>" : "")
    + '<h3>Registry IDs</h3><ul id="ids">' + ids + "</ul>"
    + (others ? "<h3>Other IDs</h3><ul>" + others + "</ul>" : "")
    + "<dl>" + row("Acronym", text(c.acronym)) + row("Status", enumText(c.status)) + row("Phase", phaseLinks)
    + row("Study type", enumText(c.studyType)) + row("Design", design) + row("Enrollment", c.enrollment == null ? null : esc(c.enrollment))
    + row("Start", esc(c.startDate)) + row("Completion", esc(c.completionDate))
    + row("Conditions", (c.conditions || []).map(text).join("; ")) + row("Countries", (c.countries || []).map(esc).join(", ")) + "</dl>"
    + (c.briefSummary ? '<h2>Summary</h2><div class="text">' + text(c.briefSummary) + "</div>" : "")
    + armsTable(c);
  if (c.drugs && c.drugs.length) {
    html += '<h2>Drugs</h2><ul id="drugs">' + c.drugs.map(d => '<li><a class="drug" href="' + esc(drugHref(d.name)) + '">' + esc(d.name) + "</a>"
      + (d.classes.length ? ' <span class="muted">(' + d.classes.map(esc).join(", ") + ")</span>" : "")
      + (d.mentions.length ? ' <span class="muted">as ' + d.mentions.map(text).join(", ") + "</span>" : "") + "</li>").join("") + "</ul>";
  }
  if ((c.interventions || []).length) {
    html += "<h2>Interventions</h2>" + list(c.interventions.map(i => text(i.name) + ' <span class="muted">' + enumText(i.type)
      + (i.otherNames.length ? " · also " + i.otherNames.map(text).join(", ") : "") + "</span>"));
  }
  if ((c.sponsors || []).length) {
    html += "<h2>Sponsors</h2>" + list(c.sponsors.map(s => text(s.name) + ' <span class="muted">' + enumText([s.role, s.agencyClass].filter(Boolean).join("|")) + "</span>"));
  }
  html += sitesByCountry(c.sites);
  if ((c.outcomes || []).length) {
    html += "<h2>Outcomes</h2><table><tr><th>Kind</th><th>Measure</th><th>Time frame</th></tr>"
      + c.outcomes.map(o => "<tr><td>" + enumText(o.kind) + "</td><td>" + text(o.measure)
        + (o.description ? '<div class="muted">' + text(o.description) + "</div>" : "") + "</td><td>" + text(o.timeFrame) + "</td></tr>").join("") + "</table>";
  }
  if (c.eligibility) {
    const e = c.eligibility;
    html += "<h2>Eligibility</h2><dl>" + row("Age", esc([e.minAge, e.maxAge].filter(Boolean).join(" to "))) + row("Sex", enumText(e.sex)) + "</dl>"
      + (e.criteria ? '<div class="text">' + text(e.criteria) + "</div>" : "");
  }
  if ((c.links || []).length || (c.sameAs || []).length) {
    html += '<h2>Linked records</h2>';
    if ((c.sameAs || []).length) html += "<p>The same trial: " + c.sameAs.map(i => '<a href="' + esc(trialIriHref(i)) + '">' + esc(i) + "</a>").join(", ") + "</p>";
    if ((c.links || []).length) {
      html += '<table id="links"><tr><th>Record</th><th>Record</th><th>Why</th><th>Score</th><th>Evidence</th></tr>'
        + c.links.map(l => "<tr><td>" + '<a href="' + esc(trialIriHref(l.a)) + '">' + esc(l.a) + "</a></td><td>" + '<a href="' + esc(trialIriHref(l.b)) + '">'
          + esc(l.b) + "</a></td><td>" + esc(l.kind) + "</td><td>" + (l.score == null ? "" : esc(l.score.toFixed(2))) + "</td><td>"
          + list((l.evidence || []).map(text)) + "</td></tr>").join("") + "</table>";
    }
  }
  if ((c.sources || []).length) {
    html += "<h2>Source records</h2><table><tr><th>File</th><th>Layout</th><th>Record</th></tr>"
      + c.sources.map(s => "<tr><td>" + esc(s.file) + "</td><td>" + esc(s.layout) + "</td><td>" + esc(s.record) + "</td></tr>").join("") + "</table>";
  }
  html += '<p class="muted"><a href="/api/trial?iri=' + esc(enc(c.iri)) + '">the card as JSON</a> · ' + esc(c.iri) + "</p></article>";
  show(html);
}

async function trialPage() {
  const rest = location.pathname.slice("/trial".length);
  const api = rest.length > 1 ? "/api/trial" + rest : "/api/trial" + location.search;
  show("<p>loading…</p>");
  const { ok, body } = await getJson(api);
  if (!ok) { show('<p class="error" role="alert">' + esc(body.error) + '</p><p><a href="/">search</a></p>'); return; }
  renderTrial(body);
}

// ---- a drug -------------------------------------------------------------------------------------------------

const REGISTRY_NAMES = { nct: "ClinicalTrials.gov", chictr: "ChiCTR", ctis: "CTIS", euctr: "EU CTR", isrctn: "ISRCTN",
  ctri: "CTRI", jprn: "JPRN", drks: "DRKS", actrn: "ANZCTR", irct: "IRCT", none: "no registry" };

function renderDrug(r) {
  document.title = r.name + " · trialkg";
  const registries = Object.entries(r.trialsByRegistry);
  const trials = new Set(registries.flatMap(([, uses]) => uses.map(u => u.trial)));
  let html = '<article id="drug"><h2 id="name">' + esc(r.name) + (r.classLevel ? " (drug class)" : "") + "</h2>"
    + (r.matchedBy !== "exact" ? '<p class="muted">“' + esc(r.query) + "” matched by " + esc(r.matchedBy) + "</p>" : "")
    + "<dl>" + row("Other names", r.otherNames.map(esc).join(", "))
    + row("Classes", r.classes.map(c => '<a href="' + esc(drugHref(c)) + '">' + esc(c) + "</a>").join(", "))
    + row("Identifiers", r.identifiers.map(i => /^https?:/.test(i) ? '<a href="' + esc(i) + '" rel="noopener">' + esc(i) + "</a>" : esc(i)).join("<br>"))
    + row("Concept", esc(r.iri)) + "</dl>"
    + '<h2 id="count">' + trials.size + (trials.size === 1 ? " trial" : " trials") + "</h2>"
    + '<p><a href="/?' + esc(new URLSearchParams({ [r.classLevel ? "class" : "drug"]: r.name })) + '">search these trials</a></p>';
  for (const [registry, uses] of registries) {
    html += "<h3>" + esc(REGISTRY_NAMES[registry] || registry) + " (" + uses.length + ")</h3><table><tr><th>ID</th><th>Title</th><th>Named as</th></tr>"
      + uses.map(u => "<tr><td>" + (u.ids.length ? u.ids.map(id => '<a class="trial" href="' + esc(trialHref(id)) + '">' + esc(id) + "</a>").join(", ")
        : '<a class="trial" href="' + esc(trialIriHref(u.iri)) + '">(no ID)</a>') + "</td><td>" + text(u.title || "(no title)")
        + "</td><td>" + u.namesUsed.map(text).join(", ") + "</td></tr>").join("") + "</table>";
  }
  show(html + "</article>");
}

async function drugPage(name) {
  show("<p>loading…</p>");
  const { ok, body } = await getJson("/api/drug/" + enc(name));
  if (!ok) { show('<p class="error" role="alert">' + esc(body.error) + '</p><p><a href="/">search</a></p>'); return; }
  renderDrug(body);
}

// ---- routing ------------------------------------------------------------------------------------------------

function route() {
  const path = location.pathname;
  if (path === "/trial" || path.startsWith("/trial/")) return trialPage();
  if (path === "/drug") return drugPage(new URLSearchParams(location.search).get("name") || "");
  if (path.startsWith("/drug/")) return drugPage(decodeURIComponent(path.slice("/drug/".length)));
  return runSearch(stateFromAddress());
}

window.addEventListener("popstate", route);
route();
