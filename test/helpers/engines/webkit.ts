// WebKit: Debian's WebKitGTK (webkit2gtk-driver's WebKitWebDriver driving MiniBrowser)
// through selenium-webdriver, on an Xvfb display of its own, with the local web's proxy.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { callSource, type Engine, type EnginePage } from './engine';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find((path) => existsSync(path));

/** Starts Xvfb on a display it picks itself (`-displayfd`), so parallel worktrees never collide. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    let stderr = '';
    xvfb.stderr!.on('data', (chunk) => (stderr += chunk));
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(':' + text.trim());
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before choosing a display: ${stderr.trim()}`)));
  });
  return { display, process: xvfb };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('WebKitWebDriver did not answer /status within 5 s');
}

/** Selenium finds elements at once; the other drivers wait for them. Waits up to 5 s the same way. */
async function retry(action: () => Promise<void>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`could not click ${what}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * A new session, given 20 s: on a loaded machine WebKitWebDriver now and then never answers
 * a new-session request while the last browser is still closing. One more try, then the error.
 */
async function startSession(server: string, capabilities: object): Promise<WebDriver> {
  for (let attempt = 1; ; attempt++) {
    const pending = new Builder().usingServer(server).withCapabilities(capabilities).build();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('WebKitWebDriver did not start a session within 20 s')), 20_000)));
    try {
      return await Promise.race([pending, timeout]);
    } catch (error) {
      pending.then((late) => late.quit(), () => {});
      if (attempt === 2) throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

export async function openWebkit(proxy: string): Promise<Engine> {
  if (!MINIBROWSER) throw new Error('WebKitGTK MiniBrowser not found: apt-get install webkit2gtk-driver');
  const xvfb = await startXvfb();
  const port = await freePort();
  // The proxy comes from the environment, through GIO's libproxy resolver: WebKitGTK's `proxy`
  // capability sends HTTPS to an `https://` proxy URL, whose self-signed certificate it then refuses.
  const proxyUrl = `http://${proxy}`;
  const env = { ...process.env, DISPLAY: xvfb.display, GIO_USE_PROXY_RESOLVER: 'libproxy', http_proxy: proxyUrl, https_proxy: proxyUrl, no_proxy: '127.0.0.1,localhost' };
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env });
  const stop = () => {
    driverProcess.kill();
    xvfb.process.kill();
    process.off('exit', stop);
  };
  // A test run that ends without closing the engine must not leave Xvfb and the driver behind.
  process.once('exit', stop);
  try {
    await waitForDriver(port, driverProcess);
  } catch (error) {
    stop();
    throw error;
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    acceptInsecureCerts: true,
  };
  return {
    name: 'webkit',
    async newPage(): Promise<EnginePage> {
      // A session is a fresh, ephemeral profile: the cheapest clean slate WebKitWebDriver offers.
      const driver = await startSession(`http://127.0.0.1:${port}`, capabilities);
      await driver.manage().setTimeouts({ script: 5_000, pageLoad: 15_000 });
      return {
        // WebKitWebDriver has no event for uncaught page errors.
        errors: undefined,
        goto: (url) => driver.get(url),
        evaluate: (fn) => driver.executeScript(`return ${callSource(fn)}`),
        click: (selector) => retry(async () => driver.findElement(By.css(selector)).click(), selector),
        clickInBanner: (selector) =>
          retry(async () => {
            const root = await driver.findElement(By.css('#consentry-root')).getShadowRoot();
            await (await root.findElement(By.css(selector))).click();
          }, `#consentry-root ${selector}`),
        cookies: async () => (await driver.manage().getCookies()).map((cookie) => cookie.name).sort(),
        close: () => driver.quit(),
      };
    },
    close: async () => stop(),
  };
}
