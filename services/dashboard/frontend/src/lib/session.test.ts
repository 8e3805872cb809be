import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { alertActions, csrfToken, holds, Me, roleLabel } from './session';
import { AlertActions, SessionBadge } from '../views/SessionControls';

const person = (...roles: string[]): Me => ({ open: false, subject: 'ada@orbit.test', name: 'Ada Lovelace', roles });
const open: Me = { open: true, roles: [] };

describe('what the page offers whom', () => {
  it('offers a viewer no action on an alert, an operator and an admin both', () => {
    expect(alertActions(person('viewer'), { state: 'OPEN' })).toEqual([]);
    expect(alertActions(person('operator'), { state: 'OPEN' })).toEqual(['acknowledge', 'shelve']);
    expect(alertActions(person('admin'), { state: 'OPEN' })).toEqual(['acknowledge', 'shelve']);
    expect(alertActions(person('operator'), { state: 'ACKNOWLEDGED' })).toEqual(['shelve']);
    expect(alertActions(person('operator'), { state: 'SHELVED' })).toEqual([]);
  });

  it('offers nothing before it knows who is there, everything when the dashboard has no login', () => {
    expect(alertActions(null, { state: 'OPEN' })).toEqual([]);
    expect(alertActions(person(), { state: 'OPEN' })).toEqual([]);
    expect(alertActions(open, { state: 'OPEN' })).toEqual(['acknowledge', 'shelve']);
  });

  it('knows that admin includes operator, which includes viewer, and not the other way', () => {
    expect(holds(person('admin'), 'viewer')).toBe(true);
    expect(holds(person('operator'), 'admin')).toBe(false);
    expect(holds(person('viewer'), 'operator')).toBe(false);
    expect(holds(person('key-reader'), 'viewer')).toBe(false);
    expect(roleLabel(person('viewer', 'admin'))).toBe('admin');
    expect(roleLabel(person())).toBe('no role');
  });

  it('renders the Acknowledge button for an operator only', () => {
    const render = (me: Me) => renderToStaticMarkup(createElement(AlertActions, { me, alert: { state: 'OPEN' }, onAct: () => {} }));
    expect(render(person('viewer'))).not.toContain('Acknowledge');
    expect(render(person('viewer'))).not.toContain('<button');
    expect(render(person('operator'))).toContain('>Acknowledge</button>');
    expect(render(person('operator'))).toContain('>Shelve 30 min</button>');
  });

  it('shows who is logged in, their role and a Log out form carrying the CSRF token', () => {
    const html = renderToStaticMarkup(createElement(SessionBadge, { me: person('viewer'), cookies: 'JSESSIONID=x; XSRF-TOKEN=abc-123' }));
    expect(html).toContain('Ada Lovelace');
    expect(html).toContain('>viewer</span>');
    expect(html).toContain('action="/logout"');
    expect(html).toContain('method="post"');
    expect(html).toContain('name="_csrf" value="abc-123"');
    expect(html).toContain('Log out');
    expect(renderToStaticMarkup(createElement(SessionBadge, { me: open, cookies: '' }))).toBe('');
  });

  it('reads the CSRF token from the cookies', () => {
    expect(csrfToken('a=1; XSRF-TOKEN=f00%3Dd; b=2')).toBe('f00=d');
    expect(csrfToken('a=1')).toBeNull();
  });
});
