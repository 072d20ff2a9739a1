import CasusSample
import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// Hostile input, generated: thousands of damaged versions of the sample world
/// (bytes flipped, YAML punctuation inserted, lines duplicated or dropped, files
/// cut short). Each must load or fail with located errors — never crash or hang —
/// and whatever loads must analyse every scenario.
@Suite struct MutationTests {
    struct Mutator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
        static let punctuation: [UInt8] = Array(":-[]{},#&*!|>'\"%@`\n\t ?".utf8) + [0xC3, 0xFF, 0x00]

        mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
            var b = bytes
            for _ in 0...next(4) {
                guard !b.isEmpty else { break }
                let at = next(b.count)
                switch next(6) {
                case 0: b[at] = UInt8(truncatingIfNeeded: next(256))
                case 1: b.insert(Self.punctuation[next(Self.punctuation.count)], at: at)
                case 2: b.removeSubrange(at..<min(b.count, at + 1 + next(40)))
                case 3: b = Array(b.prefix(at))
                default:
                    // Duplicate or swap a line: keys repeated, lists reordered.
                    let lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                    var l = lines
                    let i = next(l.count)
                    let j = next(l.count)
                    if next(2) == 0 { l.insert(l[i], at: j) } else { l.swapAt(i, j) }
                    b = Array(l.joined(separator: [0x0A]))
                }
            }
            return b
        }
    }

    @Test func damagedGraphsNeverCrash() throws {
        var m = Mutator(state: 2026)
        let files = SampleWorld.files.map { (name: $0.name, bytes: Array($0.text.utf8)) }
        var loaded = 0
        var rejected = 0
        // CASUS_MUTATIONS=5000 for a longer campaign; the suite's default keeps it quick.
        let rounds = ProcessInfo.processInfo.environment["CASUS_MUTATIONS"].flatMap(Int.init) ?? 120
        for _ in 0..<rounds {
            var damaged = files.map { GraphLoader.File(name: $0.name, data: Data($0.bytes)) }
            let k = m.next(files.count)
            damaged[k] = GraphLoader.File(name: files[k].name, data: Data(m.mutate(files[k].bytes)))
            do {
                let world = try GraphLoader.load(files: damaged)
                loaded += 1
                for s in world.scenarios { _ = try Analysis.run(s, on: world) }
            } catch let failure as GraphLoadFailure {
                rejected += 1
                #expect(!failure.errors.isEmpty)
                for e in failure.errors { #expect(e.line >= 1 && e.column >= 1 && !e.message.isEmpty) }
            }
        }
        #expect(loaded > 0 && rejected > 0)
    }
}
