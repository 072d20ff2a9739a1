/// "Did you mean …?": the closest candidate by edit distance, if it is close enough
/// to be a plausible typo (and never the word itself).
package enum Suggestion {
    package static func nearest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        guard !w.isEmpty else { return nil }
        var best: (distance: Int, word: String)?
        for candidate in candidates where candidate != word {
            let c = Array(candidate.lowercased())
            // Cheap bound first: lengths that differ a lot cannot be close.
            if abs(c.count - w.count) > 3 { continue }
            let d = distance(w, c)
            if let b = best, (d, candidate) >= (b.distance, b.word) { continue }
            best = (d, candidate)
        }
        let limit = max(1, min(3, w.count / 3 + 1))
        if let best, best.distance <= limit { return best.word }
        return onlyExtension(of: word, in: candidates)
    }

    /// The one candidate that begins with `word` (any case), when exactly one
    /// does and `word` is long enough to mean something: a half-remembered
    /// long id (`art6-forces` for `art6-forces-in-ukraine`) is no typo, but
    /// there is no doubt which it is.
    static func onlyExtension(of word: String, in candidates: [String]) -> String? {
        let w = word.lowercased()
        guard w.count >= 4 else { return nil }
        let extended = Set(candidates.filter { $0 != word && $0.lowercased().hasPrefix(w) })
        return extended.count == 1 ? extended.first : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}

extension GraphIndex {
    /// The actor a mistyped id most likely means: one whose alias or name is the
    /// text (any case) first — `PRC` is China, whatever id is two letters away —
    /// then the nearest id, then the nearest name. `attackersOnly`: states and groups, no organization.
    package func suggestActor(_ text: String, attackersOnly: Bool = false) -> String? {
        let wanted = text.lowercased()
        let pool = actorIDs.indices.filter { !attackersOnly || standsForItself($0) }
        if let n = pool.first(where: { n in
            actorAliases[n].contains { $0.lowercased() == wanted } || actorNames[n].lowercased() == wanted
        }) {
            return actorIDs[n]
        }
        // The nearer of the nearest id and the nearest name wins ("Chna" is China, not an id two letters away).
        let byID = Suggestion.nearest(to: text, in: pool.map { actorIDs[$0] })
        let byName = Suggestion.nearest(to: text, in: pool.map { actorNames[$0] })
        let nameID = byName.flatMap { name in pool.first { actorNames[$0] == name }.map { actorIDs[$0] } }
        guard let id = byID else { return nameID }
        guard let name = byName, let other = nameID else { return id }
        let w = Array(text.lowercased())
        let idDistance = Suggestion.distance(w, Array(id.lowercased()))
        let nameDistance = Suggestion.distance(w, Array(name.lowercased()))
        return nameDistance < idDistance ? other : id
    }
}
