import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Copy, DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { readRepoFile, repoRoot } from './repository.ts';

const text = readRepoFile('Dockerfile');
const dockerfile = DockerfileParser.parse(text);
const globalArgs = Object.fromEntries(
  dockerfile
    .getInitialARGs()
    .map((arg) => [arg.getProperty()!.getName(), arg.getProperty()!.getValue()]),
);

/** Instructions of each build stage, by stage name. */
const stages = new Map<string, Instruction[]>();
let current: Instruction[] = [];
for (const instruction of dockerfile.getInstructions()) {
  if (instruction.getKeyword() === 'FROM') {
    current = [instruction];
    stages.set(/\bAS\s+(\S+)/i.exec(instruction.getArgumentsContent() ?? '')![1]!, current);
  } else current.push(instruction);
}
const TARGETS = ['api', 'portal', 'admin'];
const keyword = (stage: string, name: string) =>
  stages.get(stage)!.filter((instruction) => instruction.getKeyword() === name);
const copies = (stage: string) =>
  stages.get(stage)!.filter((instruction): instruction is Copy => instruction instanceof Copy);
const resolve = (value: string) =>
  value.replace(/\$\{(\w+)\}/g, (_, name: string) => globalArgs[name] ?? `<${name} unset>`);

describe('the Dockerfile', () => {
  it('passes the Dockerfile linter of the VS Code Docker tools (dockerfile-utils)', () => {
    const problems = validate(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
    expect(problems).toEqual([]);
  });

  it('builds in stages: one workspace build, then a final stage per image', () => {
    expect([...stages.keys()]).toEqual(['workspace', ...TARGETS]);
    for (const target of TARGETS) {
      const stagesCopiedFrom = copies(target).map((copy) => copy.getFromFlag()?.getValue());
      expect(stagesCopiedFrom, target).toContain('workspace');
    }
  });

  it('starts from base images pinned to a version, never "latest"', () => {
    for (const [stage, [from]] of stages) {
      const image = resolve(from!.getArgumentsContent()!.split(/\s+/)[0]!);
      expect(image, stage).toMatch(/^[\w./-]+:\d+\.\d+[\w.-]*$/);
    }
  });

  it('installs exactly the locked dependencies', () => {
    const runs = keyword('workspace', 'RUN').map((run) => run.getArgumentsContent() ?? '');
    expect(runs.join('\n')).toContain('pnpm install --offline --frozen-lockfile');
  });

  it.each(TARGETS)('runs the %s image as a user other than root, with a health check', (target) => {
    const users = keyword(target, 'USER').map((user) => user.getArgumentsContent()?.trim());
    expect(users.length, 'USER').toBeGreaterThan(0);
    expect(['root', '0']).not.toContain(users.at(-1));
    expect(keyword(target, 'HEALTHCHECK'), 'HEALTHCHECK').toHaveLength(1);
    expect(keyword(target, 'EXPOSE'), 'EXPOSE').toHaveLength(1);
  });

  it('copies only files that exist in the repository', () => {
    for (const stage of stages.keys()) {
      for (const copy of copies(stage)) {
        if (copy.getFromFlag()) continue;
        const sources = copy.getArguments().slice(0, -1);
        for (const source of sources.map((argument) => argument.getValue())) {
          expect(existsSync(join(repoRoot, source)), `${stage}: ${source}`).toBe(true);
        }
      }
    }
  });

  it('keeps dependencies, outputs, data and secrets out of the build context', () => {
    const ignored = readRepoFile('.dockerignore').split('\n');
    for (const entry of ['**/node_modules', '**/dist', '.data', '.git', '.env']) {
      expect(ignored).toContain(entry);
    }
  });
});
