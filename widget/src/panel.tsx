// Entry of the lazily loaded panel chunk (Preact + the UI); the loader imports it on first open.
import { render } from 'preact';
import { createApi } from './api.ts';
import { adoptCss, report } from './dom.ts';
import panelCss from './panel.css?inline';
import { createStore } from './storage.ts';
import type { Strings } from './strings.ts';
import type { MountOptions, PanelHandle } from './types.ts';
import { Boundary, Panel, type PanelController } from './ui/Panel.tsx';

/** Renders the panel into the loader's shadow root; the loader drives it through the handle. */
export function mount(options: MountOptions): PanelHandle {
  const { root, container, config } = options;
  adoptCss(root, panelCss);
  const api = createApi(config.apiBase);
  const store = createStore(config.storage, window, `faqchat:${config.apiBase}`);
  // The loader has merged the page language's table and the owner's overrides into config.strings.
  const strings = config.strings as Strings;
  const ctl: PanelController = {};
  let open = false;
  const draw = () => {
    try {
      render(
        <Boundary strings={strings} open={open}>
          <Panel config={config} strings={strings} api={api} store={store} open={open} ctl={ctl} onOpen={options.onOpen} onClose={options.onClose} emit={options.emit} />
        </Boundary>,
        container,
      );
    } catch (error) {
      report(error);
    }
  };
  draw();
  return {
    open() {
      open = true;
      draw();
    },
    close() {
      open = false;
      draw();
    },
    ask(text) {
      ctl.send?.(text);
    },
    tease() {
      ctl.tease?.();
    },
  };
}
