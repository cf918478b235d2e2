// Prints the notes that citeproc-js makes of a sequence of citations, one
// note per line: the first citation of a work in full, later ones short or
// "Ibid." as the style says.
//
//   node notes.js ITEMS.json NOTES.json STYLE.csl LOCALES_DIR LANG
//
// NOTES.json is a list of {"note", "id", "locator"} in article order.
"use strict";

const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const [itemsPath, notesPath, stylePath, localesDir, lang] = process.argv.slice(2);
if (!lang) {
  console.error("usage: node notes.js ITEMS.json NOTES.json STYLE.csl LOCALES_DIR LANG");
  process.exit(2);
}
const items = JSON.parse(fs.readFileSync(itemsPath, "utf8"));
const byId = new Map(items.map((item) => [item.id, item]));
const notes = JSON.parse(fs.readFileSync(notesPath, "utf8"));

const sys = {
  retrieveItem: (id) => byId.get(id),
  retrieveLocale: (code) => {
    const file = path.join(localesDir, `locales-${code}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
  },
};
const engine = new CSL.Engine(sys, fs.readFileSync(stylePath, "utf8"), lang, true);
const citations = notes.map((n, i) => ({
  citationID: `note-${i + 1}`,
  citationItems: [n.locator ? { id: n.id, locator: n.locator, label: "page" } : { id: n.id }],
  properties: { noteIndex: i + 1 },
}));
const rendered = engine.rebuildProcessorState(citations, "text");
for (const [, , text] of rendered) {
  process.stdout.write(text.replace(/\s+/g, " ").trim() + "\n");
}
