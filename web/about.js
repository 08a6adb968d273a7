// The pages about the service itself: the accessibility statement and the privacy notice.
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { setTitle } from './navigation.js';
import { siteDetails } from './site.js';

export async function accessibility() {
  const site = await siteDetails();
  const name = site.organisationName || t('siteName');
  setTitle(t('a11yTitle'));
  const contact = site.contactEmail ? h('a', { href: `mailto:${site.contactEmail}` }, site.contactEmail) : null;
  replace(document.getElementById('main'),
    h('h1', {}, t('a11yTitle')),
    h('p', {}, t('a11yIntro', { name })),
    h('ul', {}, ['a11yColours', 'a11yZoom', 'a11ySmall', 'a11yKeyboard', 'a11yReader', 'a11yWelsh'].map((key) => h('li', {}, t(key)))),
    h('h2', {}, t('a11yStatusTitle')),
    h('p', {}, t('a11yStatus')),
    h('p', {}, t('a11yDragging')),
    h('h2', {}, t('a11yTestedTitle')),
    h('p', {}, t('a11yTested')),
    h('h2', {}, t('a11yReportTitle')),
    h('p', {}, t('a11yReport'), contact ? ' ' : null, contact),
    h('h2', {}, t('a11yEnforcementTitle')),
    h('p', {}, t('a11yEnforcement')));
}

export async function privacy() {
  const site = await siteDetails();
  setTitle(t('privacyTitle'));
  // The council's own words, shown as text, one paragraph per blank-line-separated block.
  const paragraphs = site.privacyNotice.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  replace(document.getElementById('main'),
    h('h1', {}, t('privacyTitle')),
    site.organisationName ? h('p', { className: 'lead' }, t('privacyFrom', { name: site.organisationName })) : null,
    paragraphs.map((p) => h('p', { className: 'notice-text' }, p)));
}
