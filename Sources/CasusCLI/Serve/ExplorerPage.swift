/// The explorer's one page, its style and its script, served as they are.
/// The script builds every element with `textContent` and attributes, never
/// from HTML text, so no name or claim from a graph file can become markup;
/// the server's Content-Security-Policy lets nothing else run or load.
enum ExplorerPage {
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Casus explorer</title>
        <link rel="stylesheet" href="/explorer.css">
        </head>
        <body>
        <header>
        <h1>Casus explorer</h1>
        <p id="graph"></p>
        <p id="reload" role="status" hidden></p>
        </header>
        <div id="layout">
        <form id="controls" aria-label="The question">
        <fieldset><legend>Attack</legend>
        <label>Scenario <select id="scenario"></select></label>
        <div id="adhoc">
        <label>Target <select id="target"></select></label>
        <label>Attacker <select id="by"></select></label>
        <label>Kind <select id="kind"></select></label>
        <label><input type="checkbox" id="nuclear"> nuclear weapons</label>
        </div>
        </fieldset>
        <fieldset><legend>Depth and date</legend>
        <label>Depth <input type="range" id="depth" min="0"> <output id="depth-value"></output></label>
        <label><input type="checkbox" id="dated"> As of
        <input type="range" id="as-of" list="change-days"> <output id="as-of-value"></output></label>
        <datalist id="change-days"></datalist>
        </fieldset>
        <fieldset id="duties"><legend>Duties counted (none ticked: every duty)</legend></fieldset>
        <fieldset id="readings"><legend>Contested readings</legend></fieldset>
        <fieldset id="vetoes"><legend>Veto holders that withhold consent</legend></fieldset>
        <fieldset id="proposals"><legend>Proposals treated as in force</legend></fieldset>
        <details><summary>States that choose to join the victim's side, under no pledge</summary>
        <fieldset id="joins"><legend>Joins by choice</legend></fieldset></details>
        <details><summary>Actors removed before the analysis</summary>
        <fieldset id="without"><legend>Without</legend></fieldset></details>
        </form>
        <main>
        <p id="error" role="alert" hidden></p>
        <div id="answer">
        <pre id="header"></pre>
        <h2>Actors: status, duty, window and chain</h2>
        <p class="note">As <code>casus scenario</code> reports them; each chain cites its clauses, and the
        means and conditions the clause sets.</p>
        <table id="obligations"><thead><tr><th>Actor</th><th>Name</th><th>Status</th><th>Duty</th>
        <th>Hours</th><th>Means</th><th>Chain</th></tr></thead><tbody></tbody></table>
        <p id="unaffected"></p>
        <h2>Permissions (rights, not duties)</h2>
        <table id="permissions"><thead><tr><th>Actor</th><th>Name</th><th>Status</th><th>Duty</th>
        <th>Hours</th><th>Means</th><th>Chain</th></tr></thead><tbody></tbody></table>
        <div id="sections"></div>
        <h2 id="explain-title">Chains: choose an actor's row</h2>
        <pre id="explain"></pre>
        <h2>Trigger diagram</h2>
        <img id="diagram" alt="The trigger diagram of the current choice">
        <h2>This answer elsewhere</h2>
        <p>Link: <a id="link" href="/"></a></p>
        <p><button type="button" id="show-command">Command line</button>
        <button type="button" id="show-yaml">Scenario YAML</button></p>
        <pre id="export"></pre>
        </div>
        <h2>World map</h2>
        <img id="map" src="/map.svg" alt="The world: actors, memberships and instruments">
        </main>
        </div>
        <script src="/explorer.js"></script>
        </body>
        </html>

        """

    static let style = """
        body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1d1d1f; }
        header { padding: 8px 16px; background: #f2f2f5; border-bottom: 1px solid #ccc; }
        header h1 { font-size: 18px; margin: 0; display: inline; }
        header p { display: inline; margin: 0 0 0 16px; }
        #reload { color: #8a1c00; }
        .note { font-size: 12px; color: #555; margin-top: -8px; }
        #layout { display: flex; align-items: flex-start; }
        #controls { width: 330px; flex: none; padding: 8px; max-height: calc(100vh - 50px); overflow-y: auto;
          position: sticky; top: 0; }
        #controls label { display: block; margin: 2px 0; }
        #controls select { max-width: 220px; }
        fieldset { border: 1px solid #ccc; margin: 0 0 8px; }
        .reading { border-top: 1px solid #eee; padding: 3px 0; }
        .reading .claim { font-size: 12px; color: #555; }
        .reading label { display: inline !important; margin-right: 8px !important; }
        main { flex: auto; padding: 8px 16px; min-width: 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e4e4e8; padding: 2px 6px; }
        tbody tr { cursor: pointer; }
        tbody tr.selected { background: #fff4c2; }
        td.status-bound { color: #0b3d91; font-weight: 600; }
        td.status-contested { color: #7a1f7a; }
        td.status-blocked { color: #666; }
        #error { background: #ffe5e0; border: 1px solid #d33; padding: 6px; white-space: pre-wrap; }
        pre { white-space: pre-wrap; background: #f7f7f9; padding: 6px; }
        #diagram, #map { max-width: 100%; height: auto; border: 1px solid #e4e4e8; }

        """

    static let script = #"""
        "use strict";
        const $ = (id) => document.getElementById(id);
        const many = ["accept", "reject", "adopt", "without", "joins", "veto", "duty"];
        let world = null;
        let state = readState(location.search);
        let asked = 0;
        let started = 0;
        let diagramURL = null;

        function readState(search) {
          const q = new URLSearchParams(search);
          const s = {};
          for (const k of many) s[k] = q.getAll(k);
          for (const k of ["scenario", "target", "by", "kind", "depth", "as-of", "actor"]) {
            if (q.has(k)) s[k] = q.get(k);
          }
          s.nuclear = q.get("nuclear") === "yes";
          return s;
        }

        function query() {
          const q = new URLSearchParams();
          if (state.scenario) {
            q.set("scenario", state.scenario);
          } else {
            q.set("target", state.target || "");
            if (state.by) q.set("by", state.by);
            if (state.kind && state.kind !== "armed-attack") q.set("kind", state.kind);
            if (state.nuclear) q.set("nuclear", "yes");
          }
          if (state.depth !== undefined) q.set("depth", state.depth);
          if (state["as-of"]) q.set("as-of", state["as-of"]);
          for (const k of many) for (const v of state[k]) q.append(k, v);
          if (state.actor) q.set("actor", state.actor);
          return q.toString();
        }

        function element(tag, text, attributes) {
          const e = document.createElement(tag);
          if (text !== undefined && text !== null) e.textContent = text;
          for (const [k, v] of Object.entries(attributes || {})) e.setAttribute(k, v);
          return e;
        }

        function options(select, items, blank) {
          select.replaceChildren();
          if (blank) select.append(element("option", blank, { value: "" }));
          for (const it of items) select.append(element("option", it.id + " — " + it.name, { value: it.id }));
        }

        function dayNumber(text) {
          const [y, m, d] = text.split("-").map(Number);
          return Math.round(Date.UTC(y, (m || 1) - 1, d || 1) / 86400000);
        }

        function dayText(n) {
          return new Date(n * 86400000).toISOString().slice(0, 10);
        }

        // What the chosen scenario sets itself: shown set, and not to be turned the other way.
        function scenarioSets(key) {
          const s = world.scenarios.find((x) => x.id === state.scenario);
          if (!s) return [];
          if (key === "reject" && s.strict) return world.readings.map((r) => r.id).filter((r) => !s.accept.includes(r));
          return s[key];
        }

        function checkList(fieldset, items, key) {
          fieldset.querySelectorAll("label").forEach((l) => l.remove());
          const fixed = scenarioSets(key);
          for (const it of items) {
            const id = it.id || it;
            const box = element("input", null, { type: "checkbox", "data-list": key, value: id });
            box.checked = state[key].includes(id) || fixed.includes(id);
            box.disabled = fixed.includes(id);
            const label = element("label");
            label.append(box, " " + (it.name ? id + " — " + it.name : it));
            if (box.disabled) label.append(" (set by the scenario)");
            fieldset.append(label);
          }
        }

        function readingSwitches() {
          const set = $("readings");
          set.querySelectorAll("div").forEach((d) => d.remove());
          world.readings.forEach((r, i) => {
            const row = element("div", null, { class: "reading" });
            row.append(element("div", r.id + " (" + r.cite + ")"));
            row.append(element("div", r.claim, { class: "claim" }));
            const byScenario = scenarioSets("accept").includes(r.id)
              ? "accept" : scenarioSets("reject").includes(r.id) ? "reject" : null;
            const mine = state.accept.includes(r.id) ? "accept" : state.reject.includes(r.id) ? "reject" : "unsettled";
            const now = byScenario || mine;
            for (const choice of ["accept", "unsettled", "reject"]) {
              const radio = element("input", null, {
                type: "radio", name: "reading-" + i, value: choice, "data-reading": r.id,
              });
              radio.checked = choice === now;
              radio.disabled = byScenario !== null;
              const label = element("label");
              label.append(radio, " " + choice);
              row.append(label);
            }
            if (byScenario) {
              row.append(element("div", "(the scenario settles it: " + byScenario + ")", { class: "claim" }));
            }
            set.append(row);
          });
        }

        function buildControls() {
          $("graph").textContent = (world.title ? world.title + " — " : "") + world.graph;
          options($("scenario"), world.scenarios, "(an attack of my own)");
          const targets = world.states.concat(world.groups, world.deployments, world.places);
          options($("target"), targets);
          options($("by"), world.states.concat(world.groups), "(the graph's default attacker)");
          $("kind").replaceChildren(...world.kinds.map((k) => element("option", k, { value: k })));
          $("depth").max = world.maximum_depth;
          const days = world.days.map(dayNumber);
          const today = Math.floor(Date.now() / 86400000);
          $("as-of").min = days.length ? days[0] : today - 3650;
          $("as-of").max = Math.max(today, days.length ? days[days.length - 1] : today);
          $("change-days").replaceChildren(...world.days.map((d) => element("option", null, { value: dayNumber(d) })));
          checkList($("duties"), world.duties, "duty");
          checkList($("vetoes"), world.veto_holders, "veto");
          checkList($("proposals"), world.proposals, "adopt");
          checkList($("joins"), world.states.concat(world.groups), "joins");
          checkList($("without"), world.actors, "without");
          readingSwitches();
          showState();
        }

        function showState() {
          $("scenario").value = state.scenario || "";
          $("adhoc").hidden = !!state.scenario;
          if (!state.scenario && !state.target && world.states.length) state.target = world.states[0].id;
          $("target").value = state.target || "";
          $("by").value = state.by || "";
          $("kind").value = state.kind || "armed-attack";
          $("nuclear").checked = state.nuclear;
          const own = world.scenarios.find((x) => x.id === state.scenario);
          const depth = own && own.depth !== null ? own.depth : world.default_depth;
          $("depth").value = state.depth !== undefined ? state.depth : depth;
          $("depth-value").textContent = state.depth !== undefined ? state.depth : depth + " (as written)";
          $("dated").checked = !!state["as-of"];
          if (state["as-of"]) $("as-of").value = dayNumber(state["as-of"]);
          $("as-of-value").textContent = state["as-of"] || "as written (no date)";
        }

        function changed(event) {
          started = performance.now();
          const t = event.target;
          if (t.dataset.reading) {
            const id = t.dataset.reading;
            state.accept = state.accept.filter((r) => r !== id);
            state.reject = state.reject.filter((r) => r !== id);
            if (t.value === "accept") state.accept.push(id);
            if (t.value === "reject") state.reject.push(id);
          } else if (t.dataset.list) {
            const key = t.dataset.list;
            state[key] = state[key].filter((v) => v !== t.value);
            if (t.checked) state[key].push(t.value);
          } else if (t.id === "scenario") {
            state.scenario = t.value || undefined;
            for (const k of many) state[k] = state[k].filter((v) => !scenarioSets(k).includes(v));
            buildControls();
          } else if (["target", "by", "kind"].includes(t.id)) {
            state[t.id] = t.value || undefined;
          } else if (t.id === "nuclear") {
            state.nuclear = t.checked;
          } else if (t.id === "depth") {
            state.depth = t.value;
          } else if (t.id === "as-of") {
            state["as-of"] = dayText(Number(t.value));
          } else if (t.id === "dated") {
            state["as-of"] = t.checked ? dayText(Number($("as-of").value)) : undefined;
          } else {
            return;
          }
          showState();
          refresh();
        }

        function fillTable(table, rows) {
          const body = table.querySelector("tbody");
          body.replaceChildren();
          for (const r of rows) {
            const [actor, status, duty, hours, chain] = r.cells;
            const tr = element("tr", null, r.actor ? { "data-actor": r.actor } : {});
            if (r.actor && r.actor === state.actor) tr.className = "selected";
            tr.append(element("td", actor), element("td", r.name || ""));
            tr.append(element("td", status, { class: "status-" + status }));
            tr.append(element("td", duty), element("td", hours), element("td", r.means || ""));
            tr.append(element("td", chain));
            body.append(tr);
          }
        }

        function show(answer) {
          $("header").textContent = answer.header;
          fillTable($("obligations"), answer.rows.filter((r) => r.status !== "permitted"));
          fillTable($("permissions"), answer.rows.filter((r) => r.status === "permitted"));
          $("unaffected").textContent = "Unaffected states: " + answer.unaffected;
          const sections = $("sections");
          sections.replaceChildren();
          for (const s of answer.sections) {
            sections.append(element("h2", s.title));
            const table = element("table", null, { "data-section": s.title });
            for (const cells of s.rows) {
              const tr = element("tr");
              for (const c of cells) tr.append(element("td", c));
              table.append(tr);
            }
            sections.append(table);
          }
          $("explain-title").textContent = state.actor ? "Chains of " + state.actor : "Chains: choose an actor's row";
          $("explain").textContent = answer.explain || "";
          $("export").dataset.command = answer.command;
          $("export").dataset.yaml = answer.scenario_yaml;
          if ($("export").dataset.showing) $("export").textContent = answer[$("export").dataset.showing];
          const link = location.origin + "/?" + query();
          $("link").textContent = link;
          $("link").href = link;
        }

        async function refresh() {
          const mine = ++asked;
          const q = query();
          history.replaceState(null, "", "/?" + q);
          let answer;
          let failed = null;
          try {
            const response = await fetch("/api/answer?" + q);
            answer = await response.json();
            if (!response.ok) failed = answer.error || response.statusText;
          } catch (e) {
            failed = "casus serve did not answer: " + e;
          }
          if (mine !== asked) return;
          $("error").hidden = !failed;
          $("error").textContent = failed || "";
          // No answer under a refusal: last choice's table would read as this one's.
          $("answer").hidden = !!failed;
          if (!failed) {
            show(answer);
            const url = URL.createObjectURL(new Blob([answer.diagram_svg], { type: "image/svg+xml" }));
            const img = $("diagram");
            img.src = url;
            try { await img.decode(); } catch (e) { /* an empty diagram has nothing to decode */ }
            if (diagramURL) URL.revokeObjectURL(diagramURL);
            diagramURL = url;
            if (mine !== asked) return;
          }
          document.body.dataset.updateMs = (performance.now() - started).toFixed(1);
          document.body.dataset.answered = String(mine);
        }

        async function loadWorld() {
          const response = await fetch("/api/world");
          const next = await response.json();
          const reload = $("reload");
          reload.hidden = !next.reload_error;
          reload.textContent = next.reload_error
            ? "The graph's files have an error; answers are from the last good version: " + next.reload_error
            : "";
          if (world && world.generation === next.generation) return false;
          world = next;
          buildControls();
          return true;
        }

        function exportAs(key) {
          const box = $("export");
          box.dataset.showing = key;
          box.textContent = box.dataset[key === "command" ? "command" : "yaml"] || "";
        }

        $("controls").addEventListener("change", changed);
        $("controls").addEventListener("input", (e) => { if (e.target.type === "range") changed(e); });
        for (const table of [$("obligations"), $("permissions")]) {
          table.addEventListener("click", (e) => {
            const tr = e.target.closest("tr[data-actor]");
            if (!tr) return;
            started = performance.now();
            state.actor = tr.dataset.actor;
            refresh();
          });
        }
        $("show-command").addEventListener("click", () => exportAs("command"));
        $("show-yaml").addEventListener("click", () => exportAs("scenario_yaml"));
        loadWorld().then(() => { started = performance.now(); refresh(); });
        setInterval(async () => { if (await loadWorld()) refresh(); }, 2000);

        """#
}
