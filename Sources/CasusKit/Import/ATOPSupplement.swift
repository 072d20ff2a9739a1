/// What ATOP flags but does not name, supplied from the treaty texts for the alliances
/// historians ask about most (issue 25, item 1): so those answers rest on no reading where the
/// text is plain. Each entry replaces the adversary ATOP's alliance-level `statthr` columns give
/// one pledge, or names the one its `…coadv` flag leaves unnamed, or the area its `…coloc` flag
/// leaves unnamed; docs/atop.md lists them. From knowledge of the texts (the Avalon Project
/// prints them), to verify against them.
enum ATOPSupplement {
    /// The adversary a pledge is conditional on, as the text names it.
    struct Adversary {
        /// Attackers it answers; with `allBut`, every attacker but these.
        let states: [String]
        let allBut: Bool
        /// What the text says, cited: it goes into the clause's note.
        let text: String
    }

    /// By ATOP alliance id, then pledge column (`defense`, `neutral`, `consul`).
    static let adversaries: [Int: [String: Adversary]] = [
        // The Dual Alliance, 7 October 1879: Art. 1 is the defence against Russia (ATOP's statthr);
        // Art. 2's neutrality answers "another Power", Russia excepted (with Russia, Art. 1 applies).
        1335: [
            "neutral": Adversary(
                states: ["RUS"], allBut: true,
                text: "Art. 2: neutrality if a party is attacked by another Power than Russia (supplement)")
        ],
        // The Franco-Russian military convention, 1892 (in force 1894), Art. 1: attacked by Germany.
        // (The places below are the regions of `regions`, or `parties`: any party's territory.)
        1385: [
            "defense": Adversary(
                states: ["GMY"], allBut: false,
                text: "Art. 1: if France or Russia is attacked by Germany (supplement; the cases of an attack "
                    + "by Italy or Austria-Hungary supported by Germany are not modelled)")
        ],
    ]

    /// The area a pledge is limited to, as the text names it, in the terms an imported world has:
    /// each state is one place, in the regions `regions` gives it.
    struct Area {
        /// `in` entries: a region of `regions`, a state's id, or `parties` (any party's territory).
        let within: [String]
        /// What the text says, cited: it goes into the clause's note.
        let text: String
    }

    /// By ATOP alliance id, then pledge column.
    static let areas: [Int: [String: Area]] = [
        // The North Atlantic Treaty, Art. 6 as amended by the 1951 protocol on Greece and Turkey.
        3180: [
            "defense": Area(
                within: ["europe", "north-america", "TUR"],
                text: "Art. 6: an armed attack on the territory of any of the Parties in Europe or North America, or "
                    + "on the territory of Turkey (supplement; the Algerian departments of France to 1962, the "
                    + "islands north of the Tropic of Cancer and the forces, vessels and aircraft are not modelled, "
                    + "and an attack on the United States counts as one in North America: Hawaii is not told apart)")
        ],
        // The Inter-American Treaty of Reciprocal Assistance (Rio, 1947), Art. 3(3).
        3075: [
            "defense": Area(
                within: ["parties"],
                text: "Art. 3(3): an armed attack within the territory of an American State, whatever the region "
                    + "of Art. 4 (supplement; an attack outside both, which Art. 6 answers with consultation only, "
                    + "is not modelled)")
        ],
        // ANZUS, 1951, Art. V: an attack on a party includes one on its metropolitan territory.
        3215: [
            "defense": Area(
                within: ["parties"],
                text: "Arts. IV and V: an armed attack in the Pacific Area on a Party is deemed to include one on its "
                    + "metropolitan territory (supplement; the island territories and the forces, vessels and "
                    + "aircraft in the Pacific are not modelled)")
        ],
    ]

    /// The regions an `Area` names, by COW code range: Europe is COW's 200–399; North America holds
    /// only the United States (2) and Canada (20), the North Atlantic Treaty's parties there.
    static let regions: [(id: String, name: String, codes: [ClosedRange<Int>])] = [
        ("europe", "Europe (COW codes 200-399)", [200...399]),
        ("north-america", "North America (the United States and Canada)", [2...2, 20...20]),
    ]
}
