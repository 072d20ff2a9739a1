import CasusKit
import Foundation
import Testing

/// Loads a graph written inline in a test.
package func graph(_ yaml: String, file: String = "t.yaml") throws -> Graph {
    try GraphLoader.load(files: [GraphLoader.File(name: file, text: yaml)])
}

/// The errors a graph written inline produces (none → an empty list).
package func errors(_ yaml: String, file: String = "t.yaml") -> [String] {
    do {
        _ = try graph(yaml, file: file)
        return []
    } catch let failure as GraphLoadFailure {
        return failure.errors.map(\.description)
    } catch {
        return ["unexpected: \(error)"]
    }
}

/// Parses JSON text into Foundation values so tests compare structure, not key order.
package func parsedJSON(_ text: String) throws -> NSObject {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as? NSObject)
}
