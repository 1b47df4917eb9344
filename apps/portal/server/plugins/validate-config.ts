// Refuse to start with a configuration that would only fail on the first request.
export default defineNitroPlugin(() => {
  const problems = runtimeConfigProblems(useRuntimeConfig());
  if (problems.length > 0) {
    throw new Error(`Invalid portal configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
});
