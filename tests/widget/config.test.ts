import { describe, expect, it } from 'vitest';
import { panelOptions, readConfig, textOn } from '../../widget/src/config.ts';

function script(attrs: Record<string, string>) {
  const s = document.createElement('script');
  s.type = 'text/x-not-run';
  s.src = 'https://faq.example/static/widget.js?v=3';
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
  return s;
}

describe('readConfig', () => {
  it('defaults: API on the script’s own origin, right side, session storage, ltr', () => {
    const c = readConfig(script({}), 'https://host.example/page');
    expect(c.apiBase).toBe('https://faq.example');
    expect(c.scriptSrc).toBe('https://faq.example/static/widget.js?v=3');
    expect(c).toMatchObject({ position: 'right', dir: 'ltr', open: false, zIndex: null });
    expect(panelOptions(c).storage).toBe('session');
    expect(c.strings.openChat).toBe('Open chat');
  });

  it('reads every data-* option and ignores bad values', () => {
    const c = readConfig(
      script({
        'data-title': 'Ask us',
        'data-greeting': 'Hello there',
        'data-position': 'left',
        'data-open': '',
        'data-z-index': '1000',
        'data-storage': 'local',
        'data-strings': '{"openChat":"Abrir chat","closeChat":5}',
      }),
      'https://host.example/',
    );
    expect(c).toMatchObject({ position: 'left', open: 'desktop', zIndex: '1000' });
    expect(panelOptions(c).storage).toBe('local');
    expect(panelOptions(c).overrides).toEqual({ openChat: 'Abrir chat', title: 'Ask us', greeting: 'Hello there' });
    expect(c.strings.openChat).toBe('Abrir chat');
    expect(c.strings.closeChat).toBe('Close chat');
    const bad = readConfig(script({ 'data-storage': 'cookie', 'data-z-index': 'top', 'data-strings': '{oops', 'data-position': 'middle' }), 'https://h/');
    expect(bad).toMatchObject({ zIndex: null, position: 'right', overrides: {} });
    expect(panelOptions(bad).storage).toBe('session');
  });

  it('right-to-left languages flip direction and the default side', () => {
    expect(readConfig(script({ 'data-lang': 'ar' }), 'https://h/')).toMatchObject({ dir: 'rtl', lang: 'ar', position: 'left' });
    expect(readConfig(script({ 'data-lang': 'he-IL', 'data-position': 'right' }), 'https://h/')).toMatchObject({ dir: 'rtl', position: 'right' });
    expect(readConfig(script({ 'data-lang': 'en', 'data-dir': 'rtl' }), 'https://h/').dir).toBe('rtl');
    expect(readConfig(script({ 'data-lang': 'arn' }), 'https://h/').dir).toBe('ltr');
  });
});

describe('readConfig: theme, offsets, open, teaser, language', () => {
  it('reads each option and ignores bad values', () => {
    const c = readConfig(
      script({ 'data-theme': 'dark', 'data-offset-x': '24', 'data-offset-y': ' 80 ', 'data-open': 'always', 'data-teaser': '5' }),
      'https://h/',
    );
    expect(panelOptions(c).theme).toBe('dark');
    expect(c).toMatchObject({ offsetX: '24px', offsetY: '80px', open: 'always', teaser: 5 });
    const bad = readConfig(script({ 'data-theme': 'purple', 'data-offset-x': '2rem', 'data-offset-y': '  ', 'data-open': 'false', 'data-teaser': 'soon' }), 'https://h/');
    expect(panelOptions(bad).theme).toBeNull();
    expect(bad).toMatchObject({ offsetX: null, offsetY: null, open: false, teaser: 0 });
    expect(panelOptions(readConfig(script({ 'data-theme': 'auto' }), 'https://h/')).theme).toBeNull();
    expect(readConfig(script({}), 'https://h/')).toMatchObject({ open: false, teaser: 0 });
  });

  it('the language comes from data-lang, else the page’s <html lang>', () => {
    expect(readConfig(script({}), 'https://h/', 'es-MX').lang).toBe('es-MX');
    expect(readConfig(script({ 'data-lang': 'fr' }), 'https://h/', 'es').lang).toBe('fr');
    expect(readConfig(script({}), 'https://h/', 'ar')).toMatchObject({ lang: 'ar', dir: 'rtl', position: 'left' });
  });
});

describe('textOn', () => {
  // Text on the accent colour must stay readable (WCAG AA) whatever colour the site picks.
  it.each([
    ['#ffd400', '#000'],
    ['#0b57d0', '#fff'],
    ['#fff', '#000'],
    ['#000000', '#fff'],
    ['#777', '#000'],
    ['rebeccapurple', '#fff'],
  ])('%s → %s', (bg, fg) => expect(textOn(bg)).toBe(fg));
});
