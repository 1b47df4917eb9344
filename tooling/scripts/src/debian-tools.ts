// Finds the programs from Debian's packages that the tests drive (Chromium for the browser tests,
// nginx for the check of the deployment's configuration), installing them when possible.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';

interface DebianTool {
  /** Debian package that brings the program. */
  package: string;
  /** Where the package puts it. */
  defaultPath: string;
  /** Environment variable that points elsewhere. */
  pathVariable: string;
  /** What uses it, for the message when it is missing. */
  purpose: string;
}

export const CHROMIUM: DebianTool = {
  package: 'chromium',
  defaultPath: '/usr/bin/chromium',
  pathVariable: 'CHROMIUM_PATH',
  purpose: 'The browser tests need Chromium or Chrome',
};

export const NGINX: DebianTool = {
  package: 'nginx',
  defaultPath: '/usr/sbin/nginx',
  pathVariable: 'NGINX_PATH',
  purpose: 'The check of the deployment files runs "nginx -t" on the nginx configurations',
};

export function toolPath(tool: DebianTool): string {
  return process.env[tool.pathVariable] || tool.defaultPath;
}

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
}

/**
 * The paths of the tools, installing the missing ones from Debian's packages in one `apt-get`
 * run when running as root on Debian; exits with help otherwise.
 */
export function ensureDebianTools(tools: DebianTool[]): string[] {
  const missing = tools.filter((tool) => !existsSync(toolPath(tool)));
  const installable = missing.filter((tool) => !process.env[tool.pathVariable]);
  if (
    installable.length > 0 &&
    process.platform === 'linux' &&
    userInfo().uid === 0 &&
    isDebianLike()
  ) {
    const names = installable.map((tool) => tool.package);
    console.log(`Installing Debian's ${names.join(', ')} for the tests (about a minute) …`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...names], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const absent = tools.filter((tool) => !existsSync(toolPath(tool)));
  for (const tool of absent) {
    console.error(
      `No ${tool.package} at ${toolPath(tool)}. ${tool.purpose}:\n` +
        `  - Debian/Ubuntu: sudo apt-get install ${tool.package}\n` +
        `  - elsewhere: install it and set ${tool.pathVariable}=/path/to/${tool.package}`,
    );
  }
  if (absent.length > 0) process.exit(1);
  return tools.map(toolPath);
}
