import YouthCare

/// Keys of long low-intensity ambulant help (`Service.longTerm`): youth mental health, care for a
/// disability, dyslexia care; a year or more at a few contacts a month, many cases per FTE.
extension DefinitionList {
    mutating func addLongTerm() {
        let why = Provenance.source(
            .vanDenkenNaarDoen, "1420", "level 4 holds long low-frequency help (langdurig laagfrequente hulp)")
        add(
            "longTerm.incidencePer1000", .number, "per 1,000 youths per year", 0...1000, 20.2,
            .statistic("calibrated: CBS 2020 H1, 333,000 active trajectories of help without stay (74.5 per 1,000); jeugdsim calibrate"),
            "New needs a year for long low-intensity help", \.longTerm.incidencePer1000
        )
        duration(
            "longTerm.duration", mean: 740, cv: 0.6,
            .statistic(
                "CBS 2020 H1: 333,000 active ambulant trajectories imply about 1.5 years on average; calibrated, help ending with age"),
            "Long low-intensity help", \.longTerm.duration
        )
        add(
            "longTerm.fte", .number, "FTE", 0...100_000, 33,
            .statistic("sized so that the offered load is about 0.92 (below saturation); jeugdsim run, levels.csv"),
            "Professionals giving long low-intensity help", \.longTerm.fte
        )
        add(
            "longTerm.hoursPerFTEPerYear", .number, "hours", 0...3000, 1200,
            .assumption("hours with families of an FTE of about 1,650 paid hours, after travel, reporting and training"),
            "Hours with families one FTE gives a year", \.longTerm.hoursPerFTEPerYear
        )
        add(
            "longTerm.contactsPerMonth", .number, "contacts per month", 0...100, 2, why,
            "Contacts a month with a family in long low-intensity help (low frequency: two assumed)", \.longTerm.contactsPerMonth
        )
        add(
            "longTerm.hoursPerContact", .number, "hours", 0...100, 1.5, .assumption("an hour's contact and half an hour's work around it"),
            "Hours one contact takes, the work around it included", \.longTerm.hoursPerContact
        )
        add(
            "longTerm.casesPerProvider", .integer, "concurrent cases", 0...1_000_000, 30,
            .assumption("a practice of one or two professionals; each provider keeps its own waiting list"),
            "Concurrent cases of one provider of long low-intensity help (0: one provider for all)", \.longTerm.casesPerProvider
        )
    }
}
