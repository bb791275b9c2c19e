/**
 * The preference centre: a modal dialog (`<dialog>` opened with `showModal()`, so the page
 * behind is inert and the dialog sits in the top layer above any z-index) with one switch
 * per category, the services of each category with their own switches, the declared cookies
 * in a table, and Save / Accept all / Reject all / Close. The switches start from the state
 * in force (in opt-in mode before any choice: all off but the read-only ones) and keep their
 * own state in the DOM; Save reads them back.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { Component, createRef, h } from 'preact';
import type { Choice, Consentry, TextOverrides } from '../src/index';
import { action, Text } from './banner-view';
import { trapFocus } from './focus-trap';
import type { PresetTexts } from './preset-texts';
import type { BannerTexts } from './texts/en';
import { categoriesView } from './view-model';

interface Props {
  cmp: Consentry;
  texts: BannerTexts;
  presets: PresetTexts;
  gpc: boolean;
  onClose(): void;
}

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

export class PreferencesDialog extends Component<Props> {
  dialog = createRef<HTMLDialogElement>();
  release = () => {};

  override componentDidMount() {
    const dialog = this.dialog.current!;
    // Browsers without <dialog> (and jsdom) get an open, non-modal one; the trap still holds.
    if (dialog.showModal) dialog.showModal();
    else dialog.setAttribute('open', '');
    this.release = trapFocus(dialog, this.props.onClose);
  }

  override componentWillUnmount() {
    this.release();
  }

  render({ cmp, texts: t, presets, gpc, onClose }: Props) {
    const { config } = cmp;
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
          <h2 id="cp">{t.preferencesTitle}</h2>
          <button type="button" class="x" data-action="close" aria-label={t.close} onClick={onClose}>
            ×
          </button>
        </div>
        <Text text={t.preferencesText} policyUrl={config.policyUrl} link={t.policyLink} />
        {gpc && <p>{t.gpcHonoured}</p>}
        {categoriesView(config, t, config.translations[cmp.language] as TextOverrides | undefined, presets).map(({ name, label, description, readOnly, services, cookies }) => (
          <div class="g">
            <div class="r">
              <h3>
                <label for={'c-' + name}>{label}</label>
              </h3>
              {readOnly && <span id={'o-' + name}>{t.alwaysOn}</span>}
              <input
                type="checkbox"
                role="switch"
                id={'c-' + name}
                name={name}
                defaultChecked={cmp.accepted(name)}
                disabled={readOnly}
                aria-describedby={(readOnly ? `o-${name} ` : '') + 'd-' + name}
              />
            </div>
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
                    <input
                      type="checkbox"
                      role="switch"
                      id={'s-' + id}
                      name={SERVICE + id}
                      defaultChecked={cmp.acceptedService(id)}
                      aria-describedby={purpose ? 'sd-' + id : undefined}
                    />
                  </li>
                ))}
              </ul>
            )}
            {cookies[0] && (
              <details>
                <summary>{t.cookieDetails}</summary>
                <table>
                  <thead>
                    <tr>
                      {[t.cookieName, t.cookieProvider, t.cookieDuration, t.cookiePurpose].map((heading) => (
                        <th scope="col">{heading}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {cookies.map((cookie) => (
                      <tr>
                        {[cookie.name, cookie.provider, cookie.duration, cookie.purpose].map((cell) => (
                          <td>{cell}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            )}
          </div>
        ))}
        <div class="a">
          {action('save', t.save, () => cmp.set(readSwitches(this.dialog.current!), 'custom'))}
          {action('accept-all', t.acceptAll, cmp.acceptAll)}
          {action('reject-all', t.rejectAll, cmp.rejectAll)}
        </div>
      </dialog>
    );
  }
}
