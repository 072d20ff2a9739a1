/// A state, an organization or (version 3) a group. Wherever an organization is named as a party or
/// bearer it stands for its members, except as the bearer of a `collective`
/// obligation, which it bears as one actor.
public struct Actor: Sendable, Hashable {
    /// Its id, unique in the world: `USA`, `NATO`.
    public let id: String
    /// Its name, as diagrams and reports show it.
    public let name: String
    /// A state, an organization or a group.
    public let kind: ActorKind
    /// A state: the regions (places) its territory lies in. A group: the places it is based
    /// in, the first being where an attack on it, with no place named, falls.
    public let within: [String]
    /// Free labels for filtering and hover text.
    public let tags: [String]
    /// Organizations only: direct members as written (states or organizations).
    public let members: [String]
    /// Other names people type for it (`PRC`), used for suggestions.
    public let aliases: [String]
    /// A caveat for readers (shown beside the actor in every output).
    public let note: String?

    package init(
        id: String, name: String, kind: ActorKind, within: [String] = [], tags: [String] = [],
        members: [String] = [], aliases: [String] = [], note: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.within = within
        self.tags = tags
        self.members = members
        self.aliases = aliases
        self.note = note
    }
}

/// A region that triggers and deployments refer to. Every state is also a place.
public struct Place: Sendable, Hashable {
    /// Its id, unique in the world.
    public let id: String
    /// Its name, as diagrams show it.
    public let name: String
    /// The places or states it lies in.
    public let within: [String]
    /// As written (version 3): `false` keeps a place that names its state and a sea (a
    /// territorial sea) in the state's regions too; `true` states the overseas rule's
    /// result on purpose; nil leaves it to the rule.
    public let overseas: Bool?
    /// A caveat for readers (disputed sovereignty, say).
    public let note: String?

    package init(id: String, name: String, within: [String] = [], overseas: Bool? = nil, note: String? = nil) {
        self.id = id
        self.name = name
        self.within = within
        self.overseas = overseas
        self.note = note
    }
}

/// Forces of one or more states stationed on a host's territory, or at sea
/// (no host: `at` is a place that lies in no state).
public struct Deployment: Sendable, Hashable {
    /// Its id, unique in the world.
    public let id: String
    /// Its name, as diagrams show it.
    public let name: String
    /// What the force is for.
    public let config: DeploymentConfig
    /// nil for a deployment at sea.
    public let host: String?
    /// A place within the host (the host itself by default), or a region at sea.
    public let at: String
    /// States, as written (organizations are expanded by the graph).
    public let contributors: [String]
    /// Whether it is there.
    public let status: DeploymentStatus
    /// A caveat for readers.
    public let note: String?

    package init(
        id: String, name: String, config: DeploymentConfig, host: String?, at: String,
        contributors: [String], status: DeploymentStatus, note: String? = nil
    ) {
        self.id = id
        self.name = name
        self.config = config
        self.host = host
        self.at = at
        self.contributors = contributors
        self.status = status
        self.note = note
    }
}
