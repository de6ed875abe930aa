import YouthCare

/// Keys of help past 18 (docs/model.md, age): youth care is for youths under 18, and the Jeugdwet lets a
/// municipality continue it to 23 when a young adult still needs it and no other law provides (its
/// definition of a youth, jeugdige: Stimulansz, "Verlengde jeugdhulp"). Foster care goes on to 21 unless
/// the youth does not want it, since 1 July 2018 (Kamerstuk 35 833 nr. 3, memorie van toelichting).
extension DefinitionList {
    mutating func addAge() {
        flag(
            "age.enabled", true, .statistic("Jeugdwet: youth care is for youths under 18, continued to 23 at most"),
            "Help ends with age: at 18 unless it goes on (the keys below); a supervision order at 18; off: nobody grows out of care",
            \.age.enabled
        )
        for kind in HelpKind.allCases {
            let outOfHome = kind == .outOfHome
            add(
                "age.continuedShare.\(kind.key)", .number, "share", 0...1, outOfHome ? 1 : 0.28,
                outOfHome
                    ? .statistic(
                        "Kamerstuk 35 833 nr. 3: foster care goes on to 21 as standard since 1 July 2018, unless the youth "
                            + "does not want it; the model takes every out-of-home stay as foster care does")
                    : .statistic(
                        "calibrated: CBS 85095NED, youths with youth care in kind on 31 December 2023 aged 18-23 (6.2 %); "
                            + "the same share for every kind of help but out-of-home care"),
                "Share of youths in \(kind.key) help whose help goes on past 18 (also: a young adult's new need is helped)",
                \.age.continuedShare[kind.rawValue]
            )
            add(
                "age.helpEndsAt.\(kind.key)", .integer, "years of age", 18...23, outOfHome ? 21 : 23,
                outOfHome
                    ? .statistic("Kamerstuk 35 833 nr. 3: foster care to 21 as standard (longer by exception)")
                    : .statistic("Jeugdwet, definition of jeugdige: help may go on to 23 (Stimulansz, \"Verlengde jeugdhulp\")"),
                "Age at which \(kind.key) help that went on past 18 ends", \.age.helpEndsAtYears[kind.rawValue]
            )
        }
    }
}
