import Foundation
import PackagePlugin

/// Embeds every `Assets/Decks/*.yaml` file into the target as Swift source, so the bundled decks
/// travel inside the binary: a release build copied alone to another directory still has them.
@main
struct EmbedBundledDecks: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let decksDirectory = context.package.directoryURL.appending(path: "Assets/Decks")
    let deckFiles = try FileManager.default.contentsOfDirectory(
      at: decksDirectory, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "yaml" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledDeckSources.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(deckFiles.count) bundled decks",
        executable: try context.tool(named: "DeckEmbedder").url,
        arguments: [output.path] + deckFiles.map(\.path),
        inputFiles: deckFiles,
        outputFiles: [output]
      )
    ]
  }
}
