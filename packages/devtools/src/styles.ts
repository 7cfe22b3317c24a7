/**
 * The panel's own CSS, rendered in a `<style>` by the panel itself: scoped under `.pwk-devtools`, so it
 * never touches the app, and nothing to import. Colours come from `--pwk-devtools-*` custom properties.
 */
export const devtoolsCss = `
.pwk-devtools-dock {
  position: fixed;
  z-index: 2147483000;
  inset-block-end: 12px;
  inset-inline-start: 12px;
  pointer-events: auto;
  font: 13px/1.4 system-ui, sans-serif;
}
.pwk-devtools-dock[data-position="bottom-right"] { inset-inline-start: auto; inset-inline-end: 12px; }
.pwk-devtools-dock__toggle,
.pwk-devtools button {
  font: inherit;
  border: 1px solid var(--pwk-devtools-border);
  border-radius: 6px;
  padding: 4px 10px;
  background: var(--pwk-devtools-button);
  color: var(--pwk-devtools-fg);
  cursor: pointer;
}
.pwk-devtools-dock__toggle {
  --pwk-devtools-border: #4b5563;
  --pwk-devtools-button: #111827;
  --pwk-devtools-fg: #f9fafb;
}
.pwk-devtools {
  --pwk-devtools-bg: #111827;
  --pwk-devtools-fg: #f9fafb;
  --pwk-devtools-muted: #d1d5db;
  --pwk-devtools-border: #4b5563;
  --pwk-devtools-button: #1f2937;
  --pwk-devtools-accent: #93c5fd;
  box-sizing: border-box;
  width: min(560px, calc(100vw - 24px));
  max-height: min(70vh, 640px);
  overflow: auto;
  margin-block-end: 8px;
  padding: 12px;
  border: 1px solid var(--pwk-devtools-border);
  border-radius: 8px;
  background: var(--pwk-devtools-bg);
  color: var(--pwk-devtools-fg);
  font: 13px/1.4 system-ui, sans-serif;
  text-align: start;
}
.pwk-devtools *, .pwk-devtools *::before, .pwk-devtools *::after { box-sizing: inherit; }
.pwk-devtools h2, .pwk-devtools h3 { margin: 0 0 6px; font-size: 13px; font-weight: 600; }
.pwk-devtools :focus-visible { outline: 2px solid var(--pwk-devtools-accent); outline-offset: 2px; }
.pwk-devtools__tabs { display: flex; gap: 4px; margin-block: 8px; border-block-end: 1px solid var(--pwk-devtools-border); }
.pwk-devtools__tab[data-state="active"] { border-color: var(--pwk-devtools-accent); color: var(--pwk-devtools-accent); }
.pwk-devtools__actions { display: flex; flex-wrap: wrap; gap: 6px; }
.pwk-devtools__section { margin-block: 10px; }
.pwk-devtools dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
.pwk-devtools dt { color: var(--pwk-devtools-muted); }
.pwk-devtools dd { margin: 0; overflow-wrap: anywhere; }
.pwk-devtools table { width: 100%; border-collapse: collapse; }
.pwk-devtools caption { text-align: start; font-weight: 600; padding-block-end: 4px; }
.pwk-devtools th, .pwk-devtools td { text-align: start; padding: 2px 6px 2px 0; vertical-align: top; overflow-wrap: anywhere; }
.pwk-devtools th { color: var(--pwk-devtools-muted); font-weight: 500; }
.pwk-devtools pre { max-height: 160px; overflow: auto; white-space: pre-wrap; margin: 4px 0; padding: 6px; background: #030712; }
.pwk-devtools label { display: block; color: var(--pwk-devtools-muted); }
.pwk-devtools select, .pwk-devtools input:not([type="range"]):not([type="radio"]) {
  font: inherit;
  color: var(--pwk-devtools-fg);
  background: var(--pwk-devtools-button);
  border: 1px solid var(--pwk-devtools-border);
  border-radius: 4px;
  padding: 2px 6px;
}
.pwk-devtools fieldset { border: 1px solid var(--pwk-devtools-border); border-radius: 6px; margin: 6px 0; padding: 6px 8px; }
.pwk-devtools__field { margin-block: 6px; }
.pwk-devtools__field > label + * { margin-block-start: 2px; }
.pwk-devtools__inline { display: inline-flex; align-items: center; gap: 4px; margin-inline-end: 12px; color: var(--pwk-devtools-fg); }
.pwk-devtools__row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.pwk-devtools__muted { color: var(--pwk-devtools-muted); }
.pwk-devtools ol { margin: 0; padding-inline-start: 18px; }
.pwk-devtools__visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
@media (forced-colors: active) {
  .pwk-devtools, .pwk-devtools button, .pwk-devtools-dock__toggle { border-color: CanvasText; }
}
`
