//! Two sets of made-up notes in real shapes (`tests/data/footnotes/`), each
//! note's first work compared with its authors' (or editors') family names,
//! title and year:
//! - `humanities.tsv`: footnotes of humanities and social-science articles
//!   in German, Italian, French, English, Russian and Ukrainian: commentary
//!   around a reference ("So schon", "Si veda in proposito", "Цит. по:"),
//!   names in their natural order, authors joined by slashes, editors'
//!   marks, subtitles before a place and year;
//! - `policy.tsv`: endnotes of policy papers: reports with codes, news with
//!   full dates, GOST and GB/T 7714 references, organisations as authors;
//! - `legal-web.tsv`: OSCOLA references to books, chapters and articles,
//!   French notes, web pages with update, access and archive dates;
//! - `mixed.tsv`: notes on Eastern European politics and history in eight
//!   languages and as many styles, with the container each work is in (a
//!   fifth column, scored where a set has it; empty: the work is in none);
//! - `regional.tsv`: more of the same kinds, with Polish, written after the
//!   corrections `mixed.tsv` led to, to measure them on notes they were not
//!   made for;
//! - `references.tsv`: APA, MLA, Harvard and Chicago references with their
//!   italics (`*…*`, as a word processor's export marks them) and without,
//!   GOST, DSTU and GB/T 7714, scored also on type, full date, issue number
//!   and publisher (columns 6–9; `*`: not scored);
//! - `endnotes.tsv`: more of the same styles in policy endnotes (agency and
//!   state-media news, think-tank reports), written after the corrections
//!   `references.tsv` led to, to measure them on notes they were not made
//!   for;
//! - `posts.tsv`: posts and videos (Telegram, X, YouTube, Facebook, VK),
//!   the channel or account the author, the platform the container;
//!   `posts-more.tsv`: more shapes of them, written after the reading of
//!   posts was built on `posts.tsv`;
//! - `works.tsv`: German social-science and Italian historiography
//!   footnotes that cite several works, repeat one (`Ebd.`, `a.a.O.`,
//!   `Ivi`, `cit.`, `Id.`) or cite none, every work scored in its place
//!   (first measured: author / title / year / container 65 / 69 / 88 / 82
//!   %, repeats 70 %, notes with the right number of works 98 %);
//!   `works-more.tsv`: more of the same, with English, French and Russian,
//!   written after the corrections `works.tsv` led to (first measured 90 /
//!   85 / 100 / 98 %, repeats 63 %, works 98 %); `works-imprints.tsv`:
//!   imprints with volumes, editions, reprints, translations and editors
//!   after the title, written after both (first measured 90 / 69 / 93 / 89
//!   %, repeats 75 %, works 97 %); `works-policy.tsv`: English, Russian,
//!   Ukrainian, Belarusian, Chinese and French policy and legal endnotes
//!   that repeat works (`ibid 52`, `Id. at`, `supra note 3`, `(n 4)`,
//!   short titles, `Указ. соч.`, `同上`) or cite several (first measured 92
//!   / 88 / 96 / 100 %, repeats 79 %, works 98 %); `works-humanities.tsv`:
//!   German social-science and Italian historiography notes in shapes the
//!   earlier sets lack (author-date citations, `Fn.` cross-references,
//!   `S. 17–68 in:`, volumes with their own titles, `a cura di` after a
//!   title, compound family names), written after all of them (first
//!   measured 82 / 76 / 98 / 81 %, repeats 91 %, works 100 %);
//!   `works-world.tsv`: Chinese (the footnote form with 《》 and GB/T
//!   parts), French, Russian, Ukrainian, Belarusian, Vancouver and Chicago
//!   notes on international politics, written after every other set (first
//!   measured 82 / 79 / 83 / 80 %, repeats 50 %, works 91 %);
//!   `works-benchmarks.tsv`: German social-science and Italian
//!   historiography notes in more of the benchmarks' shapes (series in
//!   brackets, `u.a.`, slashed editors, `3 voll., Bari 1969-1984`, `IV/1`,
//!   Italian imprints with a comma before the year), written after the
//!   others (first measured 86 / 85 / 92 / 90 %, repeats 100 %, works 97.5
//!   %); `works-commentary.tsv`: German, Italian, English, French and
//!   Russian notes with commentary before and between works and repeats of
//!   every kind, written last (first measured 89 / 81 / 97 / 89 %, repeats
//!   94 %, works 98 %); `works-history.tsv`: German, Italian, Spanish,
//!   Polish, English, French, Russian and Ukrainian history notes (GOST
//!   books without a statement, series after the year or with `coll.`,
//!   `in: dies. (Hrsg.)`, pointers inside the article), written after
//!   the sixth policy set (first measured 96 / 77 / 98 / 89 %, repeats 90
//!   %, works 98 %); `works-law.tsv`: law-review and legal notes (the
//!   Bluebook's books, articles, essays, working papers, newspapers,
//!   cases, bills, the code, executive orders, Congress's reports and
//!   hearings, treaties and EU acts, with signals, parentheticals, later
//!   history, `Id. at`, `supra note` and a case's short form; OSCOLA,
//!   AGLC, the McGill Guide, German courts and the ICJ), written after
//!   every other set (first measured 80 / 60 / 93 / 76 %, repeats 91 %,
//!   works 100 %); `works-slavic.tsv`: Russian, Ukrainian and Belarusian
//!   history and politics notes (archival call numbers, Soviet documents,
//!   collected works, a volume's own title in a work of several,
//!   documents in collections with their compilers, `Цит. по:`, `Там
//!   жа`, `Його ж`), written after the law set (first measured 82 / 77 /
//!   94 / 90 %, repeats 77 %, works 92 %); `works-series.tsv`: German,
//!   Italian, French, Spanish, Polish, Russian and English historiography
//!   notes on books in publishers' series (a series in brackets after the
//!   imprint's year or its publisher, `übers. v.`, `trad. it.` and `(ed.
//!   or. …)`, `in: Ders., …`, `in AA.VV.,`, `red.` after a title, a
//!   volume's own title), written after the investigations set (first
//!   measured 93 / 81 / 93 / 89 %, repeats 100 %, works 100 %);
//!   `works-authordate.tsv`: German, English, Italian, French, Spanish,
//!   Polish and Russian notes citing by author and year inside their
//!   sentences (`Hradil (1987, S. 45) und Kreckel (1992)`, `(vgl. Esser
//!   1999: 45; Hill 2002)`, `[Гельман 2015, с. 45]`), with repeats of
//!   full references and dated sentences citing nothing, written after
//!   the series set (first measured 27 / 100 / 56 / 100 %, repeats 0 %,
//!   works 60 %; titles and containers are scored only where a full
//!   reference is given); `works-documents.tsv`: German, Italian, French,
//!   English, Russian, Ukrainian and Belarusian notes with a lead-in naming
//!   the kind of work (`den Sammelband von`, `l'ouvrage collectif dirigé
//!   par`), Italian `ed` between names, a title before `a cura di`, letters
//!   with the place they were written at, speeches and testimony by their
//!   speaker, UN document symbols and letters, Hansard and newspaper dates
//!   after GOST's year, written after the author-date set (first measured
//!   72 / 68 / 100 / 86 %, repeats 100 %, works 100 %);
//! - `types.tsv`: kinds of sources named by their notes (acts, treaties,
//!   court decisions, standards, conference papers, datasets, software,
//!   press releases, preprints) and dates easy to misread, in the columns
//!   of `references.tsv` (first measured 74 / 73 / 88 / 83 / 78 / 91 / 89
//!   / 100 %);
//! - `web.tsv`: web pages, reports and articles with identifiers and web
//!   boilerplate, title-first APA entries, dates in addresses, archive and
//!   access dates, surnames in capitals and GB/T 7714 with an English block
//!   (first measured 95 / 92 / 95 / 82 / 97 / 89 / 97 / 100 %);
//! - `wikipedia.tsv`: references as wikis' citation templates print them
//!   in seven languages (access and archive words, language tags, catalogue
//!   numbers, Chinese Wikipedia's stops), pasted from their pages (first
//!   measured 94 / 78 / 96 / 67 / 69 / 96 / 98 / 100 %);
//! - `exports.tsv`: references as scholarly search engines and databases
//!   export them (Google Scholar's five styles, CyberLeninka, eLibrary,
//!   CNKI's unspaced GB/T, JSTOR, Taylor & Francis, Springer, Cairn,
//!   ZoteroBib) (first measured 89 / 86.5 / 92 / 97 / 84 / 92 / 77 / 92 %);
//! - `genres.tsv`: entries of encyclopedias and dictionaries (`s.v.`,
//!   `hasło`, `Art.`, `"…"条`), book reviews, translations, unpublished
//!   talks, preprints and works in press, broadcasts, a film, maps,
//!   statistical yearbooks, a letter to the editor, an obituary (first
//!   measured 76.5 / 75.6 / 94.2 / 64.4 / 71.1 / 92.2 / 100 / 87.5 %);
//! - `energy.tsv`: energy-policy endnotes (agency and think-tank series
//!   with codes, annual reports and yearbooks whose titles carry a year,
//!   datasets, EU, Russian, Ukrainian, Belarusian and Chinese acts and
//!   notices, title-first GOST descriptions with a town and no publisher,
//!   a body's document on the web with its page), written after the genres
//!   set (first measured 96.5 / 91.2 / 98.3 / 100 / 96.2 / 98.1 / 94.2 /
//!   100 %);
//! - `migration.tsv`: migration, asylum and border-crisis endnotes
//!   (agency yearbooks, data portals, border guards' statements, NGO index
//!   numbers, ECtHR and CJEU cases, UN and OSCE documents, a European
//!   Parliament resolution, Polish, Russian and Belarusian acts, a lead-in
//!   with a clause), written after the energy set (first measured 89.4 /
//!   83.0 / 97.9 / 97.2 / 89.1 / 95.5 / 90.9 / 100 %);
//! - `elections.tsv`: election, referendum and opinion-poll endnotes
//!   (observation missions' statements, Venice Commission opinions,
//!   electoral commissions' acts, electoral codes, polls and survey
//!   datasets, election-forensics articles and preprints, monitors' posts),
//!   written after the migration set (first measured 85.4 / 85.1 / 98.0 /
//!   97.0 / 84.1 / 93.6 / 93.2 / 100 %, three cells changed to the earlier
//!   sets' convention before any change, see the README);
//! - `digital.tsv`: internet-controls and digital-rights endnotes
//!   (digital-rights groups' reports, a regulator's registers, acts on data
//!   and networks, RFCs and standards, software, apps and vulnerability
//!   records, computer-science papers, company reports, Telegram), written
//!   after the elections set (first measured 86.0 / 82.5 / 97.5 / 92.0 /
//!   95.3 / 94.9 / 100 / 95.8 %);
//! - `environment.tsv`: climate, environment, water and nuclear-power
//!   endnotes (assessment reports, UN documents with their symbols,
//!   Kazakh and Uzbek acts and dates, datasets with versions, an EGU
//!   abstract, standards, GOST, GB/T and Kazakh articles), written after
//!   the digital set (first measured 92.3 / 84.6 / 98.1 / 89.7 / 90.2 /
//!   92.2 / 95.7 / 100 %, two cells changed since, see the README);
//! - `education.tsv`: education, university and science-policy endnotes
//!   (ministries' orders, a Lithuanian act, bodies by their acronyms,
//!   rankings, a bank's project document, GOST theses and proceedings,
//!   Romanian, Kazakh and Lithuanian notes), written after the environment
//!   set (first measured 92.6 / 87.5 / 94.6 / 91.7 / 94.6 / 94.5 / 96.3 /
//!   100 %, one cell changed since, see the README);
//! - `culture.tsv`: culture, literature, language-policy, theatre and
//!   film endnotes (films, GOST recordings, anthologies, an exhibition,
//!   interviews, a wiki's last edit, a Kazakh GOST book), written after
//!   the education set (first measured 100 / 94.0 / 98.0 / 95.0 / 96.1 /
//!   98.0 / 98.0 / 97.3 %);
//! - `labour.tsv`: labour, social-policy, pension and demography endnotes
//!   (labour codes, statistical yearbooks and offices' tables, ILO, World
//!   Bank and think-tank reports, German and Czech bodies, the author's
//!   own interviews, a series before an imprint), written after the
//!   culture set (first measured 89.1 / 87.3 / 100 / 94.6 / 94.6 / 100 /
//!   98.1 / 100 %, two cells changed since, see the README);
//! - `legal-more.tsv`: legal and official sources in citation forms
//!   `types.tsv` lacks, written after the corrections it led to (first
//!   measured 77 / 54 / 77 / 71 / 62 / 71 / 67 / 75 %);
//! - `policy-more.tsv`: policy endnotes in shapes the others lack (outlets
//!   before unsigned items, genre words before a site, document symbols,
//!   report codes, statistical yearbooks, GOST site marks), written after
//!   every other set (first measured 89 / 87 / 97 / 83 / 89 / 92 / 95 / 95
//!   %); `policy-third.tsv`: more of them, written after all the others
//!   (think-tank series with numbers, translated titles, decrees with the
//!   number first, running numbers of issues, resolutions, an interview;
//!   first measured 87 / 86 / 95 / 88 / 94 / 95 / 85 / 100 %);
//!   `policy-fourth.tsv`: more again, in seven languages (dates in French,
//!   German and Italian, Vancouver months, the Strasbourg court's form,
//!   institutes' series, DSTU sites, Slavic reports by their kind; first
//!   measured 91 / 81 / 95 / 83 / 86 / 90.5 / 97 / 92 %);
//!   `policy-fifth.tsv`: more again, with the Caucasus, Central Asia and
//!   Poland (Bluebook law reviews, UN resolutions, IMF country reports,
//!   Eurostat tables, OSW commentaries, German `H.` issues, podcasts,
//!   repositories; first measured 90 / 82 / 98 / 87 / 90 / 96 / 95 / 100 %);
//!   `policy-sixth.tsv`: more again, written after the fifth's corrections
//!   (GOST statements and quotations, European acts by date, yearbooks,
//!   German and French news; first measured 82 / 87 / 100 / 91 / 95 / 92.5
//!   / 97 / 100 %); `policy-seventh.tsv`: more again, written after the
//!   history set (outlets before unsigned items, a bracket naming the
//!   language, reports' codes, courts' numbered decisions, ranges of
//!   months; first measured 94 / 87 / 100 / 86 / 90 / 95 / 92 / 97 %);
//! - `sciences.tsv`: reference lists of the sciences (IEEE, ACM, Springer,
//!   APS, Nature, ACS, Vancouver, AMS, economics, APA psychology, older
//!   computer-science lists, GOST science journals, GB/T 7714, a patent),
//!   written after every other set (first measured 92 / 82 / 98 / 83 / 86
//!   / 98 / 93 / 90 %); `sciences-more.tsv`: more fields (astronomy,
//!   geosciences, biology, medicine, chemistry without titles, IOP, ACL,
//!   NeurIPS, SIAM, MDPI, IPCC, GOST books with editions), written after
//!   the corrections the first led to (first measured 96 / 83 / 96 / 85 /
//!   93 / 96 / 98 / 87 %);
//! - `policy-eighth.tsv`: policy endnotes in eight languages (Lithuanian
//!   and Polish among them) written after both sciences sets (first
//!   measured 97 / 100 / 97 / 92 / 92 / 95 / 92 / 97 %);
//! - `policy-ninth.tsv`: policy endnotes as pasted from PDFs and web
//!   pages (addresses and DOIs broken by a line's end, ligatures, a site's
//!   address before the title, a page title with its site after a bar,
//!   European and UN acts, acts named in English, lead-ins naming a
//!   source), written after the Chinese set (first measured 84 / 79 / 98 /
//!   88 / 90 / 92.5 / 94 / 97 %);
//! - `investigations.tsv`: investigative reports' endnotes (company
//!   registers, sanctions lists and designations, court records in
//!   English, Ukrainian and Russian, customs and ship-tracking data,
//!   archived copies, posts described before their account, a chapter of
//!   a yearly report after its quoted title, correspondence with the
//!   author), written after the ninth policy set (first measured 73 / 81 /
//!   98 / 78 / 95 / 95 / 90 / 94 %);
//! - `locators.tsv`: notes and references in eleven styles scored on
//!   three more columns, volume, pages and pinpoint (Chicago's `17–27,
//!   20`, `hier S.`, `alle pp.`, OSCOLA's and the Bluebook's page cited
//!   after the first page, cases' paragraphs, `Jg.`/`H.`, `a.`/`fasc.`,
//!   GOST newspapers' day and page, GB/T `[M]//`), written after the
//!   documents set (first measured 94 / 92 / 98 / 91 / 91.5 / 98 / 88 /
//!   100 %, volume 91 %, pages 80 %, pinpoint 72 %);
//! - `slavic-serials.tsv`: Russian, Ukrainian and Belarusian references
//!   and notes scored on the same eleven columns: serials with their
//!   series (`Серия 12. …`, `Сер. 6.`, `Серія: …`), `Вып.`/`Вип.`, double
//!   issues, newspapers dated by day with listed pages (`С. 1, 3.`),
//!   collected works, volumes and parts of books, GOST 2018's dashes,
//!   proceedings named with their conference's days, written after the
//!   locators set (first measured 98 / 100 / 98 / 93.5 / 100 / 96 / 96 /
//!   100 %, volume 91.5 %, pages 98 %, pinpoint 94 %);
//! - `ukrainian-policy.tsv`: Ukrainian and Belarusian policy and history
//!   notes (DSTU 8302, DSTU GOST 7.1, free forms, English notes), scored on
//!   the same eleven columns: DSTU's month abbreviations, acts headed by
//!   their titles, bodies heading reports, surveys, news sites after `//`,
//!   `Ч.` as an issue, written after the serials set (first measured 97 /
//!   86 / 100 / 100 / 97 / 95 / 92 / 100 %, volume 95 %, pages and
//!   pinpoint 100 %);
//! - `belarus-sources.tsv`: Belarus-watching policy, media and history
//!   notes scored on the same eleven columns: Belarusian in its classical
//!   orthography (`сьнежня`, `Менск`, `Б. 45`, `312 б.`) and Łacinka
//!   (`12 śniežnia 2021`), acts, yearbooks, think tanks' papers, bodies
//!   named in guillemets, independent and state media, Telegram posts,
//!   English notes on the same sources, written after the Ukrainian set
//!   (first measured 91 / 81 / 98 / 97 / 96 / 92 / 100 / 100 %, volume
//!   and pages 98 %, pinpoint 97 %);
//! - `economics.tsv`: economic-policy notes scored on the same eleven
//!   columns: working papers and briefs with their series and numbers,
//!   central banks' and statistics offices' reports, OECD's form,
//!   datasets, press releases, economics journals in Chicago, APA, GOST,
//!   DSTU, GB/T 7714 and German forms, written after the Belarus-watching
//!   set (first measured 94 / 90 / 100 / 91 / 92 / 96 / 96 / 91 %, volume
//!   100 %, pages 96 %, pinpoint 95.5 %);
//! - `security.tsv`: security and defence notes scored on the same eleven
//!   columns: a war-studies institute's assessments, UN meetings and
//!   resolutions by their symbols, NATO's communiqués, CRS, RAND, RUSI,
//!   CSIS, CNA and FOI reports with their codes, SIPRI's fact sheets and
//!   databases, defence journals in seven forms, ministries of defence on
//!   social media, decrees and laws, treaties, an EU decision, written
//!   after the economics set (first measured 100 / 91.5 / 100 / 100 /
//!   95.7 / 98.1 / 93.6 / 96.7 %, volume 98 %, pages and pinpoint 100 %);
//! - `media.tsv`: media, disinformation, election and human-rights notes
//!   scored on the same eleven columns: research labs' and platforms'
//!   reports, polls, an observation mission's report and an election
//!   commission's results, human-rights groups' reports with their index
//!   numbers, press-freedom indices and a dataset, media-studies journals
//!   in eleven forms, agencies and newspapers, posts, a blog, laws on
//!   media, EU acts, a rapporteur's report, an ECtHR judgment, written
//!   after the security set (first measured 96.1 / 94.1 / 100 / 94.7 /
//!   92.2 / 100 / 98.1 / 100 %, volume 100 %, pages 98.1 %, pinpoint 98 %);
//! - `sciences-third.tsv`: the shapes of the older computer-science,
//!   physics and mathematics benchmarks (numbered lists, `[arXiv:…]`,
//!   technical reports and memos), statistics, biology, econometrics and
//!   German engineering, written after all the sets above (first measured
//!   88 / 93 / 100 / 92 / 95 / 100 / 96 / 98 %);
//! - `medicine.tsv`: medicine and public health (AMA, Vancouver, NLM,
//!   GOST, GB/T 7714), standards and patents, written after all the sets
//!   above (first measured 85 / 67 / 78 / 81 / 80 / 77 / 79 / 98 %);
//! - `messy.tsv`: endnotes and references with what pasting leaves in
//!   them (spaces before commas, glued initials, entities, invisible
//!   characters, full-width punctuation, TeX quotes), written after all
//!   the sets above (first measured 82 / 75 / 96 / 90 / 84 / 98 / 94 /
//!   92.5 %);
//! - `chinese.tsv`: Chinese-language and China-watching notes (the
//!   mainland footnote form with theses, white papers, volumes and laws,
//!   Taiwan's and Hong Kong's forms in traditional characters, GB/T 7714
//!   with online codes, pinyin with characters and translations, Chinese
//!   names in Russian), written after all the sets above (first measured
//!   84 / 90 / 90 / 85 / 83 / 88.5 / 96 / 83 %);
//! - `works-english.tsv`: English policy and area-studies endnotes with
//!   the prose around their references (sentences naming a source, a
//!   quotation before its source, lists joined by `; and`, notes citing
//!   nothing, quoted short titles of key words), every work scored in its
//!   place, written after all the sets above (first measured 71 / 82 / 94
//!   / 100 %, repeats 44 %, works 93 %);
//! - `works-prose.tsv`: Russian, Ukrainian, Belarusian, German, French,
//!   Polish, Italian and Spanish notes with the prose around their
//!   references (sentences naming where figures or quotations come from,
//!   a sentence quoting someone before its source, notes citing nothing),
//!   every work scored in its place, written after all the sets above
//!   (first measured 45 / 37 / 91 / 80 %, repeats 75 %, works 95 %).
//! - `works-romanized.tsv`: English-language notes citing Russian,
//!   Belarusian, Ukrainian and Chinese sources in romanization with their
//!   translated titles in brackets, the `(In Russ.)` reference lists,
//!   romanized outlets, acts and bodies, written after all the sets above
//!   (first measured 89 / 86 / 93 / 79 %, repeats and works 100 %);
//! - `works-ibero.tsv`: Brazilian (ABNT NBR 6023), Portuguese, Spanish and
//!   Latin American references and footnotes (APA in Spanish, Vancouver
//!   of Latin American journals, `Ídem`, `apud`, `op. cit.`, compound
//!   family names, acts), written after all the sets above (first
//!   measured 81 / 79 / 96 / 73 %, repeats 63 %, works 96 %).
//! - `works-lists.tsv`: reference lists of German and English social
//!   science (the Kölner Zeitschrift's `Name, Vorname, 1997:`, `(1992a)`,
//!   subtitles after a stop, a dash for the authors before, ASA, British
//!   Harvard, APA, SAGE), written after all the sets above (first measured
//!   85.5 / 83.6 / 92.7 / 84.9 %, works 100 %).
//! - `works-archives.tsv`: English, German, Italian, French, Polish and
//!   Spanish history notes citing archives (call numbers alone, a document
//!   before or after its call number, the archive named last, romanized
//!   Soviet fonds, repeats with the leaf cited), and publications whose
//!   titles or journals hold an archive's word, written after all the sets
//!   above (first measured 50.0 / 22.2 / 79.5 / 52.3 %, repeats 33.3 %,
//!   works 87.8 %).
//! - `works-letters.tsv`: letters cited by writer and addressee with their
//!   day, in the collections and editions that print them (FRUS, German,
//!   Italian and French editions, collected works), and books titled from
//!   one name to another, written after the archives set (first measured
//!   title 18.2 %, container 30 %).
//! - `works-proceedings.tsv`: parliamentary debates and papers (Hansard,
//!   the Reichstag's and Bundestag's records and papers, the
//!   Congressional Record, Italian, French, Polish, Austrian, Russian and
//!   Ukrainian records) and documents in editions of state papers (AAPD,
//!   DDF, DDI, DBFP, FRUS, with and without a heading), written after the
//!   letters set (first measured 36.4 / 27.5 / 74.3 / 70.0 %, repeats
//!   33.3 %, works 93.8 %).
//! - `works-french.tsv`: French political-science, history, law and
//!   think-tank notes (the French book and chapter forms, OpenEdition's and
//!   Cairn's citations, laws and decrees, French and European courts, a
//!   Senate report, names in small capitals and with particles, no-break
//!   spaces), written after the proceedings set (first measured 75.0 /
//!   74.0 / 90.6 / 100 %, repeats 75.0 %, works 91.7 %).
//! - `works-central.tsv`: Polish, Czech, Slovak, Lithuanian and Hungarian
//!   notes (journals in low quotes after the title, `[w:]` chapters, acts
//!   and judgments, ČSN ISO 690, Hungarian names, the repeats and signals
//!   of those languages), written after the French set (first measured
//!   66.0 / 47.8 / 88.0 / 76.2 %, repeats 66.7 %, works 96.7 %).
//! - `works-chinese.tsv`: Chinese international-relations and think-tank
//!   notes (foreign works in the mainland form, collected works and
//!   speeches, official sites, GB/T 7714-2015, Taiwan and Hong Kong forms,
//!   prose before the reference, the Chinese repeats), written after the
//!   Central European set (first measured 76.3 / 89.8 / 96.6 / 89.3 %,
//!   repeats 50.0 %, works 95.3 %).
//!
//! Each was written before the parser was run on it and measured once as
//! held out (author / title / year: humanities 54 / 73 / 97 %, policy 100 /
//! 92 / 96 %, legal and web 94 / 88 / 88 %; author / title / year /
//! container: mixed 93 / 92 / 98 / 93 %, regional 87 / 90 / 100 / 97 %;
//! references, all eight columns, 90 / 93 / 98 / 95 / 93 / 95 / 98 / 97 %
//! with the corrections the fixture notes had just led to, 90 / 90 / 98 /
//! 93 / 90 / 90 / 93 / 97 % without them; endnotes 93 / 97 / 100 / 93 /
//! 90 / 97 / 100 / 96 % with those corrections, 93 / 97 / 100 / 93 / 90 /
//! 90 / 97 / 96 % without them; posts 20 / 50 / 95 / 26 / 100 / 95 / 100 /
//! 100 %, posts-more 67 / 92 / 100 / 100 / 100 / 100 / 100 / 100 %; each
//! before the rules it led to); they are development sets now.
//!
//! `cargo test --test it footnotes -- --nocapture` prints the tables.

use std::fs;

use refman::entry::Name;
use refman::import::plan_with;
use refman::library::Library;
use refman::parse::Parser;

use crate::data;

/// Lowest accepted share of right fields, in per cent, in the order of a
/// row's columns after the note.
const FLOORS: &[(&str, f64)] = &floors([90.0, 90.0, 95.0, 90.0, 85.0, 90.0, 85.0, 80.0]);

#[test]
fn humanities_footnotes_field_accuracy() {
    field_accuracy("humanities");
}

#[test]
fn policy_endnotes_field_accuracy() {
    field_accuracy("policy");
}

#[test]
fn legal_and_web_notes_field_accuracy() {
    field_accuracy("legal-web");
}

#[test]
fn mixed_notes_field_accuracy() {
    field_accuracy("mixed");
}

#[test]
fn regional_notes_field_accuracy() {
    field_accuracy("regional");
}

#[test]
fn reference_styles_field_accuracy() {
    field_accuracy("references");
}

#[test]
fn policy_endnotes_in_many_styles_field_accuracy() {
    field_accuracy("endnotes");
}

#[test]
fn social_media_posts_field_accuracy() {
    field_accuracy("posts");
    field_accuracy("posts-more");
}

#[test]
fn kinds_of_sources_field_accuracy() {
    // First measured 74 / 73 / 88 / 83 / 78 / 91 / 89 / 100 %; the floors
    // are below the scores after the corrections it led to (91 / 94 / 100
    // / 90 / 94 / 100 / 100 / 100 %).
    field_accuracy_above(
        "types",
        &floors([87.5, 90.0, 95.0, 85.0, 90.0, 95.0, 95.0, 90.0]),
    );
}

#[test]
fn medicine_standards_and_patents_field_accuracy() {
    // First measured 85 / 67 / 78 / 81 / 80 / 77 / 79 / 98 %; the floors
    // are below the scores after the corrections it led to (98 / 92 / 100
    // / 100 / 97 / 100 / 98 / 100 %).
    field_accuracy_above(
        "medicine",
        &floors([95.0, 90.0, 95.0, 95.0, 92.5, 95.0, 95.0, 95.0]),
    );
}

#[test]
fn pasted_notes_with_their_artefacts_field_accuracy() {
    // First measured 82 / 75 / 96 / 90 / 84 / 98 / 94 / 92.5 %; the floors
    // are below the scores after the corrections it led to (98 / 98 / 100
    // / 95 / 98 / 100 / 100 / 100 %).
    field_accuracy_above(
        "messy",
        &floors([95.0, 95.0, 97.5, 92.5, 95.0, 97.5, 97.5, 97.5]),
    );
}

#[test]
fn chinese_and_china_watching_notes_field_accuracy() {
    // First measured 84 / 90 / 90 / 85 / 83 / 88.5 / 96 / 83 %; the floors
    // are below the scores after the corrections it led to (all 100 %).
    field_accuracy_above("chinese", &EIGHT_AT_95);
}

#[test]
fn older_reference_lists_of_the_sciences_field_accuracy() {
    // First measured 88 / 93 / 100 / 92 / 95 / 100 / 96 / 98 %; the floors
    // are below the scores after the corrections it led to (all 100 %).
    field_accuracy_above(
        "sciences-third",
        &floors([95.0, 95.0, 95.0, 92.5, 95.0, 95.0, 95.0, 95.0]),
    );
}

#[test]
fn more_reference_lists_of_the_sciences_field_accuracy() {
    // First measured 96 / 83 / 96 / 85 / 93 / 96 / 98 / 87 %; the floors
    // are below the scores after the corrections it led to (all 100 % but
    // publisher, 98 %).
    field_accuracy_above(
        "sciences-more",
        &floors([95.0, 95.0, 95.0, 92.5, 95.0, 95.0, 95.0, 92.5]),
    );
}

#[test]
fn reference_lists_of_the_sciences_field_accuracy() {
    // First measured 92 / 82 / 98 / 83 / 86 / 98 / 93 / 90 %; the floors
    // are below the scores after the corrections it led to (all 100 %).
    field_accuracy_above(
        "sciences",
        &floors([95.0, 95.0, 95.0, 92.5, 95.0, 95.0, 95.0, 95.0]),
    );
}

#[test]
fn investigation_endnotes_field_accuracy() {
    // First measured 73 / 81 / 98 / 78 / 95 / 95 / 90 / 94 %; the floors
    // are below the scores after the corrections it led to (author 97.6 %,
    // the rest 100 %).
    field_accuracy_above(
        "investigations",
        &floors([92.5, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0, 92.5]),
    );
}

#[test]
fn volumes_pages_and_pinpoints_field_accuracy() {
    // First measured 94 / 92 / 98 / 91 / 91.5 / 98 / 88 / 100 / 91 / 80 /
    // 72 %; the floors are below the scores after the corrections it led
    // to (all 100 %).
    field_accuracy_above("locators", &ELEVEN_AT_95);
}

#[test]
fn slavic_serials_field_accuracy() {
    // First measured 98 / 100 / 98 / 93.5 / 100 / 96 / 96 / 100 / 91.5 / 98
    // / 94 %; the floors are below the scores after the corrections it led
    // to (all 100 %).
    field_accuracy_above("slavic-serials", &ELEVEN_AT_95);
}

#[test]
fn ukrainian_policy_field_accuracy() {
    // First measured 97 / 86 / 100 / 100 / 97 / 95 / 92 / 100 / 95 / 100 /
    // 100 %; the floors are below the scores after the corrections it led
    // to (all 100 %).
    field_accuracy_above("ukrainian-policy", &ELEVEN_AT_95);
}

#[test]
fn belarus_sources_field_accuracy() {
    // First measured 91 / 81 / 98 / 97 / 96 / 92 / 100 / 100 / 98 / 98 /
    // 97 %; the floors are below the scores after the corrections it led
    // to (all 100 %).
    field_accuracy_above("belarus-sources", &ELEVEN_AT_95);
}

#[test]
fn economics_field_accuracy() {
    // First measured 94 / 90 / 100 / 91 / 92 / 96 / 96 / 91 / 100 / 96 /
    // 95.5 %; the floors are below the scores after the corrections it led
    // to (all 100 %).
    field_accuracy_above("economics", &ELEVEN_AT_95);
}

#[test]
fn security_field_accuracy() {
    // First measured 100 / 91.5 / 100 / 100 / 95.7 / 98.1 / 93.6 / 96.7 /
    // 98 / 100 / 100 %; the floors are below the scores after the
    // corrections it led to (all 100 %).
    field_accuracy_above("security", &ELEVEN_AT_95);
}

#[test]
fn media_and_elections_field_accuracy() {
    // First measured 96.1 / 94.1 / 100 / 94.7 / 92.2 / 100 / 98.1 / 100 /
    // 100 / 98.1 / 98 %; the floors are below the scores after the
    // corrections it led to (all 100 % but the type, 98 %).
    field_accuracy_above("media", &ELEVEN_AT_95);
}

#[test]
fn ninth_policy_endnotes_field_accuracy() {
    // First measured 84 / 79 / 98 / 88 / 90 / 92.5 / 94 / 97 %; the floors
    // are below the scores after the corrections it led to (all 100 %).
    field_accuracy_above(
        "policy-ninth",
        &floors([95.0, 95.0, 95.0, 92.5, 95.0, 95.0, 92.5, 95.0]),
    );
}

#[test]
fn eighth_policy_endnotes_field_accuracy() {
    // First measured 97 / 100 / 97 / 92 / 92 / 95 / 92 / 97 %; the floors
    // are below the scores after the corrections it led to (all 100 %).
    field_accuracy_above(
        "policy-eighth",
        &floors([95.0, 95.0, 95.0, 92.5, 92.5, 95.0, 92.5, 95.0]),
    );
}

#[test]
fn seventh_policy_endnotes_field_accuracy() {
    // First measured 94 / 87 / 100 / 86 / 90 / 95 / 92 / 97 %; the floors
    // are below the scores after the corrections it led to (all 100 %).
    field_accuracy_above(
        "policy-seventh",
        &floors([92.5, 95.0, 95.0, 92.5, 92.5, 95.0, 95.0, 95.0]),
    );
}

#[test]
fn sixth_policy_endnotes_field_accuracy() {
    // First measured 82 / 87 / 100 / 91 / 95 / 92.5 / 97 / 100 %; the
    // floors are below the scores after the corrections it led to (97 /
    // 100 / 100 / 97 / 100 / 100 / 100 / 100 %).
    field_accuracy_above(
        "policy-sixth",
        &floors([90.0, 95.0, 95.0, 92.5, 95.0, 95.0, 95.0, 95.0]),
    );
}

#[test]
fn fifth_policy_endnotes_field_accuracy() {
    // First measured 90 / 82 / 98 / 87 / 90 / 96 / 95 / 100 % (with four
    // cells counted as misses that were then brought to the other sets'
    // conventions); the floors are below the scores after the corrections
    // it led to (all 100 %).
    field_accuracy_above("policy-fifth", &EIGHT_AT_95);
}

#[test]
fn fourth_policy_endnotes_field_accuracy() {
    // First measured 91 / 81 / 95 / 83 / 86 / 90.5 / 97 / 92 % (with six
    // cells scored that are no longer: reports' kinds in the container
    // column, a case's and an act's numbers in the issue column); the
    // floors are below the scores after the corrections it led to (100 %
    // but type, 98 %).
    field_accuracy_above(
        "policy-fourth",
        &floors([95.0, 95.0, 95.0, 90.0, 92.5, 95.0, 92.5, 95.0]),
    );
}

#[test]
fn third_policy_endnotes_field_accuracy() {
    // First measured 87 / 86 / 95 / 88 / 94 / 95 / 85 / 100 %; the floors
    // are below the scores after the corrections it led to (all 100 %).
    field_accuracy_above(
        "policy-third",
        &floors([92.5, 92.5, 95.0, 92.5, 92.5, 95.0, 92.5, 95.0]),
    );
}

#[test]
fn more_policy_endnotes_field_accuracy() {
    // First measured 89 / 87 / 97 / 83 / 89 / 92 / 95 / 95 %; the floors
    // are below the scores after the corrections it led to (97 / 92 / 100
    // / 97 / 94 / 97 / 100 / 100 %).
    field_accuracy_above(
        "policy-more",
        &floors([92.5, 87.5, 95.0, 90.0, 90.0, 90.0, 92.5, 95.0]),
    );
}

#[test]
fn web_pages_and_identifiers_field_accuracy() {
    // First measured 95 / 92 / 95 / 82 / 97 / 89 / 97 / 100 %; the
    // floors are below the scores after the corrections it led to (100 /
    // 100 / 97 / 94 / 100 / 100 / 100 / 100 %).
    field_accuracy_above(
        "web",
        &floors([95.0, 95.0, 95.0, 90.0, 95.0, 95.0, 95.0, 95.0]),
    );
}

#[test]
fn more_legal_and_official_sources_field_accuracy() {
    // First measured 77 / 54 / 77 / 71 / 62 / 71 / 67 / 75 %: the
    // corrections `types.tsv` led to carried little to new shapes of the
    // same kinds. The floors are below the scores after the corrections
    // this set led to (100 / 100 / 100 / 100 / 97 / 96 / 100 / 75 %).
    field_accuracy_above(
        "legal-more",
        &floors([95.0, 95.0, 95.0, 85.0, 90.0, 90.0, 95.0, 70.0]),
    );
}

/// Floors on the eight columns of [`COLUMNS`] from `author` to
/// `publisher`, in that order.
const fn floors(values: [f64; 8]) -> [(&'static str, f64); 8] {
    let mut out = [("", 0.0); 8];
    let mut i = 0;
    while i < 8 {
        out[i] = (COLUMNS[i], values[i]);
        i += 1;
    }
    out
}

/// Floors of 95 % on the eight columns of `references.tsv`, for the sets
/// whose corrections brought every column above 97 %.
const EIGHT_AT_95: [(&str, f64); 8] = floors([95.0; 8]);

/// Floors of 95 % on every column of the sets in the layout of
/// `locators.tsv`, once their corrections brought them to 100 %.
const ELEVEN_AT_95: [(&str, f64); 11] = [
    ("author", 95.0),
    ("title", 95.0),
    ("year", 95.0),
    ("container", 95.0),
    ("type", 95.0),
    ("date", 95.0),
    ("number", 95.0),
    ("publisher", 95.0),
    ("volume", 95.0),
    ("pages", 95.0),
    ("pinpoint", 95.0),
];

/// Scores `tests/data/footnotes/NAME.tsv`, prints the table and asserts
/// [`FLOORS`].
fn field_accuracy(name: &str) {
    field_accuracy_above(name, FLOORS);
}

/// Scores `tests/data/footnotes/NAME.tsv`, prints the table and asserts
/// `floors`.
fn field_accuracy_above(name: &str, floors: &[(&str, f64)]) {
    let text = fs::read_to_string(data(&format!("footnotes/{name}.tsv"))).expect("footnotes");
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    let mut article = String::from("Body.\n\nNotes\n\n");
    for (i, row) in rows.iter().enumerate() {
        article.push_str(&format!("{}. {}\n", i + 1, row[0]));
    }
    let article = refman::article::read_notes(&article).expect("notes");
    let plan = plan_with(&article, &Library::empty("bibliography"), Parser::default());
    assert_eq!(plan.notes.len(), rows.len());
    // Per field: right, scored.
    let mut tally = [(0usize, 0usize); COLUMNS.len()];
    let mut misses = Vec::new();
    for (note, row) in plan.notes.iter().zip(&rows) {
        let work = note.first();
        let mut got = observed_fields(work.and_then(|w| w.entry.as_deref()));
        got.extend(observed_locators(work));
        let checks: Vec<Option<bool>> = (0..COLUMNS.len())
            .map(|i| {
                let want = row.get(i + 1)?;
                (*want != "*").then(|| {
                    matches_locator(i, want, &got).unwrap_or_else(|| matches(i, want, &got[i]))
                })
            })
            .collect();
        for (t, check) in tally.iter_mut().zip(&checks) {
            if let Some(ok) = check {
                t.0 += usize::from(*ok);
                t.1 += 1;
            }
        }
        if checks.contains(&Some(false)) {
            misses.push(format!("{}\n    got {}", row[0], got.join(" | ")));
        }
    }
    println!("{name} notes, {} notes", rows.len());
    for miss in &misses {
        println!("  miss: {miss}");
    }
    let mut below = Vec::new();
    for (field, (ok, scored)) in COLUMNS.iter().zip(tally) {
        if scored == 0 {
            continue;
        }
        let floor = floors
            .iter()
            .find(|(f, _)| f == field)
            .map_or(&0.0, |(_, v)| v);
        let share = 100.0 * ok as f64 / scored as f64;
        println!("  {field:<9} {ok:>3}/{scored}  {share:5.1}%");
        if share < *floor {
            below.push(format!("{field} {share:.1}% < {floor}%"));
        }
    }
    assert!(
        below.is_empty(),
        "{below:?}\nmisses:\n{}",
        misses.join("\n")
    );
}

/// The scored columns after the note, in their order; a set's rows may
/// stop after the eighth (`publisher`).
const COLUMNS: [&str; 11] = [
    "author",
    "title",
    "year",
    "container",
    "type",
    "date",
    "number",
    "publisher",
    "volume",
    "pages",
    "pinpoint",
];

/// The locator columns of a work: volume, pages (dashes as hyphens) and
/// the pinpoint.
fn observed_locators(work: Option<&refman::import::WorkOutcome>) -> Vec<String> {
    let entry = work.and_then(|w| w.entry.as_deref());
    let text = |f: &str| {
        entry
            .and_then(|e| e.text(f))
            .map(|v| hyphens(&v))
            .unwrap_or_default()
    };
    let pinpoint = work
        .and_then(|w| w.pinpoint.as_deref())
        .map(hyphens)
        .unwrap_or_default();
    vec![text("volume"), text("pages"), pinpoint]
}

/// Dashes as hyphens, and a shortened range written out ("242–62" is
/// 242-262), as refman writes it.
fn hyphens(s: &str) -> String {
    crate::anystyle::written_out(&s.replace("--", "-").replace(['–', '—'], "-"))
}

/// A locator column's verdict: volumes in any case, issue numbers, pages
/// and pinpoints with their dashes as hyphens; `~X` (pages) is the page cited, right as
/// the pages or as the pinpoint. `None` for the other columns.
fn matches_locator(i: usize, want: &str, got: &[String]) -> Option<bool> {
    let want = hyphens(want);
    Some(match COLUMNS[i] {
        "volume" => got[i].eq_ignore_ascii_case(&want),
        "number" => hyphens(&got[i]) == want,
        "pages" => match want.strip_prefix('~').map(crate::anystyle::written_out) {
            Some(page) => got[i] == page || got[i + 1] == page,
            None => got[i] == want,
        },
        "pinpoint" => got[i] == want,
        _ => return None,
    })
}

/// What refman made of a note, in the columns' order: family names (";",
/// sorted, editors when there are no authors), title, year, container,
/// type, date, issue number, publisher or institution.
fn observed_fields(entry: Option<&refman::entry::Entry>) -> Vec<String> {
    let Some(e) = entry else {
        return vec![String::new(); 8];
    };
    let mut names = e.authors();
    if names.is_empty() {
        names = e.names("editor");
    }
    let mut families: Vec<String> = names
        .iter()
        .map(|n| match n {
            Name::Person { family, prefix, .. } => {
                format!("{prefix} {family}").trim().to_lowercase()
            }
            Name::Organization(o) => o.to_lowercase(),
            Name::Others => String::new(),
        })
        // "et al." is no one's name.
        .filter(|f| !f.is_empty())
        .collect();
    families.sort();
    let text = |f: &str| e.text(f).unwrap_or_default();
    let publisher = e
        .text("publisher")
        .or_else(|| e.text("institution"))
        .unwrap_or_default();
    vec![
        families.join(";"),
        text("title"),
        e.year().map(|y| y.to_string()).unwrap_or_default(),
        e.container().unwrap_or_default(),
        e.entry_type.clone(),
        text("date"),
        text("number"),
        publisher,
    ]
}

/// Whether the observed value of column `i` is the expected one: names as
/// sorted lowercase family names, titles and containers without a closing
/// stop (containers in any case), a type among "|" alternatives, the rest
/// exactly. An empty expectation wants nothing (an empty year: the work
/// gives none; an access date is none).
fn matches(i: usize, want: &str, got: &str) -> bool {
    match i {
        0 => {
            let mut want: Vec<String> = want
                .split(';')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            want.sort();
            want.join(";") == got
        }
        // A stop ends a title or a publisher's abbreviation ("Маст. літ.")
        // or the sentence around it.
        1 | 7 => got.trim_end_matches('.') == want.trim_end_matches('.'),
        3 => got.trim_end_matches('.').to_lowercase() == want.trim_end_matches('.').to_lowercase(),
        4 => want.split('|').any(|w| w == got),
        _ => got == want,
    }
}

/// Scores `tests/data/footnotes/works.tsv`, where a note may cite several
/// works, repeat an earlier one or cite none: every work is scored, in its
/// place in the note, on its names, title, year and container; a repeat on
/// the earlier work it points to; each note on its number of works.
#[test]
fn notes_citing_several_works_field_accuracy() {
    // Below the scores measured when the floors were set (96 / 94 / 96 /
    // 94 / 100 / 100 %).
    several_works_accuracy("works", [90.0, 85.0, 90.0, 85.0, 90.0, 95.0]);
}

#[test]
fn more_notes_citing_several_works_field_accuracy() {
    // First measured 90 / 85 / 100 / 98 / 63 / 98 %; the floors are below
    // the scores after the corrections it led to (93 / 93 / 100 / 98 /
    // 100 / 100 %).
    several_works_accuracy("works-more", [87.5, 87.5, 95.0, 90.0, 90.0, 95.0]);
}

#[test]
fn notes_with_rich_imprints_field_accuracy() {
    // First measured 90 / 69 / 93 / 89 / 75 / 97 %; the floors are below
    // the scores after the corrections it led to (93 / 93 / 100 / 96 /
    // 100 / 100 %).
    several_works_accuracy("works-imprints", [87.5, 87.5, 95.0, 90.0, 90.0, 95.0]);
}

#[test]
fn policy_notes_repeating_works_field_accuracy() {
    // First measured 92 / 88 / 96 / 100 / 79 / 98 %; all 100 % after the
    // corrections it led to.
    several_works_accuracy("works-policy", [90.0, 90.0, 95.0, 95.0, 90.0, 95.0]);
}

#[test]
fn humanities_notes_in_new_shapes_field_accuracy() {
    // First measured 82 / 76 / 98 / 81 / 91 / 100 %; the floors are below
    // the scores after the corrections it led to (100 / 96 / 100 / 100 /
    // 91 / 100 %).
    several_works_accuracy("works-humanities", [92.5, 87.5, 95.0, 92.5, 85.0, 95.0]);
}

#[test]
fn chinese_french_and_slavic_notes_field_accuracy() {
    // First measured 82 / 79 / 83 / 80 / 50 / 91 %; the floors are below
    // the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-world", [92.5, 92.5, 95.0, 92.5, 90.0, 95.0]);
}

#[test]
fn english_policy_endnotes_with_their_prose_field_accuracy() {
    // First measured 71 / 82 / 94 / 100 / 44 / 93 %; the floors are below
    // the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-english", [95.0, 95.0, 95.0, 95.0, 90.0, 95.0]);
}

#[test]
fn benchmark_shaped_humanities_notes_field_accuracy() {
    // First measured 86 / 85 / 92 / 90 / 100 / 97.5 %; the floors are
    // below the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-benchmarks", [92.5, 92.5, 95.0, 92.5, 90.0, 95.0]);
}

#[test]
fn commentary_and_repeats_in_five_languages_field_accuracy() {
    // First measured 89 / 81 / 97 / 89 / 94 / 98 %; the floors are below
    // the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-commentary", [95.0, 95.0, 95.0, 95.0, 90.0, 95.0]);
}

#[test]
fn history_notes_in_eight_languages_field_accuracy() {
    // First measured 96 / 77 / 98 / 89 / 90 / 98 %; the floors are below
    // the scores after the corrections it led to (100 / 100 / 100 / 98 /
    // 100 / 100 %).
    several_works_accuracy("works-history", [95.0, 95.0, 95.0, 92.5, 90.0, 95.0]);
}

#[test]
fn books_in_series_notes_field_accuracy() {
    // First measured 93 / 81 / 93 / 89 / 100 / 100 %; the floors are below
    // the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-series", [95.0, 95.0, 95.0, 95.0, 90.0, 95.0]);
}

#[test]
fn author_date_citations_in_sentences_field_accuracy() {
    // First measured 27 / 100 / 56 / 100 / 0 / 60 %; the floors are below
    // the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-authordate", [95.0, 95.0, 95.0, 95.0, 90.0, 95.0]);
}

#[test]
fn documents_speeches_and_lead_ins_field_accuracy() {
    // First measured 72 / 68 / 100 / 86 / 100 / 100 %; the floors are
    // below the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-documents", [95.0, 95.0, 95.0, 95.0, 90.0, 95.0]);
}

#[test]
fn law_review_and_legal_notes_field_accuracy() {
    // First measured 80 / 60 / 93 / 76 / 91 / 100 %; the floors are below
    // the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-law", [95.0, 95.0, 95.0, 95.0, 90.0, 95.0]);
}

#[test]
fn slavic_history_and_politics_notes_field_accuracy() {
    // First measured 82 / 77 / 94 / 90 / 77 / 92 %; the floors are below
    // the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-slavic", [95.0, 95.0, 95.0, 95.0, 90.0, 95.0]);
}

/// Scores `tests/data/footnotes/NAME.tsv` in the layout of `works.tsv`,
/// prints the table and asserts the floors (author, title, year,
/// container, repeats, notes with the right number of works).
fn several_works_accuracy(name: &str, floors: [f64; 6]) {
    let text = fs::read_to_string(data(&format!("footnotes/{name}.tsv"))).expect("footnotes");
    // Per note: its text and the rows of the works it cites.
    let mut notes: Vec<(&str, Vec<Vec<&str>>)> = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let row: Vec<&str> = line.split('\t').collect();
        match (row[0], notes.last_mut()) {
            ("", Some(note)) => note.1.push(row[1..].to_vec()),
            _ => notes.push((row[0], vec![row[1..].to_vec()])),
        }
    }
    let mut article = String::from("Body.\n\nNotes\n\n");
    for (i, (note, _)) in notes.iter().enumerate() {
        article.push_str(&format!("{}. {note}\n", i + 1));
    }
    let article = refman::article::read_notes(&article).expect("notes");
    let plan = plan_with(&article, &Library::empty("bibliography"), Parser::default());
    assert_eq!(plan.notes.len(), notes.len());
    const FIELDS: [&str; 6] = ["author", "title", "year", "container", "repeat", "works"];
    let mut tally = [(0usize, 0usize); 6];
    let mut misses = Vec::new();
    let key_of = |target: &str| -> Option<String> {
        let (n, w) = target.split_once('.').unwrap_or((target, "1"));
        let note = &plan.notes[n.parse::<usize>().ok()? - 1];
        let work = note.works.get(w.parse::<usize>().ok()? - 1)?;
        work.key().map(str::to_string)
    };
    for (outcome, (note, works)) in plan.notes.iter().zip(&notes) {
        let commentary = works[0][0] == "-";
        let wanted = if commentary { 0 } else { works.len() };
        let mut wrong = outcome.works.len() != wanted;
        tally[5].0 += usize::from(!wrong);
        tally[5].1 += 1;
        let mut got_all = Vec::new();
        for (i, want) in works.iter().enumerate().filter(|_| !commentary) {
            let work = outcome.works.get(i);
            if let Some(target) = want[0].strip_prefix('=') {
                let ok = work.is_some_and(|w| {
                    w.status == refman::import::Status::Repeat
                        && w.key().is_some()
                        && w.key().map(str::to_string) == key_of(target)
                });
                tally[4].0 += usize::from(ok);
                tally[4].1 += 1;
                wrong |= !ok;
                got_all.push(format!(
                    "{:?} {}",
                    work.map(|w| w.status),
                    work.and_then(|w| w.key()).unwrap_or_default()
                ));
                continue;
            }
            let got = observed_fields(work.and_then(|w| w.entry.as_deref()));
            for (f, t) in tally.iter_mut().enumerate().take(4) {
                let Some(w) = want.get(f).filter(|w| **w != "*") else {
                    continue;
                };
                let ok = matches(f, w, &got[f]);
                t.0 += usize::from(ok);
                t.1 += 1;
                wrong |= !ok;
            }
            got_all.push(got[..4].join(" | "));
        }
        if wrong {
            misses.push(format!(
                "{note}\n    got {} work(s): {}",
                outcome.works.len(),
                got_all.join(" || ")
            ));
        }
    }
    println!("{name}: notes citing several works, {} notes", notes.len());
    for miss in &misses {
        println!("  miss: {miss}");
    }
    let mut below = Vec::new();
    for ((field, floor), (ok, scored)) in FIELDS.iter().zip(floors).zip(tally) {
        let share = 100.0 * ok as f64 / scored.max(1) as f64;
        println!("  {field:<9} {ok:>3}/{scored}  {share:5.1}%");
        if share < floor {
            below.push(format!("{field} {share:.1}% < {floor}%"));
        }
    }
    assert!(
        below.is_empty(),
        "{below:?}\nmisses:\n{}",
        misses.join("\n")
    );
}

#[test]
fn prose_around_references_in_eight_languages_field_accuracy() {
    // First measured 45 / 37 / 91 / 80 / 75 / 95 %; the floors are below
    // the scores after the corrections it led to (all 100 %).
    several_works_accuracy("works-prose", [95.0, 95.0, 95.0, 95.0, 90.0, 95.0]);
}

#[test]
fn romanized_sources_in_english_notes_field_accuracy() {
    // First measured 89 / 86 / 93 / 79 / 100 / 100 %; the floors are below
    // the scores after the readings it led to (98 / 98 / 100 / 100 / 100 /
    // 100 %).
    several_works_accuracy("works-romanized", [90.0, 90.0, 95.0, 95.0, 95.0, 95.0]);
}

#[test]
fn ibero_american_references_and_notes_field_accuracy() {
    // First measured 81 / 79 / 96 / 73 / 63 / 96 %; the floors are below
    // the scores after the readings it led to (100 / 100 / 100 / 98 / 100
    // / 100 %).
    several_works_accuracy("works-ibero", [95.0, 95.0, 95.0, 92.5, 95.0, 95.0]);
}

#[test]
fn social_science_reference_lists_field_accuracy() {
    // First measured 85.5 / 83.6 / 92.7 / 84.9 / - / 100 % (the set has no
    // repeats: a dash for the authors before is scored as their names);
    // the floors are below the scores after the readings it led to (all
    // 100 %).
    several_works_accuracy("works-lists", [95.0, 95.0, 95.0, 95.0, 0.0, 95.0]);
}

#[test]
fn archival_references_field_accuracy() {
    // First measured 50.0 / 22.2 / 79.5 / 52.3 / 33.3 / 87.8 %; the floors
    // are below the scores after the readings it and the letters and
    // proceedings sets led to (all 100 %).
    several_works_accuracy("works-archives", [95.0, 95.0, 95.0, 95.0, 95.0, 95.0]);
}

#[test]
fn letters_in_published_collections_field_accuracy() {
    // First measured 100 / 18.2 / 100 / 30 / 100 / 100 % (the set scores
    // few authors and years: a letter's writer and date are left open);
    // the floors are below the scores after the readings it and the
    // proceedings set led to (all 100 %).
    several_works_accuracy("works-letters", [95.0, 95.0, 95.0, 95.0, 95.0, 95.0]);
}

#[test]
fn parliamentary_debates_and_diplomatic_editions_field_accuracy() {
    // First measured 36.4 / 27.5 / 74.3 / 70.0 / 33.3 / 93.8 %; nine
    // rows' containers were then set to the edition's series and one to
    // a call number, as the other sets score them. The floors are below
    // the scores after the readings it led to (all 100 %).
    several_works_accuracy("works-proceedings", [95.0, 95.0, 95.0, 95.0, 95.0, 95.0]);
}

#[test]
fn french_notes_field_accuracy() {
    // First measured 75.0 / 74.0 / 90.6 / 100 / 75.0 / 91.7 %; one row (an
    // interview the author held) was then scored as a work, as the policy
    // sets score one. The floors are below the scores after the readings it
    // led to (author 98.1 %, the rest 100 %).
    several_works_accuracy("works-french", [95.0, 95.0, 95.0, 95.0, 95.0, 95.0]);
}

/// Scores `tests/data/footnotes/works-central.tsv`: Polish, Czech, Slovak,
/// Lithuanian and Hungarian notes (journals in low quotes after the title,
/// `[w:]` chapters, acts with their `Dz.U.` and judgments with their
/// docket, ČSN ISO 690 journals with `roč.`, Hungarian names family
/// first, the repeats and signals of those languages).
#[test]
fn central_european_notes_field_accuracy() {
    // First measured 66.0 / 47.8 / 88.0 / 76.2 / 66.7 / 96.7 %; the floors
    // are below the scores after the readings it led to (all 100 %).
    several_works_accuracy("works-central", [95.0, 95.0, 95.0, 95.0, 95.0, 95.0]);
}

/// Scores `tests/data/footnotes/works-chinese.tsv`: Chinese international-
/// relations and think-tank notes (foreign works in the mainland footnote
/// form, collected works and speeches, laws and statements on official
/// sites, GB/T 7714-2015 with bracketed dates, Taiwan and Hong Kong forms,
/// the Chinese lead-ins and repeats).
#[test]
fn chinese_international_relations_notes_field_accuracy() {
    // First measured 76.3 / 89.8 / 96.6 / 89.3 / 50.0 / 95.3 %; the floors
    // are below the scores after the readings it led to (all 100 %).
    several_works_accuracy("works-chinese", [95.0, 95.0, 95.0, 95.0, 95.0, 95.0]);
}

#[test]
fn wikipedia_citation_templates_field_accuracy() {
    // First measured 94 / 78 / 96 / 67 / 69 / 96 / 98 / 100 %; the
    // floors are below the scores after the corrections it led to (100 /
    // 98 / 100 / 100 / 100 / 100 / 100 / 100 %).
    field_accuracy_above(
        "wikipedia",
        &floors([95.0, 92.5, 95.0, 92.5, 95.0, 95.0, 95.0, 95.0]),
    );
}

#[test]
fn search_engine_and_database_exports_field_accuracy() {
    // First measured 89 / 86.5 / 92 / 97 / 84 / 92 / 77 / 92 %; the
    // floors are below the scores after the corrections it led to (100 /
    // 100 / 100 / 100 / 100 / 100 / 100 / 97 %).
    field_accuracy_above(
        "exports",
        &floors([95.0, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0, 90.0]),
    );
}

#[test]
fn genres_field_accuracy() {
    // First measured 76.5 / 75.6 / 94.2 / 64.4 / 71.1 / 92.2 / 100 / 87.5
    // %; the floors are below the scores after the readings it led to (98
    // / 97.8 / 100 / 97.7 / 97.8 / 100 / 100 / 100 %).
    field_accuracy_above("genres", &EIGHT_AT_95);
}

#[test]
fn energy_policy_field_accuracy() {
    // First measured 96.5 / 91.2 / 98.3 / 100 / 96.2 / 98.1 / 94.2 / 100
    // %; the floors are below the scores after the readings it led to (100
    // / 98.2 / 100 / 100 / 100 / 100 / 100 / 100 %).
    field_accuracy_above("energy", &EIGHT_AT_95);
}

#[test]
fn migration_field_accuracy() {
    // First measured 89.4 / 83.0 / 97.9 / 97.2 / 89.1 / 95.5 / 90.9 / 100
    // % (one title cell changed after, see the README); the floors are
    // below the scores after the readings it led to (100 % on every
    // column).
    field_accuracy_above("migration", &EIGHT_AT_95);
}

#[test]
fn elections_field_accuracy() {
    // First measured 85.4 / 85.1 / 98.0 / 97.0 / 84.1 / 93.6 / 93.2 / 100
    // % (three cells changed before any change, see the README); the
    // floors are below the scores after the readings it led to (100 % on
    // every column).
    field_accuracy_above("elections", &EIGHT_AT_95);
}

#[test]
fn digital_rights_field_accuracy() {
    // First measured 86.0 / 82.5 / 97.5 / 92.0 / 95.3 / 94.9 / 100 / 95.8
    // %; the floors are below the scores after the readings it led to
    // (93.0 / 95.0 / 100 / 96.0 / 100 / 100 / 100 / 100 %: a software
    // repository's name with its owner, a long list of initials and two
    // unsigned pages are still misread).
    field_accuracy_above(
        "digital",
        &floors([90.0, 92.5, 95.0, 90.0, 95.0, 95.0, 95.0, 95.0]),
    );
}

#[test]
fn environment_field_accuracy() {
    // First measured 92.3 / 84.6 / 98.1 / 89.7 / 90.2 / 92.2 / 95.7 / 100
    // % (two cells changed since, see the README); the floors are below
    // the scores after the readings it led to (100 % on every column).
    field_accuracy_above("environment", &EIGHT_AT_95);
}

#[test]
fn education_field_accuracy() {
    // First measured 92.6 / 87.5 / 94.6 / 91.7 / 94.6 / 94.5 / 96.3 / 100
    // % (one cell changed since, see the README); the floors are below the
    // scores after the readings it led to (100 % but the type, 98.2 %: a
    // communiqué is read as a book).
    field_accuracy_above("education", &EIGHT_AT_95);
}

#[test]
fn culture_field_accuracy() {
    // First measured 100 / 94.0 / 98.0 / 95.0 / 96.1 / 98.0 / 98.0 / 97.3
    // %; the floors are below the scores after the readings it led to (100
    // % but the type, 98.0 %: an exhibition is read as an article).
    field_accuracy_above("culture", &EIGHT_AT_95);
}

#[test]
fn labour_field_accuracy() {
    // First measured 89.1 / 87.3 / 100 / 94.6 / 94.6 / 100 / 98.1 / 100 %
    // (two cells changed since, see the README); the floors are below the
    // scores after the readings it led to (100 % on every column).
    field_accuracy_above("labour", &EIGHT_AT_95);
}
