/*
 * trustcenter default theme. Progressive enhancement only: every page reads correctly without it.
 * 1. Review banners: recompute status and text from their data- attributes and the reader's date,
 *    so a page built months ago still says "overdue" when it is. A test may fix the date with
 *    <html data-today="YYYY-MM-DD">.
 * 2. The compare form on history pages: navigate to <data-compare-base><from>...<to>/.
 * 3. Copy links: a "Copy link to this version" button beside a.version-link, and section links
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
      return { status: 'due-soon', text: 'Review due ' + when };
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

  function enhanceCompareForm(form) {
    const base = form.dataset.compareBase;
    const from = form.querySelector('select[name="from"]');
    const to = form.querySelector('select[name="to"]');
    if (!base || !from || !to) {
      return;
    }
    const clear = function () { to.setCustomValidity(''); };
    from.addEventListener('change', clear);
    to.addEventListener('change', clear);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (from.value === to.value) {
        to.setCustomValidity('Choose two different versions.');
        form.reportValidity();
        return;
      }
      // Options are listed newest first: always compare the older version to the newer one.
      const swap = from.selectedIndex < to.selectedIndex;
      const older = swap ? to.value : from.value;
      const newer = swap ? from.value : to.value;
      window.location.href = base + encodeURIComponent(older) + '...' + encodeURIComponent(newer) + '/';
    });
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

  function init() {
    enhanceCopyLinks();
    refreshBanners();
    document.querySelectorAll('form.compare-form[data-compare-base]').forEach(enhanceCompareForm);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
