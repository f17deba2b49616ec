// The dashboard's period selector, the one script of the demo pages besides the kit: it sets
// `from` and `to` on the `src` of every element fed by the collector (`/api/…`), and keeps the
// choice in the address (`?days=365`) so a reload or a shared link shows the same period. It
// runs before the kit defines the elements, so a first load fetches each URL once. Without
// JavaScript the `src` written in the page (the last 90 days) still works.
const DAY = 864e5;
const select = document.getElementById('period');

/** Churn per week over a short period, per month over a long one. */
const granularity = (days) => (days <= 90 ? 'week' : 'month');

function apply(days) {
  // Whole UTC days, today included, as the collector counts them.
  const to = Math.floor(Date.now() / DAY) * DAY + DAY;
  const range = {
    from: new Date(to - days * DAY).toISOString().slice(0, 10),
    to: new Date(to).toISOString().slice(0, 10),
  };
  for (const el of document.querySelectorAll('[src^="/api/"]')) {
    const url = new URL(el.getAttribute('src'), location.href);
    url.searchParams.set('from', range.from);
    url.searchParams.set('to', range.to);
    if (el.localName === 'churn-trend') url.searchParams.set('granularity', granularity(days));
    el.setAttribute('src', url.pathname + url.search);
  }
}

if (select) {
  const asked = Number(new URLSearchParams(location.search).get('days'));
  if ([...select.options].some((o) => Number(o.value) === asked)) select.value = String(asked);
  apply(Number(select.value));
  select.addEventListener('change', () => {
    const days = Number(select.value);
    const url = new URL(location.href);
    url.searchParams.set('days', String(days));
    history.replaceState(null, '', url);
    apply(days);
  });
}
