/// jeugdsim's version and its model's (docs/releases.md). A change that moves results of the same scenario
/// and seed bumps the minor version and the model version with it; CHANGELOG.md says which changes did.
/// `make release-check` holds CHANGELOG.md, CITATION.cff and docs/model.md to these.
public enum Version {
    public static let release = "0.10.0"
    public static let model = "0.10"
}
