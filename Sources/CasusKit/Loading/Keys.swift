/// The keys each kind of mapping accepts (format.md). One place, so the loader,
/// its suggestions and the documentation cannot drift apart.
enum Keys {
    static let top = [
        "casus", "title", "description", "defaults", "sources", "places", "actors",
        "deployments", "readings", "instruments", "scenarios",
    ]
    static let defaults = ["attacker", "depth"]
    static let source = ["id", "title", "url", "note"]
    static let place = ["id", "name", "within", "overseas", "from", "to", "note"]
    static let actor = [
        "id", "name", "kind", "within", "tags", "members", "aliases", "from", "to", "spells", "note",
    ]
    static let deployment = ["id", "name", "config", "host", "at", "contributors", "status", "from", "to", "note"]
    static let instrument = [
        "id", "title", "short", "form", "status", "force", "date", "proposed", "signed", "in-force", "ended",
        "ended-how", "parties", "source", "violated-by", "prevails-over", "readings", "clauses", "note",
    ]
    static let clause = ["id", "cite", "text", "when", "then", "readings", "readings-hold", "from", "to", "note"]
    static let trigger = [
        "attack-on", "attack-by", "target", "kinds", "in", "except", "by", "unprovoked", "nuclear",
    ]
    static let obligation = [
        "bearers", "duty", "engages", "within", "decision", "deciders", "subject-to", "force",
        "collective", "towards", "modality", "means",
    ]
    static let reading = ["id", "claim", "when", "then", "note"]
    static let scenario = [
        "id", "title", "attacks", "depth", "accept", "reject", "strict", "adopt", "without",
        "aligned", "joins", "vetoes", "duties", "as-of", "note",
    ]
    static let attack = ["target", "by", "kind", "nuclear"]
}

/// The format versions this build understands.
package enum FormatVersion {
    package static let supported = [1]
}
