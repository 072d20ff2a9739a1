import CasusKit
import CasusRender
import CasusSample
import CasusSynthetic
import Foundation

// `make bench`: times the trigger engine on synthetic worlds of 10^2..10^5 states
// at depth 0, 1 and 2, and on every scenario of the sample world. Each
// measurement runs in a child process of its own, so its peak resident memory
// (VmHWM) is its own. Wall times are medians; compare ratios from one run.

func peakResidentMiB(field: String = "VmHWM:") -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
        let kib = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    else { return 0 }
    return kib / 1024
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s[s.count / 2]
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// One measurement, in this process: prints `key value…` for the parent.
func measure(_ args: [String]) throws {
    guard let first = args.first else { return }
    if first == "critical" {
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        guard var s = world.scenario("tripwire-attacked") else { return }
        s.duties = [.assist, .defend]
        var times: [Double] = []
        var count = 0
        for _ in 0..<5 { times.append(try seconds { count = try Critical.sweep(s, on: world).count }) }
        print("result \(median(times)) \(peakResidentMiB()) \(count) 0")
        return
    }
    if first == "strengthen" {
        // Issue 27's budget: the sweep of ukraine-attacked against one analysis of it, in one process.
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        guard let s = world.scenario("ukraine-attacked") else { return }
        var one: [Double] = []
        var sweep: [Double] = []
        var tried = 0
        _ = try Analysis.run(s, on: world)
        for _ in 0..<9 {
            one.append(try seconds { _ = try Analysis.run(s, on: world) })
            sweep.append(try seconds { tried = try Strengthen.sweep(s, on: world).additions.count })
        }
        print("result \(median(one)) \(median(sweep)) \(tried) 0")
        return
    }
    if first == "watch" {
        // Issue 26's `watch`: what one edit costs after the notification, in its two parts.
        let path = "Graphs/ukraine-2025"
        var poll: [Double] = []
        var reload: [Double] = []
        for _ in 0..<11 {
            poll.append(seconds { _ = GraphFingerprint.of(path, followSymlinks: false) })
            reload.append(
                try seconds {
                    let world = try GraphLoader.load(path: path)
                    guard let s = world.scenario("tripwire-attacked") else { return }
                    _ = OutcomeText(graph: world).render(try Analysis.run(s, on: world))
                })
        }
        print("result \(median(poll)) \(median(reload)) 0 0")
        return
    }
    if first == "history" {
        // Issue 26: timeline and critical over the whole ATOP record, against one trigger, in one process.
        let atop = "../shared/reference/atop"
        guard FileManager.default.fileExists(atPath: "\(atop)/atop4_01m.csv") else { return }
        func text(_ name: String) throws -> (name: String, text: String) {
            (name, try String(contentsOfFile: "\(atop)/\(name)", encoding: .utf8))
        }
        let imported = try ATOPImport.run(
            members: text("atop4_01m.csv"), alliances: text("atop4_01a.csv"), states: text("cow-states2016.csv"))
        let world = try GraphLoader.load(
            files: imported.files.map { GraphLoader.File(name: $0.name, data: Data($0.text.utf8)) })
        func attack(_ target: String, by: String, asOf: Day? = nil) -> Scenario {
            Scenario(attacks: [Attack(target: .state(target), by: by)], asOf: asOf)
        }
        let september = Day(year: 1939, month: 9, day: 1)
        var times: [[Double]] = Array(repeating: [], count: 5)
        for _ in 0..<5 {
            times[0].append(try seconds { _ = try Analysis.run(attack("POL", by: "RUS"), on: world) })
            times[1].append(try seconds { _ = try Timeline.run("USA", attack("POL", by: "RUS"), on: world) })
            times[2].append(try seconds { _ = try Timeline.run("GMY", attack("FRN", by: "GMY"), on: world) })
            times[3].append(try seconds { _ = try Analysis.run(attack("POL", by: "GMY", asOf: september), on: world) })
            times[4].append(
                try seconds { _ = try Critical.sweep(attack("POL", by: "GMY", asOf: september), on: world) })
        }
        print("result " + times.map { String(median($0)) }.joined(separator: " "))
        return
    }
    if first == "sample" {
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        var times: [Double] = []
        for _ in 0..<25 {
            times.append(try seconds { for s in world.scenarios { _ = try Analysis.run(s, on: world) } })
        }
        print("result \(median(times)) \(peakResidentMiB()) \(world.scenarios.count) 0")
        return
    }
    if first == "timeline" {
        // Issue 14's budget: per analysed day, a dated run may cost at most twice an undated one.
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        let attack = Attack(target: try world.index.resolveTarget("FIN").get(), by: "RUS")
        let s = Scenario(attacks: [attack])
        var undated: [Double] = []
        var asOf: [Double] = []
        var timeline: [Double] = []
        var days = 0
        for _ in 0..<25 {
            undated.append(try seconds { _ = try Analysis.run(s, on: world) })
            var dated = s
            dated.asOf = Day("2026-01-01") // the same facts as written: only the cost of reading by date differs
            asOf.append(try seconds { _ = try Analysis.run(dated, on: world) })
        }
        for _ in 0..<9 {
            timeline.append(try seconds { days = try Timeline.run("DEU", s, on: world).analysedDays })
        }
        print("result \(median(undated)) \(median(asOf)) \(median(timeline)) \(days)")
        return
    }
    guard args.count >= 2, let n = Int(args[0]), let depth = Int(args[1]) else { return }
    let started = DispatchTime.now().uptimeNanoseconds
    let world = SyntheticWorld.make(states: n, charter: args.count > 2 && args[2] == "charter")
    let build = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let runs = n >= 100_000 ? 3 : n >= 10_000 ? 5 : 11
    var times: [Double] = []
    var obligated = 0
    for _ in 0..<runs {
        times.append(
            try seconds { obligated = try Analysis.run(SyntheticWorld.scenario(depth: depth), on: world).actors.count })
    }
    let clauses = world.instruments.reduce(0) { $0 + $1.clauses.count }
    print("result \(median(times)) \(peakResidentMiB()) \(obligated) \(clauses) \(build)")
}

func child(_ args: [String]) throws -> [String] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    p.arguments = ["--one"] + args
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("result ") } ?? ""
    return line.split(separator: " ").dropFirst().map(String.init)
}

/// `--renders`: the renderer's resident-memory growth over three rounds of 1,500
/// renders, in a process of its own so no other work moves the number (the
/// renderer's leak test runs this).
func renderGrowth() throws {
    let dot =
        "digraph g { graph [label=\"load\"]; a [label=\"Кириллица\"]; b; c; "
        + "a -> b [label=\"x\"]; b -> c; c -> a; }"
    for _ in 0..<100 { _ = try Renderer.shared.render(dot: dot, to: .svg) }
    var growths: [Int] = []
    for _ in 0..<3 {
        let before = peakResidentMiB(field: "VmRSS:")
        for _ in 0..<1500 { _ = try Renderer.shared.render(dot: dot, to: .svg) }
        growths.append(Int((peakResidentMiB(field: "VmRSS:") - before) * 1024))
    }
    print("growth " + growths.map(String.init).joined(separator: " "))
}

/// `--load DIR`: loading speed on synthetic worlds of 10^3..10^5 states written as
/// YAML (by the same writer `casus import` uses), and on an ATOP import when the
/// reference files are beside the project. The YAML is left in DIR so `make bench`
/// can time PyYAML's C loader on the very same files.
func loadSpeed(into dir: String) throws {
    try? FileManager.default.removeItem(atPath: dir)
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    var worlds: [(name: String, files: [GraphLoader.File])] = []
    for n in [1_000, 10_000, 100_000] {
        let world = SyntheticWorld.make(states: n)
        let folder = "\(dir)/synthetic-\(n)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var head = WorldWriter()
        head.line("casus: 1")
        head.places(world.places)
        head.actors(world.actors)
        head.deployments(world.deployments)
        var texts = [("actors.yaml", head.text)]
        // Graph files may hold at most 16 MiB each: instruments in parts.
        for (part, start) in stride(from: 0, to: world.instruments.count, by: 20_000).enumerated() {
            var w = WorldWriter()
            w.line("casus: 1")
            w.instruments(Array(world.instruments[start..<min(world.instruments.count, start + 20_000)]))
            texts.append(("instruments-\(part).yaml", w.text))
        }
        var files: [GraphLoader.File] = []
        for (name, text) in texts {
            try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
            files.append(GraphLoader.File(name: name, data: Data(text.utf8)))
        }
        worlds.append(("synthetic, \(n) states", files))
    }
    let atop = "../shared/reference/atop"
    if FileManager.default.fileExists(atPath: "\(atop)/atop4_01m.csv") {
        func text(_ name: String) throws -> (name: String, text: String) {
            (name, try String(contentsOfFile: "\(atop)/\(name)", encoding: .utf8))
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let imported = try ATOPImport.run(
            members: text("atop4_01m.csv"), alliances: text("atop4_01a.csv"), states: text("cow-states2016.csv"))
        let importTime = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        try FileManager.default.createDirectory(atPath: "\(dir)/atop", withIntermediateDirectories: true)
        var files: [GraphLoader.File] = []
        for f in imported.files {
            try f.text.write(toFile: "\(dir)/atop/\(f.name)", atomically: true, encoding: .utf8)
            files.append(GraphLoader.File(name: f.name, data: Data(f.text.utf8)))
        }
        print(
            String(
                format: "ATOP 4.01 import (%d alliances, %d states): %.0f ms", imported.alliances, imported.states,
                importTime * 1000))
        worlds.append(("ATOP 4.01, imported", files))
    }
    print("| world | YAML | load, median | speed |")
    print("|---|---:|---:|---:|")
    for (name, files) in worlds {
        let bytes = files.reduce(0) { $0 + $1.data.count }
        var times: [Double] = []
        for _ in 0..<(bytes > 10_000_000 ? 3 : 7) {
            times.append(try seconds { _ = try GraphLoader.load(files: files) })
        }
        let t = median(times)
        print(
            String(
                format: "| %@ | %.1f MB | %.0f ms | %.1f MB/s |", name, Double(bytes) / 1e6, t * 1000,
                Double(bytes) / 1e6 / t))
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--load", arguments.count == 2 {
    try loadSpeed(into: arguments[1])
    exit(0)
}
if arguments.first == "--renders" {
    try renderGrowth()
    exit(0)
}
if arguments.first == "--one" {
    try measure(Array(arguments.dropFirst()))
    exit(0)
}
let sizes = arguments.first.flatMap(Int.init).map { [$0] } ?? [100, 1_000, 10_000, 100_000]
print("| states | clauses | depth | analysis, median | obligated actors | peak memory |")
print("|---:|---:|---:|---:|---:|---:|")
for n in sizes {
    for depth in 0...2 {
        let r = try child(["\(n)", "\(depth)"])
        guard r.count >= 4, let t = Double(r[0]), let mem = Double(r[1]) else {
            print("| \(n) | ? | \(depth) | failed | | |")
            continue
        }
        print(String(format: "| %d | %@ | %d | %.1f ms | %@ | %.0f MiB |", n, r[3], depth, t * 1000, r[2], mem))
    }
}
// Version 3: one `bearers: any` permission on an `attack-on: any` clause must not
// make the analysis quadratic in the number of states.
for n in [1_000, 10_000] {
    let plain = try child(["\(n)", "1"])
    let charter = try child(["\(n)", "1", "charter"])
    if let a = plain.first.flatMap(Double.init), let b = charter.first.flatMap(Double.init), charter.count >= 3 {
        print(
            String(
                format:
                    "\nPermission (%d states, depth 1, one `bearers: any` permission): %.1f ms without, %.1f ms with "
                    + "(%.2f×), %@ actors listed",
                n, a * 1000, b * 1000, b / a, charter[2]))
    }
}
let c = try child(["critical"])
if c.count >= 3, let t = Double(c[0]) {
    print(
        String(
            format:
                "\nCritical sweep (tripwire-attacked, --duty assist --duty defend): %@ removals in %.1f ms (median of "
                + "5)",
            c[2], t * 1000))
}
let st = try child(["strengthen"])
if st.count >= 3, let one = Double(st[0]), let sweep = Double(st[1]) {
    print(
        String(
            format:
                "\nStrengthen sweep (ukraine-attacked, every kind): %@ additions in %.1f ms; one analysis %.2f ms; "
                + "%.1f× (median of 9)",
            st[2], sweep * 1000, one * 1000, sweep / one))
}
let t = try child(["timeline"])
if t.count >= 4, let undated = Double(t[0]), let asOf = Double(t[1]), let whole = Double(t[2]), let days = Double(t[3])
{
    print(
        String(
            format:
                "\nDates (sample world, FIN attacked by RUS, depth 1): undated %.2f ms; --as-of 2026-01-01 (the same "
                + "answer) %.2f ms (%.2f×); "
                + "timeline DEU FIN over %.0f days %.1f ms = %.2f ms per day (%.2f× undated)",
            undated * 1000, asOf * 1000, asOf / undated, days, whole * 1000, whole * 1000 / days, whole / days / undated
        ))
}
let w = try child(["watch"])
if w.count >= 2, let poll = Double(w[0]), let reload = Double(w[1]) {
    print(
        String(
            format:
                "\nWatch (sample world, after a notified edit): fingerprint of the files %.2f ms; reload, analysis and "
                + "table of tripwire-attacked %.1f ms (median of 11)",
            poll * 1000, reload * 1000))
}
let h = try child(["history"])
if h.count >= 5, let trigger = Double(h[0]), let usa = Double(h[1]), let gmy = Double(h[2]),
    let september = Double(h[3]), let critical = Double(h[4])
{
    print(
        String(
            format:
                "\nHistory (ATOP 4.01, analysis only, median of 5): trigger POL --by RUS %.1f ms; "
                + "timeline USA POL %.1f ms (%.1f×); timeline GMY FRN --by GMY %.1f ms (%.1f×); "
                + "critical POL --by GMY --as-of 1939-09-01 %.1f ms against its trigger %.1f ms (%.1f×)",
            trigger * 1000, usa * 1000, usa / trigger, gmy * 1000, gmy / trigger, critical * 1000, september * 1000,
            critical / september))
}
let s = try child(["sample"])
if s.count >= 3, let t = Double(s[0]), let mem = Double(s[1]) {
    print(
        String(
            format:
                "\nSample world (Graphs/ukraine-2025): all %@ scenarios in %.1f ms of analysis (median of 25), peak "
                + "%.0f MiB",
            s[2], t * 1000, mem))
}
