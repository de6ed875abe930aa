/// M11 add-on (`docs/model.md`): families the neighbourhood team knows keep part of a generalist place
/// while a specialist treats them. This counts them; the generalists' places shrink by their share.
struct AddOnHolds {
    /// Families holding part of a generalist place now.
    private(set) var families = 0

    mutating func hold() { families += 1 }
    mutating func release() { families -= 1 }

    /// Generalist places the holding families take, at `slotShare` of a place each (not yet rounded).
    func places(slotShare: Double) -> Double { Double(families) * slotShare }
}
