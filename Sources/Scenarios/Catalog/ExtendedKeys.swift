import SimKernel
import YouthCare

/// Keys of the extended mechanisms: setting competence (M13), the access threshold (M14) and the overhead
/// of collaboration (M15).
extension DefinitionList {
    mutating func addCompetence() {
        flag(
            "competence.enabled", true,
            .source(.vanDenkenNaarDoen, "2019-2029", "advice raises the setting's own competence, to the benefit of later children"),
            "M13: consultations in schools and childcare build competence that resolves later needs there", \.competence.enabled
        )
        add(
            "competence.halfLifeYears", .number, "years", 0.1...100, 3,
            .assumption("staff turnover in schools and childcare of about a fifth a year"),
            "Years after which half of what a setting learned has left with its staff", \.competence.halfLifeYears
        )
        add(
            "competence.maximumResolution", .number, "probability", 0...1, 0.01,
            .source(
                .samenOmHetKind, "1270-1283",
                "set with consultation.settingResolution so that referrals prevented per FTE over two years lie within De Ronde "
                    + "Venen's 6-40 (docs/model.md, M10)"),
            "Share of needs (levels 2-4) arising in a setting that a fully competent setting resolves itself",
            \.competence.maximumResolution
        )
        add(
            "competence.consultationsForHalf", .number, "consultations per 1,000 youths", 0.001...100_000, 100,
            .assumption("a setting reaches half the maximum with one consultation retained per ten of its children"),
            "Consultations retained per 1,000 youths of a setting at which it reaches half the maximum", \.competence.consultationsForHalf
        )
        add(
            "competence.team.halfLifeYears", .number, "years", 0.1...100, 3,
            .assumption("staff turnover in neighbourhood teams of about a fifth a year"),
            "Years after which half of what the neighbourhood team learned from consultations has left with its staff",
            \.competence.teamHalfLifeYears
        )
        add(
            "competence.team.maximumSuccessEffect", .number, "share of failures removed", 0...1, 0.15,
            .source(
                .stimulerendeOmgeving, "481-483",
                "consultation supports the generalist's learning; size assumed: half a consultation's own effect"),
            "Share of generalist failures a fully competent team avoids in episodes it did not consult about",
            \.competence.teamMaximumSuccessEffect
        )
        add(
            "competence.team.consultationsForHalf", .number, "consultations per 1,000 youths", 0.001...100_000, 100,
            .assumption("as for schools and childcare"),
            "Team consultations retained per 1,000 youths at which the team reaches half its maximum", \.competence.teamConsultationsForHalf
        )
    }

    mutating func addThreshold() {
        add(
            "threshold.level", .number, "level", 1...5, 2,
            .source(.dialoogpaperWijkteams, "670-688", "access as a door with a threshold; the baseline turns no need away"),
            "M14: needs triaged below this level are turned away to basic services (2.5: half of level 2); below 2 the door opens wider",
            \.threshold.level
        )
        add(
            "threshold.openDoorDemand", .number, "fraction per level", 0...10, 0.15,
            .source(.dialoogpaperWijkteams, "670-672", "a door wide open risks unbounded consumption (mateloze consumptie); size assumed"),
            "Relative rise in the incidence of levels 2-4 per level the threshold lies below 2", \.threshold.openDoorDemand
        )
        add(
            "threshold.reapplyPerYear", .number, "per year", 0...100, 2,
            .source(.dialoogpaperWijkteams, "824-828", "thresholds raise the pressure on access; rate assumed: again after half a year"),
            "Hazard that a turned-away family applies again while its need lasts (at once when it got worse)", \.threshold.reapplyPerYear
        )
    }

    mutating func addCollaboration() {
        let overhead = Provenance.source(.gedurfdeAmbitie, "422-449", "collaboration costs time and burdens families; size assumed")
        flag(
            "collaboration.enabled", true, overhead, "M15: each professional beyond a family's first costs hand-off hours and burden",
            \.collaboration.enabled)
        add(
            "collaboration.hoursPerHandOff", .number, "hours", 0...1000, 3, overhead,
            "Professional hours a hand-off takes (sharing the file, a joint talk, agreeing the plan)", \.collaboration.hoursPerHandOff
        )
        add(
            "collaboration.costPerHour", .number, "euros", 0...10_000, 95, .assumption("the hourly cost of a youth-care professional"),
            "Cost of a professional hour spent on hand-offs, in the first reported year", \.collaboration.costPerHour
        )
        add(
            "collaboration.burdenPerProfessional", .number, "fraction per professional", 0...10, 0.1, overhead,
            "Relative rise in a family's drop-out hazard and probability per professional beyond its first",
            \.collaboration.burdenPerProfessional
        )
    }
}
