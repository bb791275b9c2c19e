/**
 * The preference centre: a modal dialog (`<dialog>` opened with `showModal()`, so the page
 * behind is inert and the dialog sits in the top layer above any z-index). A header with
 * the title (focus goes there, so the dialog is announced by its name), a body that
 * scrolls, and a footer that never does, with Save / Accept all / Reject all. Each category
 * is a row with its switch and a disclosure button that shows its description, its services
 * (each with its own switch) and its cookie table. Then the visitor's consent id and a
 * download of the record. The switches start from the state in force (in opt-in mode before
 * any choice: all off but the read-only ones) and keep their own state in the DOM; Save
 * reads them back.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { Component, createRef, h } from 'preact';
import type { Choice, Consentry } from '../../src/index';
import type { BannerTexts } from '../texts/en';
import type { CategoryView } from './categories';
import { recordJson, saveFile } from './download-record';
import { trapFocus } from './focus-trap';

export interface PreferencesProps {
  cmp: Consentry;
  texts: BannerTexts;
  categories: CategoryView[];
  /** What to say about Global Privacy Control; empty without the signal. */
  gpc: string;
  /** Close the preference centre (its close button and Escape). */
  onClose(): void;
  /** Told after each choice made here (the banner's anonymous events). */
  onChoice?(): void;
}

type Props = PreferencesProps;

/** A choice's button: `data-action` is the SPEC's stable hook; the look is the same for all. The dialog closes once the choice is made. */
const action = ({ cmp, onChoice }: Props, name: string, label: string, run: () => void) => (
  <button type="button" data-action={name} onClick={() => (run(), onChoice?.(), cmp.hide())}>
    {label}
  </button>
);

/** A paragraph, then the policy link when the config has one (links are data, not markup). */
const Text = ({ text, policyUrl, link }: { text: string; policyUrl?: string; link: string }) => (
  <p>
    {text}
    {policyUrl && ' '}
    {policyUrl && <a href={policyUrl}>{link}</a>}
  </p>
);

const SERVICE = 'services.';

/** The choice the switches show: `{ analytical: true, services: { youtube: false } }`. */
export function readSwitches(form: Element): Choice {
  const services: Record<string, boolean> = {};
  const choice: Choice = { services };
  for (const input of form.querySelectorAll<HTMLInputElement>('[role=switch]:enabled')) {
    if (input.name.startsWith(SERVICE)) services[input.name.slice(SERVICE.length)] = input.checked;
    else choice[input.name] = input.checked;
  }
  return choice;
}

export class PreferencesDialog extends Component<Props, { open: Record<string, boolean> }> {
  override state = { open: {} as Record<string, boolean> };
  dialog = createRef<HTMLDialogElement>();
  release = () => {};

  override componentDidMount() {
    const dialog = this.dialog.current!;
    // Browsers without <dialog> (and jsdom) get an open, non-modal one; the trap still holds.
    if (dialog.showModal) dialog.showModal();
    else dialog.setAttribute('open', '');
    this.release = trapFocus(dialog, this.props.onClose, dialog.querySelector<HTMLElement>('#cp'));
  }

  override componentWillUnmount() {
    this.release();
  }

  toggle(name: string) {
    this.setState(({ open }) => ({ open: { ...open, [name]: !open[name] } }));
  }

  render({ cmp, texts: t, categories, gpc, onClose }: Props) {
    const record = cmp.get();
    return (
      <dialog
        ref={this.dialog}
        part="preferences"
        class="p"
        role="dialog"
        aria-modal="true"
        aria-labelledby="cp"
        onChange={({ target }) => {
          // A category switch turns the services under it with it.
          const input = target as HTMLInputElement;
          if (!input.name.startsWith(SERVICE)) for (const service of input.closest('.g')!.querySelectorAll('li input')) (service as HTMLInputElement).checked = input.checked;
        }}
      >
        <div class="h">
          <h2 id="cp" tabIndex={-1}>
            {t.preferencesTitle}
          </h2>
          <button type="button" class="x" data-action="close" aria-label={t.close} onClick={onClose}>
            ×
          </button>
        </div>
        <div class="y">
          <Text text={t.preferencesText} policyUrl={cmp.config.policyUrl} link={t.policyLink} />
          {gpc && <p class="n">{gpc}</p>}
          {categories.map((category) => this.category(category))}
          {record && (
            <p class="q">
              {t.consentId} <code>{record.id}</code>
              <button type="button" class="l" data-action="download" onClick={() => recordJson(cmp).then((json) => saveFile(document, `consent-${record.id}.json`, json))}>
                {t.downloadRecord}
              </button>
            </p>
          )}
        </div>
        <div class="a f">
          {action(this.props, 'save', t.save, () => cmp.set(readSwitches(this.dialog.current!), 'custom'))}
          {action(this.props, 'accept-all', t.acceptAll, cmp.acceptAll)}
          {action(this.props, 'reject-all', t.rejectAll, cmp.rejectAll)}
        </div>
      </dialog>
    );
  }

  category({ name, label, description, readOnly, services, cookies }: CategoryView) {
    const { cmp, texts: t } = this.props;
    const open = !!this.state.open[name];
    return (
      <div class="g">
        <div class="r">
          <h3>
            <button type="button" class="d" aria-expanded={open} aria-controls={'x-' + name} onClick={() => this.toggle(name)}>
              <span id={'l-' + name}>{label}</span>
            </button>
          </h3>
          {readOnly && (
            <span class="o" id={'o-' + name}>
              {t.alwaysOn}
            </span>
          )}
          <input
            type="checkbox"
            role="switch"
            id={'c-' + name}
            name={name}
            aria-labelledby={'l-' + name}
            defaultChecked={cmp.accepted(name)}
            disabled={readOnly}
            aria-describedby={(readOnly ? `o-${name} ` : '') + 'd-' + name}
          />
        </div>
        <div class="z" id={'x-' + name} hidden={!open}>
          <p id={'d-' + name}>{description}</p>
          {services[0] && (
            <ul aria-label={t.services}>
              {services.map(({ id, label, purpose, policyUrl }) => (
                <li>
                  <div>
                    <label for={'s-' + id}>{label}</label>
                    {purpose && <p id={'sd-' + id}>{purpose}</p>}
                    {policyUrl && <a href={policyUrl}>{t.servicePolicy}</a>}
                  </div>
                  <input type="checkbox" role="switch" id={'s-' + id} name={SERVICE + id} defaultChecked={cmp.acceptedService(id)} aria-describedby={purpose ? 'sd-' + id : undefined} />
                </li>
              ))}
            </ul>
          )}
          {cookies[0] && (
            // A region that scrolls sideways on a narrow screen, reachable by keyboard.
            <div class="w" role="region" tabIndex={0} aria-label={`${t.cookieDetails}: ${label}`}>
              <table>
                <thead>
                  <tr>
                    {[t.cookieName, t.cookieProvider, t.cookieDuration, t.cookieType, t.cookiePurpose].map((heading) => (
                      <th scope="col">{heading}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {cookies.map((cookie) => (
                    <tr>
                      {[cookie.name, cookie.provider, cookie.duration, cookie.kind && t[cookie.kind], cookie.purpose].map((cell) => (
                        <td>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>
    );
  }
}
