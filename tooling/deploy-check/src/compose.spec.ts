import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRepoFile, repoRoot } from './repository.ts';

interface Service {
  build?: { context: string; target: string };
  image?: string;
  restart?: string;
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  volumes?: string[];
  command?: string[];
}

const composeText = readRepoFile('deploy/compose.yaml');
const compose = parse(composeText, { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = Object.entries(compose.services);
const dockerfileTargets = [
  ...readRepoFile('Dockerfile').matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gm),
].map((m) => m[1]);
// Our images carry their HEALTHCHECK in the Dockerfile; others need one here.
const builtHere = (service: Service) => service.build !== undefined;

describe('deploy/compose.yaml', () => {
  it('builds every service from a target of the Dockerfile, at the repository root', () => {
    for (const [name, service] of services.filter(([, s]) => builtHere(s))) {
      expect(join('deploy', service.build!.context), name).toBe('.');
      expect(dockerfileTargets, name).toContain(service.build!.target);
    }
  });

  it('runs two API processes, a separate worker, and migrations before both', () => {
    const { api, worker, migrate } = compose.services;
    expect(api!.environment!.JOBS_WORKER).toBe('false');
    expect(worker!.environment!.JOBS_WORKER).toBe('true');
    expect((api as { deploy?: { replicas: number } }).deploy?.replicas).toBe(2);
    expect(migrate!.command).toEqual(['node', 'dist/database/cli.js', 'migrate']);
    for (const service of [api!, worker!]) {
      expect(service.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    }
  });

  it('restarts long-running services and checks their health', () => {
    for (const [name, service] of services.filter(([name]) => name !== 'migrate')) {
      expect(service.restart, name).toBe('unless-stopped');
      if (!builtHere(service)) expect(service.healthcheck?.test, name).toBeDefined();
    }
  });

  it('pins every image it does not build to a version', () => {
    for (const [name, service] of services.filter(([, s]) => !builtHere(s))) {
      expect(service.image, name).toMatch(/^[\w./-]+:\d+\.\d+[\w.-]*$/);
    }
  });

  it('depends only on services and volumes it defines', () => {
    for (const [name, service] of services) {
      for (const dependency of Object.keys(service.depends_on ?? {})) {
        expect(compose.services, `${name} → ${dependency}`).toHaveProperty(dependency);
      }
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0]!;
        if (source.startsWith('.') || source.startsWith('$')) {
          if (source.startsWith('.'))
            expect(existsSync(join(repoRoot, 'deploy', source)), source).toBe(true);
        } else expect(compose.volumes, `${name}: ${source}`).toHaveProperty(source);
      }
    }
  });

  it('names in .env.example every setting it requires', () => {
    const required = new Set([...composeText.matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]!));
    const example = readRepoFile('deploy/.env.example');
    const documented = new Set([...example.matchAll(/^(\w+)=/gm)].map((m) => m[1]!));
    expect([...required].filter((name) => !documented.has(name))).toEqual([]);
  });

  it('gives the API the settings production requires', () => {
    const environment = compose.services.api!.environment!;
    for (const name of [
      'DATABASE_URL',
      'APP_SECRET',
      'PORTAL_URL',
      'ADMIN_URL',
      'SMTP_URL',
      'MAIL_FROM',
    ]) {
      expect(environment, name).toHaveProperty(name);
    }
    expect(environment.NODE_ENV).toBe('production');
  });
});
