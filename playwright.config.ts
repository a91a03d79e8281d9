import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'ar-MA',
    timezoneId: 'Africa/Casablanca',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'reader',
      testIgnore:
        /(admin|admin-photos|admin-body|admin-workflow|admin-long-article|faults|instances|next-start|proxy|slow-clients|workers)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'] },
    },
    // The newsroom tests publish and delete articles: they run once the reader tests are done.
    {
      name: 'newsroom',
      testMatch: /admin\.spec\.ts/,
      dependencies: ['reader'],
      use: { ...devices['Desktop Chrome'] },
    },
    // The media library uploads, publishes with photos and deletes: after the other newsroom tests,
    // whose front page and listings it would change under them.
    {
      name: 'photos',
      testMatch: /admin-photos\.spec\.ts/,
      dependencies: ['newsroom'],
      use: { ...devices['Desktop Chrome'] },
    },
    // Rich bodies: publishes two stories and renames one, after the media library's counts.
    {
      name: 'body',
      testMatch: /admin-body\.spec\.ts/,
      dependencies: ['photos'],
      use: { ...devices['Desktop Chrome'] },
    },
    // A contributor's story through review, revisions and corrections: publishes one story.
    {
      name: 'workflow',
      testMatch: /admin-workflow\.spec\.ts/,
      dependencies: ['body'],
      use: { ...devices['Desktop Chrome'] },
    },
    // The weight of a 3,000-word story served from our response cache (SQLite runs only).
    {
      name: 'long-article',
      testMatch: /admin-long-article\.spec\.ts/,
      dependencies: ['workflow'],
      use: { ...devices['Desktop Chrome'] },
    },
    // Database outages and shutdowns, on second servers over copies of the database, last.
    {
      name: 'faults',
      testMatch: /(faults|next-start|proxy|slow-clients|workers)\.spec\.ts/,
      dependencies: ['long-article'],
    },
    // Several instances sharing PostgreSQL and Redis: only in `npm run test:postgres`, which
    // starts those servers and sets E2E_INSTANCES.
    ...(process.env.E2E_INSTANCES
      ? [
          {
            name: 'instances',
            testMatch: /instances\.spec\.ts/,
            // It uploads a photo of its own: after the media library's tests, which count theirs,
            // and the rich bodies' tests, which publish.
            dependencies: ['workflow'],
            use: { ...devices['Desktop Chrome'] },
          },
        ]
      : []),
  ],
  // A production build against a freshly migrated and seeded database (see scripts/test/e2e-server.sh).
  webServer: {
    command: `bash scripts/test/e2e-server.sh ${port}`,
    url: `${baseURL}/healthz`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
