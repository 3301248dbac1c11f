import CopilotCore
import CopilotResources

extension SemanticModel {
    /// The shipped model for the demo database.
    public static func demo(resources: ResourceLibrary = .standard()) throws -> SemanticModel {
        guard let text = resources.text("knowledge/semantic/demo.yaml") else {
            throw SemanticModelError(message: "the demo semantic model is missing from \(resources.origin)")
        }
        return try parse(yaml: text)
    }
}
