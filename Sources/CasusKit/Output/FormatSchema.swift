/// `casus schema`: a JSON Schema (draft 2020-12) of the graph format, built from
/// the loader's own key lists and word lists so the two cannot drift apart. A
/// YAML language server uses it to complete and check a file as it is typed.
/// It checks shape — keys, types, words, id syntax, ranges; references between
/// ids, cycles and the rest of the loader's checks remain `casus validate`'s.
package enum FormatSchema {
    package static let id = "https://casus.invalid/schema/graph-1.json"

    package static func json() -> JSONValue {
        .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string("Casus graph file (format 1, semantics version 2)")),
            (
                "description",
                .string(
                    "A world Casus reasons about: states, organizations, places, deployments, instruments and "
                        + "scenarios. See docs/format.md."
                )
            ),
            ("type", .string("object")),
            ("required", .strings(["casus"])),
            ("additionalProperties", .bool(false)),
            (
                "properties",
                properties(
                    Keys.top,
                    [
                        "casus": object([("const", .int(1)), ("description", .string("The format version: always 1."))]
                        ),
                        "title": text("The world's title."),
                        "description": text("What the world is about."),
                        "defaults": closed(
                            Keys.defaults,
                            [
                                "attacker": ref("id", "Used when an attack names no attacker."),
                                "depth": object([
                                    ("type", .string("integer")), ("minimum", .int(0)),
                                    (
                                        "description",
                                        .string("Escalation depth when a scenario names none (default 1).")
                                    ),
                                ]),
                            ]),
                        "sources": list(
                            closed(
                                Keys.source, ["id": ref("id"), "title": text(), "url": ref("link"), "note": text()],
                                required: ["id"])),
                        "places": list(
                            closed(
                                Keys.place,
                                [
                                    "id": ref("id"), "name": text(),
                                    "within": ref("ids", "Places or states it lies in."),
                                    "overseas": flag(
                                        "false: a place naming its state and a sea (a territorial sea) lies in the "
                                            + "state's regions too; true: outside them, on purpose."
                                    ),
                                    "from": ref("date", "The first day it exists."),
                                    "to": ref("date", "The first day it no longer exists."), "note": text(),
                                ], required: ["id"])),
                        "actors": list(ref("actor")),
                        "deployments": list(ref("deployment")),
                        "readings": list(ref("reading", "Readings clauses of any instrument name by id (version 3).")),
                        "instruments": list(ref("instrument")),
                        "scenarios": list(ref("scenario")),
                    ])
            ),
            ("$defs", .object(definitions())),
        ])
    }

    // MARK: Pieces

    static func object(_ fields: [(String, JSONValue)]) -> JSONValue { .object(fields) }

    static func text(_ description: String? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [("type", .string("string"))]
        if let description { fields.append(("description", .string(description))) }
        return .object(fields)
    }

    static func ref(_ name: String, _ description: String? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [("$ref", .string("#/$defs/\(name)"))]
        if let description { fields.append(("description", .string(description))) }
        return .object(fields)
    }

    static func list(_ item: JSONValue) -> JSONValue { .object([("type", .string("array")), ("items", item)]) }

    static func words(_ words: [String], _ description: String? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [("enum", .strings(words))]
        if let description { fields.append(("description", .string(description))) }
        return .object(fields)
    }

    static func flag(_ description: String) -> JSONValue {
        .object([("type", .string("boolean")), ("description", .string(description))])
    }

    /// One item or a list of them. Chosen by shape (`if` it is a list), not by
    /// `anyOf`: so a mistyped key in a single item is reported as itself ("'atack-on'
    /// was unexpected"), not as "not valid under any of the given schemas".
    static func oneOrMany(_ item: JSONValue) -> JSONValue {
        .object([
            ("if", .object([("type", .string("array"))])),
            ("then", list(item)),
            ("else", item),
        ])
    }

    /// A name (version 3: a shared reading's id) or the item itself, chosen by shape as `oneOrMany` is.
    static func nameOr(_ item: JSONValue) -> JSONValue {
        .object([
            ("if", .object([("type", .string("string"))])),
            ("then", ref("id", "A reading declared under the instrument's or the world's readings.")),
            ("else", item),
        ])
    }

    /// The properties in the loader's key order; every key the loader accepts is here.
    static func properties(_ keys: [String], _ schemas: [String: JSONValue]) -> JSONValue {
        .object(keys.map { ($0, schemas[$0] ?? .object([])) })
    }

    static func closed(_ keys: [String], _ schemas: [String: JSONValue], required: [String] = []) -> JSONValue {
        var fields: [(String, JSONValue)] = [("type", .string("object")), ("additionalProperties", .bool(false))]
        if !required.isEmpty { fields.append(("required", .strings(required))) }
        fields.append(("properties", properties(keys, schemas)))
        return .object(fields)
    }

    /// `bearers` (version 3): a keyword, `{ parties-except: [ids] }`, or ids each plain or dated.
    static func bearers(_ description: String) -> JSONValue {
        .object([
            (
                "anyOf",
                .array([
                    words(["other-parties", "parties", "any"]),
                    closed(
                        ["parties-except"], ["parties-except": ref("ids", "The parties that do not bear it.")],
                        required: ["parties-except"]),
                    ref("dated-ids"),
                ])
            ),
            ("description", .string(description)),
        ])
    }

    /// `decision`: a word, or (version 3) `{ majority: N/M }`.
    static func decision() -> JSONValue {
        let share = object([
            ("type", .string("string")), ("pattern", .string("^[1-9][0-9]{0,3}/[1-9][0-9]{0,3}$")),
            ("description", .string("At least this share of the deciders in favour, as N/M (2/3).")),
        ])
        return .object([
            (
                "anyOf",
                .array([
                    words(Decision.allWords.filter { $0 != Decision.majority.rawValue }),
                    closed(["majority"], ["majority": share], required: ["majority"]),
                ])
            ),
            ("description", .string("How the bearers decide to act.")),
        ])
    }

    /// A trigger's `by`: a keyword, ids, or (version 3) `{ all-but: [ids] }`.
    static func attackers(_ description: String) -> JSONValue {
        .object([
            (
                "anyOf",
                .array([
                    words(["any", "parties", "non-parties"]),
                    ref("ids"),
                    closed(
                        ["all-but"], ["all-but": ref("ids", "The attackers it does not answer.")], required: ["all-but"]
                    ),
                ])
            ),
            ("description", .string(description)),
        ])
    }

    static func actorSet(_ keywords: [String], _ description: String) -> JSONValue {
        .object([("anyOf", .array([words(keywords), ref("ids")])), ("description", .string(description))])
    }

    static func definitions() -> [(String, JSONValue)] {
        let note = text("Free text for a reader: an unconfirmed fact, an illustrative choice.")
        return [
            (
                "id",
                object([
                    ("type", .string("string")), ("pattern", .string("^[A-Za-z][A-Za-z0-9_.-]{0,63}$")),
                    ("description", .string("An id: a letter, then letters, digits, '_', '.' or '-' (at most 64).")),
                ])
            ),
            ("ids", list(ref("id"))),
            (
                "dated-id",
                object([
                    (
                        "anyOf",
                        .array([
                            ref("id"),
                            closed(
                                ["id", "from", "to"],
                                [
                                    "id": ref("id"), "from": ref("date", "The first day it holds."),
                                    "to": ref("date", "The first day it no longer holds."),
                                ], required: ["id"]),
                        ])
                    ), ("description", .string("An id, or {id, from, to} for a membership or party of its time.")),
                ])
            ),
            ("dated-ids", list(ref("dated-id"))),
            (
                "link",
                object([
                    ("type", .string("string")), ("pattern", .string("^[Hh][Tt][Tt][Pp][Ss]?://[^/\\s\"<>\\\\`]")),
                    ("description", .string("An http:// or https:// link.")),
                ])
            ),
            (
                "date",
                object([
                    ("type", .string("string")),
                    ("pattern", .string("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")),
                    ("description", .string("YYYY, YYYY-MM or YYYY-MM-DD.")),
                ])
            ),
            (
                "hours",
                object([
                    (
                        "description",
                        .string("Hours from 0 to 8760 (one year), a range [min, max], or 'immediately' (0).")
                    ),
                    (
                        "anyOf",
                        .array([
                            object([("type", .string("integer")), ("minimum", .int(0)), ("maximum", .int(Hours.limit))]
                            ),
                            object([
                                ("type", .string("array")), ("minItems", .int(2)), ("maxItems", .int(2)),
                                (
                                    "items",
                                    object([
                                        ("type", .string("integer")), ("minimum", .int(0)),
                                        ("maximum", .int(Hours.limit)),
                                    ])
                                ),
                            ]),
                            object([("const", .string("immediately"))]),
                        ])
                    ),
                ])
            ),
            (
                "actor",
                closed(
                    Keys.actor,
                    [
                        "id": ref("id"), "name": text(), "kind": words(ActorKind.allWords),
                        "within": ref(
                            "ids",
                            "A state: the regions its territory lies in. A group (required): the places it is based "
                                + "in, the first where an attack on it falls."),
                        "tags": list(text()),
                        "members": ref(
                            "dated-ids", "Organizations only: states or organizations, each plain or {id, from, to}."),
                        "aliases": list(text()), "from": ref("date", "The first day it exists."),
                        "to": ref("date", "The first day it no longer exists."),
                        "spells": list(
                            closed(
                                ["from", "to"],
                                ["from": ref("date", "The spell's first day."), "to": ref("date", "Its end.")])),
                        "note": note,
                    ], required: ["id", "name", "kind"]
                ).adding([
                    // A group is based somewhere: an attack on it falls there.
                    ("if", object([("properties", object([("kind", object([("const", .string("group"))]))]))])),
                    ("then", object([("required", .strings(["within"]))])),
                ])
            ),
            (
                "deployment",
                closed(
                    Keys.deployment,
                    [
                        "id": ref("id"), "name": text(), "config": words(DeploymentConfig.allWords),
                        "host": ref("id", "A state; left out only for a deployment at sea."),
                        "at": ref("id", "A place within the host, or at sea."),
                        "contributors": object([
                            ("type", .string("array")), ("minItems", .int(1)), ("items", ref("id")),
                        ]),
                        "status": words(DeploymentStatus.allWords), "from": ref("date", "The first day it is there."),
                        "to": ref("date", "The first day it is gone."), "note": note,
                    ], required: ["id", "config", "contributors", "status"])
            ),
            (
                "instrument",
                closed(
                    Keys.instrument,
                    [
                        "id": ref("id"), "title": text(), "short": text("The label in diagrams."),
                        "form": words(InstrumentForm.allWords),
                        "status": words(InstrumentStatus.allWords), "force": words(LegalForce.allWords),
                        "date": ref("date"),
                        "proposed": ref(
                            "date", "The day a proposal was made; before it the instrument does not exist."),
                        "signed": ref("date", "The day it was signed; before it the instrument does not exist."),
                        "in-force": ref("date", "The day it entered into force; before it, it is signed."),
                        "ended": ref("date", "The first day it no longer applies (lapsed from then)."),
                        "ended-how": words(EndedHow.allWords),
                        "parties": ref("dated-ids"), "source": ref("link"),
                        "prevails-over": ref(
                            "ids",
                            "Version 3: instruments this one prevails over where their obligations conflict with its "
                                + "refrain clauses."),
                        "violated-by": object([
                            ("type", .string("array")),
                            (
                                "items",
                                .object([
                                    (
                                        "anyOf",
                                        .array([
                                            ref("id"),
                                            closed(
                                                ["id", "from"],
                                                [
                                                    "id": ref("id"),
                                                    "from": ref("date", "The first day the breach counts."),
                                                ], required: ["id"]),
                                        ])
                                    )
                                ])
                            ),
                            (
                                "description",
                                .string(
                                    "With status violated: the parties in breach, each plain or {id, from}; only "
                                        + "their own obligations lapse."
                                )
                            ),
                        ]),
                        "readings": list(ref("reading", "Readings this instrument's clauses name by id (version 3).")),
                        "clauses": list(ref("clause")), "note": note,
                    ], required: ["id", "title", "form", "status", "force", "parties", "clauses"])
            ),
            (
                "clause",
                closed(
                    Keys.clause,
                    [
                        "id": ref("id"), "cite": text("How the clause is cited: 'Art. 5'."),
                        "text": text("The clause's wording."),
                        "when": oneOrMany(ref("trigger")), "then": oneOrMany(ref("obligation")),
                        "readings": list(nameOr(ref("reading"))),
                        "readings-hold": words(
                            ["apart", "together"],
                            "together: the readings are conditions the clause holds under only all at once."),
                        "from": ref("date", "The first day the clause is in the instrument (a phase of its terms)."),
                        "to": ref("date", "The first day it no longer is."), "note": note,
                    ], required: ["id", "cite", "then"])
            ),
            (
                "trigger",
                closed(
                    Keys.trigger,
                    [
                        "attack-on": actorSet(
                            ["parties", "any"],
                            "Whose attack meets it: the parties, anyone, or listed actors and deployments."),
                        "attack-by": actorSet(
                            ["parties"],
                            "An offense pledge: met by an attack these allies make (attack-on then defaults to any); "
                                + "its duties are owed to the attacker."),
                        "target": oneOrMany(words(TargetKind.allWords)),
                        "kinds": list(words(EventKind.allWords)),
                        "in": object([
                            ("type", .string("array")), ("items", .object([("type", .string("string"))])),
                            (
                                "description",
                                .string("Places; 'parties' = any party's territory, 'victim' = the victim's own.")
                            ),
                        ]),
                        "except": ref("ids", "Places excluded (transitively)."),
                        "by": attackers("Which attackers it answers."),
                        "unprovoked": flag(
                            "Not met by a strike on a state whose own side's armed attack began the hostilities "
                                + "(self-defence against it)."
                        ),
                        "nuclear": flag("Met only by an attack with nuclear weapons."),
                    ])
            ),
            (
                "obligation",
                closed(
                    Keys.obligation,
                    [
                        "bearers": bearers(
                            "Who bears it (default other-parties); 'any' (every state) only with modality may."),
                        "modality": words(Modality.allWords), "means": words(Means.allWords),
                        "duty": words(Duty.allWords),
                        "engages": flag(
                            "Whether discharging it engages the bearer in the fighting (never for modality may)."),
                        "within": ref("hours"), "decision": decision(),
                        "deciders": actorSet(["bearers", "parties"], "Who decides a consensus or unanimity decision."),
                        "subject-to": list(text()), "force": words(LegalForce.allWords),
                        "collective": flag("Each organization in bearers bears it as one actor."),
                        "towards": actorSet(
                            ["other-parties", "parties"],
                            "Refrain only: who the bearers undertake not to use force against."),
                    ], required: ["duty"])
            ),
            (
                "reading",
                closed(
                    Keys.reading,
                    [
                        "id": ref("id"), "claim": text(), "when": ref("trigger"),
                        "then": closed(
                            Keys.obligation,
                            [
                                "bearers": bearers("Replaces the clause's bearers."),
                                "modality": words(Modality.allWords), "means": words(Means.allWords),
                                "duty": words(Duty.responseWords), "engages": flag("Replaces engages."),
                                "within": ref("hours"),
                                "decision": decision(),
                                "deciders": actorSet(["bearers", "parties"], "Replaces deciders."),
                                "subject-to": list(text()), "force": words(LegalForce.allWords),
                                "collective": flag("Replaces collective."),
                            ]), "note": note,
                    ], required: ["id", "claim"])
            ),
            (
                "scenario",
                closed(
                    Keys.scenario,
                    [
                        "id": ref("id"), "title": text(),
                        "attacks": object([
                            ("type", .string("array")), ("minItems", .int(1)),
                            (
                                "items",
                                closed(
                                    Keys.attack,
                                    [
                                        "target": text(
                                            "A deployment, a state, a place inside a state, forces:STATE@PLACE or "
                                                + "vessels:STATE@PLACE."
                                        ),
                                        "by": ref("id"), "kind": words(EventKind.allWords),
                                        "nuclear": flag("The attack uses nuclear weapons."),
                                    ], required: ["target"])
                            ),
                        ]),
                        "depth": object([("type", .string("integer")), ("minimum", .int(0))]),
                        "accept": ref("ids"), "reject": ref("ids"),
                        "strict": flag("Reject every reading not accepted."),
                        "adopt": ref("ids"), "without": ref("ids"), "aligned": ref("ids"), "joins": ref("ids"),
                        "vetoes": ref("ids"),
                        "duties": list(words(Duty.responseWords)),
                        "as-of": ref("date", "Read the world as of this day."), "note": note,
                    ], required: ["id", "attacks"])
            ),
        ]
    }
}
