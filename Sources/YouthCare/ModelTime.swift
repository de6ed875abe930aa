/// The model's units of time, defined once: the clock runs in days from the first reported 1 January
/// (negative during warm-up); a year is a Julian year and a month a twelfth of it, so that month and budget
/// year boundaries fall on whole months of the reported calendar.
public enum ModelTime {
    public static let daysPerYear = 365.25
    public static let daysPerMonth = daysPerYear / 12
}
