// Prints the plain-text bibliography that citeproc-js (the reference CSL
// processor, the engine inside Zotero) makes of CSL-JSON items, one entry
// per line, in the engine's order.
//
//   node bibliography.js ITEMS.json STYLE.csl LOCALES_DIR LANG [OTHER_LANGS]
//
// With OTHER_LANGS ("en"), each item is rendered in its own `language`
// through the CSL-M extension citeproc-js implements: the style's
// bibliography layout is repeated as `<layout locale="OTHER_LANGS">`.
//
// See README.md in this folder for how the expected outputs are produced.
"use strict";

const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const [itemsPath, stylePath, localesDir, lang, others] = process.argv.slice(2);
if (!lang) {
  console.error("usage: node bibliography.js ITEMS.json STYLE.csl LOCALES_DIR LANG [OTHER_LANGS]");
  process.exit(2);
}
const items = JSON.parse(fs.readFileSync(itemsPath, "utf8"));
const byId = new Map(items.map((item) => [item.id, item]));
let style = fs.readFileSync(stylePath, "utf8");
if (others) {
  // The bibliography's layout, repeated before itself with a locale.
  const bibliography = style.indexOf("<bibliography");
  const start = style.indexOf("<layout", bibliography);
  const end = style.indexOf("</layout>", start) + "</layout>".length;
  const layout = style.slice(start, end);
  const localized = layout.replace("<layout", `<layout locale="${others}"`);
  style = style.slice(0, start) + localized + "\n" + layout + style.slice(end);
}

const sys = {
  retrieveItem: (id) => byId.get(id),
  retrieveLocale: (code) => {
    const file = path.join(localesDir, `locales-${code}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
  },
};

const engine = new CSL.Engine(sys, style, lang, true);
engine.setOutputFormat("text");
engine.updateItems(items.map((item) => item.id));
const [, entries] = engine.makeBibliography();
for (const entry of entries) {
  process.stdout.write(entry.replace(/\s+/g, " ").trim() + "\n");
}
