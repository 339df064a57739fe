// The VS Code client of the guideline compiler's language server (`guideline lsp`).
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function serverOptions() {
  const command = vscode.workspace
    .getConfiguration("guideline")
    .get("server.command", ["guideline", "lsp"]);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return {
    command: command[0],
    args: command.slice(1),
    transport: TransportKind.stdio,
    options: folder ? { cwd: folder } : {},
  };
}

async function activate(context) {
  client = new LanguageClient(
    "guideline",
    "Guideline language server",
    serverOptions(),
    { documentSelector: [{ language: "guideline" }] }
  );
  context.subscriptions.push(
    vscode.commands.registerCommand("guideline.runExamplesOfFile", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== "guideline") {
        vscode.window.showWarningMessage("Open a .guideline file to run its examples.");
        return;
      }
      await client.sendRequest("workspace/executeCommand", {
        command: "guideline.runExamples",
        arguments: [editor.document.uri.toString()],
      });
    })
  );
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
