import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// What `casus validate` prints on standard error for one file `g.yaml` holding `yaml`.
func validateStderr(_ yaml: String) throws -> String {
    let folder = try TemporaryFolder()
    let dir = folder.url
    try yaml.write(to: dir.appendingPathComponent("g.yaml"), atomically: true, encoding: .utf8)
    return try CasusProgram.run(["validate", "g.yaml"], in: dir).stderr
}

let baseWorldForCLI = "casus: 1\nactors:\n  - { id: A, name: A, kind: state }\n  - { id: B, name: B, kind: state }\n"
