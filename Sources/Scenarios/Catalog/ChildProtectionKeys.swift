import SimKernel
import YouthCare

/// Keys of the child protection track (M12).
extension DefinitionList {
    mutating func addChildProtection() {
        flag(
            "childProtection.enabled", true, .source(.dialoogpaperWijkteams, "606-610", "the compulsory frame"),
            "M12: unsafe cases go through the safety report, investigation and court", \.childProtection.enabled
        )
        add(
            "childProtection.reportDays", .number, "days", 0...365, 10, .assumption("Veilig Thuis triage within two weeks"),
            "Delay at the safety reporting centre", \.childProtection.reportDays
        )
        add(
            "childProtection.investigationDays", .number, "days", 0...730, 90, .assumption("board investigation about three months"),
            "Child protection board investigation", \.childProtection.investigationDays
        )
        add(
            "childProtection.courtProbability", .number, "probability", 0...1, 0.57,
            .statistic(
                "calibrated: CBS 2023 H1, 4,470 child protection measures started in half a year (about 2 per 1,000 a year), with "
                    + "escalation while help has not come and crisis placements"),
            "Probability the court imposes a supervision order", \.childProtection.courtProbability
        )
        add(
            "childProtection.caseworkerCapacity", .integer, "concurrent orders", 0...1_000_000, 200,
            .statistic("CBS 2023: about 28,000 youths under child protection on 4.47 million, about 6 per 1,000; with room"),
            "Supervision orders certified-institution caseworkers can carry at once", \.childProtection.caseworkerCapacity
        )
        duration(
            "childProtection.supervision", mean: 1440, cv: 0.5,
            .statistic(
                "calibrated: CBS 2023 H1, about 28,000 measures in force for 8,900 starts a year, so about 3 years each (orders "
                    + "are extended yearly, Een gedurfde ambitie l.864-869); drawn longer, as an order ends when the child comes of age"
            ),
            "Supervision order", \.childProtection.supervision
        )
        add(
            "childProtection.placementProbability", .number, "probability", 0...1, 0.3,
            .assumption("about a third of supervision orders come with an out-of-home placement"),
            "Probability a supervision order starts with an out-of-home placement", \.childProtection.placementProbability
        )
        let escalation: [Level: Double] = [0: 0, 1: 0, 2: 0.005, 3: 0.01, 4: 0.02, 5: 0.04, 6: 0.08, 7: 0.15]
        for level in Levels.all {
            add(
                "childProtection.escalationPerYear.level\(level)", .number, "per year", 0...10, escalation[level]!,
                .source(
                    .samenOmHetKind, "735-740",
                    "help that comes too late comes heavier: unsafety grows while a need goes unmet; rates assumed, rising with the level"),
                "Hazard a year that a level-\(level) family's safety worsens while help has not come (reported to the safety centre)",
                \.childProtection.escalationPerYear[level]
            )
        }
        add(
            "childProtection.crisisShare", .number, "probability", 0...1, 0.3,
            .assumption("about a third of unsafe children needing out-of-home care are in acute danger"),
            "Share of unsafe children needing out-of-home care placed in crisis, before the investigation", \.childProtection.crisisShare
        )
        add(
            "childProtection.crisisPlacementDays", .number, "days", 0...60, 2,
            .assumption("a crisis placement under a provisional order (spoedmachtiging) within days"),
            "Mean days from the report to a crisis placement", \.childProtection.crisisPlacementDays
        )
    }
}
