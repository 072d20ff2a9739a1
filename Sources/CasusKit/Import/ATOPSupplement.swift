/// What ATOP flags but does not name, supplied from the treaty texts for the alliances
/// historians ask about most (issue 25, item 1): so those answers rest on no reading where the
/// text is plain. Each entry replaces the adversary ATOP's alliance-level `statthr` columns give
/// one pledge, or names the one its `…coadv` flag leaves unnamed; docs/atop.md lists them.
/// From knowledge of the texts (the Avalon Project prints both), to verify against them.
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
        1385: [
            "defense": Adversary(
                states: ["GMY"], allBut: false,
                text: "Art. 1: if France or Russia is attacked by Germany (supplement; the cases of an attack "
                    + "by Italy or Austria-Hungary supported by Germany are not modelled)")
        ],
    ]
}
