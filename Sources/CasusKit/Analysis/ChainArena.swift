/// Every chain of one analysis, stored as parent pointers into one array: a
/// chain is its last step plus the index of its prefix, so extending a chain
/// copies nothing. Each node caches what ranking needs (depth, assumption sets
/// interned to integers, summed hours, length), so a candidate is measured in
/// constant time and step arrays are built only for the chains an outcome reports.
struct ChainArena {
    struct Node {
        /// The prefix's node; nil for a chain's first step.
        let parent: Int?
        /// The step, in `stepTable`: a strike's chain that takes another chain's steps shares them.
        let stepIndex: Int
        /// The escalation round of the chain's last event.
        let depth: Int
        let length: Int
        /// Interned sets (`SetTable`): contested readings, unadopted proposals, `subject-to` labels.
        let readings: Int
        let proposals: Int
        let subjectTo: Int
        /// How many states' choices to join (`joins`) the chain passes through.
        let choices: Int
        /// Sums of the `within` bounds along the chain; nil while no step states one.
        let chainHours: Int?
        let chainHoursMax: Int?
        /// The ranking measure of the chain ending here, computed once.
        let measure: Measure
    }

    /// Read fields in place (`arena.nodes[n].depth`): copying a node costs more than the field.
    private(set) var nodes: [Node] = []
    /// Every step made, once: nodes name them by number, so a node is small and a copied step is one integer.
    private(set) var stepTable: [InternalStep] = []
    var readingSets = SetTable()
    var proposalSets = SetTable()
    var labelSets = SetTable()
    /// The graph's `subject-to` lists, which clause steps name by number.
    let labelLists: [[Int]]
    /// Per reading number, the written readings the run has not accepted (`TriggerIndex.readingMembers`):
    /// what a chain relying on it adds to its contested readings, each once.
    let contestedMembers: [[Int]]

    init(labelLists: [[Int]], contestedMembers: [[Int]] = []) {
        self.labelLists = labelLists
        self.contestedMembers = contestedMembers
    }

    /// `set` with the contested readings a step under `reading` relies on.
    mutating func relying(on reading: Int, _ set: Int) -> Int {
        var out = set
        for m in contestedMembers[reading] {
            out = readingSets.inserting(m, into: out)
        }
        return out
    }

    subscript(_ n: Int) -> Node { nodes[n] }

    /// The last step of the chain ending at `n`.
    func step(_ n: Int) -> InternalStep { stepTable[nodes[n].stepIndex] }

    /// Appends `step` to the chain ending at `parent` (nil: a new chain).
    /// `depth` is the escalation round when the step is an event; a clause step
    /// keeps its prefix's.
    mutating func append(_ step: InternalStep, to parent: Int?, depth eventDepth: Int? = nil) -> Int {
        stepTable.append(step)
        return append(stepIndex: stepTable.count - 1, to: parent, depth: eventDepth)
    }

    /// Appends the step that node `n` ends in — shared, not copied — to the chain ending at `parent`.
    mutating func appendStep(of n: Int, to parent: Int?) -> Int {
        append(stepIndex: nodes[n].stepIndex, to: parent, depth: nil)
    }

    private mutating func append(stepIndex: Int, to parent: Int?, depth eventDepth: Int?) -> Int {
        let step = stepTable[stepIndex]
        let base = parent.map { nodes[$0] }
        var readings = base?.readings ?? SetTable.empty
        var proposals = base?.proposals ?? SetTable.empty
        var subjectTo = base?.subjectTo ?? SetTable.empty
        var lo = base?.chainHours
        var hi = base?.chainHoursMax
        var choices = base?.choices ?? 0
        if case .join = step {
            // A strike's chain takes each side's steps once (Engine.strike): one join step per state.
            choices += 1
        }
        if case .clause(let c) = step {
            if c.contested, let r = c.reading {
                readings = relying(on: r, readings)
            }
            if let p = c.proposal {
                proposals = proposalSets.inserting(p, into: proposals)
            }
            for label in labelLists[c.subjectTo] {
                subjectTo = labelSets.inserting(label, into: subjectTo)
            }
            if let w = c.within {
                lo = Hours.sum(lo, w.lower)
                hi = Hours.sum(hi, w.upper)
            }
        }
        let depth = eventDepth ?? base?.depth ?? 0
        let length = (base?.length ?? 0) + 1
        var measure = Measure(
            permission: false, proposals: 0, readings: 0, choices: choices, depth: depth, political: false, dutyRank: 0,
            hours: Int.max, length: length)
        if case .clause(let c) = step {
            measure = Measure(
                permission: c.modality == .may, proposals: proposalSets.count(proposals),
                readings: readingSets.count(readings), choices: choices, depth: depth,
                political: c.force == .political, dutyRank: c.duty.strengthRank,
                hours: c.within?.lower ?? Int.max, length: length)
        }
        nodes.append(
            Node(
                parent: parent, stepIndex: stepIndex, depth: depth, length: length,
                readings: readings, proposals: proposals, subjectTo: subjectTo, choices: choices,
                chainHours: lo, chainHoursMax: hi, measure: measure))
        return nodes.count - 1
    }

    /// The steps of the chain ending at `n`, first step first.
    func steps(_ n: Int) -> [InternalStep] {
        var out: [InternalStep] = []
        var cursor: Int? = n
        while let c = cursor {
            out.append(step(c))
            cursor = nodes[c].parent
        }
        return out.reversed()
    }

    /// The node indices of the chain ending at `n`, first step first.
    func path(_ n: Int, into buffer: inout [Int]) {
        buffer.removeAll(keepingCapacity: true)
        var cursor: Int? = n
        while let c = cursor {
            buffer.append(c)
            cursor = nodes[c].parent
        }
        buffer.reverse()
    }
}

/// Sorted, duplicate-free sets of small integers, each interned to a number, so
/// comparing two chains' assumptions is comparing two integers. Set 0 is empty.
struct SetTable {
    static let empty = 0
    private(set) var sets: [[Int]] = [[]]
    /// Each set's size, kept apart so ranking reads an integer, not an array.
    private var sizes: [Int] = [0]
    private var number: [[Int]: Int] = [[]: 0]
    private var insertions: [Int64: Int] = [:]

    func members(_ set: Int) -> [Int] { sets[set] }
    func count(_ set: Int) -> Int { sizes[set] }

    func contains(_ element: Int, in set: Int) -> Bool { sets[set].contains(element) }

    /// The set `set ∪ {element}`.
    mutating func inserting(_ element: Int, into set: Int) -> Int {
        let key = Int64(set) << 32 | Int64(element)
        if let known = insertions[key] {
            return known
        }
        var result = set
        if !sets[set].contains(element) {
            var grown = sets[set]
            grown.append(element)
            grown.sort()
            if let n = number[grown] {
                result = n
            } else {
                result = sets.count
                number[grown] = result
                sets.append(grown)
                sizes.append(grown.count)
            }
        }
        insertions[key] = result
        return result
    }
}

extension Hours {
    /// A chain's running sum of windows: each window is at most `Hours.limit`,
    /// and the sum saturates rather than overflow however long the chain.
    static func sum(_ running: Int?, _ add: Int) -> Int {
        let (total, overflow) = (running ?? 0).addingReportingOverflow(add)
        return overflow ? Int.max : total
    }
}
