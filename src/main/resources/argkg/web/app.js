/*
 * argkg's page: documents, argument maps, claims with their quotes, and a query panel.
 * Plain DOM, no libraries. Everything that comes from the data is put into the page as text
 * (textContent, createTextNode), never as markup; the one piece of markup taken from the server,
 * the SVG that Graphviz draws, is parsed as XML and stripped of anything active before it is shown.
 */
(function () {
  'use strict';

  var ID = 'https://w3id.org/argkg/id/';
  var ARGKG = 'https://w3id.org/argkg/ontology#';
  var PREFIXES = [
    'PREFIX argkg: <https://w3id.org/argkg/ontology#>',
    'PREFIX aif: <http://www.arg.dundee.ac.uk/aif#>',
    'PREFIX dcterms: <http://purl.org/dc/terms/>',
    'PREFIX oa: <http://www.w3.org/ns/oa#>',
    'PREFIX owl: <http://www.w3.org/2002/07/owl#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    ''
  ].join('\n');
  var SHORT = [
    ['id:', ID], ['argkg:', ARGKG], ['actor:', 'https://w3id.org/argkg/actor/'],
    ['factor:', 'https://w3id.org/argkg/factor/'], ['graph:', 'https://w3id.org/argkg/graph/'],
    ['aif:', 'http://www.arg.dundee.ac.uk/aif#'], ['schema:', 'https://schema.org/'],
    ['dcterms:', 'http://purl.org/dc/terms/'], ['skos:', 'http://www.w3.org/2004/02/skos/core#'],
    ['oa:', 'http://www.w3.org/ns/oa#'], ['owl:', 'http://www.w3.org/2002/07/owl#'],
    ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'], ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
    ['xsd:', 'http://www.w3.org/2001/XMLSchema#'], ['wd:', 'http://www.wikidata.org/entity/']
  ];
  var ROLES = {
    Thesis: ['thesis', '中心论点', 'Thesis'], Cause: ['cause', '原因', 'Cause'],
    Counterforce: ['counterforce', '反向因素', 'Counterforce'], Consequence: ['consequence', '后果', 'Consequence'],
    Conclusion: ['conclusion', '结论', 'Conclusion'], Premise: ['premise', '前提', 'Premise']
  };
  var KINDS = {
    Support: ['supports', 'supported by', '支持'], Attack: ['attacks', 'attacked by', '反驳'],
    Evidence: ['evidence for', 'evidence from', '证据'], Restatement: ['restates', 'restated by', '重述']
  };

  var state = {
    documents: [],        // [{id, iri, titles: {lang: text}, date, genre, ...}]
    doc: null,            // id of the document shown
    claim: null,          // IRI of the claim shown
    scale: null,          // zoom of the diagram; null: fit the width
    sources: {},          // doc id -> Promise of the body text, or null
    queries: [],
    info: null,
    start: null,          // the document the page opens on without #doc=
    langs: {},            // doc id -> Promise of the languages its claims' labels are in
    factors: null,        // [{iri, label}] for the filter
    search: null          // the last search: {text, factor, role, doc, claims: [IRI]}
  };

  // ------------------------------------------------------------------ DOM helpers

  function $(id) { return document.getElementById(id); }

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'class') { e.className = v; } else if (k === 'text') { e.textContent = v; } else if (k === 'dataset') {
          Object.keys(v).forEach(function (d) { e.dataset[d] = v[d]; });
        } else if (k === 'onclick') { e.addEventListener('click', v); } else { e.setAttribute(k, v); }
      });
    }
    for (var i = 2; i < arguments.length; i++) { append(e, arguments[i]); }
    return e;
  }

  function append(parent, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  /** A link to an http(s) URL from the data, or plain text when it is anything else. */
  function extLink(url, text) {
    if (typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url)) {
      return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: text || url });
    }
    return document.createTextNode(text || String(url));
  }

  /** A banner while the seeds do not build and the page shows the last store that did. */
  function showSeedsProblems(info) {
    var banner = $('seeds-problems');
    clear(banner);
    banner.hidden = !(info.problemCount > 0);
    if (info.problemCount > 0) {
      append(banner, 'The seeds have ' + info.problemCount + ' problem(s), so this page shows the last store that built. '
        + (info.watching ? 'Fix them and save: the server rebuilds. ' : 'Fix them and restart argkg serve (argkg validate lists them). ')
        + 'First: ' + info.problems[0]);
    }
  }

  /** Under serve --watch: reload the document being viewed when a new build is swapped in. */
  function watchBuilds(build) {
    setInterval(function () {
      fetch('argkg-info.json', {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (info) {
        showSeedsProblems(info);
        if (info.build !== build) { window.location.reload(); }
      }).catch(function () { /* the server is swapping a build in; try again */ });
    }, 2000);
  }

  function notice(message, kind) {
    var n = $('notice');
    clear(n);
    if (!message) { n.hidden = true; return; }
    n.className = 'notice ' + (kind || 'info');
    append(n, message);
    n.hidden = false;
  }

  // ------------------------------------------------------------------ SPARQL

  /** Runs a query on the endpoint; resolves to {kind: 'json'|'text', body, ms}. */
  function sparql(query) {
    var started = performance.now();
    return fetch('argkg/sparql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
        'Accept': 'application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1'
      },
      body: 'query=' + encodeURIComponent(query)
    }).then(function (r) {
      var type = r.headers.get('Content-Type') || '';
      return r.text().then(function (text) {
        if (!r.ok) {
          throw new Error('The endpoint answered ' + r.status + ': ' + text.trim().slice(0, 2000));
        }
        var ms = Math.round(performance.now() - started);
        if (type.indexOf('json') >= 0) { return { kind: 'json', body: JSON.parse(text), ms: ms }; }
        return { kind: 'text', body: text, ms: ms };
      });
    });
  }

  /** The rows of a SELECT query as objects of plain values (and the raw bindings). */
  function select(query) {
    return sparql(PREFIXES + query).then(function (res) {
      return res.body.results.bindings.map(function (b) {
        var row = { _b: b };
        Object.keys(b).forEach(function (k) { row[k] = b[k].value; row[k + '@'] = b[k]['xml:lang'] || ''; });
        return row;
      });
    });
  }

  /** An IRI for a query: only IRIs of claims and documents of argkg are written into queries. */
  function iriTerm(iri) {
    if (!/^https:\/\/w3id\.org\/argkg\/id\/[A-Za-z0-9._~:\/#%-]+$/.test(iri)) {
      throw new Error('not an argkg IRI: ' + iri);
    }
    return '<' + iri + '>';
  }

  function short(iri) {
    for (var i = 0; i < SHORT.length; i++) {
      if (iri.indexOf(SHORT[i][1]) === 0 && iri.length > SHORT[i][1].length) { return SHORT[i][0] + iri.slice(SHORT[i][1].length); }
    }
    return iri;
  }

  /** Picks one text per language from rows with a value column and its '@' language column. */
  function byLang(rows, col) {
    var out = {};
    rows.forEach(function (r) { if (r[col] !== undefined && out[r[col + '@']] === undefined) { out[r[col + '@']] = r[col]; } });
    return out;
  }

  function docIdOf(iri) { return iri.indexOf(ID) === 0 ? iri.slice(ID.length).split('/')[0] : ''; }
  function nodeIdOf(iri) { var rest = iri.slice(ID.length); return rest.slice(rest.indexOf('/') + 1); }

  function titleOf(doc, lang) {
    if (!doc) { return ''; }
    return doc.titles[lang] || doc.titles.en || doc.titles.zh || Object.keys(doc.titles).map(function (k) { return doc.titles[k]; })[0] || doc.id;
  }

  // ------------------------------------------------------------------ documents

  function loadDocuments() {
    var q1 = 'SELECT ?doc ?date ?genre ?source ?language (COUNT(DISTINCT ?claim) AS ?claims) WHERE {\n' +
      '  ?doc a argkg:Document .\n  OPTIONAL { ?doc dcterms:date ?date }\n  OPTIONAL { ?doc argkg:genre ?genre }\n' +
      '  OPTIONAL { ?doc dcterms:source ?source }\n  OPTIONAL { ?doc dcterms:language ?language }\n' +
      '  OPTIONAL { VALUES ?role { argkg:Thesis argkg:Cause argkg:Counterforce argkg:Consequence argkg:Conclusion argkg:Premise }\n' +
      '             ?claim argkg:statedIn ?doc ; a ?role }\n' +
      '} GROUP BY ?doc ?date ?genre ?source ?language ORDER BY ?date ?doc';
    var q2 = 'SELECT ?doc ?title WHERE { ?doc a argkg:Document ; dcterms:title ?title }';
    var q3 = 'SELECT ?doc ?p ?label WHERE {\n  VALUES ?p { dcterms:creator dcterms:publisher argkg:originalPublisher }\n' +
      '  ?doc a argkg:Document ; ?p ?agent . OPTIONAL { ?agent rdfs:label ?label }\n}';
    return Promise.all([select(q1), select(q2), select(q3)]).then(function (res) {
      var docs = {};
      var order = [];
      res[0].forEach(function (r) {
        if (docs[r.doc]) { return; }
        order.push(r.doc);
        docs[r.doc] = { iri: r.doc, id: docIdOf(r.doc), date: r.date || '', genre: r.genre || '', source: r.source || '',
          language: r.language || '', claims: Number(r.claims || 0), titles: {}, agents: {} };
      });
      res[1].forEach(function (r) { if (docs[r.doc] && !docs[r.doc].titles[r['title@']]) { docs[r.doc].titles[r['title@']] = r.title; } });
      res[2].forEach(function (r) {
        var d = docs[r.doc];
        if (!d || !r.label) { return; }
        var key = r.p.replace(/^.*[#\/]/, '');
        d.agents[key] = d.agents[key] || {};
        d.agents[key][r['label@']] = r.label;
      });
      state.documents = order.map(function (k) { return docs[k]; });
      renderDocumentList();
    });
  }

  function renderDocumentList() {
    var list = $('doc-list');
    clear(list);
    clear($('doc-select'));
    $('doc-count').textContent = '(' + state.documents.length + ')';
    state.documents.forEach(function (d) {
      var zh = d.titles.zh;
      var en = d.titles.en;
      var item = el('li', { class: 'doc' + (d.id === state.doc ? ' selected' : ''), dataset: { doc: d.id }, tabindex: '0', role: 'button' },
        el('span', { class: 'doc-title', title: zh || en || d.id, text: zh || en || d.id }),
        zh && en ? el('span', { class: 'doc-title-en', title: en, text: en }) : null,
        el('span', { class: 'doc-sub', text: [d.date, d.genre, d.claims + ' claims'].filter(Boolean).join(' · ') }));
      item.addEventListener('click', function () { go({ doc: d.id }); });
      append($('doc-select'), el('option', { value: d.id, text: (d.date ? d.date + ' ' : '') + (zh || en || d.id) }));
      item.addEventListener('keydown', function (e) { if (e.key === 'Enter') { go({ doc: d.id }); } });
      list.appendChild(item);
    });
  }

  function documentById(id) {
    for (var i = 0; i < state.documents.length; i++) { if (state.documents[i].id === id) { return state.documents[i]; } }
    return null;
  }

  function showDocument(id) {
    var d = documentById(id);
    if (!d) { notice('There is no document “' + id + '” in the store.', 'error'); return Promise.resolve(); }
    var changed = state.doc !== id;
    state.doc = id;
    Array.prototype.forEach.call(document.querySelectorAll('#doc-list li.doc'), function (li) {
      li.classList.toggle('selected', li.dataset.doc === id);
      if (li.dataset.doc === id && changed && li.scrollIntoView) { li.scrollIntoView({ block: 'nearest' }); }
    });
    var meta = $('doc-meta');
    clear(meta);
    var agents = [];
    [['creator', 'by'], ['publisher', 'published by'], ['originalPublisher', 'originally published by']].forEach(function (a) {
      var names = d.agents[a[0]];
      if (names) { agents.push(a[1] + ' ' + [names.en, names.zh].filter(Boolean).join(' / ')); }
    });
    append(meta, [
      el('h2', { class: 'doc-heading', text: d.titles.zh || d.titles.en || d.id }),
      d.titles.zh && d.titles.en ? el('p', { class: 'doc-heading-en', text: d.titles.en }) : null,
      el('p', { class: 'doc-facts' },
        [d.date, d.genre, d.language ? 'language ' + d.language : '', d.claims + ' claims'].filter(Boolean).join(' · '),
        agents.length ? el('br') : null, agents.join('; '),
        d.source ? el('br') : null, d.source ? extLink(d.source, 'source') : null, ' · ',
        el('span', { class: 'doc-id', text: d.id }))
    ]);
    $('toolbar').hidden = false;
    $('doc-select').value = id;
    if (!changed && $('diagram').querySelector('svg')) { return Promise.resolve(); }
    return languagesOf(d).then(function (langs) {
      if (state.doc !== id) { return; }
      setLanguages(d, langs);
      return loadDiagram();
    });
  }

  /** The languages the labels of a document's claims are written in (zh, en), as a Promise. */
  function languagesOf(d) {
    if (!state.langs[d.id]) {
      state.langs[d.id] = select('SELECT DISTINCT ?l WHERE { ?c argkg:statedIn ' + iriTerm(d.iri) + ' ; rdfs:label ?label . BIND(LANG(?label) AS ?l) }')
        .then(function (rows) { return rows.map(function (r) { return r.l; }).filter(function (l) { return l === 'zh' || l === 'en'; }); })
        .catch(function () { return ['zh', 'en']; });
    }
    return state.langs[d.id];
  }

  /**
   * Offers only the languages a document has: its own language first, then the other, then both;
   * a document in one language offers that language alone.
   */
  function setLanguages(d, langs) {
    var sel = $('lang');
    var keep = sel.value;
    clear(sel);
    var names = { zh: '中文', en: 'English' };
    var own = langs.indexOf(d.language) >= 0 ? d.language : (langs[0] || 'en');
    var order = [own].concat(langs.filter(function (l) { return l !== own; }));
    order.forEach(function (l) { append(sel, el('option', { value: l, text: names[l] || l })); });
    if (order.length > 1) { append(sel, el('option', { value: 'both', text: own === 'zh' ? '中文 + English' : 'English + 中文' })); }
    if (!order.length) { append(sel, el('option', { value: 'both', text: '中文 + English' })); }
    var values = Array.prototype.map.call(sel.options, function (o) { return o.value; });
    sel.value = state.langChosen && values.indexOf(keep) >= 0 ? keep : values[0];
    sel.disabled = values.length < 2;
  }

  // ------------------------------------------------------------------ diagram

  function diagramUrl(ext) {
    return 'argkg-diagram/' + encodeURIComponent(state.doc) + '.' + ext + '?lang=' + encodeURIComponent($('lang').value || 'both') +
      '&statements=' + ($('statements').checked ? 'true' : 'false') + '&scope=' + encodeURIComponent($('scope').value);
  }

  function loadDiagram() {
    var box = $('diagram');
    clear(box);
    append(box, el('p', { class: 'loading', text: 'Drawing the argument map…' }));
    $('svg-link').setAttribute('href', diagramUrl('svg'));
    // only the last map asked for is shown, whichever answer comes first
    var token = state.drawing = (state.drawing || 0) + 1;
    var doc = state.doc;
    return fetch(diagramUrl('svg')).then(function (r) {
      return r.text().then(function (text) {
        if (token !== state.drawing || doc !== state.doc) { return; }
        clear(box);
        if (!r.ok) {
          append(box, el('div', { class: 'diagram-missing' },
            el('strong', { text: r.status === 503 ? 'No argument map: Graphviz is not installed on the server.' : 'The argument map could not be drawn.' }),
            el('p', { text: text.trim() }),
            el('p', { text: 'The claims can still be browsed through the query panel.' })));
          return;
        }
        var svg = safeSvg(text);
        if (!svg) { append(box, el('p', { class: 'error', text: 'The server sent an SVG that cannot be read.' })); return; }
        box.appendChild(svg);
        prepareDiagram(svg);
        zoom(state.scale);
        if (state.claim) { markSelected(state.claim); }
        markMatches();
      });
    }).catch(function (e) {
      if (token === state.drawing) { clear(box); append(box, el('p', { class: 'error', text: String(e.message || e) })); }
    });
  }

  /** Parses Graphviz's SVG as XML and removes anything that could run or load. */
  function safeSvg(text) {
    var parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    var root = parsed.documentElement;
    if (!root || root.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length) { return null; }
    Array.prototype.slice.call(root.querySelectorAll('script, foreignObject, iframe, image, use, style, animate, set'))
      .forEach(function (n) { n.parentNode.removeChild(n); });
    Array.prototype.forEach.call(root.querySelectorAll('*'), function (n) {
      Array.prototype.slice.call(n.attributes).forEach(function (a) {
        var name = a.name.toLowerCase();
        if (name.indexOf('on') === 0 || ((name === 'href' || name === 'xlink:href') && !/^#/.test(a.value))) {
          n.removeAttribute(a.name);
        }
      });
    });
    return document.importNode(root, true);
  }

  function prepareDiagram(svg) {
    var vb = (svg.getAttribute('viewBox') || '').split(/[\s,]+/).map(Number);
    svg.dataset.width = vb.length === 4 ? vb[2] : svg.getBBox().width;
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    // titles would show the internal node names on hover
    Array.prototype.slice.call(svg.querySelectorAll('title')).forEach(function (t) { t.parentNode.removeChild(t); });
    Array.prototype.forEach.call(svg.querySelectorAll('g.node'), function (g) {
      if (g.id.indexOf('claim:') !== 0) { return; }
      g.classList.add('clickable');
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
    });
  }

  function claimIriOfNode(g) { return ID + decodeURIComponent(g.id.slice('claim:'.length)); }

  function nodeOfClaim(iri) {
    var want = 'claim:' + iri.slice(ID.length);
    var nodes = $('diagram').querySelectorAll('g.node');
    for (var i = 0; i < nodes.length; i++) {
      var id = nodes[i].id;
      if (id === want || safeDecode(id) === safeDecode(want)) { return nodes[i]; }
    }
    return null;
  }

  function safeDecode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }

  function markSelected(iri) {
    Array.prototype.forEach.call($('diagram').querySelectorAll('g.node.selected'), function (g) { g.classList.remove('selected'); });
    var g = nodeOfClaim(iri);
    if (g) {
      g.classList.add('selected');
      scrollToNode(g);
    }
  }

  /** Scrolls the map (and only the map) so that a node is in view. */
  function scrollToNode(g) {
    var box = $('diagram');
    var r = g.getBoundingClientRect();
    var c = box.getBoundingClientRect();
    if (r.top < c.top || r.bottom > c.bottom) { box.scrollTop += r.top - c.top - Math.max(0, (c.height - r.height) / 2); }
    if (r.left < c.left || r.right > c.right) { box.scrollLeft += r.left - c.left - Math.max(0, (c.width - r.width) / 2); }
  }

  /** Zooms the map; the selected claim (else the point at the centre) stays in view. */
  function zoom(scale) {
    var box = $('diagram');
    var svg = box.querySelector('svg');
    if (!svg) { return; }
    var natural = Number(svg.dataset.width) || 800;
    var fit = Math.max(0.2, (box.clientWidth - 24) / natural);
    var before = svg.getBoundingClientRect().width || 1;
    var cx = (box.scrollLeft + box.clientWidth / 2) / before;
    var cy = (box.scrollTop + box.clientHeight / 2) / (svg.getBoundingClientRect().height || 1);
    state.scale = scale;
    // fitting the width never shrinks the text below 80 %: a wide map scrolls instead
    var s = scale === null ? Math.min(Math.max(fit, 0.8), 1.0) : Math.max(0.1, Math.min(scale, 4));
    svg.style.width = Math.round(natural * s) + 'px';
    svg.style.height = 'auto';
    var sel = box.querySelector('g.node.selected');
    if (sel) {
      centreOn(sel);
    } else {
      var r = svg.getBoundingClientRect();
      box.scrollLeft = cx * r.width - box.clientWidth / 2;
      box.scrollTop = cy * r.height - box.clientHeight / 2;
    }
  }

  /** Scrolls the map so that a node is in its middle. */
  function centreOn(g) {
    var box = $('diagram');
    var r = g.getBoundingClientRect();
    var c = box.getBoundingClientRect();
    box.scrollLeft += (r.left + r.width / 2) - (c.left + c.width / 2);
    box.scrollTop += (r.top + r.height / 2) - (c.top + c.height / 2);
  }

  function currentScale() {
    var svg = $('diagram').querySelector('svg');
    return svg ? svg.getBoundingClientRect().width / (Number(svg.dataset.width) || 800) : 1;
  }

  // ------------------------------------------------------------------ one claim

  function showClaim(iri) {
    var panel = $('details');
    state.claim = iri;
    markSelected(iri);
    clear(panel);
    append(panel, el('p', { class: 'loading', text: 'Loading the claim…' }));
    var s = iriTerm(iri);
    var qMain = 'SELECT ?p ?o WHERE { ' + s + ' ?p ?o }';
    var qFactor = 'SELECT ?factor ?label WHERE { ' + s + ' argkg:factor ?factor . OPTIONAL { ?factor skos:prefLabel ?label } }';
    var qActors = 'SELECT ?actor ?label ?same WHERE { ' + s + ' argkg:involves ?actor .\n' +
      '  OPTIONAL { ?actor rdfs:label ?label } OPTIONAL { ?actor owl:sameAs ?same } } ORDER BY ?actor';
    var qQuotes = 'SELECT ?ann ?target ?exact ?prefix ?suffix ?start ?end WHERE {\n' +
      '  ?ann oa:hasBody ' + s + ' ; oa:hasTarget ?target .\n' +
      '  OPTIONAL { ?target oa:hasSelector ?tq . ?tq a oa:TextQuoteSelector ; oa:exact ?exact .\n' +
      '             OPTIONAL { ?tq oa:prefix ?prefix } OPTIONAL { ?tq oa:suffix ?suffix } }\n' +
      '  OPTIONAL { ?target oa:hasSelector ?tp . ?tp a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }\n' +
      '} ORDER BY ?start ?ann';
    var qRelations = 'SELECT ?rel ?dir ?kind ?basis ?note ?other ?otherLabel ?otherDoc ?otherDocTitle ?otherDate ?otherType WHERE {\n' +
      '  { ?rel aif:Premise ' + s + ' ; aif:Conclusion ?other . BIND("out" AS ?dir) }\n' +
      '  UNION { ?rel aif:Conclusion ' + s + ' ; aif:Premise ?other . BIND("in" AS ?dir) }\n' +
      '  ?rel a ?kind . FILTER(?kind IN (argkg:Support, argkg:Attack, argkg:Evidence, argkg:Restatement))\n' +
      '  OPTIONAL { ?rel argkg:basis ?basis } OPTIONAL { ?rel rdfs:comment ?note }\n' +
      '  OPTIONAL { ?other rdfs:label ?otherLabel }\n' +
      '  OPTIONAL { ?other a ?otherType . FILTER(?otherType IN (argkg:Thesis, argkg:Cause, argkg:Counterforce, argkg:Consequence, argkg:Conclusion, argkg:Premise)) }\n' +
      '  OPTIONAL { ?other argkg:statedIn ?otherDoc . OPTIONAL { ?otherDoc dcterms:title ?otherDocTitle } OPTIONAL { ?otherDoc dcterms:date ?otherDate } }\n' +
      '} ORDER BY ?dir ?rel';
    var doc = docIdOf(iri);
    return Promise.all([select(qMain), select(qFactor), select(qActors), select(qQuotes), select(qRelations), sourceText(doc)])
      .then(function (res) {
        if (state.claim !== iri) { return; }
        renderClaim(iri, res[0], res[1], res[2], res[3], res[4], res[5]);
      })
      .catch(function (e) { clear(panel); append(panel, el('p', { class: 'error', text: String(e.message || e) })); });
  }

  /** The body of a document's source text (what quote offsets count in), or null when the server has none. */
  function sourceText(doc) {
    if (!(doc in state.sources)) {
      state.sources[doc] = fetch('argkg-source/' + encodeURIComponent(doc))
        .then(function (r) { return r.ok ? r.text() : null; })
        .catch(function () { return null; });
    }
    return state.sources[doc];
  }

  function renderClaim(iri, main, factorRows, actorRows, quoteRows, relRows, body) {
    var panel = $('details');
    clear(panel);
    var labels = {};
    var statements = {};
    var role = null;
    main.forEach(function (r) {
      if (r.p === 'http://www.w3.org/2000/01/rdf-schema#label' && !labels[r['o@']]) { labels[r['o@']] = r.o; }
      if (r.p === ARGKG + 'statement' && !statements[r['o@']]) { statements[r['o@']] = r.o; }
      if (r.p === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && r.o.indexOf(ARGKG) === 0 && ROLES[r.o.slice(ARGKG.length)]) {
        role = ROLES[r.o.slice(ARGKG.length)];
      }
    });
    var docId = docIdOf(iri);
    var d = documentById(docId);

    append(panel, el('div', { class: 'claim-head' },
      el('span', { class: 'role role-' + (role ? role[0] : 'claim'), text: role ? role[1] + ' ' + role[2] : 'Claim' }),
      el('span', { class: 'claim-id', text: docId + '#' + nodeIdOf(iri) })));
    append(panel, el('h3', { class: 'label label-zh', lang: 'zh', text: labels.zh || '' }));
    append(panel, el('h3', { class: 'label label-en', lang: 'en', text: labels.en || '' }));
    if (docId !== state.doc && d) {
      append(panel, el('p', { class: 'from-doc' }, 'in ', el('a', { href: '#doc=' + encodeURIComponent(docId) + '&claim=' + encodeURIComponent(nodeIdOf(iri)), text: titleOf(d, 'en') }), d.date ? ' (' + d.date + ')' : ''));
    }

    var sec = section('Statement · 陈述');
    append(sec, el('p', { class: 'statement statement-zh', lang: 'zh', text: statements.zh || '' }));
    append(sec, el('p', { class: 'statement statement-en', lang: 'en', text: statements.en || '' }));
    append(panel, sec);

    var facts = el('dl', { class: 'facts' });
    if (factorRows.length) {
      var f = factorRows[0].factor;
      var fl = byLang(factorRows, 'label');
      append(facts, [el('dt', { text: 'Factor · 因素' }), el('dd', { class: 'factor' },
        el('code', { class: 'factor-id', text: short(f).replace(/^factor:/, '') }), ' ',
        [fl.en, fl.zh].filter(Boolean).join(' · '))]);
    }
    if (actorRows.length) {
      var actors = {};
      var orderA = [];
      actorRows.forEach(function (r) {
        if (!actors[r.actor]) { actors[r.actor] = { labels: {}, same: null }; orderA.push(r.actor); }
        if (r.label && !actors[r.actor].labels[r['label@']]) { actors[r.actor].labels[r['label@']] = r.label; }
        if (r.same) { actors[r.actor].same = r.same; }
      });
      var list = el('ul', { class: 'actors' });
      orderA.forEach(function (a) {
        var x = actors[a];
        var name = [x.labels.en, x.labels.zh].filter(Boolean).join(' · ') || short(a);
        var qid = x.same && /^https?:\/\/www\.wikidata\.org\/entity\/(Q[0-9]+)$/.exec(x.same);
        append(list, el('li', { class: 'actor' }, name,
          qid ? [' ', el('a', { class: 'wikidata', href: 'https://www.wikidata.org/wiki/' + qid[1], target: '_blank',
            rel: 'noopener noreferrer', text: 'Wikidata ' + qid[1] })] : null));
      });
      append(facts, [el('dt', { text: 'Actors · 行为体' }), el('dd', null, list)]);
    }
    if (facts.firstChild) { append(panel, facts); }

    var quotes = section('Quotes · 引文');
    if (!quoteRows.length) { append(quotes, el('p', { class: 'hint', text: 'No quotes.' })); }
    var cps = body ? Array.from(body) : null;
    var seen = {};
    quoteRows.forEach(function (q) {
      if (seen[q.ann]) { return; }
      seen[q.ann] = true;
      if (q.exact === undefined) {
        append(quotes, el('p', { class: 'quote quote-url' }, 'Source (no text held): ', extLink(q.target)));
        return;
      }
      append(quotes, quoteBlock(q, cps));
    });
    append(panel, quotes);

    var rels = section('Relations · 关系');
    if (!relRows.length) { append(rels, el('p', { class: 'hint', text: 'No relations.' })); }
    var byRel = {};
    var orderR = [];
    relRows.forEach(function (r) {
      if (!byRel[r.rel]) { byRel[r.rel] = r; r.labels = {}; r.docTitles = {}; orderR.push(r.rel); }
      var x = byRel[r.rel];
      if (r.otherLabel && !x.labels[r['otherLabel@']]) { x.labels[r['otherLabel@']] = r.otherLabel; }
      if (r.otherDocTitle && !x.docTitles[r['otherDocTitle@']]) { x.docTitles[r['otherDocTitle@']] = r.otherDocTitle; }
      if (r.otherType && !x.type) { x.type = r.otherType; }
    });
    var ul = el('ul', { class: 'relations' });
    orderR.forEach(function (k) { append(ul, relationItem(byRel[k], docId)); });
    append(rels, ul);
    append(panel, rels);
  }

  function section(title) { return el('section', { class: 'section' }, el('h4', { text: title })); }

  /** A quote in its context: the source text around it when the server has it, else the annotation's prefix and suffix. */
  function quoteBlock(q, cps) {
    var start = q.start !== undefined ? Number(q.start) : -1;
    var end = q.end !== undefined ? Number(q.end) : -1;
    var before;
    var after;
    var from;
    if (cps && start >= 0 && end <= cps.length && cps.slice(start, end).join('') === q.exact) {
      // the paragraph around the quote, at most 160 characters on each side
      var a = start;
      while (a > 0 && start - a < 160 && cps[a - 1] !== '\n') { a--; }
      var b = end;
      while (b < cps.length && b - end < 160 && cps[b] !== '\n') { b++; }
      before = (a > 0 && cps[a - 1] !== '\n' ? '…' : '') + cps.slice(a, start).join('');
      after = cps.slice(end, b).join('') + (b < cps.length && cps[b] !== '\n' ? '…' : '');
      from = 'source text, characters ' + start + '–' + end;
    } else {
      before = (q.prefix ? '…' + q.prefix : '');
      after = (q.suffix ? q.suffix + '…' : '');
      from = 'annotation' + (start >= 0 ? ', characters ' + start + '–' + end : '');
    }
    return el('figure', { class: 'quote' },
      el('blockquote', { lang: 'zh' }, el('span', { class: 'context', text: tidy(before) }), el('mark', { text: q.exact }),
        el('span', { class: 'context', text: tidy(after) })),
      el('figcaption', { text: from }));
  }

  /** Markdown emphasis markers of the source are not shown in the context. */
  function tidy(s) { return s.replace(/\*\*/g, ''); }

  function relationItem(r, docId) {
    var kind = r.kind.slice(ARGKG.length);
    var k = KINDS[kind] || [kind, kind, kind];
    var basis = r.basis ? r.basis.slice(ARGKG.length).toLowerCase() : '';
    var otherDocId = r.otherDoc ? docIdOf(r.otherDoc) : docIdOf(r.other);
    var label = [r.labels.zh, r.labels.en].filter(Boolean).join(' · ') || short(r.other);
    var link = el('a', { class: 'claim-link', href: '#doc=' + encodeURIComponent(otherDocId) + '&claim=' + encodeURIComponent(nodeIdOf(r.other)), text: label });
    var typeName = r.type ? ROLES[r.type.slice(ARGKG.length)] : null;
    var outside = otherDocId !== docId;
    var od = documentById(otherDocId);
    return el('li', { class: 'relation ' + (r.dir === 'out' ? 'outgoing' : 'incoming') + ' kind-' + k[0].replace(/ /g, '-') + (outside ? ' cross-document' : '') },
      el('span', { class: 'kind kind-' + kind.toLowerCase(), text: (r.dir === 'out' ? k[0] : k[1]) + ' ' + k[2] }),
      basis ? el('span', { class: 'basis basis-' + basis, text: basis }) : null,
      el('div', { class: 'other' }, typeName ? el('span', { class: 'other-role', text: typeName[2] + ' ' }) : null, link),
      outside ? el('div', { class: 'other-doc', text: '↗ ' + (od ? titleOf(od, 'en') : otherDocId) + (od && od.date ? ' (' + od.date + ')' : '') }) : null,
      r.note ? el('div', { class: 'note', text: r.note }) : null);
  }

  // ------------------------------------------------------------------ search and filters

  /** A SPARQL string literal of user text. */
  function sparqlString(text) {
    return '"' + String(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
  }

  function loadFactors() {
    if (state.factors) { return Promise.resolve(state.factors); }
    return select('SELECT DISTINCT ?f ?label WHERE { ?c argkg:factor ?f . OPTIONAL { ?f skos:prefLabel ?label FILTER(LANG(?label) = "en") } } ORDER BY ?label ?f')
      .then(function (rows) {
        var seen = {};
        state.factors = [];
        rows.forEach(function (r) { if (!seen[r.f]) { seen[r.f] = true; state.factors.push({ iri: r.f, label: r.label || short(r.f) }); } });
        return state.factors;
      });
  }

  /** The search panel (in the claim pane): the words, the filters and the claims found. */
  function showSearch() {
    var panel = $('details');
    var prev = state.search || { text: $('search').value, factor: '', role: '', doc: '' };
    clear(panel);
    var factorSel = el('select', { id: 'filter-factor' }, el('option', { value: '', text: 'any factor' }));
    var roleSel = el('select', { id: 'filter-role' }, el('option', { value: '', text: 'any role' }),
      Object.keys(ROLES).map(function (k) { return el('option', { value: k, text: ROLES[k][2] + ' · ' + ROLES[k][1] }); }));
    var docSel = el('select', { id: 'filter-doc' }, el('option', { value: '', text: 'any document' }),
      el('option', { value: '=', text: 'the document shown' }),
      state.documents.map(function (d) { return el('option', { value: d.id, text: (d.date ? d.date + ' ' : '') + d.id }); }));
    append(panel, [el('h3', { text: 'Search claims · 搜索主张' }),
      el('div', { class: 'filters' }, el('label', { for: 'filter-factor', text: 'Factor' }), factorSel,
        el('label', { for: 'filter-role', text: 'Role' }), roleSel, el('label', { for: 'filter-doc', text: 'Document' }), docSel),
      el('p', { id: 'search-status', class: 'status' }), el('ul', { id: 'search-results', class: 'search-results' })]);
    roleSel.value = prev.role;
    docSel.value = prev.doc;
    [factorSel, roleSel, docSel].forEach(function (x) { x.addEventListener('change', runSearch); });
    loadFactors().then(function (fs) {
      fs.forEach(function (f) { append(factorSel, el('option', { value: f.iri, text: f.label })); });
      factorSel.value = prev.factor;
    });
    return runSearch();
  }

  /** Claims whose labels or statements (either language) hold the words, case-insensitive, and that pass the filters. */
  function runSearch() {
    var text = $('search').value.trim();
    var factor = $('filter-factor') ? $('filter-factor').value : '';
    var role = $('filter-role') ? $('filter-role').value : '';
    var doc = $('filter-doc') ? $('filter-doc').value : '';
    if (doc === '=') { doc = state.doc || ''; }
    var words = text.toLowerCase().split(/\s+/).filter(Boolean);
    var q = 'SELECT ?claim ?doc ?role (SAMPLE(?zh) AS ?label_zh) (SAMPLE(?en) AS ?label_en) WHERE {\n' +
      '  VALUES ?role { argkg:Thesis argkg:Cause argkg:Counterforce argkg:Consequence argkg:Conclusion argkg:Premise }\n' +
      '  ?claim a ?role ; argkg:statedIn ?doc .\n' +
      (role && ROLES[role] ? '  FILTER(?role = argkg:' + role + ')\n' : '') +
      (doc ? '  FILTER(?doc = ' + iriTerm(ID + doc) + ')\n' : '') +
      (factor ? '  ?claim argkg:factor ' + (/^https:\/\/w3id\.org\/argkg\/factor\/[A-Za-z0-9._~-]+$/.test(factor) ? '<' + factor + '>' : '?none') + ' .\n' : '') +
      words.map(function (w) {
        return '  FILTER EXISTS { { ?claim rdfs:label ?t } UNION { ?claim argkg:statement ?t } FILTER(CONTAINS(LCASE(STR(?t)), ' + sparqlString(w) + ')) }\n';
      }).join('') +
      '  OPTIONAL { ?claim rdfs:label ?zh FILTER(LANG(?zh) = "zh") } OPTIONAL { ?claim rdfs:label ?en FILTER(LANG(?en) = "en") }\n' +
      '} GROUP BY ?claim ?doc ?role ORDER BY ?doc ?claim LIMIT 300';
    state.search = { text: text, factor: factor, role: role, doc: $('filter-doc') ? $('filter-doc').value : '', claims: [] };
    var status = $('search-status');
    if (status) { status.textContent = 'Searching…'; }
    return select(q).then(function (rows) {
      var list = $('search-results');
      if (!list) { return; }
      clear(list);
      state.search.claims = rows.map(function (r) { return r.claim; });
      $('search-status').textContent = rows.length + (rows.length === 300 ? '+' : '') + ' claim' + (rows.length === 1 ? '' : 's') +
        (text ? ' with “' + text + '”' : '') + '; those on the map shown are outlined.';
      rows.forEach(function (r) {
        var d = docIdOf(r.claim);
        var k = r.role.slice(ARGKG.length);
        var od = documentById(d);
        append(list, el('li', { class: 'search-result', dataset: { claim: r.claim } },
          el('span', { class: 'role role-' + (ROLES[k] ? ROLES[k][0] : 'claim'), text: ROLES[k] ? ROLES[k][2] : k }), ' ',
          el('a', { class: 'claim-link', href: '#doc=' + encodeURIComponent(d) + '&claim=' + encodeURIComponent(nodeIdOf(r.claim)),
            text: [r.label_zh, r.label_en].filter(Boolean).join(' · ') || short(r.claim) }),
          el('div', { class: 'result-doc', text: (od ? titleOf(od, od.language || 'en') : d) + (od && od.date ? ' (' + od.date + ')' : '') })));
      });
      markMatches();
    }).catch(function (e) { if ($('search-status')) { $('search-status').textContent = String(e.message || e); } });
  }

  /** Outlines the claims found on the map, and dims the others while a search is shown. */
  function markMatches() {
    var box = $('diagram');
    var on = !!(state.search && $('search-results'));
    box.classList.toggle('filtering', on);
    Array.prototype.forEach.call(box.querySelectorAll('g.node.claim'), function (g) {
      g.classList.toggle('match', on && state.search.claims.indexOf(claimIriOfNode(g)) >= 0);
    });
  }

  // ------------------------------------------------------------------ plots

  function loadPlots() {
    var lang = $('plot-lang').value;
    return Promise.all(['timeline', 'factors'].map(function (k) {
      var box = $('plot-' + k);
      if (box.dataset.lang === lang && box.querySelector('svg')) { return null; }
      box.dataset.lang = lang;
      clear(box);
      append(box, el('p', { class: 'loading', text: 'Drawing…' }));
      return fetch('argkg-plot/' + k + '.svg?lang=' + encodeURIComponent(lang)).then(function (r) { return r.text(); }).then(function (t) {
        clear(box);
        var svg = safeSvg(t);
        if (svg) { box.appendChild(svg); } else { append(box, el('p', { class: 'error', text: 'The plot could not be read.' })); }
      });
    }));
  }

  function onPlotClick(e) {
    var g = e.target.closest ? e.target.closest('[data-doc]') : null;
    if (g && documentById(g.getAttribute('data-doc'))) { go({ doc: g.getAttribute('data-doc') }); }
  }

  // ------------------------------------------------------------------ queries

  function loadQueries() {
    return fetch('argkg-queries.json').then(function (r) { return r.json(); }).then(function (list) {
      state.queries = list;
      var sel = $('query-select');
      clear(sel);
      list.forEach(function (q) { append(sel, el('option', { value: q.name, text: q.name + ' — ' + q.title })); });
      if (list.length) { sel.value = list.some(function (q) { return q.name === 'documents'; }) ? 'documents' : list[0].name; }
      showNamedQuery();
    });
  }

  function namedQuery() {
    var name = $('query-select').value;
    for (var i = 0; i < state.queries.length; i++) { if (state.queries[i].name === name) { return state.queries[i]; } }
    return null;
  }

  function showNamedQuery() {
    var q = namedQuery();
    var form = $('named-form');
    clear(form);
    $('query-description').textContent = q ? q.description : '';
    $('named-text').textContent = q ? q.text : '';
    if (!q) { return; }
    q.params.forEach(function (p) {
      append(form, el('label', null, el('span', { class: 'param-name', text: p.name }),
        el('input', { type: 'text', name: p.name, value: p.default || '', spellcheck: 'false', 'data-param': p.name })));
    });
  }

  function runNamed() {
    var q = namedQuery();
    if (!q) { return Promise.resolve(); }
    var params = [];
    Array.prototype.forEach.call($('named-form').querySelectorAll('input[data-param]'), function (i) {
      if (i.value.trim()) { params.push(encodeURIComponent(i.dataset.param) + '=' + encodeURIComponent(i.value)); }
    });
    status('Running ' + q.name + '…');
    return fetch('argkg-queries/' + encodeURIComponent(q.name) + '.rq' + (params.length ? '?' + params.join('&') : ''))
      .then(function (r) { return r.text().then(function (t) { if (!r.ok) { throw new Error(t.trim()); } return t; }); })
      .then(function (text) { return sparql(text); })
      .then(function (res) { showResults(res, q.name); })
      .catch(function (e) { showError(e); });
  }

  function runSparql() {
    var text = $('sparql-text').value;
    status('Running…');
    return sparql(text).then(function (res) { showResults(res, 'query'); }).catch(function (e) { showError(e); });
  }

  function status(text) { $('results-status').textContent = text; }

  function showError(e) {
    status('');
    var box = $('results');
    clear(box);
    append(box, el('pre', { class: 'error', text: String(e && e.message ? e.message : e) }));
  }

  function showResults(res, name) {
    var box = $('results');
    clear(box);
    if (res.kind === 'text') {
      status(name + ': ' + res.ms + ' ms');
      append(box, el('pre', { class: 'rdf', text: res.body }));
      return;
    }
    var json = res.body;
    if (typeof json.boolean === 'boolean') {
      status(name + ': ' + res.ms + ' ms');
      append(box, el('p', { class: 'boolean', text: 'ASK: ' + json.boolean }));
      return;
    }
    var vars = json.head.vars;
    var rows = json.results.bindings;
    status(name + ': ' + rows.length + ' row' + (rows.length === 1 ? '' : 's') + ' in ' + res.ms + ' ms');
    var table = el('table', { class: 'results-table' });
    append(table, el('thead', null, el('tr', null, vars.map(function (v) { return el('th', { text: v }); }))));
    var tbody = el('tbody');
    rows.forEach(function (b) {
      append(tbody, el('tr', null, vars.map(function (v) { return el('td', null, cell(b[v])); })));
    });
    append(table, tbody);
    append(box, table);
  }

  function cell(term) {
    if (!term) { return null; }
    if (term.type === 'uri') {
      var iri = term.value;
      var m = /^https:\/\/w3id\.org\/argkg\/id\/([a-z0-9-]+)\/(.+)$/.exec(iri);
      if (m && m[2].indexOf('/') < 0) {
        return el('a', { class: 'iri claim-link', href: '#doc=' + encodeURIComponent(m[1]) + '&claim=' + encodeURIComponent(m[2]), title: iri, text: short(iri) });
      }
      if (/^https?:\/\//.test(iri) && iri.indexOf('https://w3id.org/argkg/') !== 0) {
        return el('a', { class: 'iri', href: iri, target: '_blank', rel: 'noopener noreferrer', title: iri, text: short(iri) });
      }
      return el('span', { class: 'iri', title: iri, text: short(iri) });
    }
    if (term.type === 'bnode') { return el('span', { class: 'bnode', text: '_:' + term.value }); }
    var lang = term['xml:lang'];
    var dt = term.datatype && term.datatype !== 'http://www.w3.org/2001/XMLSchema#string' ? short(term.datatype) : '';
    return el('span', { class: 'literal', title: dt || null }, el('span', { text: term.value }),
      lang ? el('span', { class: 'tag', text: '@' + lang }) : null);
  }

  // ------------------------------------------------------------------ navigation

  /** Views are addressed by the fragment: #doc=ID&claim=NODE (or &claim=OTHER-DOC/NODE), or #query. */
  function go(target) {
    var parts = [];
    if (target.doc) { parts.push('doc=' + encodeURIComponent(target.doc)); }
    if (target.claim) { parts.push('claim=' + encodeURIComponent(target.claim)); }
    var hash = target.query ? '#query' : target.plots ? '#plots' : '#' + parts.join('&');
    if (location.hash === hash) { route(); } else { location.hash = hash; }
  }

  function parseHash() {
    var h = location.hash.replace(/^#/, '');
    var out = {};
    if (h === 'query') { out.query = true; return out; }
    if (h === 'plots') { out.plots = true; return out; }
    h.split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (i > 0) { out[kv.slice(0, i)] = safeDecode(kv.slice(i + 1)); }
    });
    return out;
  }

  function route() {
    var t = parseHash();
    var queryView = !!t.query;
    var plotsView = !!t.plots;
    $('view-map').hidden = queryView || plotsView;
    $('view-query').hidden = !queryView;
    $('view-plots').hidden = !plotsView;
    $('tab-map').classList.toggle('active', !queryView && !plotsView);
    $('tab-query').classList.toggle('active', queryView);
    $('tab-plots').classList.toggle('active', plotsView);
    if (queryView) { return; }
    if (plotsView) { loadPlots(); return; }
    if (!t.doc) { t.doc = state.doc || state.start; }
    if (!t.doc) { return; }
    showDocument(t.doc).then(function () {
      if (t.claim) {
        state.search = null;
        // NODE of this document, or DOC/NODE of another one
        showClaim(ID + (t.claim.indexOf('/') >= 0 ? t.claim : t.doc + '/' + t.claim));
      } else if (state.claim && docIdOf(state.claim) !== t.doc) {
        state.claim = null;
        clear($('details'));
        append($('details'), el('p', { class: 'hint', text: 'Click a claim in the map to see its statement, quotes, actors and relations.' }));
      }
    });
  }

  /**
   * The document the page opens on: the newest op-ed whose source text the server holds (the seed
   * article), else the newest op-ed, else the first document.
   */
  function findStart() {
    var opEds = state.documents.filter(function (d) { return d.genre === 'op-ed'; })
      .sort(function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : 0; });
    var fallback = opEds.length ? opEds[0].id : (state.documents.length ? state.documents[0].id : null);
    function tryAt(i) {
      if (i >= opEds.length) { return Promise.resolve(fallback); }
      return sourceText(opEds[i].id).then(function (body) { return body ? opEds[i].id : tryAt(i + 1); });
    }
    return tryAt(0).then(function (id) { state.start = id; });
  }

  function onDiagramActivate(e) {
    var g = e.target.closest ? e.target.closest('g.node.clickable') : null;
    if (!g) { return; }
    e.preventDefault();
    var iri = claimIriOfNode(g);
    // a claim of another document (in its cluster) is shown here, on this document's map
    go({ doc: state.doc, claim: docIdOf(iri) === state.doc ? nodeIdOf(iri) : docIdOf(iri) + '/' + nodeIdOf(iri) });
  }

  function init() {
    $('diagram').addEventListener('click', onDiagramActivate);
    $('diagram').addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { onDiagramActivate(e); } });
    $('lang').addEventListener('change', function () { state.langChosen = true; loadDiagram(); });
    $('scope').addEventListener('change', loadDiagram);
    $('doc-select').addEventListener('change', function () { go({ doc: $('doc-select').value }); });
    $('search-form').addEventListener('submit', function (e) {
      e.preventDefault();
      if (!$('view-map').hidden) { showSearch(); } else { state.search = null; go({ doc: state.doc || state.start }); setTimeout(showSearch, 0); }
    });
    $('plot-lang').addEventListener('change', loadPlots);
    $('view-plots').addEventListener('click', onPlotClick);
    $('statements').addEventListener('change', loadDiagram);
    $('zoom-in').addEventListener('click', function () { zoom(currentScale() * 1.25); });
    $('zoom-out').addEventListener('click', function () { zoom(currentScale() / 1.25); });
    $('zoom-fit').addEventListener('click', function () { zoom(null); });
    $('zoom-full').addEventListener('click', function () { zoom(1); });
    $('query-select').addEventListener('change', showNamedQuery);
    $('run-named').addEventListener('click', runNamed);
    $('run-sparql').addEventListener('click', runSparql);
    $('named-form').addEventListener('submit', function (e) { e.preventDefault(); runNamed(); });
    $('edit-named').addEventListener('click', function () { var q = namedQuery(); if (q) { $('sparql-text').value = q.text; $('sparql-text').focus(); } });
    $('sparql-text').value = PREFIXES + 'SELECT ?claim ?label WHERE {\n  ?claim a argkg:Cause ; rdfs:label ?label .\n  FILTER(LANG(?label) = "en")\n} ORDER BY ?claim\n';
    window.addEventListener('hashchange', route);
    window.addEventListener('resize', function () { if (state.scale === null) { zoom(null); } });

    fetch('argkg-info.json').then(function (r) { return r.json(); }).then(function (info) {
      state.info = info;
      showSeedsProblems(info);
      if (info.watching) { watchBuilds(info.build); }
      if (!info.graphviz) {
        notice('Graphviz is not installed on the server, so argument maps cannot be drawn (install it with: ' + info.install + '). Claims can still be queried.', 'warning');
      }
    }).catch(function () { /* the page works without it */ });
    Promise.all([loadDocuments().then(findStart), loadQueries()]).then(route).catch(function (e) {
      notice('The page could not load the documents: ' + String(e.message || e), 'error');
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
