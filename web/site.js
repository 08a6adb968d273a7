// Who runs this deployment (from /site.json, which the deployment writes): every page's footer,
// the privacy notice and the accessibility statement.
import { h, replace } from './dom.js';
import { t } from './i18n.js';

let details;

// {organisationName, contactEmail, privacyNotice}, fetched once; empty strings when it cannot be read.
export function siteDetails() {
  details ??= fetch('/site.json', { cache: 'no-cache' })
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}))
    .then((d) => ({ organisationName: d.organisationName || '', contactEmail: d.contactEmail || '', privacyNotice: d.privacyNotice || '' }));
  return details;
}

// The privacy notice is the council's own page when it gave an address, otherwise ours showing its text.
export function privacyHref(notice) {
  return /^https:\/\/\S+$/.test(notice) ? notice : '/privacy';
}

export async function renderFooter() {
  const footer = document.getElementById('site-footer');
  if (!footer) return;
  const site = await siteDetails();
  const href = privacyHref(site.privacyNotice);
  replace(footer, h('div', { className: 'width' },
    h('nav', { 'aria-label': t('footerNav') },
      h('ul', { className: 'footer-links' },
        h('li', {}, h('a', { href: '/accessibility', 'data-nav': true }, t('footerAccessibility'))),
        h('li', {}, h('a', href === '/privacy' ? { href, 'data-nav': true } : { href }, t('footerPrivacy'))))),
    site.organisationName ? h('p', {}, t('footerRunBy', { name: site.organisationName })) : null,
    site.contactEmail ? h('p', {}, `${t('footerContact')} `, h('a', { href: `mailto:${site.contactEmail}` }, site.contactEmail)) : null));
}
