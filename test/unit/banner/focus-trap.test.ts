import { afterEach, describe, expect, it, vi } from 'vitest';
import { deepActiveElement, trapFocus } from '../../../banner/preferences/focus-trap';

const key = (target: Element, init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

let release = () => {};
afterEach(() => release());

function setUp(html: string) {
  document.body.innerHTML = `<button id="outside">outside</button><div id="box" tabindex="-1">${html}</div>`;
  return document.getElementById('box')!;
}

describe('trapFocus', () => {
  it('focuses the first tabbable element, skipping disabled ones', () => {
    const box = setUp('<p>text</p><input disabled id="off"><button id="a">a</button><a href="#" id="b">b</a>');
    release = trapFocus(box, () => {});
    expect(document.activeElement?.id).toBe('a');
  });

  it('focuses the start element it is given (a title), and wraps Shift+Tab from it; Tab goes on', () => {
    const box = setUp('<h2 id="t" tabindex="-1">Title</h2><button id="a">a</button><button id="z">z</button>');
    release = trapFocus(box, () => {}, document.getElementById('t'));
    expect(document.activeElement?.id).toBe('t');
    expect(key(document.activeElement!, { key: 'Tab' }).defaultPrevented).toBe(false);
    expect(key(document.activeElement!, { key: 'Tab', shiftKey: true }).defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('z');
  });

  it('wraps Tab from the last element and Shift+Tab from the first', () => {
    const box = setUp('<button id="a">a</button><input id="m"><button id="z">z</button>');
    release = trapFocus(box, () => {});
    const z = document.getElementById('z')!;
    z.focus();
    expect(key(z, { key: 'Tab' }).defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('a');
    expect(key(document.activeElement!, { key: 'Tab', shiftKey: true }).defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('z');
  });

  it('leaves Tab alone between the edges (the browser moves focus)', () => {
    const box = setUp('<button id="a">a</button><input id="m"><button id="z">z</button>');
    release = trapFocus(box, () => {});
    expect(key(document.getElementById('a')!, { key: 'Tab' }).defaultPrevented).toBe(false);
  });

  it('asks to close on Escape', () => {
    const onEscape = vi.fn();
    const box = setUp('<button>a</button>');
    release = trapFocus(box, onEscape);
    expect(key(document.activeElement!, { key: 'Escape' }).defaultPrevented).toBe(true);
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('stops when released', () => {
    const onEscape = vi.fn();
    const box = setUp('<button>a</button>');
    trapFocus(box, onEscape)();
    key(box.firstElementChild!, { key: 'Escape' });
    expect(onEscape).not.toHaveBeenCalled();
  });

  it('reports a container with nothing to focus, and focuses the container itself', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const box = setUp('<p>nothing here</p>');
    release = trapFocus(box, () => {});
    expect(error).toHaveBeenCalledWith('consentry: focus trap: nothing to focus in', box);
    expect(document.activeElement).toBe(box);
  });
});

describe('deepActiveElement', () => {
  it('looks into open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<button>inside</button>';
    root.querySelector('button')!.focus();
    expect(document.activeElement?.id).toBe('host');
    expect(deepActiveElement(document)?.textContent).toBe('inside');
  });
});
