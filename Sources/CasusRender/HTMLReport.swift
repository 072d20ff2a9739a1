import CasusKit

/// report.html: one self-contained page (SVG, CSS and script inline; no network
/// requests) with the world map, the comparison matrix and one section per
/// scenario. Hovering or focusing an actor's row highlights its chains in the
/// diagram; each clause cited opens (a <details> element) to show its text and
/// conditions — with scripts off, everything is still there to read.
struct HTMLReport {
    let graph: Graph
    /// Per scenario: its id, outcome, inline SVG and each actor's diagram path.
    struct ScenarioPart {
        let id: String
        let outcome: Outcome
        let svg: String
        let paths: [String: [String]]
    }
    let world: String
    let scenarios: [ScenarioPart]

    func render() -> String {
        let title = graph.title ?? "Casus report"
        var h = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <style>\(css)</style>
            </head>
            <body>
            <header>
            <h1>\(HTML.escape(title))</h1>

            """
        if let d = graph.description { h += "<p class=\"description\">\(HTML.escape(d))</p>\n" }
        h += """
            <p class="how">Each scenario traces who becomes obligated when something is attacked, through which \
            clauses, and on what
            assumptions. Status colours (each also written out): \(legendSpans()). Hover over or tab to an actor's \
            row to see
            its chains in the diagram; open a clause to read it.</p>
            <nav><a href="#world">World map</a> · <a href="#comparison">Comparison</a> · \
            \(scenarios.map { "<a href=\"#s-\($0.id)\">\(HTML.escape($0.id))</a>" }.joined(separator: " · ")) · <a \
            href="#sources">Sources</a></nav>
            </header>
            <main>
            <section id="world"><h2>World map</h2>
            <p class="how">Fitted to the page as far as its labels stay readable (9 px), else at the smallest \
            readable size: scroll (or drag) to move around, use the buttons to zoom; hover a box for its notes.</p>
            <figure class="diagram natural" id="fig-world" data-start="readable">\(world)</figure>
            </section>

            """
        h += comparison()
        for s in scenarios { h += section(s) }
        h += sources()
        h += "</main>\n<script>\(script)</script>\n</body>\n</html>\n"
        return h
    }

    func legendSpans() -> String {
        Status.allCases.map { "<span class=\"st st-\($0.rawValue)\">\($0.rawValue)</span>" }.joined(separator: " ")
    }

    func badge(_ s: Status?) -> String {
        guard let s else { return "<span class=\"st st-none\">–</span>" }
        return "<span class=\"st st-\(s.rawValue)\">\(s.rawValue)</span>"
    }

    func comparison() -> String {
        let m = ComparisonMatrix(outcomes: scenarios.map { ($0.id, $0.outcome) })
        var h = "<section id=\"comparison\"><h2>Who is obligated, scenario by scenario</h2>\n"
        h +=
            "<p>One row per actor any scenario reaches, one column per scenario; rows where the scenarios differ come "
            + "first. – means unaffected.</p>\n"
        h += "<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th scope=\"col\">Actor</th>"
        for id in m.scenarios { h += "<th scope=\"col\"><a href=\"#s-\(id)\">\(HTML.escape(id))</a></th>" }
        h += "</tr></thead><tbody>\n"
        for r in m.rows {
            h +=
                "<tr\(r.differs ? " class=\"differs\"" : "")><th scope=\"row\" "
                + "title=\"\(HTML.escape(r.name))\">\(HTML.escape(r.actor))</th>"
            for (n, s) in r.statuses.enumerated() {
                let duty = r.duties[n].map { " <span class=\"duty\">\($0.rawValue)</span>" } ?? ""
                h += "<td>\(badge(s))\(duty)</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody></table></div></section>\n"
    }

    func section(_ s: ScenarioPart) -> String {
        let o = s.outcome
        let text = OutcomeText(graph: graph)
        var h =
            "<section class=\"scenario\" id=\"s-\(s.id)\"><h2>\(HTML.escape(o.scenario.title ?? s.id)) "
            + "<code>\(HTML.escape(s.id))</code></h2>\n"
        let assumptions = text.header(o.scenario).trimmingCharacters(in: .whitespacesAndNewlines)
        h += "<p class=\"assumptions\">\(HTML.escape(assumptions))</p>\n"
        if let note = graph.scenario(s.id)?.note { h += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
        h += placeNotes(o)
        h += "<figure class=\"diagram\" id=\"fig-\(s.id)\">\(s.svg)</figure>\n"
        h +=
            "<table class=\"actors\" data-figure=\"fig-\(s.id)\"><caption>Obligated actors (\(o.unaffected) states "
            + "unaffected)</caption>"
        h +=
            "<thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Status</th><th scope=\"col\">Duty</th><th "
            + "scope=\"col\">Force</th><th scope=\"col\">Hours</th><th scope=\"col\">Best "
            + "chain</th></tr></thead><tbody>\n"
        for row in text.rows(o) {
            let c = row.chain
            let path = row.actors.flatMap { s.paths[$0] ?? [] }.joined(separator: " ")
            h +=
                "<tr tabindex=\"0\" data-path=\"\(path)\"><th scope=\"row\">\(rowHeading(row, text))</th>"
                + "<td>\(badge(row.status))</td>"
            h +=
                "<td>\(c.map(\.dutyPhrase) ?? "")</td>"
                + "<td>\(c.map { $0.isPermission ? "a right" : $0.force.rawValue } ?? "")</td>"
                + "<td>\(c.map { text.hours($0) } ?? "")</td>"
            let blocked = row.status == .blocked ? row.actor.map { blockedCell($0, o) } ?? "" : ""
            h += "<td class=\"chain\">\(c.map(chain) ?? blocked)</td></tr>\n"
        }
        h += "</tbody></table>\n"
        if !o.blocked.isEmpty {
            h += "<h3>Blocked clauses</h3><ul class=\"blocked\">"
            for b in o.blocked {
                let at = b.eventsByStriker.map(OutcomeText.eventText).joined(separator: "; ")
                h +=
                    "<li>\(clause(b.instrument, b.clause, b.cite)): \(HTML.escape(text.reasonText(b, o))) — bearers "
                    + "\(HTML.escape(b.bearers.joined(separator: ", "))) — at \(HTML.escape(at))</li>"
            }
            h += "</ul>\n"
        }
        if !o.inactive.isEmpty {
            h += "<h3>Inactive clauses</h3><ul class=\"inactive\">"
            for i in o.inactive {
                h +=
                    "<li>\(clause(i.instrument, i.clause, i.cite)): \(HTML.escape(i.statusPhrase))</li>"
            }
            h += "</ul>\n"
        }
        return h + "</section>\n"
    }

    /// An actor's note, under its name in the table.
    func actorNote(_ id: String) -> String {
        guard let note = graph.actor(id)?.note else { return "" }
        return "<div class=\"note\">\(HTML.escape(note))</div>"
    }

    /// A row's heading: the actor; under a victim, that its own duty follows; for alike
    /// rows, how many, who, and every id.
    private func rowHeading(_ row: OutcomeText.Row, _ text: OutcomeText) -> String {
        switch row.kind {
        case .victimsOwn:
            let own = row.chain?.isPermission == true ? "right" : "duty"
            return "<span class=\"own\">\(HTML.escape(row.actor ?? ""))'s own \(own)</span>"
        case .grouped(let ids):
            let who = text.who(ids)
            let every =
                who == ids.joined(separator: ", ")
                ? "" : "<br><small>\(HTML.escape(ids.joined(separator: ", ")))</small>"
            return "\(HTML.escape(row.cells[0])) — \(HTML.escape(who))\(every)"
        case .everyState(let ids):
            return "every other state (\(ids.count))<br><small>" + HTML.escape(ids.joined(separator: ", ")) + "</small>"
        case .actor:
            let id = row.actor ?? ""
            return "\(HTML.escape(graph.actor(id)?.name ?? id)) <code>\(HTML.escape(id))</code>\(actorNote(id))"
        }
    }

    /// The notes on the places and forces the scenario's events and cited clauses name, and its breaches.
    func placeNotes(_ o: Outcome) -> String {
        let notes = NoteCollector.besideTable(o, graph: graph)
        guard !notes.isEmpty else { return "" }
        let items = notes.map { n in
            "<li><b>\(HTML.escape(NoteCollector.subjectName(n, graph: graph)))</b> <code>\(HTML.escape(n.id))</code>: "
                + "\(HTML.escape(n.text))</li>"
        }
        return "<ul class=\"notes\">\(items.joined())</ul>\n"
    }

    func blockedCell(_ id: String, _ o: Outcome) -> String {
        let text = OutcomeText(graph: graph)
        // The blocks of settled law that name the actor: those that make it `blocked`, as the text table says.
        return o.blocked.filter { $0.bearers.contains(id) && $0.assumptionPhrase == nil }.map {
            "blocked: \(clause($0.instrument, $0.clause, $0.cite)) (\(HTML.escape(text.reasonText($0, o))))"
        }
        .joined(separator: "; ")
    }

    /// The chain as text, every clause citation opening to its wording and conditions.
    func chain(_ c: Chain) -> String {
        var parts: [String] = []
        for step in c.steps {
            switch step {
            case .join(let j):
                parts.append("<span class=\"choice\">\(HTML.escape(j.summary))</span>")
            case .attack(let a):
                parts.append(
                    a.hypothetical ? "<span class=\"strike\">\(HTML.escape(a.summary))</span>" : HTML.escape(a.summary))
            case .clause(let s):
                var t = "← " + clause(s.instrument, s.clause, s.cite)
                // Each reading relied on, readings that combine each with its own standing.
                for r in s.readings {
                    t +=
                        " <span class=\"reading\">[reading "
                        + "\(HTML.escape(r))\(c.readings.contains(r) ? ", contested" : ", accepted")]</span>"
                }
                if c.proposals.contains(s.instrument) { t += " <span class=\"proposal\">[unadopted proposal]</span>" }
                parts.append(t)
            }
        }
        var h = parts.joined(separator: " ")
        if let conditions = c.conditionsPhrase { h += " <span class=\"subject\">\(HTML.escape(conditions))</span>" }
        return h
    }

    /// A clause citation that opens to show its text, triggers, obligations and readings.
    func clause(_ instrument: String, _ clause: String, _ cite: String) -> String {
        guard let i = graph.instrument(instrument), let c = i.clauses.first(where: { $0.id == clause }) else {
            return HTML.escape("\(instrument)/\(clause)")
        }
        var body = "<span class=\"inst\">\(HTML.escape(i.title))</span>"
        body +=
            " <span class=\"meta\">(\(i.status.rawValue), "
            + "\(i.force.rawValue)\(i.date.map { ", \(HTML.escape($0))" } ?? ""))</span>"
        if let t = c.text { body += "<blockquote>\(HTML.escape(t))</blockquote>" }
        body += "<p><b>When:</b> \(HTML.escape(c.when.map(ClauseDescription.trigger).joined(separator: "; or ")))</p>"
        body += "<p><b>Then:</b> \(HTML.escape(c.then.map(ClauseDescription.obligation).joined(separator: "; ")))</p>"
        for r in c.readings {
            body +=
                "<p><b>Reading \(HTML.escape(r.id)):</b> \(HTML.escape(r.claim))"
                + "\(r.note.map { " <span class=\"note\">(\(HTML.escape($0)))</span>" } ?? "")</p>"
        }
        if let n = c.note { body += "<p class=\"note\"><b>Note:</b> \(HTML.escape(n))</p>" }
        if let n = i.note { body += "<p class=\"note\"><b>Note on \(HTML.escape(i.short)):</b> \(HTML.escape(n))</p>" }
        if let url = DOT.safeLink(i.source) {
            body += "<p><a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">Source</a></p>"
        }
        return
            "<details class=\"clause\"><summary>\(HTML.escape(i.short)) \(HTML.escape(cite))</summary><div "
            + "class=\"clause-body\">\(body)</div></details>"
    }

    func sources() -> String {
        var h = "<section id=\"sources\"><h2>Sources</h2><ul>\n"
        for i in graph.instruments {
            let name = "\(HTML.escape(i.title)) <code>\(HTML.escape(i.id))</code>"
            if let url = DOT.safeLink(i.source) {
                h += "<li><a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">\(name)</a></li>\n"
            } else {
                h += "<li>\(name)</li>\n"
            }
        }
        for s in graph.sources {
            let name = HTML.escape(s.title ?? s.id)
            if let url = DOT.safeLink(s.url) {
                h += "<li><a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">\(name)</a></li>\n"
            } else {
                h += "<li>\(name)</li>\n"
            }
        }
        return h + "</ul></section>\n"
    }

    var css: String {
        var c = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe \
            UI",Helvetica,Arial,sans-serif;margin:0;color:#1a1a1a;background:#fff}
            header,main{max-width:1200px;margin:0 auto;padding:0 1.2rem}
            h1{margin:1.2rem 0 .4rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
            nav{font-size:.9rem;margin:.6rem 0 1rem}
            figure.diagram{margin:1rem 0;overflow:auto;border:1px solid #eee;max-height:85vh;cursor:grab}
            figure.diagram svg{max-width:100%;height:auto;display:block}
            figure.natural svg{max-width:none}
            .zoom{margin:.4rem 0 -.6rem;font-size:.85rem}.zoom button{margin-right:.3rem;font:inherit;padding:.1rem \
            .5rem}
            ul.notes{color:#555;font-size:.9rem}th .note{font-weight:400;font-size:.82rem;max-width:22rem}
            figure.focus svg g.node,figure.focus svg g.edge{opacity:.15;transition:opacity .15s}
            figure.focus svg g.hl{opacity:1}
            table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
            th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
            caption{text-align:left;color:#555;padding:.2rem 0}
            .scroll{overflow:auto}
            table.matrix tr.differs th{font-weight:700}
            table.actors tbody tr{cursor:default}
            table.actors tbody tr:hover,table.actors tbody tr:focus,table.actors tbody tr.active{outline:2px solid \
            #0072B2;background:#F3F8FC}
            .st{display:inline-block;padding:0 .4rem;border-radius:.3rem;border:1px solid \
            #555;font-size:.82rem;white-space:nowrap}
            .st-none{border-color:#ccc;color:#999}
            details.clause{display:inline}
            details.clause summary{display:inline;cursor:pointer;color:#0B4F8A;text-decoration:underline dotted}
            details.clause[open]{display:block;margin:.3rem 0}
            .clause-body{border-left:3px solid #0072B2;padding:.2rem .6rem;margin:.3rem 0;background:#FAFAFA}
            blockquote{margin:.3rem 0;font-style:italic}
            .reading{color:#8E3B74}.proposal{color:#A66F00}.strike{color:#006B4F}.subject{color:#555;font-size:.85rem}
            .note{color:#555}.choice{color:#7A6A00}.meta{color:#666}
            @page{size:A4 landscape;margin:10mm}
            @media print{
            body{font-size:9pt}header,main{max-width:none;padding:0}
            nav,.how,.zoom{display:none}section.scenario,#comparison{break-before:page}
            figure.diagram{border:none;max-height:none;overflow:visible;cursor:auto;margin:.3rem 0}
            figure.diagram svg{max-width:100%!important;width:auto!important;height:auto!important;max-height:140mm}
            .scroll{overflow:visible}
            table{width:100%;table-layout:fixed;font-size:7.5pt}th,td{overflow-wrap:anywhere;padding:1px 3px}
            table.actors th:nth-child(1){width:17%}table.actors th:nth-child(2){width:9%}table.actors \
            th:nth-child(3){width:8%}
            table.actors th:nth-child(4){width:7%}table.actors th:nth-child(5){width:8%}
            table.matrix{font-size:5.5pt}table.matrix th:first-child{width:7%}table.matrix thead \
            th{overflow-wrap:normal}table.matrix .st{font-size:5pt;padding:0 1px}
            .st{font-size:6.5pt;padding:0 2px}.subject,.reading,.proposal,.note{font-size:7pt}
            tr{break-inside:avoid}table.actors tbody tr{outline:none!important}details.clause \
            .clause-body{display:none}}

            """
        for s in Status.allCases {
            let col = Style.colours(s)
            c += ".st-\(s.rawValue){background:\(col.fill);color:\(col.text)}\n"
        }
        return c
    }

    /// Highlighting without a framework; progressive: nothing depends on it.
    let script = """
        (function () {
          function clear(fig) {
            fig.classList.remove('focus');
            fig.querySelectorAll('.hl').forEach(function (e) { e.classList.remove('hl'); });
          }
          document.querySelectorAll('table.actors').forEach(function (table) {
            var fig = document.getElementById(table.getAttribute('data-figure'));
            if (!fig) { return; }
            table.querySelectorAll('tbody tr').forEach(function (row) {
              function on() {
                clear(fig);
                var ids = (row.getAttribute('data-path') || '').split(' ').filter(Boolean);
                row.classList.add('active');
                if (!ids.length) { return; }
                fig.classList.add('focus');
                ids.forEach(function (id) { var el = document.getElementById(id); if (el) { el.classList.add('hl'); \
        } });
              }
              function off() { clear(fig); row.classList.remove('active'); }
              row.addEventListener('mouseenter', on);
              row.addEventListener('mouseleave', off);
              row.addEventListener('focus', on);
              row.addEventListener('blur', off);
            });
          });
          // For checks in a headless browser: each diagram's rendered size and the
          // smallest rendered font size of its node labels, in CSS pixels.
          function measure(fig) {
            var svg = fig.querySelector('svg');
            var box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
            fig.setAttribute('data-rendered', Math.round(box.width) + 'x' + Math.round(box.height));
            var vb = svg && svg.viewBox && svg.viewBox.baseVal;
            if (!vb || !vb.width) { return; }
            var smallest = Infinity;
            fig.querySelectorAll('g.node text').forEach(function (t) {
              smallest = Math.min(smallest, parseFloat(t.getAttribute('font-size') || '14') * box.width / vb.width);
            });
            if (smallest < Infinity) { fig.setAttribute('data-label-px', smallest.toFixed(1)); }
          }
          // Zoom (buttons) and pan (scroll, or drag): a diagram starts fitted to the
          // page, the world map at full size.
          document.querySelectorAll('figure.diagram').forEach(function (fig) {
            var svg = fig.querySelector('svg');
            var vb = svg && svg.viewBox && svg.viewBox.baseVal;
            if (!svg || !vb || !vb.width) { measure(fig); return; }
            var full = vb.width * 4 / 3;
            var scale = fig.classList.contains('natural') ? 1 : null;
            if (fig.getAttribute('data-start') === 'readable') {
              // As large as the page allows, never smaller than labels of 9 px.
              var smallestFont = Infinity;
              fig.querySelectorAll('g.node text').forEach(function (t) {
                smallestFont = Math.min(smallestFont, parseFloat(t.getAttribute('font-size') || '14'));
              });
              var readable = smallestFont < Infinity ? 9 / (smallestFont * 4 / 3) : 1;
              var fits = fig.clientWidth / full;
              scale = fits >= readable ? null : Math.min(1, readable);
            }
            function apply() {
              if (scale === null) {
                fig.classList.remove('natural'); svg.style.width = ''; svg.style.height = '';
              } else {
                fig.classList.add('natural'); svg.style.width = Math.round(full * scale) + 'px'; svg.style.height = \
        'auto';
              }
              measure(fig);
            }
            function fitted() { return Math.min(1, fig.clientWidth / full); }
            var bar = document.createElement('div');
            bar.className = 'zoom';
            [['Fit to page', function () { scale = null; }], ['Full size', function () { scale = 1; }],
             ['Zoom in', function () { scale = Math.min(4, (scale || fitted()) * 1.25); }],
             ['Zoom out', function () { scale = Math.max(0.1, (scale || fitted()) / 1.25); }]].forEach(function (b) {
              var button = document.createElement('button');
              button.type = 'button';
              button.textContent = b[0];
              button.addEventListener('click', function () { b[1](); apply(); });
              bar.appendChild(button);
            });
            fig.parentNode.insertBefore(bar, fig);
            var drag = null;
            fig.addEventListener('mousedown', function (e) { drag = { x: e.clientX, y: e.clientY, left: \
        fig.scrollLeft, top: fig.scrollTop }; });
            window.addEventListener('mouseup', function () { drag = null; });
            fig.addEventListener('mousemove', function (e) {
              if (!drag) { return; }
              fig.scrollLeft = drag.left - (e.clientX - drag.x);
              fig.scrollTop = drag.top - (e.clientY - drag.y);
            });
            apply();
          });
          document.documentElement.setAttribute('data-ready', 'yes');
        })();
        """
}
