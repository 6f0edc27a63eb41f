/*
 * trustcenter default theme. Progressive enhancement only: every page reads correctly without it.
 * 1. Review banners: recompute status and text from their data- attributes and the reader's date,
 *    so a page built months ago still says "overdue" when it is. A test may fix the date with
 *    <html data-today="YYYY-MM-DD">.
 * 2. The compare form on history pages: navigate to <data-compare-base><from>...<to>/, offering as
 *    "to" only the versions the chosen "from" has a published diff to (its data-targets).
 * 3. Announced changes: an element with data-effective="YYYY-MM-DD" holds a data-when="before" and a
 *    data-when="after" part; from that date on the "after" part is shown, so a page built before a
 *    new version took effect says so until the next build.
 * 4. Copy links: a "Copy link to this version" button beside a.version-link, and section links
 *    (a.permanent-link) that copy their permanent URL on click. Without a clipboard the URL is
 *    shown, selected, in a read-only input.copied-link.
 */
(function () {
  'use strict';

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const STATUSES = ['current', 'due-soon', 'overdue'];
  const DAY_MS = 86400000;

  // Dates are calendar days, never instants: no time zone may shift them.
  function parseIsoDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
  }

  function dayNumber(date) {
    return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
  }

  function formatDate(date) {
    return date.d + ' ' + MONTHS[date.m - 1] + ' ' + date.y;
  }

  function today() {
    const injected = parseIsoDate(document.documentElement.dataset.today);
    if (injected) {
      return injected;
    }
    const now = new Date();
    return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
  }

  function evaluate(next, now, dueSoonDays) {
    const days = dayNumber(next) - dayNumber(now);
    if (days < 0) {
      return { status: 'overdue', text: 'Review overdue since ' + formatDate(next) };
    }
    if (days <= dueSoonDays) {
      const when = days === 0 ? 'today' : days === 1 ? 'in 1 day' : 'in ' + days + ' days';
      return { status: 'due-soon', text: 'Review due ' + when + ' (' + formatDate(next) + ')' };
    }
    return { status: 'current', text: 'Next review by ' + formatDate(next) };
  }

  function refreshBanner(banner, now) {
    const next = parseIsoDate(banner.dataset.nextReview);
    const dueSoonDays = Number.parseInt(banner.dataset.dueSoonDays, 10);
    if (!next || Number.isNaN(dueSoonDays)) {
      return;
    }
    const result = evaluate(next, now, dueSoonDays);
    STATUSES.forEach(function (s) { banner.classList.toggle('review-' + s, s === result.status); });
    banner.dataset.status = result.status;
    const label = banner.querySelector('.review-banner-text');
    if (label && label.textContent !== result.text) {
      label.textContent = result.text;
    }
  }

  function refreshBanners() {
    const now = today();
    const banners = document.querySelectorAll('.review-banner[data-next-review]');
    banners.forEach(function (b) { refreshBanner(b, now); });
    // The home page's summary counts the same banners.
    document.querySelectorAll('[data-review-count]').forEach(function (el) {
      const status = el.dataset.reviewCount;
      el.textContent = String(Array.prototype.filter.call(banners, function (b) {
        return b.dataset.status === status;
      }).length);
    });
  }

  function refreshEffective(now) {
    document.querySelectorAll('[data-effective]').forEach(function (el) {
      const effective = parseIsoDate(el.dataset.effective);
      if (!effective) {
        return;
      }
      const after = dayNumber(now) >= dayNumber(effective);
      el.classList.toggle('is-effective', after);
      el.querySelectorAll('[data-when]').forEach(function (part) {
        part.hidden = (part.dataset.when === 'after') !== after;
      });
    });
  }

  function targetsOf(option) {
    return option && option.dataset.targets ? option.dataset.targets.split(' ') : [];
  }

  // Only pairs with a published diff page can be chosen; no request ever reaches a missing page.
  function limitTargets(from, to) {
    const targets = targetsOf(from.options[from.selectedIndex]);
    let firstAllowed = null;
    Array.prototype.forEach.call(to.options, function (o) {
      o.disabled = targets.indexOf(o.value) < 0;
      if (!o.disabled && firstAllowed === null) {
        firstAllowed = o;
      }
    });
    if (to.options[to.selectedIndex] && to.options[to.selectedIndex].disabled && firstAllowed) {
      firstAllowed.selected = true;
    }
  }

  function enhanceCompareForm(form) {
    const base = form.dataset.compareBase;
    const from = form.querySelector('select[name="from"]');
    const to = form.querySelector('select[name="to"]');
    if (!base || !from || !to) {
      return;
    }
    limitTargets(from, to);
    from.addEventListener('change', function () { limitTargets(from, to); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (targetsOf(from.options[from.selectedIndex]).indexOf(to.value) < 0) {
        return;
      }
      window.location.href = base + encodeURIComponent(from.value) + '...' + encodeURIComponent(to.value) + '/';
    });
    form.hidden = false;
    const links = form.parentNode.querySelector('.compare-links');
    if (links) {
      links.hidden = true;
    }
  }

  function absoluteUrl(href) {
    return new URL(href, window.location.href).href;
  }

  // The field and the status line sit after the element that asked for them, one of each per place.
  function besideOf(anchor, selector, create) {
    const next = anchor.nextElementSibling;
    if (next && next.matches(selector)) {
      return next;
    }
    const made = create();
    anchor.insertAdjacentElement('afterend', made);
    return made;
  }

  function showCopiedField(anchor, url) {
    const field = besideOf(anchor, 'input.copied-link', function () {
      const input = document.createElement('input');
      input.type = 'text';
      input.readOnly = true;
      input.className = 'copied-link';
      input.setAttribute('aria-label', 'Link to copy');
      return input;
    });
    field.value = url;
    field.setAttribute('value', url); // visible in the DOM too, for tests and extensions
    field.focus();
    field.select();
  }

  function announce(anchor, text) {
    const status = besideOf(anchor, '.copy-status', function () {
      const span = document.createElement('span');
      span.className = 'copy-status';
      span.setAttribute('role', 'status');
      return span;
    });
    status.textContent = text;
  }

  function copyLink(url, anchor) {
    let settled = false;
    const fallback = function () {
      settled = true;
      showCopiedField(anchor, url);
    };
    if (!navigator.clipboard || !window.isSecureContext) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(url).then(function () {
      settled = true;
      announce(anchor, 'Link copied');
    }, fallback);
    // A browser may leave the request pending (a permission prompt never answered): show the link then.
    setTimeout(function () { if (!settled) { fallback(); } }, 1000);
  }

  function enhanceCopyLinks() {
    document.querySelectorAll('a.version-link').forEach(function (link) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-link-button';
      button.textContent = 'Copy link to this version';
      button.addEventListener('click', function () { copyLink(absoluteUrl(link.getAttribute('href')), button); });
      link.insertAdjacentElement('afterend', button);
    });
    document.querySelectorAll('a.permanent-link').forEach(function (link) {
      link.title = 'Copy link to this section of this version';
      link.addEventListener('click', function (event) {
        event.preventDefault();
        // Beside the heading, not inside it: the heading's text must stay its own.
        copyLink(absoluteUrl(link.getAttribute('href')), link.parentElement);
      });
    });
  }

  // A comparison with what was then the current text ("2024-q1...2025-q2") is gone once the policy
  // moves on; a link to it (sent when it was current) leads to the same version's comparison with
  // the current text now, which answers the same question: what changed since that version.
  function followComparison(notFound) {
    const root = notFound.getAttribute('data-root');
    let path;
    try {
      path = decodeURIComponent(window.location.pathname);
    } catch (malformed) {
      return; // a stray "%": no comparison to find
    }
    const match = path.indexOf(root) === 0
      && /^(.+)\/compare\/([^/]+)\.\.\.[^/]+\/(side-by-side\/)?$/.exec(path.substring(root.length));
    if (!match || !window.fetch) {
      return;
    }
    fetch(notFound.getAttribute('data-policies')).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (index) {
      const policy = index && index.policies.find(function (p) { return p.slug === match[1]; });
      if (!policy || !policy.diffs || !policy.revisions.length) {
        return;
      }
      const current = policy.revisions[policy.revisions.length - 1].id;
      const prefix = '/' + match[1] + '/compare/' + match[2] + '...';
      const diff = policy.diffs.find(function (d) { return d.to === current && d.url.indexOf(prefix) === 0; });
      if (diff) {
        window.location.replace(root + diff.url.substring(1) + (match[3] || '') + window.location.hash);
      }
    }).catch(function () { /* the page as it is says what to do */ });
  }

  function init() {
    const notFound = document.querySelector('[data-not-found]');
    if (notFound) {
      followComparison(notFound);
    }
    enhanceCopyLinks();
    refreshBanners();
    refreshEffective(today());
    document.querySelectorAll('form.compare-form[data-compare-base]').forEach(enhanceCompareForm);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
