/** The reader's two screens in the e2e tests: a mid-range phone and a laptop. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/**
 * A phone as a new browser context: its screen as wide as its viewport. The project's Desktop
 * Chrome device sets a 1920 px screen, and Chrome's preload scanner reads «device-width» from the
 * screen: with it, a 390 px page fetched the 1600 px lead photo as well as the 800 px one.
 */
export const PHONE_CONTEXT = {
  viewport: { width: 390, height: 844 },
  screen: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
} as const;
