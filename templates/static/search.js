/*
 * The search page: builds a lunr index in the browser from search-index.json (one document per
 * section of each current policy), searches it for ?q= and as the reader types, and lists the
 * matching sections with a snippet. Loaded by the search page only, after lunr.min.js.
 */
(function () {
  'use strict';

  const form = document.querySelector('form.search-form[data-search-index]');
  if (!form || typeof lunr === 'undefined') {
    return;
  }
  const input = form.querySelector('input[name="q"]');
  const status = document.querySelector('.search-status');
  const list = document.querySelector('.search-results');
  const SNIPPET_BEFORE = 60;
  const SNIPPET_LENGTH = 220;
  let docs = [];
  let index = null;

  function build(data) {
    docs = data.documents;
    index = lunr(function () {
      this.ref('ref');
      this.field('policy', { boost: 4 });
      this.field('section', { boost: 2 });
      this.field('text');
      this.metadataWhitelist = ['position'];
      docs.forEach(function (d, i) {
        this.add({ ref: String(i), policy: d.policy, section: d.section || '', text: d.text });
      }, this);
    });
  }

  // The reader's words as lunr clauses, never lunr's query syntax, so "a:b" or "-x" cannot fail:
  // each word as typed (stemmed) and as the start of a longer word.
  function search(text) {
    // trimmed as the index's words were ("RTO:" and "hours." find RTO and hours); the query pipeline does not trim
    const words = lunr.tokenizer(text).map(function (t) { return lunr.trimmer(t).toString(); }).filter(Boolean);
    if (words.length === 0) {
      return [];
    }
    return index.query(function (q) {
      words.forEach(function (word) {
        q.term(word, { boost: 10 });
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      });
    });
  }

  function firstTextMatch(result) {
    let best = null;
    Object.keys(result.matchData.metadata).forEach(function (term) {
      const fields = result.matchData.metadata[term];
      (fields.text && fields.text.position || []).forEach(function (pos) {
        if (best === null || pos[0] < best[0]) {
          best = pos;
        }
      });
    });
    return best;
  }

  function snippet(doc, match) {
    const p = document.createElement('p');
    p.className = 'search-result-snippet';
    const text = doc.text;
    const start = match ? Math.max(0, match[0] - SNIPPET_BEFORE) : 0;
    const end = Math.min(text.length, start + SNIPPET_LENGTH);
    const add = function (s) { p.appendChild(document.createTextNode(s)); };
    add(start > 0 ? '…' : '');
    if (match) {
      // lunr's token keeps the punctuation around the word; mark only the word.
      const word = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(text.slice(match[0], match[0] + match[1]));
      add(text.slice(start, match[0]) + word[1]);
      const mark = document.createElement('mark');
      mark.textContent = word[2];
      p.appendChild(mark);
      add(word[3] + text.slice(match[0] + match[1], Math.max(end, match[0] + match[1])));
    } else {
      add(text.slice(start, end));
    }
    add(end < text.length ? '…' : '');
    return p;
  }

  function item(result) {
    const doc = docs[Number(result.ref)];
    const li = document.createElement('li');
    li.className = 'search-result';
    const link = document.createElement('a');
    link.className = 'search-result-link';
    link.href = doc.url;
    const title = document.createElement('span');
    title.className = 'search-result-title';
    title.textContent = doc.policy;
    link.appendChild(title);
    if (doc.section) {
      link.appendChild(document.createTextNode(' › '));
      const section = document.createElement('span');
      section.className = 'search-result-section';
      section.textContent = doc.section;
      link.appendChild(section);
    }
    li.appendChild(link);
    if (doc.text) {
      li.appendChild(snippet(doc, firstTextMatch(result)));
    }
    return li;
  }

  function show(text) {
    list.replaceChildren();
    const query = text.trim();
    if (!query) {
      status.textContent = '';
      return;
    }
    const results = search(query);
    results.forEach(function (r) { list.appendChild(item(r)); });
    status.textContent = results.length === 0 ? 'No sections match “' + query + '”.'
      : (results.length === 1 ? '1 section matches' : results.length + ' sections match') + ' “' + query + '”.';
  }

  function queryFromUrl() {
    return new URLSearchParams(window.location.search).get('q') || '';
  }

  function start() {
    input.value = queryFromUrl();
    show(input.value);
    let timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        const url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        window.history.replaceState(null, '', url);
        show(input.value);
      }, 150);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(input.value);
    });
  }

  status.textContent = 'Loading the search index…';
  fetch(form.dataset.searchIndex)
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) { build(data); start(); })
    .catch(function () {
      status.textContent = 'The search index could not be loaded. Open the site through a web server, or browse the list of policies.';
    });
}());
