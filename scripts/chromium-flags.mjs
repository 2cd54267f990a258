// The flags headless Debian Chromium needs on these machines (see ../shared/TOOLCHAIN.md):
// without the background-networking ones it keeps trying closed network routes. Shared by
// the browser tests, the benchmarks and the Lighthouse audits.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
