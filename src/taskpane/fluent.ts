// Fluent UI's web components for the pane, registered once, and the pane's theme following Office's
// (Office.context.officeTheme: https://learn.microsoft.com/javascript/api/office/office.officetheme).
// Only the components the pane uses are registered, to keep the bundle small.
import {
  baseLayerLuminance,
  fluentButton,
  fluentTab,
  fluentTabPanel,
  fluentTabs,
  provideFluentDesignSystem,
  StandardLuminance,
} from "@fluentui/web-components";

export function registerFluent(): void {
  provideFluentDesignSystem().register(fluentButton(), fluentTabs(), fluentTab(), fluentTabPanel());
}

/** Office's theme colours, when the host gives them (Excel does; a plain browser does not). */
interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
}

/** Whether a #rrggbb background is dark (relative luminance below one half). */
export function isDarkBackground(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Light or dark as Office is, for Fluent's tokens and the pane's own colours. */
export function applyOfficeTheme(theme: OfficeThemeColours | undefined): void {
  const dark = isDarkBackground(theme?.bodyBackgroundColor);
  baseLayerLuminance.setValueFor(document.body, dark ? StandardLuminance.DarkMode : StandardLuminance.LightMode);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}
